"""Subject-access requests, retention and erasure, photo consent.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "records_request",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("requester", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("export_file", sa.Text(), nullable=False),
        sa.Column("refusal_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records_request")),
    )
    with op.batch_alter_table("records_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_records_request_pupil_id"), ["pupil_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_records_request_due_on"), ["due_on"], unique=False)
    op.create_table(
        "erasure_record",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=24), nullable=False),
        sa.Column("subject_id", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("request_id", sa.String(length=32), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_record")),
    )
    with op.batch_alter_table("erasure_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasure_record_subject_id"), ["subject_id"], unique=False)
    op.create_table(
        "retention_policy",
        sa.Column("record_kind", sa.String(length=24), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_kind", name=op.f("pk_retention_policy")),
    )
    op.create_table(
        "photo_consent",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("consent", sa.String(length=16), nullable=False),
        sa.Column("given_by", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_photo_consent_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_consent")),
    )
    with op.batch_alter_table("photo_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_consent_pupil_id"), ["pupil_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_consent_pupil_id"))
    op.drop_table("photo_consent")
    op.drop_table("retention_policy")
    with op.batch_alter_table("erasure_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_record_subject_id"))
    op.drop_table("erasure_record")
    with op.batch_alter_table("records_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_records_request_due_on"))
        batch_op.drop_index(batch_op.f("ix_records_request_pupil_id"))
    op.drop_table("records_request")
