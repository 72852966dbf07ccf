"""The family's and the child's views before a support plan's review.

See desktop/store/schema_review_views.py. The table syncs (append-only, in the pupil's scope), so it
carries the same capture triggers as the tables of schema 0005.

Revision ID: 0020
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLE = "review_views"
HEARD_TRIGGER = "family_heard_review_views"
HEARD = (
    f"CREATE TRIGGER {HEARD_TRIGGER} AFTER INSERT ON {TABLE} WHEN NEW.given_by = 'family' BEGIN "
    "INSERT INTO family_last_heard (pupil_id, channel, last_on) "
    "SELECT NEW.pupil_id, CASE NEW.received WHEN 'app' THEN 'app' ELSE 'paper' END, "
    "substr(NEW.received_at, 1, 10) WHERE true "
    "ON CONFLICT (pupil_id, channel) DO UPDATE SET last_on = max(last_on, excluded.last_on); END"
)
"""The family's views are the family heard from (desktop/domain/reach.py), like a reply (see 0013)."""


def _triggers() -> list[str]:
    when = "WHEN (SELECT capture FROM sync_device) = 1"

    def note(row: str) -> str:
        return f"INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('{TABLE}', {row}.id);"

    return [
        f"CREATE TRIGGER sync_capture_{TABLE}_insert AFTER INSERT ON {TABLE} {when} BEGIN {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{TABLE}_update AFTER UPDATE ON {TABLE} {when} "
        f"BEGIN {note('OLD')} {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{TABLE}_delete AFTER DELETE ON {TABLE} {when} BEGIN {note('OLD')} END",
    ]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("agreement_id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("given_by", sa.String(length=12), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("received", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("by_name", sa.Text(), nullable=False),
        sa.Column("pictures", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_review_views_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupil.id"], name=op.f("fk_review_views_pupil_id_pupil")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_views")),
    )
    op.create_index(op.f("ix_review_views_agreement_id"), TABLE, ["agreement_id"], unique=False)
    op.create_index(op.f("ix_review_views_pupil_id"), TABLE, ["pupil_id"], unique=False)
    for statement in _triggers():
        op.execute(statement)
    op.execute(HEARD)


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {HEARD_TRIGGER}")
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{TABLE}_{event}")
    op.drop_index(op.f("ix_review_views_pupil_id"), table_name=TABLE)
    op.drop_index(op.f("ix_review_views_agreement_id"), table_name=TABLE)
    op.drop_table(TABLE)
