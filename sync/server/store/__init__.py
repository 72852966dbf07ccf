"""The server's storage: every query lives here, none in the route handlers.

One module per idea (devices, bundles, keys, nonces, admission, enrolment, blobs, quotas, over `database` and
`tables`); `ServerStore` puts them together for the routes.

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

from collections.abc import Callable

from sync.server.store.admission import Admission, AdmissionStore
from sync.server.store.blobs import BlobStore
from sync.server.store.bundles import BundleConflict, BundleStore
from sync.server.store.database import POOL_OVERFLOW, POOL_SIZE, _now_ms
from sync.server.store.devices import StoredDevice
from sync.server.store.enrolment import EnrolmentStore
from sync.server.store.keys import KeyStore
from sync.server.store.nonces import NONCE_FILE_SUFFIX
from sync.server.store.quotas import Allowance, QuotaExceeded
from sync.server.store.tables import (
    SCHEMA_VERSION,
    blob_chunks,
    blob_uploads,
    blobs,
    bundles,
    devices,
    enrolment_approvals,
    enrolment_requests,
    invitation_verifiers,
    invitations,
    memberships,
    meta,
    metadata,
    nonces,
    scopes,
    storage_use,
    wrapped_keys,
)

__all__ = [
    "NONCE_FILE_SUFFIX",
    "POOL_OVERFLOW",
    "POOL_SIZE",
    "SCHEMA_VERSION",
    "Admission",
    "Allowance",
    "BundleConflict",
    "QuotaExceeded",
    "ServerStore",
    "StoredDevice",
    "blob_chunks",
    "blob_uploads",
    "blobs",
    "bundles",
    "devices",
    "enrolment_approvals",
    "enrolment_requests",
    "invitation_verifiers",
    "invitations",
    "memberships",
    "meta",
    "metadata",
    "nonces",
    "scopes",
    "storage_use",
    "wrapped_keys",
]


class ServerStore(AdmissionStore, BundleStore, KeyStore, EnrolmentStore, BlobStore):
    """Typed access to the server's database; safe to share between threads."""

    def __init__(self, url: str, now_ms: Callable[[], int] = _now_ms) -> None:
        super().__init__(url, now_ms)
        self._registered = {}
        self._open_nonces()
        self._tidied_uploads_at = 0
        self._create_schema()
        self._create_nonces()

    def close(self) -> None:
        super().close()
        self._close_nonces()
