"""A push's admission: its device not removed, its nonce recorded, its scopes' memberships, read at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text

from sync.server.store.database import _retried
from sync.server.store.devices import DeviceStore
from sync.server.store.nonces import NonceStore


@dataclass(frozen=True, slots=True)
class Admission:
    """What the store says of a signed request's device at the moment it is admitted."""

    known: bool
    """The device is registered (a device is never deleted; False only for a database changed by hand)."""
    removed: bool
    """The device was removed: its nonce was not recorded."""
    fresh: bool
    """Its nonce was new and is now recorded; False for a replay (or a device unknown or removed)."""
    member_of: frozenset[str]
    """Which of the scopes asked about the device is a member of."""


_ADMIT = text(
    "WITH device AS ("
    " SELECT revoked FROM devices WHERE device_id = CAST(:device_id AS VARCHAR)"
    "), recorded AS ("
    " INSERT INTO nonces (device_id, nonce, expires_at)"
    " SELECT CAST(:device_id AS VARCHAR), CAST(:nonce AS VARCHAR), CAST(:expires_at AS BIGINT)"
    " FROM device, (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous"
    " WHERE NOT device.revoked"
    " ON CONFLICT DO NOTHING"
    " RETURNING 1"
    ") SELECT"
    " (SELECT revoked FROM device) AS revoked,"
    " EXISTS (SELECT 1 FROM recorded) AS fresh,"
    " ARRAY(SELECT scope_id FROM memberships WHERE device_id = CAST(:device_id AS VARCHAR)"
    " AND scope_id = ANY(CAST(:scope_ids AS VARCHAR[]))) AS member_of"
)
"""PostgreSQL: the device's removal read, its nonce recorded (only for a device not removed; a replay
inserts nothing), and its memberships among the push's scopes, in one statement and so one round trip. It
is its own transaction (autocommit), committed without waiting for the disk as `NonceStore.use_nonce`'s
(set_config's is_local: for this transaction alone). One snapshot: a removal committed by any process
before the statement began is seen, as a read of its own would see it."""


class AdmissionStore(DeviceStore, NonceStore):
    """A push's checks against the database in as few round trips as the backend allows."""

    @_retried
    def admit(self, device_id: str, nonce: str, expires_at_ms: int, scope_ids: Sequence[str]) -> Admission:
        """Read whether the device is registered and removed, record its nonce unless it was removed
        (`fresh` False for a replay), and which of `scope_ids` it is a member of. A nonce is recorded
        before anything else of the request is looked at, so a replay is refused even of a request that
        was itself refused. SQLite (whose nonces live in a file of their own) runs the three steps."""
        if self.sqlite:
            return self._admit_in_steps(device_id, nonce, expires_at_ms, scope_ids)
        self._prune_nonces_when_due()
        with self._autocommit.connect() as conn:
            row = conn.execute(
                _ADMIT,
                {
                    "device_id": device_id,
                    "nonce": nonce,
                    "expires_at": expires_at_ms,
                    "scope_ids": sorted(set(scope_ids)),
                },
            ).one()
        if row.revoked is None:
            return Admission(False, False, False, frozenset())
        return Admission(True, bool(row.revoked), bool(row.fresh), frozenset(row.member_of))

    def _admit_in_steps(
        self, device_id: str, nonce: str, expires_at_ms: int, scope_ids: Sequence[str]
    ) -> Admission:
        stored = self.device(device_id)
        if stored is None:
            return Admission(False, False, False, frozenset())
        if stored.revoked:
            return Admission(True, True, False, frozenset())
        if not self.use_nonce(device_id, nonce, expires_at_ms):
            return Admission(True, False, False, frozenset())
        return Admission(True, False, True, frozenset(self.member_scopes(device_id, scope_ids)))
