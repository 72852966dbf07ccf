"""The server's storage: every query lives here, none in the route handlers.

Tables (SQLAlchemy Core, SQLite or PostgreSQL):

- `devices`: admin-signed registrations (public keys and role) and whether the device was revoked;
- `scopes` and `memberships`: which device may fetch and push which scope, and each scope's last sequence
  number;
- `bundles`: the append-only log, keyed by (scope, seq), each bundle id stored once;
- `wrapped_keys`: scope keys encrypted to one device each (the server cannot open them);
- `nonces`: recently used request nonces, for replay protection across server processes and restarts
  (SQLite keeps them in a file of their own beside the database, `server-nonces.db`);
- `invitations`, `invitation_verifiers`, `enrolment_requests` / `enrolment_approvals`: the mailbox between a
  new device and the admin, and the invitations the admin holds open (an id, an expiry and a verifier key
  one way from the code: never the code);
- `blobs` / `blob_chunks`: sealed attachments, uploaded in chunks, stored once per (scope, hash), and
  `blob_uploads`: who is uploading an unfinished one, and since when (removed after a time);
- `storage_use`: bytes stored per device and per scope, counted against their quotas.

Sequence numbers are per scope and handed out by `UPDATE scopes SET last_seq = last_seq + 1 ... RETURNING`,
which locks the scope's row until commit. So within a scope, sequence order is commit order, even with
several server processes on one PostgreSQL: a client that has seen seq N never later finds a new N-1.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from sync.crypto import DevicePublicKeys
from sync.protocol import (
    DeviceRegistration,
    EnrolmentApproval,
    EnrolmentRequest,
    RefusalReason,
    SealedBundle,
    WrappedScopeKey,
)
from sync.server.files import sqlite_file

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

ENROLMENT_TTL_S = 14 * 24 * 3600
NONCE_PRUNE_INTERVAL_MS = 60_000
POOL_SIZE = 16
"""PostgreSQL connections a server process keeps open: at least the request threads that hold one at a
time (Starlette's thread pool has 40, but a request holds a connection only for one statement or
transaction), so a few more than the busy threads; more wait in `pool_timeout`, not in PostgreSQL."""
POOL_OVERFLOW = 16
NONCE_FILE_SUFFIX = "-nonces"
"""SQLite keeps the nonces in a file of their own beside the database (server-nonces.db): writing one is a
write transaction, and in the database itself it would wait behind every push's commit to the disk."""

P = ParamSpec("P")
R = TypeVar("R")


def _retried(method: Callable[P, R]) -> Callable[P, R]:
    """Run `method` once more if the database dropped its connection (PostgreSQL restarted, a pooler or a
    firewall closed an idle one). SQLAlchemy has then emptied the pool, so the second try connects anew;
    this replaces a "ping" round trip before every request. For reads, and for writes that are safe to
    repeat (a bundle is stored once by its id; a nonce written just before the drop reads as a replay)."""

    @wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
        return method(*args, **kwargs)

    return run


@lru_cache(maxsize=16_384)
def _parsed_registration(text: str) -> tuple[DeviceRegistration, DevicePublicKeys]:
    """A stored registration, parsed and its keys loaded once per process (a device's registration never
    changes: the store refuses other keys for a known id), not on every signed request."""
    registration = DeviceRegistration.model_validate_json(text)
    return registration, DevicePublicKeys.of(registration)


UPLOAD_TIDY_INTERVAL_MS = 60_000
MAX_REQUESTS_PER_INVITATION = 5


def _logged(rows: Sequence[Any], limit: int) -> tuple[list[tuple[int, SealedBundle]], bool]:
    """Bundle rows as (seq, bundle), at most `limit`, and whether there were more."""
    found = [
        (
            int(row.seq),
            SealedBundle.model_construct(
                version=row.version,
                scope_id=row.scope_id,
                generation=row.generation,
                bundle_id=row.bundle_id,
                device_id=row.device_id,
                sealed=bytes(row.sealed),
                signature=bytes(row.signature),
            ),
        )
        for row in rows[:limit]
    ]
    return found, len(rows) > limit


_NONCE_INSERT = text(
    "INSERT INTO nonces (device_id, nonce, expires_at) "
    "SELECT CAST(:device_id AS VARCHAR), CAST(:nonce AS VARCHAR), CAST(:expires_at AS BIGINT) "
    "FROM (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous"
)
"""PostgreSQL: record a nonce without waiting for the disk, in one statement (see `use_nonce`)."""


def _nonce_url(url: str) -> str | None:
    """The SQLite URL of the nonce file beside a database file (created 0600 like the database);
    None for an in-memory database, whose nonces stay in it."""
    path = sqlite_file(url)
    if path is None:
        return None
    nonce_path = path.with_name(path.stem + NONCE_FILE_SUFFIX + (path.suffix or ".db"))
    if not nonce_path.exists():
        os.close(os.open(nonce_path, os.O_WRONLY | os.O_CREAT, 0o600))
    return f"sqlite:///{nonce_path}"


class BundleConflict(Exception):
    """A bundle id already stored with different bytes: a faulty or malicious client."""


class QuotaExceeded(Exception):
    """Storing this would take a device or a scope past its quota; nothing of the request was stored."""

    def __init__(self, holder: str, limit: int) -> None:
        super().__init__(holder)
        self.holder = holder
        self.limit = limit

    @property
    def is_scope(self) -> bool:
        return self.holder.startswith("s")


@dataclass(frozen=True, slots=True)
class Allowance:
    """How much a device may store in all, and a scope; None: no limit for the device (an admin)."""

    device_id: str
    device_bytes: int | None
    scope_bytes: int


@dataclass(frozen=True, slots=True)
class StoredDevice:
    registration: DeviceRegistration
    revoked: bool
    keys: DevicePublicKeys


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _bundle_digest(bundle: SealedBundle) -> bytes:
    return hashlib.sha256(bundle.sealed + bundle.signature).digest()


class ServerStore:
    """Typed access to the server's database; safe to share between threads."""

    def __init__(self, url: str, now_ms: Callable[[], int] = _now_ms) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        self._now_ms = now_ms
        self.engine = self._make_engine(url)
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        """PostgreSQL: one statement, no BEGIN/COMMIT round trips (reads of one statement, the nonce)."""
        nonce_url = _nonce_url(url) if self.sqlite else None
        self._nonce_engine = (
            self._make_engine(nonce_url, synchronous="NORMAL", pool_size=4) if nonce_url else self.engine
        )
        self._pruned_nonces_at = 0
        self._tidied_uploads_at = 0
        self._create_schema()

    def _make_engine(self, url: str, synchronous: str = "FULL", pool_size: int = 8) -> Engine:
        if not self.sqlite:
            # No pre-ping (a round trip on every checkout): a dropped connection is retried once instead
            # (`_retried`). LIFO keeps the few busy connections warm and lets the others idle out.
            return create_engine(
                url,
                pool_size=POOL_SIZE,
                max_overflow=POOL_OVERFLOW,
                pool_timeout=30,
                pool_recycle=1800,
                pool_use_lifo=True,
            )
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=pool_size
        )

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute(f"PRAGMA synchronous = {synchronous}")
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            immediate = connection.get_execution_options().get("immediate", False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    def _create_schema(self) -> None:
        with self._writing() as conn:
            if not self.sqlite:
                conn.execute(text("SELECT pg_advisory_xact_lock(7271)"))
            metadata.create_all(conn)
            found = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).scalar()
            if found is None:
                conn.execute(insert(meta).values(key="schema", value=SCHEMA_VERSION))
            elif found != SCHEMA_VERSION:
                raise RuntimeError(f"server database schema {found}, this server knows {SCHEMA_VERSION}")
        if self._nonce_engine is not self.engine:
            self._move_nonces_to_their_file()

    def _move_nonces_to_their_file(self) -> None:
        """Create the nonce file's table, and move nonces a server before that file kept in the database
        into it, so that a request seen just before an upgrade is still refused after it."""
        with self._writing(self._nonce_engine) as conn:
            nonces.create(conn, checkfirst=True)
        with self._writing() as main:
            kept = [dict(row._mapping) for row in main.execute(select(nonces)).all()]
            if not kept:
                return
            with self._writing(self._nonce_engine) as conn:
                conn.execute(insert(nonces).prefix_with("OR IGNORE"), kept)
            main.execute(delete(nonces))

    @contextmanager
    def _writing(self, engine: Engine | None = None) -> Iterator[Connection]:
        with (engine or self.engine).connect() as conn:
            if self.sqlite:
                conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _one_statement(self) -> Iterator[Connection]:
        """A connection for a single read, outside an explicit transaction: on PostgreSQL one round trip
        instead of three (BEGIN, the query, COMMIT). SQLite's are in-process: it reads as before."""
        if self.sqlite:
            with self._reading() as conn:
                yield conn
            return
        with self._autocommit.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
        self._nonce_engine.dispose()

    # Setup and devices.
    def setup_token_digest(self) -> str | None:
        with self._reading() as conn:
            return conn.execute(select(meta.c.value).where(meta.c.key == "setup_token")).scalar()

    def set_setup_token_digest(self, digest: str) -> str:
        """Record the setup token's digest unless one is already recorded; the one in force."""
        with self._writing() as conn:
            found: str | None = conn.execute(select(meta.c.value).where(meta.c.key == "setup_token")).scalar()
            if found is None:
                conn.execute(insert(meta).values(key="setup_token", value=digest))
                return digest
            return found

    def has_devices(self) -> bool:
        with self._reading() as conn:
            return conn.execute(select(func.count()).select_from(devices)).scalar_one() > 0

    def bootstrap(self, registration: DeviceRegistration) -> bool:
        """Register the founding admin, only if no device exists yet."""
        with self._writing() as conn:
            if conn.execute(select(func.count()).select_from(devices)).scalar_one() > 0:
                return False
            self._insert_device(conn, registration)
            return True

    def _insert_device(self, conn: Connection, registration: DeviceRegistration) -> None:
        conn.execute(
            insert(devices).values(
                device_id=registration.device_id,
                role=registration.role.value,
                registration=registration.model_dump_json(),
                revoked=False,
                created_at=self._now_ms(),
            )
        )

    @_retried
    def device(self, device_id: str) -> StoredDevice | None:
        with self._one_statement() as conn:
            row = conn.execute(
                select(devices.c.registration, devices.c.revoked).where(devices.c.device_id == device_id)
            ).first()
        if row is None:
            return None
        registration, keys = _parsed_registration(row.registration)
        return StoredDevice(registration, bool(row.revoked), keys)

    def register_device(self, registration: DeviceRegistration, scope_ids: Sequence[str]) -> bool:
        """Add (or confirm) a device and its scopes; False if that id was revoked or has other keys."""
        with self._writing() as conn:
            row = conn.execute(
                select(devices.c.registration, devices.c.revoked).where(
                    devices.c.device_id == registration.device_id
                )
            ).first()
            if row is None:
                self._insert_device(conn, registration)
            else:
                known = DeviceRegistration.model_validate_json(row.registration)
                if row.revoked or known.signing_public != registration.signing_public:
                    return False
            self._add_members(conn, scope_ids, [registration.device_id])
            return True

    def revoke_device(self, device_id: str) -> bool:
        with self._writing() as conn:
            done = conn.execute(update(devices).where(devices.c.device_id == device_id).values(revoked=True))
            conn.execute(delete(memberships).where(memberships.c.device_id == device_id))
            return done.rowcount > 0

    def _add_members(self, conn: Connection, scope_ids: Sequence[str], device_ids: Sequence[str]) -> None:
        for scope_id in sorted(set(scope_ids)):
            if conn.execute(select(scopes.c.scope_id).where(scopes.c.scope_id == scope_id)).first() is None:
                try:
                    with conn.begin_nested():
                        conn.execute(insert(scopes).values(scope_id=scope_id, last_seq=0))
                except IntegrityError:
                    pass
            existing = set(
                conn.execute(
                    select(memberships.c.device_id).where(memberships.c.scope_id == scope_id)
                ).scalars()
            )
            fresh = [{"scope_id": scope_id, "device_id": d} for d in sorted(set(device_ids) - existing)]
            if fresh:
                conn.execute(insert(memberships), fresh)

    def add_members(self, scope_id: str, device_ids: Sequence[str]) -> list[str]:
        """Add members that are registered and not revoked; the ids that could not be added."""
        with self._writing() as conn:
            usable = set(
                conn.execute(
                    select(devices.c.device_id).where(
                        and_(devices.c.device_id.in_(list(device_ids)), devices.c.revoked.is_(False))
                    )
                ).scalars()
            )
            self._add_members(conn, [scope_id], sorted(usable))
        return sorted(set(device_ids) - usable)

    def remove_member(self, scope_id: str, device_id: str) -> None:
        with self._writing() as conn:
            conn.execute(
                delete(memberships).where(
                    and_(memberships.c.scope_id == scope_id, memberships.c.device_id == device_id)
                )
            )

    @_retried
    def is_member(self, scope_id: str, device_id: str) -> bool:
        with self._one_statement() as conn:
            return (
                conn.execute(
                    select(memberships.c.device_id).where(
                        and_(memberships.c.scope_id == scope_id, memberships.c.device_id == device_id)
                    )
                ).first()
                is not None
            )

    @_retried
    def member_scopes(self, device_id: str, scope_ids: Sequence[str]) -> set[str]:
        """Which of `scope_ids` the device is a member of, in one query."""
        with self._one_statement() as conn:
            return set(
                conn.execute(
                    select(memberships.c.scope_id).where(
                        and_(
                            memberships.c.device_id == device_id,
                            memberships.c.scope_id.in_(sorted(set(scope_ids))),
                        )
                    )
                ).scalars()
            )

    def scopes_of(self, device_id: str) -> list[str]:
        with self._reading() as conn:
            return list(
                conn.execute(
                    select(memberships.c.scope_id)
                    .where(memberships.c.device_id == device_id)
                    .order_by(memberships.c.scope_id)
                ).scalars()
            )

    @_retried
    def heads_of(self, device_id: str) -> dict[str, int]:
        """The last sequence number of every scope the device is a member of."""
        with self._one_statement() as conn:
            rows = conn.execute(
                select(scopes.c.scope_id, scopes.c.last_seq)
                .join(memberships, memberships.c.scope_id == scopes.c.scope_id)
                .where(memberships.c.device_id == device_id)
            ).all()
        return {row.scope_id: int(row.last_seq) for row in rows}

    # The log.
    @_retried
    def append_bundles(
        self, sealed: Sequence[SealedBundle], allowance: Allowance | None = None
    ) -> list[tuple[str, int, bool]]:
        """Store each bundle once: (bundle id, seq, was it already stored?). Raises BundleConflict, and
        QuotaExceeded (storing none of them) when new bundles would take the device or a scope past
        `allowance`."""
        try:
            with self._writing() as conn:
                return [self._append(conn, bundle, allowance=allowance) for bundle in sealed]
        except IntegrityError:
            # Another process stored one of them in between: go one by one, each on its own.
            results = []
            for bundle in sealed:
                try:
                    with self._writing() as conn:
                        results.append(self._append(conn, bundle, allowance=allowance))
                except IntegrityError:
                    with self._reading() as conn:
                        results.append(self._append(conn, bundle, existing_only=True))
            return results

    def _append(
        self,
        conn: Connection,
        bundle: SealedBundle,
        existing_only: bool = False,
        allowance: Allowance | None = None,
    ) -> tuple[str, int, bool]:
        digest = _bundle_digest(bundle)
        row = conn.execute(
            select(bundles.c.seq, bundles.c.digest, bundles.c.scope_id).where(
                bundles.c.bundle_id == bundle.bundle_id
            )
        ).first()
        if row is not None:
            if bytes(row.digest) != digest or row.scope_id != bundle.scope_id:
                raise BundleConflict(bundle.bundle_id)
            return bundle.bundle_id, int(row.seq), True
        if existing_only:
            raise BundleConflict(bundle.bundle_id)
        if allowance is not None:
            self._charge(conn, allowance, bundle.scope_id, len(bundle.sealed))
        seq = conn.execute(
            update(scopes)
            .where(scopes.c.scope_id == bundle.scope_id)
            .values(last_seq=scopes.c.last_seq + 1)
            .returning(scopes.c.last_seq)
        ).scalar_one()
        conn.execute(
            insert(bundles).values(
                scope_id=bundle.scope_id,
                seq=seq,
                bundle_id=bundle.bundle_id,
                device_id=bundle.device_id,
                generation=bundle.generation,
                version=bundle.version,
                sealed=bundle.sealed,
                signature=bundle.signature,
                digest=digest,
                received_at=self._now_ms(),
            )
        )
        return bundle.bundle_id, int(seq), False

    def bundles_since(
        self, scope_id: str, since: int, limit: int
    ) -> tuple[list[tuple[int, SealedBundle]], bool]:
        with self._reading() as conn:
            rows = conn.execute(
                select(bundles)
                .where(and_(bundles.c.scope_id == scope_id, bundles.c.seq > since))
                .order_by(bundles.c.seq)
                .limit(limit + 1)
            ).all()
        return _logged(rows, limit)

    @_retried
    def pull(
        self, device_id: str, scope_id: str, since: int, limit: int
    ) -> tuple[list[tuple[int, SealedBundle]], bool] | None:
        """`bundles_since` for a device, and its membership checked, in one statement: None if the device
        is not a member of the scope (its membership row, joined to the bundles after `since`)."""
        with self._one_statement() as conn:
            rows = conn.execute(
                select(
                    memberships.c.scope_id,
                    bundles.c.seq,
                    bundles.c.version,
                    bundles.c.generation,
                    bundles.c.bundle_id,
                    bundles.c.device_id,
                    bundles.c.sealed,
                    bundles.c.signature,
                )
                .select_from(
                    memberships.outerjoin(
                        bundles, and_(bundles.c.scope_id == memberships.c.scope_id, bundles.c.seq > since)
                    )
                )
                .where(and_(memberships.c.scope_id == scope_id, memberships.c.device_id == device_id))
                .order_by(bundles.c.seq)
                .limit(limit + 1)
            ).all()
        if not rows:
            return None
        if rows[0].seq is None:
            return [], False
        return _logged(rows, limit)

    # Keys.
    @_retried
    def put_wrapped_keys(self, keys: Sequence[WrappedScopeKey]) -> None:
        """Store each key, replacing one already stored for the same recipient, scope, generation and
        wrapper. One upsert: two processes storing the same key at once (an admin's retried request)
        both succeed, where a delete then insert would fail the second on the primary key."""
        if not keys:
            return
        upsert = (sqlite_insert if self.sqlite else postgresql_insert)(wrapped_keys)
        statement = upsert.on_conflict_do_update(
            index_elements=[c.name for c in wrapped_keys.primary_key.columns],
            set_={"payload": upsert.excluded.payload},
        )
        rows = {
            (key.recipient_id, key.scope_id, key.generation, key.wrapped_by): key.model_dump_json()
            for key in keys
        }
        with self._writing() as conn:
            conn.execute(
                statement,
                [
                    {
                        "recipient_id": recipient,
                        "scope_id": scope,
                        "generation": generation,
                        "wrapped_by": wrapper,
                        "payload": payload,
                    }
                    for (recipient, scope, generation, wrapper), payload in sorted(rows.items())
                ],
            )

    def wrapped_keys_for(self, device_id: str) -> list[WrappedScopeKey]:
        return [WrappedScopeKey.model_validate_json(p) for p in self.wrapped_key_payloads(device_id)]

    @_retried
    def wrapped_key_payloads(self, device_id: str) -> list[str]:
        """The device's wrapped keys as stored: each one's JSON, as validated when it was posted."""
        with self._one_statement() as conn:
            return list(
                conn.execute(
                    select(wrapped_keys.c.payload)
                    .where(wrapped_keys.c.recipient_id == device_id)
                    .order_by(wrapped_keys.c.scope_id, wrapped_keys.c.generation)
                ).scalars()
            )

    # Replay protection.
    @_retried
    def use_nonce(self, device_id: str, nonce: str, expires_at_ms: int) -> bool:
        """Record a request nonce; False if this device used it before (a replay).

        Kept in the database on both backends, so a request captured before a restart is still refused
        after it, within the clock window. Committed without waiting for the disk (SQLite's
        synchronous=NORMAL in WAL mode, PostgreSQL's synchronous_commit off): a process killed or
        restarted keeps them; a power cut may forget the last moment's, and the timestamp window still
        bounds any replay. Expired nonces are removed about once a minute.
        """
        now = self._now_ms()
        prune = now - self._pruned_nonces_at >= NONCE_PRUNE_INTERVAL_MS
        if prune:
            self._pruned_nonces_at = now
        try:
            if self.sqlite:
                with self._writing(self._nonce_engine) as conn:
                    conn.execute(
                        insert(nonces).values(device_id=device_id, nonce=nonce, expires_at=expires_at_ms)
                    )
                    if prune:
                        conn.execute(delete(nonces).where(nonces.c.expires_at < now))
            else:
                # One round trip: the statement is its own transaction (autocommit), and it turns off
                # waiting for the disk for that transaction alone (set_config's is_local; safe behind a
                # pooler in transaction mode, where a session's SET would leak to other clients).
                with self._autocommit.connect() as conn:
                    conn.execute(
                        _NONCE_INSERT, {"device_id": device_id, "nonce": nonce, "expires_at": expires_at_ms}
                    )
                    if prune:
                        conn.execute(delete(nonces).where(nonces.c.expires_at < now))
        except IntegrityError:
            return False
        return True

    def stored_nonces(self) -> int:
        """How many nonces are kept (for tests and the operator's curiosity)."""
        with self._nonce_engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(nonces)).scalar_one())

    # Enrolment mailbox.
    def open_invitation(self, invitation_id: str, expires_at_ms: int, verifier: bytes | None = None) -> None:
        """Hold an invitation open until it expires or is used (telling the server twice does no harm).

        An invitation's verifier key, once given, stays: a later notice cannot swap it."""
        with self._writing() as conn:
            if verifier is not None:
                held = conn.execute(
                    select(invitation_verifiers.c.invitation_id).where(
                        invitation_verifiers.c.invitation_id == invitation_id
                    )
                ).first()
                if held is None:
                    try:
                        with conn.begin_nested():
                            conn.execute(
                                insert(invitation_verifiers).values(
                                    invitation_id=invitation_id, verifier=verifier
                                )
                            )
                    except IntegrityError:
                        pass
            found = conn.execute(
                select(invitations.c.invitation_id).where(invitations.c.invitation_id == invitation_id)
            ).first()
            if found is None:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            insert(invitations).values(
                                invitation_id=invitation_id, expires_at=expires_at_ms, used_by=""
                            )
                        )
                except IntegrityError:
                    pass  # another process was told the same a moment before

    def invitation_verifier(self, invitation_id: str) -> bytes | None:
        """The invitation's verifier key; None for one opened by an admin device from before keys."""
        with self._reading() as conn:
            found = conn.execute(
                select(invitation_verifiers.c.verifier).where(
                    invitation_verifiers.c.invitation_id == invitation_id
                )
            ).scalar()
        return None if found is None else bytes(found)

    def enrolment_refusal(self, invitation_id: str, device_id: str) -> RefusalReason | None:
        """Why this device's request to join with this invitation is turned down, or None if it may wait
        (the invitation is open, or was approved for this very device)."""
        with self._reading() as conn:
            row = conn.execute(
                select(invitations.c.expires_at, invitations.c.used_by).where(
                    invitations.c.invitation_id == invitation_id
                )
            ).first()
        if row is None:
            return RefusalReason.UNKNOWN_INVITATION
        if row.used_by:
            return None if row.used_by == device_id else RefusalReason.USED
        return RefusalReason.EXPIRED if self._now_ms() > int(row.expires_at) else None

    def add_enrolment_request(self, request: EnrolmentRequest) -> bool:
        now = self._now_ms()
        with self._writing() as conn:
            conn.execute(
                delete(enrolment_requests).where(
                    enrolment_requests.c.created_at < now - ENROLMENT_TTL_S * 1000
                )
            )
            count = conn.execute(
                select(func.count())
                .select_from(enrolment_requests)
                .where(enrolment_requests.c.invitation_id == request.invitation_id)
            ).scalar_one()
            exists = conn.execute(
                select(enrolment_requests.c.device_id).where(
                    and_(
                        enrolment_requests.c.invitation_id == request.invitation_id,
                        enrolment_requests.c.device_id == request.device_id,
                    )
                )
            ).first()
            if exists is not None:
                return True
            if count >= MAX_REQUESTS_PER_INVITATION:
                return False
            conn.execute(
                insert(enrolment_requests).values(
                    invitation_id=request.invitation_id,
                    device_id=request.device_id,
                    payload=request.model_dump_json(),
                    created_at=now,
                )
            )
            return True

    def enrolment_requests(self) -> list[EnrolmentRequest]:
        with self._reading() as conn:
            rows = conn.execute(
                select(enrolment_requests.c.payload).order_by(enrolment_requests.c.created_at)
            )
            return [EnrolmentRequest.model_validate_json(p) for p in rows.scalars()]

    def put_approval(self, approval: EnrolmentApproval) -> None:
        with self._writing() as conn:
            conn.execute(
                delete(enrolment_approvals).where(
                    enrolment_approvals.c.invitation_id == approval.invitation_id
                )
            )
            conn.execute(
                insert(enrolment_approvals).values(
                    invitation_id=approval.invitation_id,
                    device_id=approval.registration.device_id,
                    payload=approval.model_dump_json(),
                )
            )
            conn.execute(
                delete(enrolment_requests).where(enrolment_requests.c.invitation_id == approval.invitation_id)
            )
            conn.execute(
                update(invitations)
                .where(invitations.c.invitation_id == approval.invitation_id)
                .values(used_by=approval.registration.device_id)
            )

    def approval(self, invitation_id: str) -> EnrolmentApproval | None:
        with self._reading() as conn:
            payload = conn.execute(
                select(enrolment_approvals.c.payload).where(
                    enrolment_approvals.c.invitation_id == invitation_id
                )
            ).scalar()
        return None if payload is None else EnrolmentApproval.model_validate_json(payload)

    # Blobs.
    def blob_status(self, scope_id: str, blob_id: str) -> tuple[int, bool]:
        with self._reading() as conn:
            row = conn.execute(
                select(blobs.c.received, blobs.c.complete).where(
                    and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
                )
            ).first()
        return (0, False) if row is None else (int(row.received), bool(row.complete))

    def append_blob_chunk(
        self, scope_id: str, blob_id: str, offset: int, data: bytes, allowance: Allowance
    ) -> tuple[int, bool]:
        """Append at `offset` if that is where the upload stands; the status either way. Raises
        QuotaExceeded (storing nothing) when the chunk would take the device or scope past `allowance`."""
        where = and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
        upload = and_(blob_uploads.c.scope_id == scope_id, blob_uploads.c.blob_id == blob_id)
        with self._writing() as conn:
            row = conn.execute(select(blobs.c.received, blobs.c.complete).where(where)).first()
            if row is None:
                conn.execute(
                    insert(blobs).values(scope_id=scope_id, blob_id=blob_id, received=0, complete=False)
                )
                received, complete = 0, False
            else:
                received, complete = int(row.received), bool(row.complete)
            if complete or offset != received or not data:
                return received, complete
            self._charge(conn, allowance, scope_id, len(data))
            conn.execute(
                insert(blob_chunks).values(scope_id=scope_id, blob_id=blob_id, offset=offset, data=data)
            )
            conn.execute(update(blobs).where(where).values(received=received + len(data)))
            conn.execute(delete(blob_uploads).where(upload))
            conn.execute(
                insert(blob_uploads).values(
                    scope_id=scope_id,
                    blob_id=blob_id,
                    device_id=allowance.device_id,
                    touched_at=self._now_ms(),
                )
            )
            return received + len(data), False

    def complete_blob(self, scope_id: str, blob_id: str, size: int) -> bool:
        """Mark an upload complete if its bytes hash to its id; otherwise discard it (start again)."""
        where = and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
        chunk_where = and_(blob_chunks.c.scope_id == scope_id, blob_chunks.c.blob_id == blob_id)
        with self._writing() as conn:
            row = conn.execute(select(blobs.c.received, blobs.c.complete).where(where)).first()
            if row is None:
                return False
            if row.complete:
                return True
            digest = hashlib.sha256()
            for chunk in conn.execute(
                select(blob_chunks.c.data).where(chunk_where).order_by(blob_chunks.c.offset)
            ).scalars():
                digest.update(chunk)
            if int(row.received) == size and digest.hexdigest() == blob_id:
                conn.execute(update(blobs).where(where).values(complete=True))
                conn.execute(
                    delete(blob_uploads).where(
                        and_(blob_uploads.c.scope_id == scope_id, blob_uploads.c.blob_id == blob_id)
                    )
                )
                return True
            self._discard_upload(conn, scope_id, blob_id, int(row.received))
            return False

    def _discard_upload(self, conn: Connection, scope_id: str, blob_id: str, received: int) -> None:
        """Remove an unfinished upload and give its bytes back to the scope and the uploading device."""
        upload = and_(blob_uploads.c.scope_id == scope_id, blob_uploads.c.blob_id == blob_id)
        uploader = conn.execute(select(blob_uploads.c.device_id).where(upload)).scalar()
        for holder in (scope_id, uploader):
            if holder is not None:
                conn.execute(
                    update(storage_use)
                    .where(storage_use.c.holder == holder)
                    .values(
                        used_bytes=func.max(0, storage_use.c.used_bytes - received)
                        if self.sqlite
                        else func.greatest(0, storage_use.c.used_bytes - received)
                    )
                )
        conn.execute(delete(blob_uploads).where(upload))
        conn.execute(
            delete(blob_chunks).where(
                and_(blob_chunks.c.scope_id == scope_id, blob_chunks.c.blob_id == blob_id)
            )
        )
        conn.execute(delete(blobs).where(and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)))

    def remove_unfinished_uploads(self, older_than_s: int) -> int:
        """Remove uploads with no chunk for `older_than_s` (and unfinished ones from before uploads were
        tracked); at most once a minute, so that calling it on each upload costs nothing. How many."""
        now = self._now_ms()
        if now - self._tidied_uploads_at < UPLOAD_TIDY_INTERVAL_MS:
            return 0
        self._tidied_uploads_at = now
        cutoff = now - older_than_s * 1000
        with self._writing() as conn:
            stale = conn.execute(
                select(blobs.c.scope_id, blobs.c.blob_id, blobs.c.received)
                .select_from(
                    blobs.outerjoin(
                        blob_uploads,
                        and_(
                            blob_uploads.c.scope_id == blobs.c.scope_id,
                            blob_uploads.c.blob_id == blobs.c.blob_id,
                        ),
                    )
                )
                .where(
                    and_(
                        blobs.c.complete.is_(False),
                        (blob_uploads.c.touched_at < cutoff) | blob_uploads.c.touched_at.is_(None),
                    )
                )
            ).all()
            for row in stale:
                self._discard_upload(conn, row.scope_id, row.blob_id, int(row.received))
        return len(stale)

    # Quotas.
    def _charge(self, conn: Connection, allowance: Allowance, scope_id: str, size: int) -> None:
        """Count `size` more bytes against the device and the scope; QuotaExceeded past either limit.

        The UPDATE ... RETURNING locks the holder's row until commit, so concurrent pushes (several
        server processes on PostgreSQL) cannot both slip under a limit."""
        for holder, limit in (
            (allowance.device_id, allowance.device_bytes),
            (scope_id, allowance.scope_bytes),
        ):
            self._ensure_use_row(conn, holder)
            used = conn.execute(
                update(storage_use)
                .where(storage_use.c.holder == holder)
                .values(used_bytes=storage_use.c.used_bytes + size)
                .returning(storage_use.c.used_bytes)
            ).scalar_one()
            if limit is not None and int(used) > limit:
                raise QuotaExceeded(holder, limit)

    def _ensure_use_row(self, conn: Connection, holder: str) -> None:
        if conn.execute(select(storage_use.c.holder).where(storage_use.c.holder == holder)).first():
            return
        if holder.startswith("s"):
            used = (
                conn.execute(
                    select(func.coalesce(func.sum(func.length(bundles.c.sealed)), 0)).where(
                        bundles.c.scope_id == holder
                    )
                ).scalar_one()
                + conn.execute(
                    select(func.coalesce(func.sum(func.length(blob_chunks.c.data)), 0)).where(
                        blob_chunks.c.scope_id == holder
                    )
                ).scalar_one()
            )
        else:
            used = conn.execute(
                select(func.coalesce(func.sum(func.length(bundles.c.sealed)), 0)).where(
                    bundles.c.device_id == holder
                )
            ).scalar_one()
        try:
            with conn.begin_nested():
                conn.execute(insert(storage_use).values(holder=holder, used_bytes=int(used)))
        except IntegrityError:
            pass  # another process counted it a moment before

    def storage_used(self, holder: str) -> int:
        """Bytes counted against a device or a scope (0 if nothing was counted yet)."""
        with self._reading() as conn:
            found = conn.execute(
                select(storage_use.c.used_bytes).where(storage_use.c.holder == holder)
            ).scalar()
        return 0 if found is None else int(found)

    def read_blob(self, scope_id: str, blob_id: str, offset: int, max_bytes: int) -> tuple[bytes, int] | None:
        """Bytes of a complete blob from `offset` (about `max_bytes`), and its size; None if not complete."""
        where = and_(blob_chunks.c.scope_id == scope_id, blob_chunks.c.blob_id == blob_id)
        with self._reading() as conn:
            row = conn.execute(
                select(blobs.c.received, blobs.c.complete).where(
                    and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
                )
            ).first()
            if row is None or not row.complete:
                return None
            chunks = conn.execute(
                select(blob_chunks.c.offset, blob_chunks.c.data).where(where).order_by(blob_chunks.c.offset)
            ).all()
        out = bytearray()
        for start, data in chunks:
            end = int(start) + len(data)
            if end <= offset:
                continue
            out += bytes(data)[max(0, offset - int(start)) :]
            if len(out) >= max_bytes:
                break
        return bytes(out), int(row.received)
