"""Invitations issued offline, and computers that joined again.

- `sync_invitation.server_pending`: the admin device issued the invitation while its server was out of
  reach. The office must still be able to print an invitation for a new teacher, so it is kept at once
  and the next sync tells the server (desktop/services/sync/invitations.py); until then the Devices tab
  says it is waiting to reach the server. Invitations made before this schema were told at issue.
- `sync_enrolled_device.rejoined_from`: the removed device an approved device was, when a removed
  computer joined again with new keys and proved it with its old key (desktop/services/sync/rejoin.py).
  The removed device's own row and its removal stay; the Devices tab shows the two as one computer.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sync_invitation",
        sa.Column("server_pending", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )
    op.add_column(
        "sync_enrolled_device",
        sa.Column("rejoined_from", sa.Text(), nullable=False, server_default=sa.text("''")),
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_enrolled_device") as batch:
        batch.drop_column("rejoined_from")
    with op.batch_alter_table("sync_invitation") as batch:
        batch.drop_column("server_pending")
