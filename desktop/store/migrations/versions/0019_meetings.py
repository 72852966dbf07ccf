"""Meetings and parents' evenings (the occasion, its times, each family's booking), and what must not go home.

- `meeting`: one occasion for a class (title, day, room, interpreter's language).
- `meeting_slot`: the times offered.
- `meeting_booking`: a family's booking for one child at one meeting (keyed by both), with who booked it
  and how (app, paper, staff) and whether the family came.

And what must not go home:

- `entry_staff_note`: a staff-only note on a link-book entry (never printed, never in a family's scope).
- `concern_words`: the school's list of words that bring the safeguarding warning.

All five sync (meetings and times in the class's scope, bookings in the pupil's, staff notes and the word
list in the staff scopes), so they carry the same capture triggers as the tables of schema 0005.

Revision ID: 0019
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

CAPTURED: dict[str, tuple[str, ...]] = {
    "meeting": ("id",),
    "meeting_slot": ("id",),
    "meeting_booking": ("meeting_id", "pupil_id"),
    "entry_staff_note": ("entry_id",),
    "concern_words": ("id",),
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
        "meeting",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("class_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("room", sa.Text(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=8), nullable=False),
        sa.Column("offered_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_meeting_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(op.f("ix_meeting_class_id"), "meeting", ["class_id"])
    op.create_table(
        "meeting_slot",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("starts", sa.String(length=5), nullable=False),
        sa.Column("ends", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_slot_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_slot")),
    )
    op.create_index(op.f("ix_meeting_slot_meeting_id"), "meeting_slot", ["meeting_id"])
    op.create_table(
        "meeting_booking",
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("slot_id", sa.String(length=32), nullable=False),
        sa.Column("booked_by", sa.String(length=8), nullable=False),
        sa.Column("by_name", sa.Text(), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_booking_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_meeting_booking_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["meeting_slot.id"],
            name=op.f("fk_meeting_booking_slot_id_meeting_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "pupil_id", name=op.f("pk_meeting_booking")),
    )
    op.create_index(op.f("ix_meeting_booking_slot_id"), "meeting_booking", ["slot_id"])
    op.create_table(
        "entry_staff_note",
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["linkbook_entry.id"],
            name=op.f("fk_entry_staff_note_entry_id_linkbook_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_entry_staff_note_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_entry_staff_note")),
    )
    op.create_index(op.f("ix_entry_staff_note_pupil_id"), "entry_staff_note", ["pupil_id"])
    op.create_table(
        "concern_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_words")),
    )
    for table, columns in CAPTURED.items():
        for statement in _triggers(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    op.drop_table("concern_words")
    op.drop_index(op.f("ix_entry_staff_note_pupil_id"), table_name="entry_staff_note")
    op.drop_table("entry_staff_note")
    op.drop_index(op.f("ix_meeting_booking_slot_id"), table_name="meeting_booking")
    op.drop_table("meeting_booking")
    op.drop_index(op.f("ix_meeting_slot_meeting_id"), table_name="meeting_slot")
    op.drop_table("meeting_slot")
    op.drop_index(op.f("ix_meeting_class_id"), table_name="meeting")
    op.drop_table("meeting")
