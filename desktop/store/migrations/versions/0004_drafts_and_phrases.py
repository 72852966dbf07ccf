"""Entry drafts (autosaved while a teacher types) and the quick-phrase bank.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "entry_draft",
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("author_key", sa.Text(), nullable=False),
        sa.Column("learning", sa.Text(), nullable=False),
        sa.Column("wins", sa.Text(), nullable=False),
        sa.Column("reminders", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_entry_draft_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pupil_id", "day", "author_key", name=op.f("pk_entry_draft")),
    )
    op.create_table(
        "quick_phrase",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("class_id", sa.String(length=32), nullable=True),
        sa.Column("section", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_quick_phrase_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quick_phrase")),
    )
    with op.batch_alter_table("quick_phrase", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quick_phrase_class_id"), ["class_id"], unique=False)
    op.create_table(
        "phrase_bank",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("seeded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase_bank")),
    )


def downgrade() -> None:
    op.drop_table("phrase_bank")
    with op.batch_alter_table("quick_phrase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quick_phrase_class_id"))
    op.drop_table("quick_phrase")
    op.drop_table("entry_draft")
