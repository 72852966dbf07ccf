"""A reference implementation of the sync engine's local-store protocol (`sync.local`), in memory.

It keeps the protocol's rules the way a database would: a transaction's writes all stay or all go (an undo
log rolls them back when the block raises), one transaction at a time, and nothing is shared by reference
with the engine. Restarting a device = a new `SyncEngine` over the same `MemoryStore`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sync.clock import Timestamp
from sync.crypto import ScopeKey
from sync.merge import Change, RecordState
from sync.protocol import DeviceRegistration, DeviceRemoval, SealedBundle

_MISSING = object()


class MemoryStore:
    def __init__(self) -> None:
        self.device_keys: bytes | None = None
        self.clock: Timestamp | None = None
        self.admins: dict[str, DeviceRegistration] = {}
        self.scope_keys: dict[tuple[str, int], ScopeKey] = {}
        self.registrations: dict[str, DeviceRegistration] = {}
        self.records: dict[tuple[str, str], RecordState] = {}
        self.pending: dict[str, dict[Timestamp, Change]] = {}
        self.outgoing: dict[str, SealedBundle] = {}
        self.acks: dict[str, set[str]] = {}
        self.applied: set[str] = set()
        self.cursors: dict[tuple[str, str], str] = {}
        self.members: dict[str, list[str]] = {}
        self.removals: dict[str, DeviceRemoval] = {}
        self.refused: set[str] = set()
        self.lock = threading.RLock()
        self.commits = 0

    @contextmanager
    def transaction(self) -> Iterator[MemoryTransaction]:
        with self.lock:
            tx = MemoryTransaction(self)
            try:
                yield tx
            except BaseException:
                tx.rollback()
                raise
            self.commits += 1

    def visible_records(self) -> dict[tuple[str, str], dict[str, Any]]:
        """What a person would see: every visible record's values, and its open conflicts."""
        return {
            key: {"kind": s.kind, "values": s.values(), "conflicts": s.conflicts}
            for key, s in sorted(self.records.items())
            if s.visible
        }


class MemoryTransaction:
    def __init__(self, store: MemoryStore) -> None:
        self.s = store
        self._undo: list[Callable[[], None]] = []

    def rollback(self) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()

    def _put(self, mapping: dict, key: Any, value: Any) -> None:
        old = mapping.get(key, _MISSING)
        mapping[key] = value
        self._undo.append(
            lambda: mapping.pop(key, None) if old is _MISSING else mapping.__setitem__(key, old)
        )

    def _drop(self, mapping: dict, key: Any) -> None:
        if key in mapping:
            old = mapping.pop(key)
            self._undo.append(lambda: mapping.__setitem__(key, old))

    def _attr(self, name: str, value: Any) -> None:
        old = getattr(self.s, name)
        setattr(self.s, name, value)
        self._undo.append(lambda: setattr(self.s, name, old))

    def _add(self, target: set, item: Any) -> None:
        if item not in target:
            target.add(item)
            self._undo.append(lambda: target.discard(item))

    def device_keys(self) -> bytes | None:
        return self.s.device_keys

    def save_device_keys(self, raw: bytes) -> None:
        self._attr("device_keys", raw)

    def clock(self) -> Timestamp | None:
        return self.s.clock

    def save_clock(self, last: Timestamp) -> None:
        self._attr("clock", last)

    def trusted_admins(self) -> Sequence[DeviceRegistration]:
        return list(self.s.admins.values())

    def trust_admin(self, registration: DeviceRegistration) -> None:
        self._put(self.s.admins, registration.device_id, registration)

    def scope_keys(self) -> Sequence[ScopeKey]:
        return list(self.s.scope_keys.values())

    def save_scope_key(self, key: ScopeKey) -> None:
        self._put(self.s.scope_keys, (key.scope_id, key.generation), key)

    def registration(self, device_id: str) -> DeviceRegistration | None:
        return self.s.registrations.get(device_id)

    def save_registration(self, registration: DeviceRegistration) -> None:
        self._put(self.s.registrations, registration.device_id, registration)

    def record(self, scope_id: str, record_id: str) -> RecordState | None:
        return self.s.records.get((scope_id, record_id))

    def save_record(self, state: RecordState) -> None:
        self._put(self.s.records, (state.scope_id, state.record_id), state)

    def add_pending(self, change: Change) -> None:
        queue = self.s.pending.get(change.scope_id)
        if queue is None:
            queue = {}
            self._put(self.s.pending, change.scope_id, queue)
        self._put(queue, change.stamp, change)

    def pending_scopes(self) -> Sequence[str]:
        return sorted(scope for scope, queue in self.s.pending.items() if queue)

    def pending(self, scope_id: str, limit: int) -> Sequence[Change]:
        queue = self.s.pending.get(scope_id, {})
        return [queue[stamp] for stamp in sorted(queue)[:limit]]

    def seal_pending(self, bundle: SealedBundle, changes: Sequence[Change]) -> None:
        queue = self.s.pending[bundle.scope_id]
        for change in changes:
            self._drop(queue, change.stamp)
        self._put(self.s.outgoing, bundle.bundle_id, bundle)

    def outgoing(self, channel: str, limit: int) -> Sequence[SealedBundle]:
        acked = self.s.acks.get(channel, set())
        return [b for i, b in self.s.outgoing.items() if i not in acked][:limit]

    def acknowledge(self, channel: str, bundle_ids: Sequence[str]) -> None:
        acked = self.s.acks.get(channel)
        if acked is None:
            acked = set()
            self._put(self.s.acks, channel, acked)
        for bundle_id in bundle_ids:
            self._add(acked, bundle_id)

    def is_applied(self, bundle_id: str) -> bool:
        return bundle_id in self.s.applied

    def mark_applied(self, bundle_id: str) -> None:
        self._add(self.s.applied, bundle_id)

    def cursor(self, channel: str, scope_id: str) -> str:
        return self.s.cursors.get((channel, scope_id), "")

    def save_cursor(self, channel: str, scope_id: str, cursor: str) -> None:
        self._put(self.s.cursors, (channel, scope_id), cursor)

    def removal(self, device_id: str) -> DeviceRemoval | None:
        return self.s.removals.get(device_id)

    def removals(self) -> Sequence[DeviceRemoval]:
        return [self.s.removals[d] for d in sorted(self.s.removals)]

    def save_removal(self, notice: DeviceRemoval) -> None:
        self._put(self.s.removals, notice.device_id, notice)

    def is_refused(self, bundle_id: str) -> bool:
        return bundle_id in self.s.refused

    def mark_refused(self, bundle_id: str, device_id: str) -> None:
        self._add(self.s.refused, bundle_id)

    def scope_members(self, scope_id: str) -> Sequence[str]:
        return list(self.s.members.get(scope_id, []))

    def save_scope_members(self, scope_id: str, device_ids: Sequence[str]) -> None:
        self._put(self.s.members, scope_id, list(device_ids))
