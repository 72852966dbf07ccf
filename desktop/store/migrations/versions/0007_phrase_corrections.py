"""A school's own corrections of the printed phrase translations.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "phrase_correction",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("phrase_id", sa.String(length=48), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.Text(), nullable=False),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase_correction")),
        sa.UniqueConstraint("language", "phrase_id", name=op.f("uq_phrase_correction_language")),
    )


def downgrade() -> None:
    op.drop_table("phrase_correction")
