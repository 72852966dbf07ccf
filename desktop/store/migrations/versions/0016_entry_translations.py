"""Staff translations of what a teacher wrote in an entry, one row per entry, text field and language.

See desktop/store/schema_entry_translations.py. The table syncs in the pupil's scope, so it carries the
same capture triggers as the tables of schema 0005.

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLE = "entry_translation"
KEY = ("entry_id", "text_field", "language")


def _key(row: str) -> str:
    return " || ':' || ".join(f"{row}.{c}" for c in KEY)


def _triggers() -> list[str]:
    when = "WHEN (SELECT capture FROM sync_device) = 1"

    def note(row: str) -> str:
        return f"INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('{TABLE}', {_key(row)});"

    return [
        f"CREATE TRIGGER sync_capture_{TABLE}_insert AFTER INSERT ON {TABLE} {when} BEGIN {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{TABLE}_update AFTER UPDATE ON {TABLE} {when} "
        f"BEGIN {note('OLD')} {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{TABLE}_delete AFTER DELETE ON {TABLE} {when} BEGIN {note('OLD')} END",
    ]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("text_field", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("translator_id", sa.String(length=32), nullable=False),
        sa.Column("translator_name", sa.Text(), nullable=False),
        sa.Column("translated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["linkbook_entry.id"],
            name=op.f("fk_entry_translation_entry_id_linkbook_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "text_field", "language", name=op.f("pk_entry_translation")),
    )
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{TABLE}_{event}")
    op.drop_table(TABLE)
