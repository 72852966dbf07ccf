"""Imports: column mappings remembered per source, and the outside ids records were imported from.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_mapping",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("day_first", sa.Boolean(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_import_mapping")),
    )
    op.create_table(
        "import_link",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("record_kind", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("source", "record_kind", "external_id", name=op.f("pk_import_link")),
    )
    with op.batch_alter_table("import_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_link_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_link_record_id"))
    op.drop_table("import_link")
    op.drop_table("import_mapping")
