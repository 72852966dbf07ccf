"""Change capture: every local change to a synced row reaches the outbox in the same transaction.

Triggers (migration 0005) note each inserted, updated or deleted row of a synced table in `sync_dirty`,
whatever wrote it: a repository through the ORM, a batch of Core inserts, a cascade. Just before the
transaction commits (`capture_changes`, hooked into the vault's sessions), each noted row is compared
with the record's merge state; what differs becomes field-level changes stamped by this device's hybrid
logical clock, merged into the state and queued in the outbox. A row that is gone becomes a tombstone
(`records_deleted`). Services stay unaware of sync, and a change and its outbox entry commit together.

Comparing with the merge state rather than trusting the trigger keeps the outbox honest: a repository
that rewrites a row unchanged, or a record written here because another device sent it, queues nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.store.sync_store.kinds import BY_NAME, BY_TABLE, KINDS, SCOPE_MARKER, Kind, ScopeRule, Style
from desktop.store.sync_store.rows import all_rows, canonical, read_rows, row_fields, write_row
from sync.clock import HybridLogicalClock, Timestamp
from sync.crypto import ScopeKey
from sync.merge import Change, Op, RecordState, merge

SCHOOL_SUBJECT = "school"
"""The school scope's subject (there is one school per database)."""
APPLYING = "linkbook_sync_applying"
"""Session info flag: this transaction writes what other devices sent; capture must not echo it back."""


class Capturer:
    """One capture run inside one write transaction: this device's clock and a cache of scopes."""

    def __init__(self, session: Session, device_id: str, clock: str, is_admin: bool) -> None:
        self.session = session
        self.connection: Connection = session.connection()
        self.clock = HybridLogicalClock(device_id, Timestamp.decode(clock) if clock else None)
        self.is_admin = is_admin
        self.scopes: dict[tuple[str, str], str] = {
            (kind, subject): scope
            for scope, kind, subject in self.connection.exec_driver_sql(
                "SELECT scope_id, kind, subject_id FROM sync_scope"
            )
        }
        self._states: list[tuple[str, str, str, str]] = []
        self._outbox: list[tuple[str, str, str]] = []
        self._conflicts: list[RecordState] = []
        self.changes = 0

    @classmethod
    def open(cls, session: Session) -> Capturer | None:
        """A capturer for this device, or None when the device does not take part in sync."""
        found = (
            session.connection()
            .exec_driver_sql("SELECT device_id, clock, role, capture FROM sync_device WHERE id = 1")
            .first()
        )
        if found is None or not found[3]:
            return None
        return cls(session, found[0], found[1], found[2] == "admin")

    # Scopes.
    def scope_for(self, kind: str, subject: str, create: bool = True) -> str | None:
        """The scope holding a subject's records; an admin device makes one for a new pupil or class."""
        found = self.scopes.get((kind, subject))
        if found is not None or not create or not self.is_admin:
            return found
        key = ScopeKey.create()
        self.connection.exec_driver_sql(
            "INSERT INTO sync_scope_key (scope_id, generation, key) VALUES (?, ?, ?)",
            (key.scope_id, key.generation, key.secret),
        )
        self.connection.exec_driver_sql(
            "INSERT INTO sync_scope (scope_id, kind, subject_id, announced) VALUES (?, ?, ?, 0)",
            (key.scope_id, kind, subject),
        )
        device_id = self.clock.device_id
        self.connection.exec_driver_sql(
            "INSERT INTO sync_scope_member (scope_id, device_id) VALUES (?, ?)", (key.scope_id, device_id)
        )
        self.scopes[(kind, subject)] = key.scope_id
        marker = {"kind": kind, "subject": subject}
        self._apply(RecordState(key.scope_id, "scope", SCOPE_MARKER), SCOPE_MARKER, marker)
        return key.scope_id

    def _scopes_of(self, kind: Kind, owner: str | None) -> list[str]:
        if kind.scope is ScopeRule.SCHOOL or (kind.scope is ScopeRule.CLASS and not owner):
            found = self.scope_for("school", SCHOOL_SUBJECT)
            return [found] if found else []
        if not owner:
            return []
        subjects = owner.split(",") if kind.scope is ScopeRule.PUPIL else [owner]
        found_scopes = [self.scope_for(kind.scope.value, s) for s in subjects]
        return [s for s in found_scopes if s]

    # States and the outbox.
    def state(self, scope_id: str, record_id: str) -> RecordState | None:
        found = self.connection.exec_driver_sql(
            "SELECT state FROM sync_record WHERE scope_id = ? AND record_id = ?", (scope_id, record_id)
        ).first()
        return RecordState.from_json(json.loads(found[0])) if found else None

    def _queue(self, state: RecordState | None, change: Change) -> RecordState:
        merged, _outcome = merge(state, change)
        self._outbox.append((change.scope_id, change.stamp.encode(), json.dumps(change.to_json())))
        self.changes += 1
        return merged

    def _save(self, state: RecordState) -> None:
        self._states.append((state.scope_id, state.record_id, state.kind, json.dumps(state.to_json())))
        if state.texts:
            self._conflicts.append(state)
        if len(self._states) >= 2000:
            self.flush()

    def _apply(self, state: RecordState, kind_name: str, fields: dict[str, Any]) -> None:
        """Queue whatever in `fields` differs from the record's state (everything, for a new record)."""
        scope_id, record_id = state.scope_id, state.record_id
        current = state if state.kind == kind_name else None
        is_new = current is None or not (current.fields or current.texts or current.created)
        shown = current.values() if current is not None else {}
        text_columns = BY_NAME[kind_name].text_columns if kind_name in BY_NAME else frozenset()
        updated = current
        for name, value in fields.items():
            if is_new and value is None:
                continue
            if name in shown and canonical(shown[name]) == canonical(value):
                continue
            if name in text_columns:
                register = updated.texts.get(name) if updated is not None else None
                bases = tuple(head.stamp for head in register.heads) if register else ()
                change = Change(scope_id, record_id, kind_name, Op.TEXT, self.clock.now(), name, value, bases)
            else:
                change = Change(scope_id, record_id, kind_name, Op.SET, self.clock.now(), name, value)
            updated = self._queue(updated, change)
        if updated is not None and updated is not current:
            self._save(updated)

    def record_row(self, kind: Kind, record_id: str, row: dict[str, Any], owner: str | None) -> bool:
        """Queue the changes one row makes; False if it belongs to no scope this device holds yet."""
        scopes = self._scopes_of(kind, owner)
        if not scopes:
            return False
        fields = row_fields(kind, row)
        for scope_id in scopes:
            state = self.state(scope_id, record_id) if self.check_existing else None
            if state is not None and not state.visible:
                continue
            if kind.style is Style.APPEND:
                if state is None:
                    change = Change(scope_id, record_id, kind.name, Op.APPEND, self.clock.now(), value=fields)
                    self._save(self._queue(None, change))
                continue
            self._apply(state or RecordState(scope_id, record_id, kind.name), kind.name, fields)
        return True

    check_existing = True
    """Look up each record's state (a first sync turns this off for records it knows are new)."""

    def tombstones(self, record_ids: Iterable[str], kind_name: str | None = None) -> int:
        """Queue a deletion of each visible record with these ids, in every scope that holds it."""
        count = 0
        self.flush()
        for record_id in record_ids:
            rows = self.connection.exec_driver_sql(
                "SELECT scope_id, kind, state FROM sync_record WHERE record_id = ?", (record_id,)
            ).fetchall()
            for scope_id, kind, encoded in rows:
                if kind_name is not None and kind != kind_name:
                    continue
                state = RecordState.from_json(json.loads(encoded))
                if not state.visible:
                    continue
                self._save(self._queue(state, Change(scope_id, record_id, kind, Op.DELETE, self.clock.now())))
                count += 1
        self.flush()
        return count

    def flush(self) -> None:
        """Write the buffered states and outbox rows (a first sync queues hundreds of thousands)."""
        if self._states:
            self.connection.exec_driver_sql(
                "INSERT INTO sync_record (scope_id, record_id, kind, state, waiting) "
                "VALUES (?, ?, ?, ?, 0) ON CONFLICT (scope_id, record_id) "
                "DO UPDATE SET kind = excluded.kind, state = excluded.state",
                self._states,
            )
            self._states = []
        if self._outbox:
            self.connection.exec_driver_sql(
                "INSERT INTO sync_outbox (scope_id, stamp, change) VALUES (?, ?, ?)", self._outbox
            )
            self._outbox = []
        for state in self._conflicts:
            save_conflicts(self.connection, state)
        self._conflicts = []

    def finish(self) -> None:
        self.flush()
        self.connection.exec_driver_sql(
            "UPDATE sync_device SET clock = max(clock, ?) WHERE id = 1", (self.clock.last.encode(),)
        )


def save_conflicts(connection: Connection, state: RecordState) -> None:
    """Keep the list of a record's open long-text conflicts in step with its state."""
    connection.exec_driver_sql(
        "DELETE FROM sync_conflict WHERE scope_id = ? AND record_id = ?", (state.scope_id, state.record_id)
    )
    if state.visible and state.conflicts:
        connection.exec_driver_sql(
            "INSERT INTO sync_conflict (scope_id, record_id, field, kind) VALUES (?, ?, ?, ?)",
            [(state.scope_id, state.record_id, name, state.kind) for name in state.conflicts],
        )


def capture_changes(session: Session) -> int:
    """Turn the rows noted in sync_dirty into queued changes; the vault calls this before each commit."""
    session.flush()
    connection = session.connection()
    dirty = connection.exec_driver_sql("SELECT tbl, key FROM sync_dirty").fetchall()
    if not dirty:
        return 0
    capturer = None if session.info.get(APPLYING) else Capturer.open(session)
    if capturer is None:
        connection.exec_driver_sql("DELETE FROM sync_dirty")
        return 0
    by_table: dict[str, set[str]] = defaultdict(set)
    for table, key in dirty:
        by_table[table].add(key)
    unplaced: list[tuple[str, str]] = []
    for kind in KINDS:
        keys = by_table.get(kind.table_name)
        if not keys:
            continue
        found = set()
        for record_id, row, owner in read_rows(connection, kind, sorted(keys)):
            found.add(record_id)
            if not capturer.record_row(kind, record_id, row, owner):
                unplaced.append((kind.table_name, record_id))
            if kind.name == "family_link":
                member = BY_NAME["family_member"]
                for member_id, member_row, member_owner in read_rows(
                    connection, member, [row["family_member_id"]]
                ):
                    capturer.record_row(member, member_id, member_row, member_owner)
        gone = keys - found
        if gone:
            capturer.tombstones(sorted(gone), kind.name)
    capturer.finish()
    connection.exec_driver_sql("DELETE FROM sync_dirty")
    if unplaced:
        # Rows of a pupil whose scope this device does not hold yet: noted again, tried next time.
        connection.exec_driver_sql("INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES (?, ?)", unplaced)
    return capturer.changes


def records_deleted(session: Session, record_ids: Iterable[str], kind: str | None = None) -> int:
    """Tell the other devices that these records were deleted (erased); returns the tombstones queued.

    Call it in the transaction that deletes the rows. Deleting a synced row is captured by itself (the
    triggers see it), so this is for records whose rows went some other way, or to say so explicitly; a
    record already deleted, or never synced, is left alone, so calling it twice does no harm. `kind`
    limits it to one kind of record (see kinds.py), for ids that might be shared across kinds.
    """
    capturer = None if session.info.get(APPLYING) else Capturer.open(session)
    if capturer is None:
        return 0
    count = capturer.tombstones(record_ids, kind)
    capturer.finish()
    return count


def resolve_conflict(session: Session, scope_id: str, record_id: str, field: str, text: str) -> None:
    """A person chose (or wrote) the text that replaces every version of a conflicting long-text field.

    The choice is queued as an edit based on all the versions, so every device settles on it, and the
    row shows it at once. (Saving the same text through a service would change nothing in the row, so
    capture could not tell a choice from no edit at all.)
    """
    capturer = Capturer.open(session)
    state = capturer.state(scope_id, record_id) if capturer else None
    if capturer is None or state is None or field not in state.texts:
        raise ValueError("no such conflict")
    register = state.texts[field]
    bases = tuple(head.stamp for head in register.heads)
    change = Change(scope_id, record_id, state.kind, Op.TEXT, capturer.clock.now(), field, text, bases)
    merged = capturer._queue(state, change)
    capturer._save(merged)
    capturer.finish()
    kind = BY_NAME[state.kind]
    write_row(session, kind, record_id, merged.values())


def enqueue_everything(session: Session, progress: Any = None) -> int:
    """Queue every record that exists, for a device's first sync (a school made before it synced).

    Rows written before the device took part in sync (the demo, an import, the school's first term
    offline) were never captured. This walks every synced table in parent-first order and queues what
    the merge states do not hold yet; an admin device makes the scopes as it goes.
    """
    session.flush()
    capturer = Capturer.open(session)
    if capturer is None:
        return 0
    connection = session.connection()
    capturer.scope_for("school", SCHOOL_SUBJECT)
    for (class_id,) in connection.exec_driver_sql("SELECT id FROM school_class").fetchall():
        capturer.scope_for("class", class_id)
    held = {rid for (rid,) in connection.exec_driver_sql("SELECT DISTINCT record_id FROM sync_record")}
    for number, kind in enumerate(KINDS):
        for record_id, row, owner in all_rows(connection, kind):
            capturer.check_existing = record_id in held
            capturer.record_row(kind, record_id, row, owner)
        capturer.check_existing = True
        capturer.flush()
        if progress is not None:
            progress(number + 1, len(KINDS))
    capturer.finish()
    connection.exec_driver_sql("DELETE FROM sync_dirty")
    return capturer.changes


def kind_of_table(table: str) -> Kind | None:
    return BY_TABLE.get(table)
