"""Unsaved edits of agreements and templates, kept when the app locks.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreement_draft",
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("author_key", sa.Text(), nullable=False),
        sa.Column("is_template", sa.Boolean(), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("change_note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_agreement_draft_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", "author_key", name=op.f("pk_agreement_draft")),
    )
    with op.batch_alter_table("agreement_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_draft_pupil_id"), ["pupil_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agreement_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_draft_pupil_id"))
    op.drop_table("agreement_draft")
