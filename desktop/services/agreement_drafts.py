"""Unsaved edits of agreements and templates: kept when the app locks, offered back on the next opening.

The SENCO's screen asks "save, discard or stay?" when the person moves away from unsaved changes, but the
app locking cannot wait for an answer; then what was typed is kept here, encrypted with everything else,
until the same author opens the document again and restores or discards it. Like entry drafts, these are
the author's own unfinished text on this device: one small write, never audited, never synced.
"""

from dataclasses import replace

from desktop.domain.access import Capability
from desktop.services.context import ServiceContext
from desktop.services.drafts import author_key
from desktop.services.linkbook import MAX_TEXT
from desktop.store.errors import InvalidInput
from desktop.store.repositories.agreement_drafts import AgreementDraft, AgreementDraftRepository

__all__ = ["AgreementDraft", "AgreementDraftService"]


class AgreementDraftService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    @property
    def author_key(self) -> str:
        return author_key(self.context.actor)

    def save(self, draft: AgreementDraft) -> AgreementDraft:
        """Keep what is typed, replacing this author's earlier draft of the document; returns it as stored."""
        self.context.actor.require(
            Capability.EDIT_TEMPLATES if draft.is_template else Capability.TAILOR_AGREEMENTS
        )
        if len(draft.title) > MAX_TEXT or len(draft.change_note) > MAX_TEXT:
            raise InvalidInput(f"A draft's title or note is too long; keep it under {MAX_TEXT:,} characters.")
        now = self.context.now()
        stored = replace(draft, author_key=self.author_key, updated_at=now)
        with self.vault.writing() as session:
            AgreementDraftRepository(session).save(stored, now)
        return stored

    def draft_for(self, document_id: str) -> AgreementDraft | None:
        """The acting author's draft of the document, if one was kept."""
        with self.vault.reading() as session:
            return AgreementDraftRepository(session).draft(document_id, self.author_key)

    def discard(self, document_id: str) -> None:
        with self.vault.writing() as session:
            AgreementDraftRepository(session).discard(document_id, self.author_key)
