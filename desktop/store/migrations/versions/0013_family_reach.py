"""Knowing and reaching every family: family profiles, the contact log and the reach setting.

- `family_profile` (one row a pupil) and `family_profile_item` (what matters to the child, each item
  markable sensitive): staff only.
- `family_contact`: logged calls, meetings, home visits and messages, with interpreter, outcome and
  follow-up date.
- `reach_setting`: after how many school days a family counts as not reached (10 unless changed).
- `family_last_heard`: the last day something came back from each family by app and by paper, kept by
  the triggers below on every insert of a family reply, acknowledgement, family signature or folder
  comment, and filled here from what the school already holds. (Grouping a year's replies and
  acknowledgements took seconds for a 1,500-pupil school; this table is read in milliseconds.)

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


def _channel(method: str) -> str:
    return f"CASE {method} WHEN 'paper' THEN 'paper' ELSE 'app' END"


def _heard(pupil: str, method: str, at: str, source: str) -> str:
    """INSERT … SELECT of a pupil's family heard from on a day, keeping the later day."""
    return (
        f"INSERT INTO family_last_heard (pupil_id, channel, last_on) "
        f"SELECT {pupil}, {_channel(method)}, substr({at}, 1, 10) {source} "
        "ON CONFLICT (pupil_id, channel) DO UPDATE SET last_on = max(last_on, excluded.last_on);"
    )


HEARD_TRIGGERS: dict[str, str] = {
    "family_heard_reply": (
        "AFTER INSERT ON entry_reply WHEN NEW.author_kind = 'family' BEGIN "
        + _heard(
            "e.pupil_id", "NEW.method", "NEW.written_at", "FROM linkbook_entry e WHERE e.id = NEW.entry_id"
        )
        + " END"
    ),
    "family_heard_acknowledgement": (
        "AFTER INSERT ON acknowledgement BEGIN "
        + _heard("e.pupil_id", "NEW.method", "NEW.at", "FROM linkbook_entry e WHERE e.id = NEW.entry_id")
        + " END"
    ),
    "family_heard_signature": (
        "AFTER INSERT ON signature WHEN NEW.party = 'family' BEGIN "
        + _heard(
            "a.pupil_id",
            "NEW.method",
            "NEW.signed_on",
            "FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE v.id = NEW.version_id",
        )
        + " END"
    ),
    "family_heard_folder_insert": (
        "AFTER INSERT ON work_folder WHEN NEW.comment_at IS NOT NULL BEGIN "
        + _heard("NEW.pupil_id", "NEW.comment_method", "NEW.comment_at", "WHERE true")
        + " END"
    ),
    "family_heard_folder_comment": (
        "AFTER UPDATE OF comment_at ON work_folder WHEN NEW.comment_at IS NOT NULL BEGIN "
        + _heard("NEW.pupil_id", "NEW.comment_method", "NEW.comment_at", "WHERE true")
        + " END"
    ),
}

BACKFILL = (
    _heard(
        "e.pupil_id",
        "r.method",
        "r.written_at",
        "FROM entry_reply r JOIN linkbook_entry e ON e.id = r.entry_id WHERE r.author_kind = 'family'",
    ),
    _heard(
        "e.pupil_id",
        "k.method",
        "k.at",
        "FROM acknowledgement k JOIN linkbook_entry e ON e.id = k.entry_id WHERE true",
    ),
    _heard(
        "a.pupil_id",
        "s.method",
        "s.signed_on",
        "FROM signature s JOIN agreement_version v ON v.id = s.version_id "
        "JOIN agreement a ON a.id = v.agreement_id WHERE s.party = 'family'",
    ),
    _heard(
        "f.pupil_id", "f.comment_method", "f.comment_at", "FROM work_folder f WHERE f.comment_at IS NOT NULL"
    ),
)


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
    op.create_table(
        "family_last_heard",
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("last_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_family_last_heard_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pupil_id", "channel", name=op.f("pk_family_last_heard")),
    )
    for statement in BACKFILL:
        op.execute(statement.rstrip(";"))
    for name, body in HEARD_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    for table, columns in CAPTURED.items():
        for statement in _triggers(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    for name in HEARD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("family_last_heard")
    op.drop_table("reach_setting")
    op.drop_index(op.f("ix_family_contact_follow_up_on"), table_name="family_contact")
    op.drop_index(op.f("ix_family_contact_pupil_id"), table_name="family_contact")
    op.drop_table("family_contact")
    op.drop_index(op.f("ix_family_profile_item_pupil_id"), table_name="family_profile_item")
    op.drop_table("family_profile_item")
    op.drop_table("family_profile")
