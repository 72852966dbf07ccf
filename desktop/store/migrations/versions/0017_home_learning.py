"""Home learning: tasks set for a class or a group, with guidance for families, and each family's return.

See desktop/store/schema_home_learning.py. Both tables sync (in the pupils' scopes), so they carry the
same capture triggers as the tables of schema 0005; a family's "done" or comment counts as hearing from
them (family_last_heard, schema 0013), from the app or on paper.

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

CAPTURED: dict[str, tuple[str, ...]] = {
    "home_learning_task": ("id",),
    "home_learning_pupil": ("task_id", "pupil_id"),
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


def _heard(method: str, at: str) -> str:
    """Note the family heard from on that day (see 0013's family_last_heard), keeping the later day."""
    return (
        "INSERT INTO family_last_heard (pupil_id, channel, last_on) "
        f"SELECT NEW.pupil_id, CASE {method} WHEN 'paper' THEN 'paper' ELSE 'app' END, substr({at}, 1, 10) "
        "WHERE true ON CONFLICT (pupil_id, channel) DO UPDATE SET last_on = max(last_on, excluded.last_on);"
    )


HEARD_TRIGGERS: dict[str, str] = {
    # A family saying home learning is done, or commenting on it, is two-way contact like a reply.
    "family_heard_home_learning_insert": (
        "AFTER INSERT ON home_learning_pupil WHEN NEW.done_at IS NOT NULL BEGIN "
        + _heard("NEW.done_method", "NEW.done_at")
        + " END"
    ),
    "family_heard_home_learning_done": (
        "AFTER UPDATE OF done_at ON home_learning_pupil WHEN NEW.done_at IS NOT NULL BEGIN "
        + _heard("NEW.done_method", "NEW.done_at")
        + " END"
    ),
    "family_heard_home_learning_comment": (
        "AFTER UPDATE OF comment_at ON home_learning_pupil WHEN NEW.comment_at IS NOT NULL BEGIN "
        + _heard("NEW.comment_method", "NEW.comment_at")
        + " END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "home_learning_task",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("class_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("set_by", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("guidance", sa.JSON(), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_learning_task")),
    )
    op.create_index(op.f("ix_home_learning_task_class_id"), "home_learning_task", ["class_id"], unique=False)
    op.create_index(op.f("ix_home_learning_task_due_on"), "home_learning_task", ["due_on"], unique=False)
    op.create_table(
        "home_learning_pupil",
        sa.Column("task_id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.Text(), nullable=False),
        sa.Column("done_method", sa.String(length=8), nullable=True),
        sa.Column("comment_text", sa.Text(), nullable=False),
        sa.Column("comment_by", sa.Text(), nullable=False),
        sa.Column("comment_at", sa.DateTime(), nullable=True),
        sa.Column("comment_method", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_home_learning_pupil_pupil_id_pupil")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["home_learning_task.id"],
            name=op.f("fk_home_learning_pupil_task_id_home_learning_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "pupil_id", name=op.f("pk_home_learning_pupil")),
    )
    op.create_index(
        op.f("ix_home_learning_pupil_pupil_id"), "home_learning_pupil", ["pupil_id"], unique=False
    )
    for table, columns in CAPTURED.items():
        for statement in _triggers(table, columns):
            op.execute(statement)
    for name, body in HEARD_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in HEARD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    op.drop_table("home_learning_pupil")
    op.drop_table("home_learning_task")
