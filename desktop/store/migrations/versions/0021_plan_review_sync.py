"""Support-plan assessments and reviews sync between staff devices (schema 0018's tables).

Both tables now carry the same capture triggers as the tables of schema 0005. They are staff records:
desktop/store/sync_store/kinds.py puts them in the staff scope of the pupil's class, which no family
device is given, like the staff-only notes on entries (schema 0019).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

CAPTURED: tuple[str, ...] = ("plan_assessment", "plan_review")


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


def downgrade() -> None:
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
