"""Unsaved edits of agreements and templates, kept per document and author (table agreement_draft).

Rows never leave this module: the repository returns AgreementDraft values. One draft per document and
author; saving a newer one replaces the older.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.agreements import DocumentContent
from desktop.store.codec import from_plain, to_plain
from desktop.store.schema_agreement_drafts import AgreementDraftRow

agreement_draft = cast(Table, AgreementDraftRow.__table__)


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    """A document's title, content and change note as last typed by one author, not yet saved."""

    document_id: str
    author_key: str
    title: str
    content: DocumentContent = field(default_factory=DocumentContent)
    change_note: str = ""
    is_template: bool = False
    pupil_id: str | None = None
    base_version: int | None = None
    """The version the edits were typed over, so the person can be told if another has come since."""
    updated_at: dt.datetime | None = None


def _draft(row: Any) -> AgreementDraft:
    return AgreementDraft(
        document_id=row.document_id,
        author_key=row.author_key,
        title=row.title,
        content=from_plain(DocumentContent, row.content),
        change_note=row.change_note,
        is_template=row.is_template,
        pupil_id=row.pupil_id,
        base_version=row.base_version,
        updated_at=row.updated_at,
    )


class AgreementDraftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, draft: AgreementDraft, now: dt.datetime) -> None:
        """Insert or replace the draft of its document by its author."""
        self.discard(draft.document_id, draft.author_key)
        self.session.execute(
            insert(agreement_draft).values(
                document_id=draft.document_id,
                author_key=draft.author_key,
                is_template=draft.is_template,
                pupil_id=draft.pupil_id,
                base_version=draft.base_version,
                title=draft.title,
                content=to_plain(draft.content),
                change_note=draft.change_note,
                updated_at=now,
            )
        )

    def draft(self, document_id: str, author_key: str) -> AgreementDraft | None:
        row = self.session.execute(
            select(agreement_draft).where(
                agreement_draft.c.document_id == document_id, agreement_draft.c.author_key == author_key
            )
        ).first()
        return None if row is None else _draft(row)

    def discard(self, document_id: str, author_key: str) -> None:
        self.session.execute(
            delete(agreement_draft).where(
                agreement_draft.c.document_id == document_id, agreement_draft.c.author_key == author_key
            )
        )
