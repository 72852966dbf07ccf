"""A first sync's queue in steps: `sync_device.unqueued` says records made before sync are still to queue.

The school office's computer holds a whole school when it founds the school's sync: hundreds of
thousands of records written before the device took part in sync. They are queued in steps, each its own
transaction, so sealing and sending can start on the first steps while later ones are queued (see
desktop/store/sync_store/first_queue.py). The flag stays set until the last step commits, so a queue cut
off by a crash or a closed laptop carries on at the next sync.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sync_device", sa.Column("unqueued", sa.Boolean(), nullable=False, server_default=sa.text("0"))
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_device") as batch:
        batch.drop_column("unqueued")
