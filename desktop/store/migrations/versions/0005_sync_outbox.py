"""What this device syncs: its keys, the merge state of each record, the outbox and the inbox.

Also the change-capture triggers: every insert, update and delete on a synced table notes the row in
sync_dirty (only once the device takes part in sync), so changes made by any code path, the ORM, Core
batch inserts or a cascade, reach the outbox in the same transaction (desktop/store/sync_store/capture.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

# The synced tables and their keys as of this revision (kept here: a migration must not change when the
# code does).
CAPTURED: dict[str, tuple[str, ...]] = {
    "school": ("id",),
    "staff_member": ("id",),
    "school_class": ("id",),
    "class_staff": ("class_id", "staff_id"),
    "term": ("id",),
    "closure_day": ("day",),
    "agreement_template": ("id",),
    "news_item": ("id",),
    "school_event": ("id",),
    "pupil": ("id",),
    "family_member": ("id",),
    "pupil_family": ("pupil_id", "family_member_id"),
    "linkbook_entry": ("id",),
    "entry_reply": ("id",),
    "acknowledgement": ("id",),
    "agreement": ("id",),
    "agreement_version": ("id",),
    "signature": ("id",),
    "work_folder": ("id",),
    "work_item": ("id",),
}


def _key(row: str, columns: tuple[str, ...]) -> str:
    return " || ':' || ".join(f"{row}.{c}" for c in columns)


def trigger_ddl(table: str, columns: tuple[str, ...]) -> list[str]:
    """AFTER INSERT / UPDATE / DELETE triggers noting the row's key in sync_dirty."""
    when = "WHEN (SELECT capture FROM sync_device) = 1"

    def note(row: str) -> str:
        return f"INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('{table}', {_key(row, columns)});"

    return [
        f"CREATE TRIGGER sync_capture_{table}_insert AFTER INSERT ON {table} {when} BEGIN {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{table}_update AFTER UPDATE ON {table} {when} "
        f"BEGIN {note('OLD')} {note('NEW')} END",
        f"CREATE TRIGGER sync_capture_{table}_delete AFTER DELETE ON {table} {when} BEGIN {note('OLD')} END",
    ]


def upgrade() -> None:
    op.create_table(
        "sync_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.Column("keys", sa.LargeBinary(), nullable=False),
        sa.Column("clock", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("capture", sa.Boolean(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("joining_code", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_device")),
    )
    op.create_table(
        "sync_trusted_admin",
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.Column("registration", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_trusted_admin")),
    )
    op.create_table(
        "sync_registration",
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.Column("registration", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_registration")),
    )
    op.create_table(
        "sync_scope_key",
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("scope_id", "generation", name=op.f("pk_sync_scope_key")),
    )
    op.create_table(
        "sync_scope",
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("subject_id", sa.String(length=32), nullable=False),
        sa.Column("announced", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("scope_id", name=op.f("pk_sync_scope")),
    )
    op.create_index("ix_sync_scope_subject", "sync_scope", ["kind", "subject_id"], unique=True)
    op.create_table(
        "sync_scope_member",
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.PrimaryKeyConstraint("scope_id", "device_id", name=op.f("pk_sync_scope_member")),
    )
    op.create_table(
        "sync_record",
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("waiting", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("scope_id", "record_id", name=op.f("pk_sync_record")),
    )
    op.create_index("ix_sync_record_record_id", "sync_record", ["record_id"], unique=False)
    op.create_index(op.f("ix_sync_record_waiting"), "sync_record", ["waiting"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("scope_id", "record_id", "field", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("stamp", sa.Text(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
    )
    op.create_index("ix_sync_outbox_scope_stamp", "sync_outbox", ["scope_id", "stamp"], unique=False)
    op.create_table(
        "sync_outgoing",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=33), nullable=False),
        sa.Column("bundle", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outgoing")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_sync_outgoing_bundle_id")),
    )
    op.create_table(
        "sync_acknowledged",
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.String(length=33), nullable=False),
        sa.PrimaryKeyConstraint("channel", "bundle_id", name=op.f("pk_sync_acknowledged")),
    )
    op.create_table(
        "sync_applied",
        sa.Column("bundle_id", sa.String(length=33), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_applied")),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("scope_id", sa.String(length=33), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("channel", "scope_id", name=op.f("pk_sync_cursor")),
    )
    op.create_table(
        "sync_dirty",
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "key", name=op.f("pk_sync_dirty")),
    )
    op.create_table(
        "sync_invitation",
        sa.Column("invitation_id", sa.String(length=33), nullable=False),
        sa.Column("invitation", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("class_ids", sa.Text(), nullable=False),
        sa.Column("pupil_ids", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("invitation_id", name=op.f("pk_sync_invitation")),
    )
    op.create_table(
        "sync_enrolled_device",
        sa.Column("device_id", sa.String(length=33), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("class_ids", sa.Text(), nullable=False),
        sa.Column("pupil_ids", sa.Text(), nullable=False),
        sa.Column("approved_at", sa.Text(), nullable=False),
        sa.Column("removed_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_enrolled_device")),
    )
    op.create_table(
        "sync_run",
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("last_attempt_at", sa.Text(), nullable=False),
        sa.Column("last_success_at", sa.Text(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("channel", name=op.f("pk_sync_run")),
    )
    for table, columns in CAPTURED.items():
        for ddl in trigger_ddl(table, columns):
            op.execute(ddl)


def downgrade() -> None:
    for table in CAPTURED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    for table in (
        "sync_run",
        "sync_enrolled_device",
        "sync_invitation",
        "sync_dirty",
        "sync_cursor",
        "sync_applied",
        "sync_acknowledged",
        "sync_outgoing",
        "sync_outbox",
        "sync_conflict",
        "sync_record",
        "sync_scope_member",
        "sync_scope",
        "sync_registration",
        "sync_scope_key",
        "sync_trusted_admin",
        "sync_device",
    ):
        op.drop_table(table)
