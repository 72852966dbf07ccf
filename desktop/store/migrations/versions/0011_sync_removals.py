"""Removed devices: the admin-signed removal notices this device has checked, and the bundles refused.

A removed (perhaps stolen) laptop still holds the old scope keys, and a shared folder has no server to
refuse it. Every device keeps the notices it has checked back to a pinned admin (`sync_removal`), refuses
the removed device's bundles written after its removal, and remembers each refused bundle
(`sync_refused_bundle`) so a folder sync does not read and open it again every time.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_removal",
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.Column("notice", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_removal")),
    )
    op.create_table(
        "sync_refused_bundle",
        sa.Column("bundle_id", sa.String(length=33), nullable=False),
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_refused_bundle")),
    )


def downgrade() -> None:
    op.drop_table("sync_refused_bundle")
    op.drop_table("sync_removal")
