"""The files of reports kept with a plan's review travel with the review, between staff devices only.

A report's file is an attachment tagged to no pupil; desktop/store/sync_store/kinds.py now gives it a
kind of its own ("review_report") in the staff scope of the review that names it. The partial index on
the attachments' states (schema 0009) now covers that kind too, and on a device that already syncs the
reviews naming a file are noted for capture, so their files go on the next sync.

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def _blob_index(kinds: str) -> None:
    op.drop_index("ix_sync_record_blob", table_name="sync_record")
    op.create_index(
        "ix_sync_record_blob", "sync_record", ["scope_id"], sqlite_where=sa.text(f"kind IN ({kinds})")
    )


def upgrade() -> None:
    _blob_index("'attachment', 'news_photo', 'review_report'")
    op.execute(
        "INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'plan_review', id FROM plan_review "
        "WHERE (SELECT capture FROM sync_device) = 1 AND json_array_length(meeting, '$.reports') > 0"
    )


def downgrade() -> None:
    _blob_index("'attachment', 'news_photo'")
