"""Tables of end-to-end encrypted sync (schema 0005): this device's keys, merge states, outbox and inbox.

They implement `sync.local.SyncTransaction` over the vault (see desktop/store/sync_store/), whose typed
classes (device, runs, invitations, enrolled, scopes, backlog, attachment_files, rejoin) query these
tables in SQLAlchemy Core, so the services above never write SQL. Everything here lives inside the
encrypted database: the device's private keys, the scope keys and the merge states (which hold the
same child data as the app's own rows) never reach a file of their own.
"""

from sqlalchemy import Boolean, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id

ScopeIdType = String(33)
DeviceIdType = String(33)
BundleIdType = String(33)


class SyncDeviceRow(Base):
    """This device (one row): its private keys, its clock, its role and the school it syncs with.

    `capture` is 1 once the device takes part in sync; the change-capture triggers look at it, so a
    school that never syncs pays nothing, and applying what other devices wrote does not echo back.
    """

    __tablename__ = "sync_device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(DeviceIdType)
    keys: Mapped[bytes] = mapped_column(LargeBinary)
    clock: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(8), default="")
    capture: Mapped[bool] = mapped_column(Boolean, default=False)
    server_url: Mapped[str] = mapped_column(Text, default="")
    folder: Mapped[str] = mapped_column(Text, default="")
    joining_code: Mapped[str] = mapped_column(Text, default="")
    unqueued: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    """Records made before this device synced are still to be queued (a first sync, in steps)."""


class SyncTrustedAdminRow(Base):
    """An admin device pinned at enrolment (or this device, if it founded the school)."""

    __tablename__ = "sync_trusted_admin"
    device_id: Mapped[str] = mapped_column(DeviceIdType, primary_key=True)
    registration: Mapped[str] = mapped_column(Text)


class SyncRegistrationRow(Base):
    """A device registration already checked back to a trusted admin (a cache)."""

    __tablename__ = "sync_registration"
    device_id: Mapped[str] = mapped_column(DeviceIdType, primary_key=True)
    registration: Mapped[str] = mapped_column(Text)


class SyncScopeKeyRow(Base):
    """One generation of a scope's key (secret; only inside the encrypted database)."""

    __tablename__ = "sync_scope_key"
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class SyncScopeRow(Base):
    """Whose records a scope holds: the school, one class (its news) or one pupil. Never leaves the device."""

    __tablename__ = "sync_scope"
    __table_args__ = (Index("ix_sync_scope_subject", "kind", "subject_id", unique=True),)
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    subject_id: Mapped[str] = mapped_column(Id)
    announced: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncScopeKindRow(Base):
    """Whose records a scope holds as an admin's grant said it (sealed with the scope's key; schema 0024).

    A device given a scope learns its subject only when the scope's own records arrive (sync_scope); the
    kind, known from the grant, lets a joining device pull the school's scope (the classes every pupil's
    rows belong to) before the pupils'. Never leaves the device."""

    __tablename__ = "sync_scope_kind"
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))


class SyncScopeMemberRow(Base):
    """Admin devices only: which devices hold a scope's key (to wrap the next generation for them)."""

    __tablename__ = "sync_scope_member"
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    device_id: Mapped[str] = mapped_column(DeviceIdType, primary_key=True)


class SyncRecordRow(Base):
    """A record's merge state (`RecordState.to_json`); `waiting` while its rows cannot be written yet."""

    __tablename__ = "sync_record"
    __table_args__ = (
        Index("ix_sync_record_record_id", "record_id"),
        # Attachments' states, which each sync looks through for files to send or fetch (schema 0009;
        # review reports' files since 0023).
        Index(
            "ix_sync_record_blob",
            "scope_id",
            sqlite_where=text("kind IN ('attachment', 'news_photo', 'review_report')"),
        ),
        Index("ix_sync_record_paper_blob", "scope_id", sqlite_where=text("kind = 'paper_picture'")),
    )
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    record_id: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    state: Mapped[str] = mapped_column(Text)
    waiting: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SyncConflictRow(Base):
    """A long-text field with concurrent versions a person must choose between (the versions are in
    the record's merge state)."""

    __tablename__ = "sync_conflict"
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    record_id: Mapped[str] = mapped_column(Text, primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))


class SyncOutboxRow(Base):
    """A local change not yet sealed into a bundle (`Change.to_json`)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_scope_stamp", "scope_id", "stamp"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scope_id: Mapped[str] = mapped_column(ScopeIdType)
    stamp: Mapped[str] = mapped_column(Text)
    change: Mapped[str] = mapped_column(Text)


class SyncOutgoingRow(Base):
    """A bundle this device sealed, kept until every channel in use has it."""

    __tablename__ = "sync_outgoing"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(BundleIdType, unique=True)
    bundle: Mapped[str] = mapped_column(Text)


class SyncAcknowledgedRow(Base):
    """A channel (the server, a folder) has stored one of this device's bundles."""

    __tablename__ = "sync_acknowledged"
    channel: Mapped[str] = mapped_column(Text, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(BundleIdType, primary_key=True)


class SyncAppliedRow(Base):
    """A bundle already merged here (from any channel, or sealed here)."""

    __tablename__ = "sync_applied"
    bundle_id: Mapped[str] = mapped_column(BundleIdType, primary_key=True)


class SyncCursorRow(Base):
    """Where pulling a scope from a channel resumes."""

    __tablename__ = "sync_cursor"
    channel: Mapped[str] = mapped_column(Text, primary_key=True)
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)


class SyncDirtyRow(Base):
    """A row of the app's tables changed since the last capture (written by triggers, schema 0005)."""

    __tablename__ = "sync_dirty"
    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)


class SyncInvitationRow(Base):
    """An invitation this admin device issued, and what the device that answers it will be given."""

    __tablename__ = "sync_invitation"
    invitation_id: Mapped[str] = mapped_column(String(33), primary_key=True)
    invitation: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text, default="")
    class_ids: Mapped[str] = mapped_column(Text, default="[]")
    pupil_ids: Mapped[str] = mapped_column(Text, default="[]")
    device_id: Mapped[str] = mapped_column(Text, default="")
    server_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    """Issued while the server was out of reach; the next sync tells it (schema 0012)."""


class SyncEnrolledDeviceRow(Base):
    """Admin devices only: a device this admin approved, for `linkbook devices list` and removal."""

    __tablename__ = "sync_enrolled_device"
    device_id: Mapped[str] = mapped_column(DeviceIdType, primary_key=True)
    role: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(Text, default="")
    class_ids: Mapped[str] = mapped_column(Text, default="[]")
    pupil_ids: Mapped[str] = mapped_column(Text, default="[]")
    approved_at: Mapped[str] = mapped_column(Text, default="")
    removed_at: Mapped[str] = mapped_column(Text, default="")
    rejoined_from: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    """The removed device this one was, when a removed computer joined again (schema 0012)."""


class SyncRunRow(Base):
    """The outcome of the last sync over each channel, for the status line."""

    __tablename__ = "sync_run"
    channel: Mapped[str] = mapped_column(Text, primary_key=True)
    last_attempt_at: Mapped[str] = mapped_column(Text, default="")
    last_success_at: Mapped[str] = mapped_column(Text, default="")
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncBlobSentRow(Base):
    """A channel holds the encrypted file of an attachment in a scope (schema 0009)."""

    __tablename__ = "sync_blob_sent"
    channel: Mapped[str] = mapped_column(Text, primary_key=True)
    scope_id: Mapped[str] = mapped_column(ScopeIdType, primary_key=True)
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncRemovalRow(Base):
    """An admin-signed notice that a device was removed, checked by the engine (schema 0011): its
    bundles written after the removal are refused, and the notice is passed on to every folder."""

    __tablename__ = "sync_removal"
    device_id: Mapped[str] = mapped_column(DeviceIdType, primary_key=True)
    notice: Mapped[str] = mapped_column(Text)


class SyncRefusedBundleRow(Base):
    """A bundle refused as a removed device's (schema 0011), so it is not fetched and opened again."""

    __tablename__ = "sync_refused_bundle"
    bundle_id: Mapped[str] = mapped_column(BundleIdType, primary_key=True)
    device_id: Mapped[str] = mapped_column(DeviceIdType)
