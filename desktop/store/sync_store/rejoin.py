"""The store's side of a removed computer starting again as a new device (desktop/services/sync/rejoin.py).

What it wrote that never reached the school (the outbox and its own sealed bundles), the merge states to
re-stamp, and forgetting its old identity, all in the caller's one write transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.store.schema_sync import (
    SyncAcknowledgedRow,
    SyncDeviceRow,
    SyncOutboxRow,
    SyncOutgoingRow,
    SyncRecordRow,
    SyncRegistrationRow,
    SyncRunRow,
    SyncScopeKeyRow,
    SyncScopeMemberRow,
    SyncTrustedAdminRow,
)
from desktop.store.sync_store.capture import stored_state
from desktop.store.sync_store.fresh import compact_json
from sync.crypto import DeviceKeys, ScopeKey
from sync.merge import Change, RecordState
from sync.protocol import SealedBundle


class Rejoining:
    """A removed device's sync tables, read and rewritten for its new identity."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def old_keys(self) -> DeviceKeys:
        """The keys of the device that was removed."""
        raw = self._c.execute(select(SyncDeviceRow.keys).where(SyncDeviceRow.id == 1)).scalar_one()
        return DeviceKeys.from_bytes(bytes(raw))

    def scope_keys(self) -> list[ScopeKey]:
        k = SyncScopeKeyRow
        rows = self._c.execute(select(k.scope_id, k.generation, k.key))
        return [ScopeKey(scope_id, generation, bytes(secret)) for scope_id, generation, secret in rows]

    def outbox(self) -> list[Change]:
        """The changes still queued, in the order they were queued."""
        o = SyncOutboxRow
        rows = self._c.execute(select(o.scope_id, o.change).order_by(o.seq))
        return [Change.from_json(scope_id, json.loads(encoded)) for scope_id, encoded in rows]

    def acknowledged_bundles(self) -> set[str]:
        """Ids of the bundles some server or folder has taken."""
        return set(self._c.execute(select(SyncAcknowledgedRow.bundle_id).distinct()).scalars())

    def sealed_bundles(self) -> list[SealedBundle]:
        return [
            SealedBundle.model_validate_json(encoded)
            for encoded in self._c.execute(select(SyncOutgoingRow.bundle)).scalars()
        ]

    def replace_outbox(self, changes: Sequence[Change]) -> None:
        """Queue exactly `changes`, in that order, in place of what the outbox held."""
        self._c.execute(delete(SyncOutboxRow))
        if changes:
            self._c.execute(
                insert(SyncOutboxRow),
                [
                    {"scope_id": q.scope_id, "stamp": q.stamp.encode(), "change": compact_json(q.to_json())}
                    for q in changes
                ],
            )

    def record(self, scope_id: str, record_id: str) -> RecordState | None:
        r = SyncRecordRow
        found = self._c.execute(
            select(r.state).where(r.scope_id == scope_id, r.record_id == record_id)
        ).scalar()
        return RecordState.from_json(json.loads(found)) if found is not None else None

    def replace_record(self, state: RecordState) -> None:
        """Store a record's re-stamped merge state in place of its old one."""
        r = SyncRecordRow
        self._c.execute(
            update(r)
            .where(r.scope_id == state.scope_id, r.record_id == state.record_id)
            .values(state=stored_state(state))
        )

    def forget_bundles(self, bundle_ids: Sequence[str]) -> None:
        """Drop these sealed bundles and every acknowledgement of them."""
        if bundle_ids:
            params = [{"gone": b} for b in bundle_ids]
            self._c.execute(
                delete(SyncOutgoingRow).where(SyncOutgoingRow.bundle_id == bindparam("gone")), params
            )
            self._c.execute(
                delete(SyncAcknowledgedRow).where(SyncAcknowledgedRow.bundle_id == bindparam("gone")), params
            )

    def become(self, keys: DeviceKeys, removed_error: str) -> None:
        """Forget the old identity (its scope keys, the admins it trusted, the registrations it checked, the
        scope members it knew, its role) and take `keys`; clear `removed_error` from its runs."""
        for table in (SyncScopeKeyRow, SyncTrustedAdminRow, SyncRegistrationRow, SyncScopeMemberRow):
            self._c.execute(delete(table))
        self._c.execute(
            update(SyncDeviceRow)
            .where(SyncDeviceRow.id == 1)
            .values(device_id=keys.device_id, keys=keys.to_bytes(), role="", joining_code="")
        )
        self._c.execute(
            update(SyncRunRow).where(SyncRunRow.last_error == removed_error).values(last_error="")
        )
