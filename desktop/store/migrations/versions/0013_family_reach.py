"""Knowing and reaching every family: family profiles, the contact log and the reach setting.

- `family_profile` (one row a pupil) and `family_profile_item` (what matters to the child, each item
  markable sensitive): staff only.
- `family_contact`: logged calls, meetings, home visits and messages, with interpreter, outcome and
  follow-up date.
- `reach_setting`: after how many school days a family counts as not reached (10 unless changed).

All four sync between staff devices only (the staff scopes of desktop/store/sync_store/kinds.py), so
they carry the same capture triggers as the tables of schema 0005.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

# The tables this revision starts capturing, and their keys (fixed here, as in 0005).
CAPTURED: dict[str, tuple[str, ...]] = {
    "family_profile": ("pupil_id",),
    "family_profile_item": ("id",),
    "family_contact": ("id",),
    "reach_setting": ("id",),
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
        "family_profile",
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("home_languages", sa.JSON(), nullable=False),
        sa.Column("contact_way", sa.String(length=12), nullable=False),
        sa.Column("contact_time", sa.Text(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=8), nullable=False),
        sa.Column("reading", sa.String(length=12), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_family_profile_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pupil_id", name=op.f("pk_family_profile")),
    )
    op.create_table(
        "family_profile_item",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_family_profile_item_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_profile_item")),
    )
    op.create_index(op.f("ix_family_profile_item_pupil_id"), "family_profile_item", ["pupil_id"])
    op.create_table(
        "family_contact",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=8), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column("logged_by", sa.Text(), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_family_contact_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_contact")),
    )
    op.create_index(op.f("ix_family_contact_pupil_id"), "family_contact", ["pupil_id"])
    op.create_index(op.f("ix_family_contact_follow_up_on"), "family_contact", ["follow_up_on"])
    op.create_table(
        "reach_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reach_setting")),
    )
    for table, columns in CAPTURED.items():
        for statement in _triggers(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    op.drop_table("reach_setting")
    op.drop_index(op.f("ix_family_contact_follow_up_on"), table_name="family_contact")
    op.drop_index(op.f("ix_family_contact_pupil_id"), table_name="family_contact")
    op.drop_table("family_contact")
    op.drop_index(op.f("ix_family_profile_item_pupil_id"), table_name="family_profile_item")
    op.drop_table("family_profile_item")
    op.drop_table("family_profile")
