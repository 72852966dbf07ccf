"""The local-store protocol: what the sync engine needs from the app's own (encrypted) database.

The engine owns every sync decision (what to seal, what to merge, when a bundle counts as delivered); the
store only keeps things durably and answers questions about them. The desktop app implements this over
its SQLCipher database; tests implement it in memory. Rules an implementation must keep:

- `SyncStore.transaction()` opens one transaction: everything done through the `SyncTransaction` it
  yields commits together when the block exits normally (durably: a power cut after the exit loses
  nothing) and rolls back entirely if it raises. The engine relies on this for resumability: a bundle's
  changes, "this bundle is applied" and the pull cursor are written in one transaction, so a sync cut at
  any point either did all of it or none of it.
- Records are keyed by (scope id, record id). A record's `RecordState` is the merge state; `save_record` is
  where the app also updates the rows people see (`state.values()`, `state.visible`, `state.conflicts`).
- Secrets (`device_keys`, `scope_keys`) must be kept only inside the encrypted store.
- An outgoing bundle is kept until the app no longer syncs with some channel that has not acknowledged
  it; keeping them all is correct, dropping one only when every channel in use acknowledged it is too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

from sync.clock import Timestamp
from sync.crypto import ScopeKey, ScopeKind
from sync.merge import Change, RecordState
from sync.protocol import DeviceRegistration, DeviceRemoval, SealedBundle


class SyncTransaction(Protocol):
    """One transaction on the device's store, as seen by the sync engine."""

    # This device: its private keys, its clock, the admins it trusts, the scope keys it holds.
    def device_keys(self) -> bytes | None:
        """The device's 64 private key bytes (`DeviceKeys.to_bytes`), or None before first use."""
        ...

    def save_device_keys(self, raw: bytes) -> None: ...

    def clock(self) -> Timestamp | None:
        """The last timestamp this device issued or saw, so its clock never runs backwards on restart."""
        ...

    def save_clock(self, last: Timestamp) -> None: ...

    def trusted_admins(self) -> Sequence[DeviceRegistration]:
        """Admin devices pinned at enrolment: the roots every other device's keys are checked against."""
        ...

    def trust_admin(self, registration: DeviceRegistration) -> None: ...

    def scope_keys(self) -> Sequence[ScopeKey]:
        """Every scope key generation this device holds."""
        ...

    def save_scope_key(self, key: ScopeKey) -> None: ...

    def registration(self, device_id: str) -> DeviceRegistration | None:
        """A device registration already checked against a trusted admin (a cache; may return None)."""
        ...

    def save_registration(self, registration: DeviceRegistration) -> None: ...

    # Records and their merge state.
    def record(self, scope_id: str, record_id: str) -> RecordState | None: ...

    def save_record(self, state: RecordState) -> None:
        """Persist the merge state and bring the app's own rows for this record up to date."""
        ...

    # The outbox: local changes not yet sealed, and sealed bundles not yet delivered.
    def add_pending(self, change: Change) -> None:
        """Queue a local change (made in this same transaction) for the next sync."""
        ...

    def pending_scopes(self) -> Sequence[str]:
        """Scopes with queued changes."""
        ...

    def pending(self, scope_id: str, limit: int) -> Sequence[Change]:
        """Up to `limit` queued changes of one scope, oldest stamp first."""
        ...

    def seal_pending(self, bundle: SealedBundle, changes: Sequence[Change]) -> None:
        """Atomically: drop `changes` from the queue and keep `bundle` as outgoing on every channel."""
        ...

    def outgoing(self, channel: str, limit: int) -> Sequence[SealedBundle]:
        """Up to `limit` of this device's sealed bundles that `channel` has not acknowledged, oldest first."""
        ...

    def acknowledge(self, channel: str, bundle_ids: Sequence[str]) -> None: ...

    # What has arrived.
    def is_applied(self, bundle_id: str) -> bool:
        """Whether this bundle (from any channel, or sealed here) is already merged."""
        ...

    def mark_applied(self, bundle_id: str) -> None: ...

    def cursor(self, channel: str, scope_id: str) -> str:
        """Where pulling `scope_id` from `channel` resumes ("" at first)."""
        ...

    def save_cursor(self, channel: str, scope_id: str, cursor: str) -> None: ...

    # Removed devices: admin-signed notices checked by the engine, and the bundles they refused.
    def removal(self, device_id: str) -> DeviceRemoval | None:
        """The checked notice that `device_id` was removed, if this device has learnt one."""
        ...

    def removals(self) -> Sequence[DeviceRemoval]:
        """Every checked removal notice, to pass on to each folder this device syncs with."""
        ...

    def save_removal(self, notice: DeviceRemoval) -> None:
        """Keep a notice the engine checked (replacing the one kept for that device, if any)."""
        ...

    def is_refused(self, bundle_id: str) -> bool:
        """Whether this bundle was refused as a removed device's, so it is not fetched again."""
        ...

    def mark_refused(self, bundle_id: str, device_id: str) -> None: ...

    # Admin devices only: who holds each scope's key, to know whom to wrap a new generation for.
    def scope_members(self, scope_id: str) -> Sequence[str]: ...

    def save_scope_members(self, scope_id: str, device_ids: Sequence[str]) -> None: ...


@runtime_checkable
class EncodedOutbox(Protocol):
    """Optional, for speed: a transaction that can hand over queued changes as the JSON it keeps.

    A first sync seals hundreds of thousands of changes; decoding each into a `Change` only to encode it
    again for the bundle costs more than sealing it. A store that keeps each queued change as the JSON
    of `Change.to_json()` offers these two methods and the engine seals that text as it is.
    """

    def pending_encoded(self, scope_id: str, limit: int) -> Sequence[tuple[str, str]]:
        """Like `pending`: (encoded stamp, the change's JSON) for up to `limit` changes, oldest first."""
        ...

    def seal_pending_encoded(self, bundle: SealedBundle, stamps: Sequence[str]) -> None:
        """Like `seal_pending`, for the changes of the bundle's scope with these encoded stamps (none for a
        bundle of changes that were never queued: see `SyncEngine.seal_scope`)."""
        ...


class SyncStore(Protocol):
    """A device's store: opens transactions (see the module's rules)."""

    def transaction(self) -> AbstractContextManager[SyncTransaction]: ...


@runtime_checkable
class CommitSignals(Protocol):
    """Optional, for speed: a store that says when a transaction's own work is done and only its commit
    is left.

    A pull round's commit writes a round's pages to the disk inside the database library, which lets go
    of Python's lock meanwhile: the engine opens the next round's bundles then, on a second thread
    (`sync.read_ahead`). Only then: while the store writes row after row, each row would wait for the
    lock that thread holds, and the round would take longer, not shorter.
    """

    def when_committing(self, signal: Callable[[], None] | None) -> None:
        """Call `signal` once, when the calling thread's next transaction has done its work and begins
        its commit (or is rolled back); None: forget the signal given before."""
        ...


@runtime_checkable
class BulkRecords(Protocol):
    """Optional, for speed: a transaction that reads and saves many records' states at once.

    A device joining a school pulls hundreds of thousands of records; one statement (or several) per
    record costs far more than the merging. A store offering these two methods is given each pulled
    page's records together: read in one go before merging, saved in one go after.
    """

    def records(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], RecordState]:
        """The states held of these (scope id, record id) keys; keys with no state are left out."""
        ...

    def save_records(self, states: Sequence[RecordState]) -> None:
        """Like `save_record` for each state, in any order: rows are written parents first."""
        ...


@runtime_checkable
class ScopeKinds(Protocol):
    """Optional: a transaction that knows whose records each scope holds (`ScopeKind`).

    An admin device's grants then carry each scope's kind (sealed, so the server learns nothing), and a
    device given keys keeps the kinds they carried, so that it can pull the school's scope first: a
    joining device's pupils' rows otherwise wait for their classes, which come with the school's scope.
    """

    def scope_kinds(self, scope_ids: Sequence[str]) -> Mapping[str, ScopeKind]:
        """The kinds known here of these scopes (those of unknown kind left out)."""
        ...

    def save_scope_kinds(self, kinds: Mapping[str, ScopeKind]) -> None:
        """Keep the kinds that grants said these scopes are."""
        ...
