"""`sync.local.SyncStore` over the vault: the sync engine's transactions are the vault's write transactions.

Every engine transaction is one `vault.writing()` block (BEGIN IMMEDIATE, committed with synchronous
FULL), so a bundle's changes, "applied" and the pull cursor commit together as the protocol requires.
`save_record` keeps the merge state and brings the app's own rows up to date from it
(`applying.RowsFromStates`; the search index follows in bulk when the transaction ends, `search_due`);
open long-text conflicts are listed in sync_conflict for a person to resolve. A record whose row cannot
be written yet (its parent has not arrived) is kept as waiting and written by `settle` once it can be.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.store.sync_store.applying import RowsFromStates
from desktop.store.sync_store.capture import APPLYING, save_conflicts, stored_state
from desktop.store.sync_store.rows import CHUNK
from desktop.store.sync_store.scopes import Scopes
from sync.clock import Timestamp
from sync.crypto import DeviceKeys, ScopeKey, ScopeKind
from sync.merge import Change, RecordState
from sync.protocol import DeviceRegistration, DeviceRemoval, SealedBundle

if TYPE_CHECKING:
    from desktop.store.vault import Vault


WAITING_HELD = 1_000_000
"""At most this many waiting records' merged states are held in memory for `settle` (beyond, decoded).

A device joining a school pulls the school's scope (whose classes every pupil's rows need) first, as its
grants say which scope is which; one given grants from before grants carried kinds pulls its scopes in
the order of their random ids, so the school's scope comes anywhere: on the 1,500-pupil bench school up
to 540,000 of 598,000 records wait for it. `settle` has every waiting state in memory at once whichever
way it gets them, so holding them all from the rounds raised the peak little there (3.5 to 3.75 GB) and
spares decoding 340,000 of them again."""

PULL_CACHE_KIB = 512 * 1024
"""Page cache of the connection a pull's rounds run on (`VaultSyncStore.kept`): a ceiling, taken as pages
are read. It holds the indexes every round writes into; a joining device's peak with it is about 1.5 GB
on the 1,500-pupil school."""


class VaultSyncStore:
    """The device's sync store inside its encrypted vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._waiting: dict[tuple[str, str], tuple[str, RecordState]] = {}
        """Records kept as waiting by this store's transactions, as kept and as merged (see `settle`)."""
        self._committed: int | None = None
        """The vault's commit counter as this store's last transaction committed it."""
        self._others_wrote = False
        """Whether another transaction has committed since states were first held in `_waiting`."""
        self._on: tuple[Connection, int] | None = None
        """The connection `kept` gives this store's transactions on the thread that kept it (None: one
        from the pool for each)."""
        self._committing: tuple[Callable[[], None], int] | None = None
        """`when_committing`'s signal, and the thread whose next transaction gives it."""

    def when_committing(self, signal: Callable[[], None] | None) -> None:
        """`sync.local.CommitSignals`: `signal` is called when this thread's next transaction begins
        its commit (or is rolled back)."""
        self._committing = None if signal is None else (signal, threading.get_ident())

    def _signal_committing(self) -> None:
        waiting = self._committing
        if waiting is not None and waiting[1] == threading.get_ident():
            self._committing = None
            waiting[0]()

    @contextmanager
    def kept(self) -> Iterator[None]:
        """Until the block ends, this store's transactions (made on this thread) all run on one connection
        with PULL_CACHE_KIB of page cache, given back afterwards.

        A pull applies a round of pages per transaction. From the pool, each round may get another
        connection, whose cached pages the rounds before (written through the others) have made stale:
        it reads and decrypts again the pages of the indexes every round writes into. A device joining
        a school writes 1.4 GB over a few rounds; on one connection those pages stay decrypted."""
        if self._on is not None:
            yield
            return
        with self.vault.kept_connection(cache_kib=PULL_CACHE_KIB, checkpoints_behind=True) as connection:
            self._on = (connection, threading.get_ident())
            try:
                yield
            finally:
                self._on = None

    @contextmanager
    def transaction(self) -> Iterator[VaultSyncTransaction]:
        try:
            kept = self._on
            on = kept[0] if kept is not None and kept[1] == threading.get_ident() else None
            with self.vault.writing(on=on) as session:
                session.info[APPLYING] = True
                counter = _commit_counter(session)
                if not self._waiting:
                    self._others_wrote = False
                elif counter != self._committed:
                    self._others_wrote = True
                tx = VaultSyncTransaction(session, self._waiting, held_exact=not self._others_wrote)
                try:
                    yield tx
                    tx.close()
                finally:
                    self._signal_committing()  # what is left is the commit (or the rollback)
        except BaseException:
            self._others_wrote = True  # what was held in the rolled-back transaction was not kept
            raise
        self._committed = counter + 1  # `Vault.writing` counts each commit (and holds the write lock)
        if tx.removed_blobs:
            self._remove_files(tx.removed_blobs)

    def _remove_files(self, names: set[str]) -> None:
        """Once deletions from other devices are committed, delete the files no attachment uses."""
        with self.vault.reading() as session:
            marks = ", ".join("?" * len(names))
            still = {
                r[0]
                for r in session.connection().exec_driver_sql(
                    f"SELECT blob_name FROM attachment WHERE blob_name IN ({marks})", tuple(names)
                )
            }
        for name in names - still:
            self.vault.blobs.delete(name)

    def settle(self) -> int:
        """Write the rows of records that were waiting for a parent; returns how many still wait."""
        with self.transaction() as tx:
            return tx.settle()


class VaultSyncTransaction:
    """One engine transaction on the vault (see `sync.local.SyncTransaction` for each method's contract)."""

    def __init__(
        self,
        session: Session,
        waiting: dict[tuple[str, str], tuple[str, RecordState]] | None = None,
        *,
        held_exact: bool = False,
    ) -> None:
        self.session = session
        self._waiting = {} if waiting is None else waiting
        """Waiting records' states as kept in sync_record and as merged: `settle` then decodes only
        those another transaction changed since (a joining device's first rounds may hold most of a
        school waiting for its scope, which may come last)."""
        self._held_exact = held_exact
        """No other transaction has committed since `_waiting` was first filled: each state held there
        is the one sync_record holds (`settle` need not read them to compare)."""
        self.c: Connection = session.connection()
        self._rows = RowsFromStates(session)

    @property
    def removed_blobs(self) -> set[str]:
        """Files of attachments deleted in this transaction, to delete once it has committed."""
        return self._rows.removed_blobs

    def close(self) -> None:
        self._rows.close()

    def _one(self, sql: str, *params: object) -> object | None:
        found = self.c.exec_driver_sql(sql, params).first()
        return found[0] if found else None

    # This device.
    def device_keys(self) -> bytes | None:
        return self._one("SELECT keys FROM sync_device WHERE id = 1")  # type: ignore[return-value]  # a BLOB column

    def save_device_keys(self, raw: bytes) -> None:
        device_id = DeviceKeys.from_bytes(raw).device_id
        self.c.exec_driver_sql(
            "INSERT INTO sync_device (id, device_id, keys, clock, role, capture, server_url, folder, "
            "joining_code) VALUES (1, ?, ?, '', '', 0, '', '', '') "
            "ON CONFLICT (id) DO UPDATE SET device_id = excluded.device_id, keys = excluded.keys",
            (device_id, raw),
        )

    def clock(self) -> Timestamp | None:
        found = self._one("SELECT clock FROM sync_device WHERE id = 1")
        return Timestamp.decode(str(found)) if found else None

    def save_clock(self, last: Timestamp) -> None:
        # Capture stamps changes with the same clock outside the engine: never move it backwards.
        self.c.exec_driver_sql("UPDATE sync_device SET clock = max(clock, ?) WHERE id = 1", (last.encode(),))

    def trusted_admins(self) -> Sequence[DeviceRegistration]:
        rows = self.c.exec_driver_sql("SELECT registration FROM sync_trusted_admin").fetchall()
        return [DeviceRegistration.model_validate_json(r[0]) for r in rows]

    def trust_admin(self, registration: DeviceRegistration) -> None:
        self.c.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_trusted_admin (device_id, registration) VALUES (?, ?)",
            (registration.device_id, registration.model_dump_json()),
        )

    def scope_keys(self) -> Sequence[ScopeKey]:
        rows = self.c.exec_driver_sql("SELECT scope_id, generation, key FROM sync_scope_key").fetchall()
        return [ScopeKey(scope_id, generation, bytes(key)) for scope_id, generation, key in rows]

    def save_scope_key(self, key: ScopeKey) -> None:
        self.c.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_scope_key (scope_id, generation, key) VALUES (?, ?, ?)",
            (key.scope_id, key.generation, key.secret),
        )

    def scope_kinds(self, scope_ids: Sequence[str]) -> Mapping[str, ScopeKind]:
        """`sync.local.ScopeKinds`: what this device knows of these scopes' kinds, for its grants."""
        found = {s: ScopeKind.named(k) for s, k in Scopes(self.session).kinds(scope_ids).items()}
        return {s: kind for s, kind in found.items() if kind is not None}

    def save_scope_kinds(self, kinds: Mapping[str, ScopeKind]) -> None:
        Scopes(self.session).granted({s: kind.value for s, kind in kinds.items()})

    def registration(self, device_id: str) -> DeviceRegistration | None:
        found = self._one("SELECT registration FROM sync_registration WHERE device_id = ?", device_id)
        return DeviceRegistration.model_validate_json(str(found)) if found else None

    def registrations(self) -> Sequence[DeviceRegistration]:
        """Every registration checked here (the folder's copies are published from these)."""
        rows = self.c.exec_driver_sql("SELECT registration FROM sync_registration").fetchall()
        return [DeviceRegistration.model_validate_json(r[0]) for r in rows]

    def save_registration(self, registration: DeviceRegistration) -> None:
        self.c.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_registration (device_id, registration) VALUES (?, ?)",
            (registration.device_id, registration.model_dump_json()),
        )

    # Records.
    def record(self, scope_id: str, record_id: str) -> RecordState | None:
        found = self._one(
            "SELECT state FROM sync_record WHERE scope_id = ? AND record_id = ?", scope_id, record_id
        )
        return RecordState.from_json(json.loads(str(found))) if found else None

    def records(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], RecordState]:
        """The states held of these (scope id, record id) keys, a few hundred per query."""
        by_scope: dict[str, list[str]] = defaultdict(list)
        for scope_id, record_id in keys:
            by_scope[scope_id].append(record_id)
        found: dict[tuple[str, str], RecordState] = {}
        for scope_id, record_ids in by_scope.items():
            for start in range(0, len(record_ids), CHUNK):
                chunk = record_ids[start : start + CHUNK]
                rows = self.c.exec_driver_sql(
                    "SELECT record_id, state FROM sync_record WHERE scope_id = ? "
                    f"AND record_id IN ({', '.join('?' * len(chunk))})",
                    (scope_id, *chunk),
                )
                for record_id, encoded in rows:
                    found[(scope_id, record_id)] = RecordState.from_json(json.loads(encoded))
        return found

    def save_record(self, state: RecordState) -> None:
        self._keep_states([state], [self._rows.one(state)])

    def save_records(self, states: Sequence[RecordState]) -> None:
        """`save_record` for many records at once: rows written kind by kind, parents first."""
        self._keep_states(states, self._rows.many(states))

    def _keep_states(self, states: Sequence[RecordState], written: Sequence[bool]) -> None:
        """Keep the merge states, each marked waiting when its rows could not be written yet."""
        kept = [stored_state(state) for state in states]
        self.c.exec_driver_sql(
            "INSERT INTO sync_record (scope_id, record_id, kind, state, waiting) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (scope_id, record_id) DO UPDATE SET kind = excluded.kind, state = excluded.state, "
            "waiting = excluded.waiting",
            [
                (state.scope_id, state.record_id, state.kind, encoded, int(not done))
                for state, encoded, done in zip(states, kept, written, strict=True)
            ],
        )
        for state, encoded, done in zip(states, kept, written, strict=True):
            key = (state.scope_id, state.record_id)
            if not done and state.visible and (key in self._waiting or len(self._waiting) < WAITING_HELD):
                self._waiting[key] = (encoded, state)
            else:  # what is held is the last state kept, or nothing
                self._waiting.pop(key, None)
        for state in states:
            if state.texts or not state.visible:
                save_conflicts(self.c, state)

    def settle(self) -> int:
        """Try again every record whose rows waited for a parent, parents first, until none moves."""
        while True:
            rows = list(
                self.c.exec_driver_sql(
                    "SELECT rowid, scope_id, record_id FROM sync_record WHERE waiting = 1 ORDER BY rowid"
                ).fetchall()
            )
            if not rows:
                self._waiting.clear()
                return 0
            unsure = [
                at
                for at, scope, record in rows
                if not self._held_exact or (scope, record) not in self._waiting
            ]
            kept = self._kept_states(unsure)
            states = [self._waiting_state(scope, record, kept.get(at)) for at, scope, record in rows]
            done = self._rows.many(states)
            written = [(r[0],) for r, ok in zip(rows, done, strict=True) if ok]
            if written:  # by rowid: the rows were just found, and the key's index need not be searched
                self.c.exec_driver_sql("UPDATE sync_record SET waiting = 0 WHERE rowid = ?", written)
            if len(written) in (0, len(rows)):
                self._waiting.clear()
                return len(rows) - len(written)

    def _kept_states(self, rowids: list[int]) -> dict[int, str]:
        """The states sync_record keeps in these rows, by rowid, a few hundred per query."""
        kept: dict[int, str] = {}
        for start in range(0, len(rowids), CHUNK):
            chunk = rowids[start : start + CHUNK]
            sql = f"SELECT rowid, state FROM sync_record WHERE rowid IN ({', '.join('?' * len(chunk))})"
            kept.update((at, state) for at, state in self.c.exec_driver_sql(sql, tuple(chunk)))
        return kept

    def _waiting_state(self, scope_id: str, record_id: str, encoded: str | None) -> RecordState:
        """A waiting record's state: as merged, if this store kept it so and it is unchanged since
        (`encoded` None: known to be, see `_held_exact`)."""
        held = self._waiting.get((scope_id, record_id))
        if held is not None and (encoded is None or held[0] == encoded):
            return held[1]
        assert encoded is not None, "a state not held is read"
        return RecordState.from_json(json.loads(encoded))

    # The outbox.
    def add_pending(self, change: Change) -> None:
        self.c.exec_driver_sql(
            "INSERT INTO sync_outbox (scope_id, stamp, change) VALUES (?, ?, ?)",
            (
                change.scope_id,
                change.stamp.encode(),
                json.dumps(change.to_json(), ensure_ascii=False, separators=(",", ":")),
            ),
        )

    def pending_scopes(self) -> Sequence[str]:
        # In the order their changes were first queued: neighbouring rows of the outbox (a day's entries
        # for one class after another) then belong to scopes sealed one after the other, so each page is
        # read and decrypted about once, not once for every scope it holds a row of.
        rows = self.c.exec_driver_sql("SELECT scope_id FROM sync_outbox GROUP BY scope_id ORDER BY min(seq)")
        return [r[0] for r in rows]

    def pending(self, scope_id: str, limit: int) -> Sequence[Change]:
        rows = self.c.exec_driver_sql(
            "SELECT change FROM sync_outbox WHERE scope_id = ? ORDER BY stamp LIMIT ?", (scope_id, limit)
        )
        return [Change.from_json(scope_id, json.loads(r[0])) for r in rows]

    def seal_pending(self, bundle: SealedBundle, changes: Sequence[Change]) -> None:
        self.c.exec_driver_sql(
            "DELETE FROM sync_outbox WHERE scope_id = ? AND stamp = ?",
            [(c.scope_id, c.stamp.encode()) for c in changes],
        )
        self.c.exec_driver_sql(
            "INSERT INTO sync_outgoing (bundle_id, bundle) VALUES (?, ?)",
            (bundle.bundle_id, bundle.model_dump_json()),
        )

    def pending_encoded(self, scope_id: str, limit: int) -> Sequence[tuple[str, str]]:
        rows = self.c.exec_driver_sql(
            "SELECT stamp, change FROM sync_outbox WHERE scope_id = ? ORDER BY stamp LIMIT ?",
            (scope_id, limit),
        )
        return [(r[0], r[1]) for r in rows]

    def seal_pending_encoded(self, bundle: SealedBundle, stamps: Sequence[str]) -> None:
        if stamps:
            self.c.exec_driver_sql(
                "DELETE FROM sync_outbox WHERE scope_id = ? AND stamp = ?",
                [(bundle.scope_id, s) for s in stamps],
            )
        self.c.exec_driver_sql(
            "INSERT INTO sync_outgoing (bundle_id, bundle) VALUES (?, ?)",
            (bundle.bundle_id, bundle.model_dump_json()),
        )

    def outgoing(self, channel: str, limit: int) -> Sequence[SealedBundle]:
        rows = self.c.exec_driver_sql(
            "SELECT bundle FROM sync_outgoing o WHERE NOT EXISTS (SELECT 1 FROM sync_acknowledged a "
            "WHERE a.channel = ? AND a.bundle_id = o.bundle_id) ORDER BY seq LIMIT ?",
            (channel, limit),
        )
        return [SealedBundle.model_validate_json(r[0]) for r in rows]

    def acknowledge(self, channel: str, bundle_ids: Sequence[str]) -> None:
        self.c.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_acknowledged (channel, bundle_id) VALUES (?, ?)",
            [(channel, b) for b in bundle_ids],
        )

    # What has arrived.
    def is_applied(self, bundle_id: str) -> bool:
        return self._one("SELECT 1 FROM sync_applied WHERE bundle_id = ?", bundle_id) is not None

    def mark_applied(self, bundle_id: str) -> None:
        self.c.exec_driver_sql("INSERT OR IGNORE INTO sync_applied (bundle_id) VALUES (?)", (bundle_id,))

    def cursor(self, channel: str, scope_id: str) -> str:
        found = self._one(
            "SELECT cursor FROM sync_cursor WHERE channel = ? AND scope_id = ?", channel, scope_id
        )
        return str(found) if found is not None else ""

    def save_cursor(self, channel: str, scope_id: str, cursor: str) -> None:
        self.c.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_cursor (channel, scope_id, cursor) VALUES (?, ?, ?)",
            (channel, scope_id, cursor),
        )

    # Removed devices (schema 0011).
    def removal(self, device_id: str) -> DeviceRemoval | None:
        found = self._one("SELECT notice FROM sync_removal WHERE device_id = ?", device_id)
        return DeviceRemoval.model_validate_json(str(found)) if found else None

    def removals(self) -> Sequence[DeviceRemoval]:
        rows = self.c.exec_driver_sql("SELECT notice FROM sync_removal ORDER BY device_id").fetchall()
        return [DeviceRemoval.model_validate_json(r[0]) for r in rows]

    def save_removal(self, notice: DeviceRemoval) -> None:
        self.c.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_removal (device_id, notice) VALUES (?, ?)",
            (notice.device_id, notice.model_dump_json()),
        )

    def is_refused(self, bundle_id: str) -> bool:
        return self._one("SELECT 1 FROM sync_refused_bundle WHERE bundle_id = ?", bundle_id) is not None

    def mark_refused(self, bundle_id: str, device_id: str) -> None:
        self.c.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_refused_bundle (bundle_id, device_id) VALUES (?, ?)",
            (bundle_id, device_id),
        )

    # Admin devices.
    def scope_members(self, scope_id: str) -> Sequence[str]:
        rows = self.c.exec_driver_sql(
            "SELECT device_id FROM sync_scope_member WHERE scope_id = ? ORDER BY device_id", (scope_id,)
        )
        return [r[0] for r in rows]

    def save_scope_members(self, scope_id: str, device_ids: Sequence[str]) -> None:
        self.c.exec_driver_sql("DELETE FROM sync_scope_member WHERE scope_id = ?", (scope_id,))
        if device_ids:
            self.c.exec_driver_sql(
                "INSERT INTO sync_scope_member (scope_id, device_id) VALUES (?, ?)",
                [(scope_id, d) for d in device_ids],
            )


def _commit_counter(session: Session) -> int:
    """How many write transactions the vault has committed (`Vault.writing` counts them)."""
    return int(session.connection().exec_driver_sql("PRAGMA user_version").scalar_one())
