"""Support plans' assess-plan-do-review cycle: assessments and review meetings.

See desktop/store/schema_plan_reviews.py.

Revision ID: 0018
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plan_assessment",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("agreement_id", sa.String(length=32), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.Text(), nullable=False),
        sa.Column("working", sa.Text(), nullable=False),
        sa.Column("not_working", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_plan_assessment_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_assessment")),
    )
    op.create_index(
        op.f("ix_plan_assessment_agreement_id"), "plan_assessment", ["agreement_id"], unique=False
    )
    op.create_table(
        "plan_review",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("agreement_id", sa.String(length=32), nullable=False),
        sa.Column("reviewed_version", sa.Integer(), nullable=False),
        sa.Column("next_version", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("next_review_date", sa.Date(), nullable=False),
        sa.Column("meeting", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_plan_review_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_review")),
        sa.UniqueConstraint("agreement_id", "reviewed_version", name=op.f("uq_plan_review_agreement_id")),
    )
    op.create_index(op.f("ix_plan_review_agreement_id"), "plan_review", ["agreement_id"], unique=False)


def downgrade() -> None:
    op.drop_table("plan_review")
    op.drop_table("plan_assessment")
