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

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.store.blobs import BLOB_DIR_NAME
from desktop.store.sync_store.fresh import FreshRecords, compact_json, fresh_append, fresh_fields, state_json
from desktop.store.sync_store.kinds import (
    ATTACHMENT_LINKS,
    BY_NAME,
    KINDS,
    SCOPE_MARKER,
    WHOLE_FIELD,
    Kind,
    ScopeRule,
    Style,
)
from desktop.store.sync_store.rows import (
    LINKED_FIELD,
    _converters,
    canonical,
    read_rows,
    row_fields,
    write_row,
)
from sync.clock import HybridLogicalClock, Timestamp
from sync.merge import Change, Op, RecordState, merge

SCHOOL_SUBJECT = "school"
"""The school scope's subject (there is one school per database)."""
STAFF_SCOPE = "staff"
"""The kind of scope holding staff-only records: a class's (its id the subject) or the school's."""
FLUSH_STATES = 20_000
"""States buffered before they are written (with their queued changes) in one sorted batch."""
STATES_PER_INSERT = 64
"""States written by one INSERT of a batch: each run of an INSERT opens sync_record and its five
indexes and closes them again, which cost more than writing a state (a first sync writes 600,000)."""
_UPSERT_STATE = (
    " ON CONFLICT (scope_id, record_id) DO UPDATE SET kind = excluded.kind, state = excluded.state"
)
_INSERT_STATE = "INSERT INTO sync_record (scope_id, record_id, kind, state, waiting) VALUES (?, ?, ?, ?, 0)"
_INSERT_STATES = _INSERT_STATE + ", (?, ?, ?, ?, 0)" * (STATES_PER_INSERT - 1) + _UPSERT_STATE
_BY_KEY = itemgetter(0, 1)
APPLYING = "linkbook_sync_applying"
"""Session info flag: this transaction writes what other devices sent; capture must not echo it back."""


FreshRow = tuple[str, str | None, tuple[Any, ...]]
"""(record id, owner, values): a row's values are its kind's value columns in order, then, for an
attachment, its file name."""


class Capturer:
    """One capture run inside one write transaction: this device's clock and a cache of scopes."""

    def __init__(self, session: Session, device_id: str, clock: str, is_admin: bool) -> None:
        self.session = session
        self.connection: Connection = session.connection()
        self.clock = HybridLogicalClock(device_id, Timestamp.decode(clock) if clock else None)
        self.is_admin = is_admin
        self.scopes: dict[tuple[str, str], str | None] = {}
        """Scopes looked up so far: a teacher's save needs one or two, a school has thousands."""
        self._placed: dict[tuple[ScopeRule, str], list[str]] = {}
        """The scopes of each owner found so far (a pupil owns hundreds of rows)."""
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
        if (kind, subject) not in self.scopes:
            self.scopes[(kind, subject)] = self.connection.exec_driver_sql(
                "SELECT scope_id FROM sync_scope WHERE kind = ? AND subject_id = ?", (kind, subject)
            ).scalar()
        found = self.scopes[(kind, subject)]
        if found is not None or not create or not self.is_admin:
            return found
        from sync.crypto import ScopeKey  # the sync protocol's models load only where a scope is made

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

    def scopes_of(self, kind: Kind, owner: str | None, create: bool = True) -> list[str]:
        """The scopes a row of this kind with this owner belongs to (an admin device makes missing ones,
        unless `create` is False)."""
        if kind.optional and owner is None:
            return []
        if kind.scope is ScopeRule.STAFF:
            found = self.scope_for(STAFF_SCOPE, owner or SCHOOL_SUBJECT, create)
            return [found] if found else []
        if kind.scope is ScopeRule.SCHOOL or (kind.scope is ScopeRule.CLASS and not owner):
            found = self.scope_for("school", SCHOOL_SUBJECT, create)
            return [found] if found else []
        if not owner:
            return []
        placed = self._placed.get((kind.scope, owner))
        if placed is not None:
            return placed
        subjects = owner.split(",") if kind.scope is ScopeRule.PUPIL else [owner]
        found_scopes = [self.scope_for(kind.scope.value, s, create) for s in subjects]
        placed = [s for s in found_scopes if s]
        if len(placed) == len(subjects):  # a subject with no scope yet may get one later
            self._placed[(kind.scope, owner)] = placed
        return placed

    # States and the outbox.
    def state(self, scope_id: str, record_id: str) -> RecordState | None:
        found = self.connection.exec_driver_sql(
            "SELECT state FROM sync_record WHERE scope_id = ? AND record_id = ?", (scope_id, record_id)
        ).first()
        return RecordState.from_json(json.loads(found[0])) if found else None

    def _queue(self, state: RecordState | None, change: Change) -> RecordState:
        merged, _outcome = merge(state, change)
        self._enqueue(change)
        return merged

    def _enqueue(self, change: Change) -> None:
        encoded = compact_json(change.to_json())
        self._outbox.append((change.scope_id, change.stamp.encode(), encoded))
        self.changes += 1

    def _new_record(
        self,
        scope_id: str,
        record_id: str,
        kind_name: str,
        fields: dict[str, Any],
        text_columns: frozenset[str],
    ) -> None:
        """A record no state holds yet: each non-empty field queued as a change, and the state they make
        (the same as merging the changes one by one, encoded once: see fresh.py)."""
        changes, state = fresh_fields(
            scope_id, record_id, kind_name, fields, text_columns, self.clock.now_encoded
        )
        if state is None:
            return
        self._outbox.extend((scope_id, stamp, change) for stamp, change in changes)
        self.changes += len(changes)
        self._keep(scope_id, record_id, kind_name, state)

    def _new_append(self, scope_id: str, record_id: str, kind_name: str, fields: dict[str, Any]) -> None:
        """An append-only record no state holds yet: its one change queued, and its state."""
        queued, encoded = fresh_append(scope_id, record_id, kind_name, fields, self.clock.now())
        self._outbox.append((scope_id, *queued))
        self.changes += 1
        self._keep(scope_id, record_id, kind_name, encoded)

    def _keep(self, scope_id: str, record_id: str, kind_name: str, encoded_state: str) -> None:
        self._states.append((scope_id, record_id, kind_name, encoded_state))
        if len(self._states) >= FLUSH_STATES:
            self.flush()

    def _save(self, state: RecordState) -> None:
        if state.texts:
            self._conflicts.append(state)
        self._keep(state.scope_id, state.record_id, state.kind, stored_state(state))

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

    def record_row(
        self, kind: Kind, record_id: str, row: dict[str, Any], owner: str | None, within: str | None = None
    ) -> bool:
        """Queue the changes one row makes; False if it belongs to no scope this device holds yet.

        `within`: queue them in that scope only, and only if the row belongs to it (a first sync goes
        scope by scope; a row no longer in the scope it was planned in was captured as it moved)."""
        scopes = self.scopes_of(kind, owner)
        if not scopes:
            return kind.optional and owner is None
        if within is not None:
            scopes = [within] if within in scopes else []
        fields = row_fields(kind, row)
        if kind.blob:
            digest = self.blob_digest(str(row["blob_name"]))
            if digest is not None:
                fields["blob_id"] = digest
        for scope_id in scopes:
            state = self.state(scope_id, record_id)
            if state is not None and not state.visible:
                continue
            if kind.style is Style.APPEND:
                if state is None:
                    self._new_append(scope_id, record_id, kind.name, fields)
                continue
            if state is None:
                self._new_record(scope_id, record_id, kind.name, fields, kind.text_columns)
            else:
                self._apply(state, kind.name, fields)
        return True

    def record_fresh(self, kind: Kind, scope_id: str, rows: Iterable[FreshRow]) -> None:
        """Queue rows of one kind whose records no merge state holds yet, each in `scope_id` if it
        belongs there: what `record_row(..., within=scope_id)` does for such a row (nearly every row
        of a first sync), with what depends only on the kind worked out once and where a row goes
        looked up once per owner, straight from the values as read. A record of one field (a `whole`
        record's row, a link) or an append-only one is made by `FreshRecords`, with no fields dict
        in between."""
        names = kind.value_columns
        converted = [(name, convert) for name, convert in _converters(kind) if convert is not None]
        whole, linked, append = kind.style is Style.WHOLE, not names, kind.style is Style.APPEND
        single = WHOLE_FIELD if whole else LINKED_FIELD if linked else ""
        fast = not kind.blob and (append or (bool(single) and single not in kind.text_columns))
        kind_name, text_columns = kind.name, kind.text_columns
        records = FreshRecords(scope_id, kind_name, self.clock.now_encoded)
        belongs: dict[str | None, bool] = {}
        for record_id, owner, values in rows:
            inside = belongs.get(owner)
            if inside is None:
                inside = belongs[owner] = scope_id in self.scopes_of(kind, owner)
            if not inside:
                continue
            row = dict(zip(names, values, strict=False))  # not an attachment's file name, last
            for name, convert in converted:
                value = row[name]
                if value is not None:
                    row[name] = convert(value)
            if fast:
                if append:
                    made = records.append(record_id, {LINKED_FIELD: True} if linked else row)
                else:
                    made = records.single(record_id, single, row if whole else True)
                stamp, change, state = made
                self._outbox.append((scope_id, stamp, change))
                self.changes += 1
                self._keep(scope_id, record_id, kind_name, state)
                continue
            fields: dict[str, Any] = {WHOLE_FIELD: row} if whole else {LINKED_FIELD: True} if linked else row
            if kind.blob:
                digest = self.blob_digest(str(values[-1]))
                if digest is not None:
                    fields["blob_id"] = digest
            if append:
                self._new_append(scope_id, record_id, kind_name, fields)
            else:
                self._new_record(scope_id, record_id, kind_name, fields, text_columns)

    def take_queued(self) -> list[tuple[str, str, str]]:
        """The changes buffered for the outbox, as (scope id, stamp, change JSON), handed over instead of
        written (a first sync seals them at once). Their states are still kept by `flush`."""
        queued, self._outbox = self._outbox, []
        return queued

    def give_back(self, queued: list[tuple[str, str, str]]) -> None:
        """Changes taken by `take_queued` that were not sealed after all: queued in the outbox by `flush`."""
        self._outbox.extend(queued)

    def blob_digest(self, blob_name: str) -> str | None:
        """The SHA-256 of an attachment's encrypted file, the id it travels under; None if not here."""
        database = self.connection.engine.url.database
        if not database:
            return None
        path = Path(database).parent / BLOB_DIR_NAME / blob_name[:2] / blob_name
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None

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
        """Write the buffered states and outbox rows (a first sync queues hundreds of thousands).

        Each batch goes in key order, scope by scope (the sort is stable, so a record saved twice keeps
        its last state): the states' B-tree is walked once per batch rather than at random, and a scope's
        queued changes sit side by side for sealing.
        """
        if self._states:
            self._states.sort(key=_BY_KEY)
            _write_states(self.connection, self._states)
            self._states = []
        if self._outbox:
            self._outbox.sort(key=_BY_KEY)
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


def _write_states(connection: Connection, states: list[tuple[str, str, str, str]]) -> None:
    """Insert or replace (scope id, record id, kind, state JSON) in sync_record, in the order given:
    STATES_PER_INSERT to a statement (a state given twice is written as the later one either way),
    the rest one by one."""
    whole = len(states) - len(states) % STATES_PER_INSERT
    if whole:
        values = list(chain.from_iterable(states[:whole]))
        width = 4 * STATES_PER_INSERT
        connection.exec_driver_sql(
            _INSERT_STATES, [tuple(values[at : at + width]) for at in range(0, len(values), width)]
        )
    if whole < len(states):
        connection.exec_driver_sql(_INSERT_STATE + _UPSERT_STATE, states[whole:])


def stored_state(state: RecordState) -> str:
    """A merge state as sync_record keeps it; a deleted record's keeps no values.

    Values under a tombstone never show again (nothing undeletes), and an erased child's name must not
    outlive the erasure there, so a tombstone is kept as the deletion alone. Edits that arrive later
    still merge underneath and are dropped again when saved, so every replica shows the same.
    """
    if not state.visible:
        state = RecordState(state.scope_id, state.record_id, state.kind, deleted=state.deleted)
    return state_json(state)


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
            if kind.name == "plan_review":
                # The review decides where the files of its reports go: they travel with it.
                report_kind = BY_NAME["review_report"]
                meeting = row.get("meeting")
                meeting = json.loads(meeting) if isinstance(meeting, str | bytes) else meeting or {}
                named = [str(r.get("attachment_id") or "") for r in meeting.get("reports", [])]
                for report_id, report_row, report_owner in read_rows(
                    connection, report_kind, [i for i in named if i]
                ):
                    capturer.record_row(report_kind, report_id, report_row, report_owner)
            if kind.name in ATTACHMENT_LINKS:
                for photo in (BY_NAME["attachment"], BY_NAME["news_photo"]):
                    for photo_id, photo_row, photo_owner in read_rows(
                        connection, photo, [row["attachment_id"]]
                    ):
                        capturer.record_row(photo, photo_id, photo_row, photo_owner)
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


def ensure_staff_scopes(session: Session) -> int:
    """An admin device: make the staff-only scope of the school and of each class where missing (a
    school that synced before staff-only records existed has none), so a teacher's contact log has
    somewhere to go. Returns how many were made."""
    capturer = None if session.info.get(APPLYING) else Capturer.open(session)
    if capturer is None or not capturer.is_admin:
        return 0
    connection = session.connection()
    subjects = [SCHOOL_SUBJECT, *(r[0] for r in connection.exec_driver_sql("SELECT id FROM school_class"))]
    made = 0
    for subject in subjects:
        if capturer.scope_for(STAFF_SCOPE, subject, create=False) is None:
            capturer.scopes.pop((STAFF_SCOPE, subject), None)
            capturer.scope_for(STAFF_SCOPE, subject)
            made += 1
    capturer.finish()
    return made
