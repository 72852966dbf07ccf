"""The server's tables (SQLAlchemy Core): one metadata for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Integer, LargeBinary, MetaData, String, Table, Text

SCHEMA_VERSION = "1"

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
    comment="Schema version and the digest of the founding admin's setup token.",
)
devices = Table(
    "devices",
    metadata,
    Column("device_id", String(33), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("registration", Text, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_at", BigInteger, nullable=False),
    comment="Admin-signed device registrations: public keys only.",
)
scopes = Table(
    "scopes",
    metadata,
    Column("scope_id", String(33), primary_key=True),
    Column("last_seq", BigInteger, nullable=False, default=0),
    comment="One row per scope: the last sequence number handed out (its row lock orders pushes).",
)
memberships = Table(
    "memberships",
    metadata,
    Column("scope_id", String(33), primary_key=True),
    Column("device_id", String(33), primary_key=True, index=True),
    comment="Which device may fetch and push which scope.",
)
bundles = Table(
    "bundles",
    metadata,
    Column("scope_id", String(33), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("bundle_id", String(33), nullable=False, unique=True),
    Column("device_id", String(33), nullable=False),
    Column("generation", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("sealed", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("digest", LargeBinary, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    comment="The append-only log of sealed bundles per scope.",
)
wrapped_keys = Table(
    "wrapped_keys",
    metadata,
    Column("recipient_id", String(33), primary_key=True),
    Column("scope_id", String(33), primary_key=True),
    Column("generation", Integer, primary_key=True),
    Column("wrapped_by", String(33), primary_key=True),
    Column("payload", Text, nullable=False),
    comment="Scope keys wrapped for one device each; unreadable to the server.",
)
nonces = Table(
    "nonces",
    metadata,
    Column("device_id", String(33), primary_key=True),
    Column("nonce", String(32), primary_key=True),
    Column("expires_at", BigInteger, nullable=False, index=True),
    comment="Nonces of recent signed requests (replay protection).",
)
invitations = Table(
    "invitations",
    metadata,
    Column("invitation_id", String(33), primary_key=True),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_by", String(33), nullable=False, default=""),
    comment="Invitations an admin device issued (ids derived from the code, and expiry), and which device "
    "each was approved for; so a request for no invitation, a used one or an expired one is refused.",
)
invitation_verifiers = Table(
    "invitation_verifiers",
    metadata,
    Column("invitation_id", String(33), primary_key=True),
    Column("verifier", LargeBinary, nullable=False),
    comment="Each invitation's verifier key (one way from its code, never the code): a request must carry "
    "a MAC under it before it counts against the invitation's cap. A table of its own, so that a "
    "database made before it gains it with the other tables at start.",
)
enrolment_requests = Table(
    "enrolment_requests",
    metadata,
    Column("invitation_id", String(33), primary_key=True),
    Column("device_id", String(33), primary_key=True),
    Column("payload", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False, index=True),
)
enrolment_approvals = Table(
    "enrolment_approvals",
    metadata,
    Column("invitation_id", String(33), primary_key=True),
    Column("device_id", String(33), nullable=False),
    Column("payload", Text, nullable=False),
)
blobs = Table(
    "blobs",
    metadata,
    Column("scope_id", String(33), primary_key=True),
    Column("blob_id", String(64), primary_key=True),
    Column("received", BigInteger, nullable=False, default=0),
    Column("complete", Boolean, nullable=False, default=False),
    comment="Sealed attachments, named by the SHA-256 of their sealed bytes.",
)
blob_chunks = Table(
    "blob_chunks",
    metadata,
    Column("scope_id", String(33), primary_key=True),
    Column("blob_id", String(64), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

storage_use = Table(
    "storage_use",
    metadata,
    Column("holder", String(33), primary_key=True),
    Column("used_bytes", BigInteger, nullable=False),
    comment="Sealed bytes stored per device id and per scope id, counted against their quotas. A holder "
    "with no row yet (a database from before quotas) is counted from what is stored, once.",
)
blob_uploads = Table(
    "blob_uploads",
    metadata,
    Column("scope_id", String(33), primary_key=True),
    Column("blob_id", String(64), primary_key=True),
    Column("device_id", String(33), nullable=False),
    Column("touched_at", BigInteger, nullable=False, index=True),
    comment="Unfinished blob uploads: who is uploading and when a chunk last came, so that an upload "
    "left unfinished is removed after a time and its bytes given back to the device's quota.",
)
