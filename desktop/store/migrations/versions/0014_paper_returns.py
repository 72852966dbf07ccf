"""Returned paper: the boxes of each printed returnable page, and each scanned page (filed or to review).

See desktop/store/schema_paper.py.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "paper_page_layout",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("reply_code", sa.String(length=16), nullable=False),
        sa.Column("household", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("areas_hash", sa.String(length=64), nullable=False),
        sa.Column("areas", sa.Text(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_page_layout")),
        sa.UniqueConstraint(
            "reply_code", "household", "page", "areas_hash", name=op.f("uq_paper_page_layout_reply_code")
        ),
    )
    op.create_index(
        op.f("ix_paper_page_layout_reply_code"), "paper_page_layout", ["reply_code"], unique=False
    )
    op.create_table(
        "paper_return",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("page_key", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("picture_id", sa.String(length=32), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("read", sa.Boolean(), nullable=False),
        sa.Column("cuttings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_return")),
        sa.UniqueConstraint("page_key", name=op.f("uq_paper_return_page_key")),
    )
    op.create_index(op.f("ix_paper_return_status"), "paper_return", ["status"], unique=False)
    op.create_index(op.f("ix_paper_return_pupil_id"), "paper_return", ["pupil_id"], unique=False)


def downgrade() -> None:
    op.drop_table("paper_return")
    op.drop_table("paper_page_layout")
