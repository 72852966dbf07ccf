"""Attachments sync: capture triggers on the attachment tables, and which files each channel holds.

Photos and scans travel as their encrypted files (desktop/services/sync/attachments.py); their records
travel in sealed bundles like every other record, so their rows need the same capture triggers as the
tables of schema 0005. `sync_blob_sent` remembers which files a channel (the server, a folder) already
holds, so a sync does not ask again about every photo, and a partial index on the attachments' merge
states spares each sync a pass over every state.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

# The tables this revision starts capturing, and their keys (fixed here, as in 0005).
CAPTURED: dict[str, tuple[str, ...]] = {
    "attachment": ("id",),
    "work_item_attachment": ("item_id", "attachment_id"),
    "attachment_pupil": ("attachment_id", "pupil_id"),
    "news_attachment": ("news_id", "attachment_id"),
}


def _key(row: str, columns: tuple[str, ...]) -> str:
    return " || ':' || ".join(f"{row}.{c}" for c in columns)


def _triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    when = "WHEN (SELECT capture FROM sync_device) = 1"

    def note(row: str) -> str:
        return f"INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('{table}', {_key(row, columns)});"

    return [
        f"CREATE TRIGGER sync_capture_{table}_insert AFTER INSERT ON {table} {when} BEGIN {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{table}_update AFTER UPDATE ON {table} {when} "
        f"BEGIN {note('OLD')} {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{table}_delete AFTER DELETE ON {table} {when} BEGIN {note('OLD')} END",
    ]


def upgrade() -> None:
    op.create_table(
        "sync_blob_sent",
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("channel", "scope_id", "blob_id", name=op.f("pk_sync_blob_sent")),
    )
    op.create_index(
        "ix_sync_record_blob",
        "sync_record",
        ["scope_id"],
        sqlite_where=sa.text("kind IN ('attachment', 'news_photo')"),
    )
    for table, columns in CAPTURED.items():
        for statement in _triggers(table, columns):
            op.execute(statement)
    # A device that already syncs: attachments it held before this revision are queued on next capture.
    op.execute(
        "INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'attachment', id FROM attachment "
        "WHERE (SELECT capture FROM sync_device) = 1"
    )


def downgrade() -> None:
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    op.drop_index("ix_sync_record_blob", table_name="sync_record")
    op.drop_table("sync_blob_sent")
