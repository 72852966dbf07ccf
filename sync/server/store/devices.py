"""Devices and their scopes: the setup token, registrations, memberships and each scope's head."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.crypto import DevicePublicKeys
from sync.protocol import DeviceRegistration
from sync.server.store.database import Database, _retried
from sync.server.store.tables import devices, memberships, meta, scopes, storage_use, wrapped_keys


@lru_cache(maxsize=16_384)
def _parsed_registration(text: str) -> tuple[DeviceRegistration, DevicePublicKeys]:
    """A stored registration, parsed and its keys loaded once per process (a device's registration never
    changes: the store refuses other keys for a known id), not on every signed request."""
    registration = DeviceRegistration.model_validate_json(text)
    return registration, DevicePublicKeys.of(registration)


# The statements every signed request and every sync runs, built once: building one (and its cache key)
# costs more than running it on SQLite. Parameters by name, given at each call.
_DEVICE = select(devices.c.registration, devices.c.revoked).where(
    devices.c.device_id == bindparam("device_id")
)
_MEMBER_SCOPES = select(memberships.c.scope_id).where(
    and_(
        memberships.c.device_id == bindparam("device_id"),
        memberships.c.scope_id.in_(bindparam("scope_ids", expanding=True)),
    )
)
_HEADS = (
    select(scopes.c.scope_id, scopes.c.last_seq)
    .join(memberships, memberships.c.scope_id == scopes.c.scope_id)
    .where(memberships.c.device_id == bindparam("device_id"))
)
_KEY_COUNT = (
    select(func.count())
    .select_from(wrapped_keys)
    .where(wrapped_keys.c.recipient_id == bindparam("device_id"))
    .scalar_subquery()
)
_HEADS_AND_KEYS = _HEADS.add_columns(_KEY_COUNT.label("keys"))
_KEYS_ALONE = select(_KEY_COUNT)


REGISTERED_KEPT = 16_384
"""Registrations `DeviceStore.registered_keys` keeps in memory before it starts again (as many as the
parsed registrations kept, `_parsed_registration`; only registered devices are ever kept)."""


@dataclass(frozen=True, slots=True)
class StoredDevice:
    registration: DeviceRegistration
    revoked: bool
    keys: DevicePublicKeys


class DeviceStore(Database):
    """Registered devices (public keys only), which scopes each may use, and where each scope's log ends."""

    _registered: dict[str, tuple[DeviceRegistration, DevicePublicKeys]]
    """Registrations read by this process, by device id (see `registered_keys`)."""

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
        # A new device has stored nothing: its count starts here, so its first push need not count it
        # from the log (`QuotaStore._ensure_use_row`, for holders from before this row was made).
        conn.execute(insert(storage_use).values(holder=registration.device_id, used_bytes=0))

    @_retried
    def device(self, device_id: str) -> StoredDevice | None:
        with self._one_statement() as conn:
            row = conn.execute(_DEVICE, {"device_id": device_id}).first()
        if row is None:
            return None
        registration, keys = _parsed_registration(row.registration)
        if len(self._registered) >= REGISTERED_KEPT:
            self._registered.clear()
        self._registered[device_id] = registration, keys
        return StoredDevice(registration, bool(row.revoked), keys)

    def registered_keys(self, device_id: str) -> tuple[DeviceRegistration, DevicePublicKeys] | None:
        """A device's registration and keys as this process last read them (`device`), from memory; None
        if it has not read them. A registration never changes (the store refuses other keys for a known
        id, and a device is never deleted), so keeping it is safe; whether the device was removed can
        change at any time and is never kept: `device` reads it."""
        return self._registered.get(device_id)

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
                        conn.execute(insert(storage_use).values(holder=scope_id, used_bytes=0))
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
                    _MEMBER_SCOPES, {"device_id": device_id, "scope_ids": sorted(set(scope_ids))}
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
            rows = conn.execute(_HEADS, {"device_id": device_id}).all()
        return {row.scope_id: int(row.last_seq) for row in rows}

    @_retried
    def heads_and_keys_of(self, device_id: str) -> tuple[dict[str, int], int]:
        """`heads_of`, and how many scope keys are wrapped for the device, in one statement. The count
        only grows (a wrapped key is never taken back; one wrapped again replaces itself), so a device
        that took every key when the count was n has nothing new to fetch while it stays n."""
        with self._one_statement() as conn:
            rows = conn.execute(_HEADS_AND_KEYS, {"device_id": device_id}).all()
            count = (
                int(rows[0].keys)
                if rows
                else int(conn.execute(_KEYS_ALONE, {"device_id": device_id}).scalar_one())
            )
        return {row.scope_id: int(row.last_seq) for row in rows}, count
