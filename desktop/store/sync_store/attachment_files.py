"""Which attachment files travel: the attachments' merge states that name a file, and where each went.

A record of kind "attachment", "news_photo", "review_report" or "paper_picture" (the kinds with
`blob`) names its encrypted file (`blob_name`), the SHA-256 it travels under (`blob_id`) and the file's
own key (`file_key`); sync_blob_sent says which channel holds it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store.schema import AttachmentRow
from desktop.store.schema_sync import SyncBlobSentRow

_VISIBLE = (
    "AND json_extract(r.state, '$.deleted') IS NULL "
    "AND json_extract(r.state, '$.fields.blob_id[0]') IS NOT NULL"
)
_STATES = (
    "SELECT r.scope_id, r.state FROM sync_record r "
    "WHERE r.kind IN ('attachment', 'news_photo', 'review_report') " + _VISIBLE
)
"""Visible attachment records that name their file (the partial index ix_sync_record_blob serves it)."""
_PAPER_STATES = "SELECT r.scope_id, r.state FROM sync_record r WHERE r.kind = 'paper_picture' " + _VISIBLE
"""The same for returned pages' pictures (staff only; ix_sync_record_paper_blob serves it)."""

_NOT_SENT = (
    " AND NOT EXISTS (SELECT 1 FROM sync_blob_sent s WHERE s.channel = ? "
    "AND s.scope_id = r.scope_id AND s.blob_id = json_extract(r.state, '$.fields.blob_id[0]'))"
)


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    """An attachment's encrypted file as its record describes it."""

    scope_id: str
    blob_id: str
    """The SHA-256 of the encrypted file: the name it travels under."""
    blob_name: str
    """Its name in the vault's blob store."""
    file_key: bytes


class AttachmentFiles:
    """The attachments' files known to sync, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def all(self) -> list[AttachmentFile]:
        """Every visible attachment record's file (whether or not it is here)."""
        return self._files(f"{_STATES} UNION ALL {_PAPER_STATES}", ())

    def not_sent_to(self, channel: str) -> list[AttachmentFile]:
        """The files `channel` does not hold yet."""
        return self._files(f"{_STATES}{_NOT_SENT} UNION ALL {_PAPER_STATES}{_NOT_SENT}", (channel, channel))

    def _files(self, sql: str, params: tuple[str, ...]) -> list[AttachmentFile]:
        found = []
        for scope_id, encoded in self._c.exec_driver_sql(sql, params).fetchall():
            fields = json.loads(encoded)["fields"]
            try:
                found.append(
                    AttachmentFile(
                        scope_id,
                        str(fields["blob_id"][0]),
                        str(fields["blob_name"][0]),
                        bytes.fromhex(str(fields["file_key"][0])),
                    )
                )
            except (KeyError, TypeError, ValueError):
                continue  # a record still missing a field: its file is not asked for
        return found

    def has_row(self, blob_name: str) -> bool:
        """Whether an attachment row here uses the file (one deleted meanwhile does not)."""
        query = select(AttachmentRow.id).where(AttachmentRow.blob_name == blob_name).limit(1)
        return self._c.execute(query).first() is not None

    def mark_sent(self, channel: str, file: AttachmentFile) -> None:
        """`channel` holds the file now (sent from here, or fetched from it)."""
        self._c.execute(
            insert(SyncBlobSentRow)
            .values(channel=channel, scope_id=file.scope_id, blob_id=file.blob_id)
            .on_conflict_do_nothing()
        )
