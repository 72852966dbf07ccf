"""What kind of scope each granted scope is, as the admin's grant said: a joining device pulls parents first.

An admin device's grants now seal the scope's kind (the school's, a class's, a pupil's, staff-only) with
its key (sync/crypto.py). A device given keys keeps the kinds in `sync_scope_kind` before any of the
scopes' records arrive, so its first sync pulls the school's scope first and the pupils' rows need not
wait for their classes. Nothing to fill in here: a device that already syncs knows its scopes' kinds
from their records (sync_scope).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_scope_kind",
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("scope_id", name=op.f("pk_sync_scope_kind")),
    )


def downgrade() -> None:
    op.drop_table("sync_scope_kind")
