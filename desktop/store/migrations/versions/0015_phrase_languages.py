"""Quick phrases in the home languages: the school's checked translations, and the phrases each entry
was built from.

See desktop/store/schema_phrase_languages.py.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quick_phrase_translation",
        sa.Column("phrase_id", sa.String(length=48), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("checked_by", sa.Text(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("phrase_id", "language", name=op.f("pk_quick_phrase_translation")),
    )
    # A plain ADD COLUMN: the table is not rebuilt, so its sync triggers stay.
    op.add_column("linkbook_entry", sa.Column("phrases", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("linkbook_entry", schema=None) as batch_op:
        batch_op.drop_column("phrases")
    op.drop_table("quick_phrase_translation")
