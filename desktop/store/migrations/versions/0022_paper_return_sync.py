"""Returned paper pages sync between staff devices (schema 0015's tables and their pictures).

`paper_return` and `paper_page_layout` now carry the same capture triggers as the tables of schema 0005;
desktop/store/sync_store/kinds.py puts them, and the pictures kept with each page (kind
`paper_picture`, rows of `attachment`), in the staff scope of the pupil's class, which no family device
is given. A partial index finds the pictures' records whose files must travel.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

CAPTURED: tuple[str, ...] = ("paper_return", "paper_page_layout")


def _triggers(table: str) -> list[str]:
    when = "WHEN (SELECT capture FROM sync_device) = 1"

    def note(row: str) -> str:
        return f"INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('{table}', {row}.id);"

    return [
        f"CREATE TRIGGER sync_capture_{table}_insert AFTER INSERT ON {table} {when} BEGIN {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{table}_update AFTER UPDATE ON {table} {when} "
        f"BEGIN {note('OLD')} {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{table}_delete AFTER DELETE ON {table} {when} BEGIN {note('OLD')} END",
    ]


def upgrade() -> None:
    for table in CAPTURED:
        for statement in _triggers(table):
            op.execute(statement)
    op.create_index(
        "ix_sync_record_paper_blob",
        "sync_record",
        ["scope_id"],
        sqlite_where=sa.text("kind = 'paper_picture'"),
    )


def downgrade() -> None:
    op.drop_index("ix_sync_record_paper_blob", table_name="sync_record")
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
