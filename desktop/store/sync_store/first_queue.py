"""A device's first queue of everything it holds: scope by scope, sealed as it goes, in short steps.

Rows written before a device took part in sync (the demo, an import, a school's first year offline) were
never captured. When the school office's computer founds the school's sync, that is the whole school:
600,000 records (787,700 changes) for 1,500 pupils' year.

They are not queued in the outbox. The queue first reads, kind by kind, which scope each row belongs to
(its rowid and owner only). Then it takes the scopes one after another: it reads that scope's rows,
makes their changes and merge states as capture would, and hands the changes straight to `seal`, which
seals them into bundles kept as outgoing, in the same transaction as the states, together with what
the outbox already held for the scope (its marker, made with the scope, and any edit made meanwhile).
Nothing is written to the outbox only to be read back, deleted (and, with `secure_delete`, overwritten)
by sealing a moment later; a scope's states go into one run of sync_record's key order rather than all
over it; and the bundles of the scopes done so far can be pushed while the rest are queued.

A step commits once it has run STEP_SECONDS, so the write lock is never held for long: a save on the
office's computer meanwhile waits a few seconds at most. The first steps are shorter and the last ones
shrink (FIRST_STEPS, TAIL_ROWS): a step's bundles are pushed as soon as it commits, so the push starts
early and little is left to send after the last step. The device's `unqueued` flag is set when it
founds the school's sync and cleared by the last step, in its own transaction. A queue cut off part way
(a crash, a cancel) therefore starts again at the next sync: a record a committed step queued has a
merge state by then, so it is compared with its row, not queued again. Changes made meanwhile are
captured as usual (capture is on from the start) and compared in the same way.

sync_record's index on record ids alone (RECORD_ID_INDEX) is dropped by the first step and made again
by the step that clears `unqueued`, in its transaction; a queue cancelled part way makes it again at
once (`stop`). Record ids are random, so each step's states went into pages all over that index and
every commit wrote most of them again; built once from the finished table it costs a fraction of that.
While it is missing, a look-up by record id alone (a deletion's tombstone, an erasure: neither knows
the record's scope) reads the whole table instead: only during the queue, whose steps hold the write
lock such a change waits for anyway, or after a queue cut off by a crash, until the next sync ends it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, DropIndex

from desktop.store.schema_sync import SyncRecordRow
from desktop.store.sync_store.capture import SCHOOL_SUBJECT, Capturer, FreshRow
from desktop.store.sync_store.kinds import KINDS, Kind

if TYPE_CHECKING:
    from desktop.store.vault import Vault

FIRST_SYNC_CACHE_KIB = 2048 * 1024
"""Page cache while a first sync queues a whole school (released afterwards): a ceiling, since SQLite
takes pages as it reads them (a small school's queue uses a few megabytes). The whole 1,500-pupil
school (679 MB) grows to 1.5 GB as its merge states are written; with 512 MB the steps' reads pushed
the states out of the cache, and making the record-id index at the end read and decrypted them all
again (2.8 s of the last step; 0.8 s with all of it cached, the queue thread 33.8 -> 28.6 s CPU).
The process peaks about 0.7 GB higher (2.1 GB) for the first sync's minute."""
STEP_SECONDS = 3.0
"""A step commits after the first scope that ends past this: long enough that commits (each writes the
pages of sync_record's record-id index again) stay few, short enough that a save made meanwhile waits
far less than its 10 s busy timeout."""
FIRST_STEPS = 3
"""The first steps are shorter (an eighth of STEP_SECONDS, then a quarter, a half): the bundles of a
step are pushed once it commits, so the first ones reach the server while the rest are queued."""
READ_ROWS = 4_000
"""Rows read together: the next scopes' rows of a kind in one query (a query per scope and kind cost
more than the rows it read: 17,000 of them for a whole school)."""
TAIL_ROWS = 2_000
"""A step also commits once it has queued half the rows still to do (but not fewer than this), so the
last steps shrink and little is left to push after the last commit."""

RECORD_ID_INDEX = "ix_sync_record_record_id"
"""sync_record's index on record ids alone, made once the queue is done (see the module's docstring)."""
_INDEX = next(i for i in SyncRecordRow.metadata.tables["sync_record"].indexes if i.name == RECORD_ID_INDEX)
_DROP_INDEX = str(DropIndex(_INDEX, if_exists=True).compile(dialect=sqlite.dialect()))
_MAKE_INDEX = str(CreateIndex(_INDEX, if_not_exists=True).compile(dialect=sqlite.dialect()))

Seal = Callable[[Session, str, list[tuple[str, str]], list[str]], bool]
"""seal(session, scope id, queued, fresh): seal the scope's changes queued in the outbox, (encoded stamp,
JSON), and its changes never queued, JSON in order, into outgoing bundles in the session's transaction,
taking the queued ones out of the outbox; False if this device cannot seal for that scope yet (all of
them are then left to the sync's usual sealing)."""

Plan = dict[str, dict[int, list[int]]]
"""Scope id -> kind's index in KINDS -> rowids of that kind's rows in the scope, scopes in queue order."""


def unqueued(connection: Connection) -> bool:
    """Whether records made before this device synced are still to be queued."""
    found = connection.exec_driver_sql("SELECT unqueued FROM sync_device WHERE id = 1").first()
    return bool(found and found[0])


def _owners(connection: Connection, kind: Kind) -> list[tuple[int, str | None]]:
    """(rowid, owner) of every row of a kind's table: where its records go, without reading them."""
    owner = kind.owner or "NULL"
    sql = f"SELECT t.rowid, {owner} FROM {kind.table_name} t ORDER BY t.rowid"
    return _fetch(connection, sql, ())


def _fetch(connection: Connection, sql: str, parameters: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Every row of a query as plain tuples, straight from the driver's cursor: a first sync reads a
    whole school, and a result row object per row costs more than reading the row."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return cast(list[tuple[Any, ...]], cursor.fetchall())  # sqlcipher3 rows are tuples
    finally:
        cursor.close()


_ROW_QUERIES: dict[str, tuple[tuple[str, ...], str]] = {}


def _row_query(kind: Kind) -> tuple[tuple[str, ...], str]:
    """The columns a record is made of (its values, and an attachment's file name) and the query that
    reads them with the rowid, record id and owner, by rowid: worked out once per kind."""
    found = _ROW_QUERIES.get(kind.name)
    if found is None:
        names = (*kind.value_columns, *(("blob_name",) if kind.blob else ()))
        columns = "".join(f", t.{name}" for name in names)
        sql = (
            f"SELECT t.rowid, {kind.key_sql} AS _rid, {kind.owner or 'NULL'} AS _owner{columns} "
            f"FROM {kind.table_name} t WHERE t.rowid IN (SELECT value FROM json_each(?))"
        )
        found = _ROW_QUERIES[kind.name] = (names, sql)
    return found


_HELD = "SELECT scope_id, record_id FROM sync_record WHERE scope_id IN (SELECT value FROM json_each(?))"
_QUEUED = (
    "SELECT scope_id, stamp, change FROM sync_outbox WHERE scope_id IN (SELECT value FROM json_each(?)) "
    "ORDER BY scope_id, stamp"
)
"""A scope's changes queued in the outbox (its marker, made with it, and edits made since) are read with
its rows; changes given back to the outbox by a scope sealed in the meantime stay there for the sync's
usual sealing."""


def _rows(connection: Connection, kind: Kind, rowids: list[int]) -> dict[int, FreshRow]:
    """The rows with these rowids that are still there, by rowid, as (record id, owner, values)."""
    _names, sql = _row_query(kind)
    return {
        found[0]: (found[1], found[2], found[3:]) for found in _fetch(connection, sql, (json.dumps(rowids),))
    }


class FirstQueue:
    """Where the queue has got to: the plan, and the scopes of it still to do."""

    def __init__(
        self,
        vault: Vault,
        seal: Seal,
        on: Connection,
        step_seconds: float | None = None,
        before_commit: Callable[[Session], None] = lambda _session: None,
    ) -> None:
        self.vault = vault
        self.before_commit = before_commit
        """Called at the end of each step's transaction, before it commits (a `seal` that seals on
        another thread keeps its bundles then)."""
        self.on = on
        """A connection from `Vault.kept_connection`, given FIRST_SYNC_CACHE_KIB of page cache, that
        the plan and every step run on: each step reads the rows the plan read and what the steps before
        it wrote, already decrypted. With a connection from the pool for each step, its cache was cold
        (another connection had written since) and dropped what it read when it was shrunk back: the
        full school's queue read 4.9 GB from its 679 MB file."""
        self.seal = seal
        self.step_seconds = step_seconds
        self.steps = 0
        self.rows_left = 0
        self.plan: Plan | None = None
        self.todo: list[str] = []
        self.planned = 0
        self.done = False
        self.changes = 0
        self.scopes: dict[tuple[str, str], str | None] = {}
        self._read: dict[int, dict[int, FreshRow]] = {}
        """Rows read ahead in this step's transaction: kind's index in KINDS -> rowid -> row."""
        self._read_for: set[str] = set()
        """The scopes whose rows are in `_read`."""
        self._held: dict[str, set[str]] = {}
        """Of the scopes in `_read_for`: the records each already has a state for."""
        self._queued: dict[str, list[tuple[str, str]]] = {}
        """Of the scopes in `_read_for`: the changes the outbox holds for each, (stamp, JSON) in order."""
        self._read_limit = READ_ROWS
        """Rows the next read ahead may read (fewer once the step is near its end)."""
        self._index_dropped = False
        """Whether a step dropped RECORD_ID_INDEX (made again by the last step, or by `stop`)."""

    @property
    def fraction(self) -> float:
        """How much of the plan is done, for a progress bar (0 before the first step)."""
        if self.done:
            return 1.0
        return 1.0 - len(self.todo) / self.planned if self.planned else 0.0

    def make_scopes(self) -> int:
        """An admin device's scopes for the school, each class and each pupil, in one transaction, before
        any step: they are announced to the server before their first bundles are sent. Returns how many
        scopes were made (0 for a device that makes none)."""
        with self.vault.writing() as session:
            connection = session.connection()
            capturer = Capturer.open(session) if unqueued(connection) else None
            if capturer is None or not capturer.is_admin:
                return 0
            capturer.scopes = self.scopes
            subjects = [("school", SCHOOL_SUBJECT)]
            class_ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM school_class")]
            subjects += [("class", c) for c in class_ids]
            subjects += [("staff", SCHOOL_SUBJECT), *(("staff", c) for c in class_ids)]
            subjects += [("pupil", r[0]) for r in connection.exec_driver_sql("SELECT id FROM pupil")]
            before = connection.exec_driver_sql("SELECT count(*) FROM sync_scope").scalar() or 0
            for kind, subject in subjects:
                capturer.scope_for(kind, subject)
            capturer.finish()
            after = connection.exec_driver_sql("SELECT count(*) FROM sync_scope").scalar() or 0
        self.changes += capturer.changes
        return after - before

    @property
    def budget(self) -> float:
        """How long the next step runs before it commits (see FIRST_STEPS)."""
        longest = STEP_SECONDS if self.step_seconds is None else self.step_seconds
        return longest / (1 << max(FIRST_STEPS - self.steps, 0))

    def step(self) -> int:
        """Queue and seal the next scopes in one transaction; returns the changes queued (0 once done)."""
        if self.done:
            return 0
        budget = self.budget
        self.steps += 1
        if self.plan is None:
            self.plan = self._plan()
            self.todo = list(reversed(self.plan))
            self.planned = len(self.todo)
            self.rows_left = sum(len(r) for kinds in self.plan.values() for r in kinds.values())
        rows_limit = max(self.rows_left // 2, TAIL_ROWS)
        started = time.perf_counter()
        with self.vault.writing(on=self.on) as session:
            connection = session.connection()
            capturer = Capturer.open(session) if unqueued(connection) else None
            if capturer is None:
                self.done = True
                return 0
            # Scopes found by committed steps stay valid; one not found may have been made since.
            self.scopes = {subject: scope for subject, scope in self.scopes.items() if scope}
            capturer.scopes = self.scopes
            self._read, self._read_for = {}, set()  # rows are read in the step that queues them
            if self.steps == 1:
                connection.exec_driver_sql(_DROP_INDEX)
                self._index_dropped = True
            rows = 0
            while self.todo:
                self._read_limit = min(READ_ROWS, rows_limit - rows)
                rows += self._queue_scope(session, capturer, self.todo.pop())
                if time.perf_counter() - started >= budget or rows >= rows_limit:
                    break
            self.before_commit(session)
            capturer.finish()
            if not self.todo:
                connection.exec_driver_sql(_MAKE_INDEX)
                connection.exec_driver_sql("UPDATE sync_device SET unqueued = 0 WHERE id = 1")
                self.done = True
        self.changes += capturer.changes
        return capturer.changes

    def stop(self) -> None:
        """The queue stops before its end (cancelled between steps): RECORD_ID_INDEX is made again now
        rather than by the step that will end it in a later sync."""
        if self._index_dropped and not self.done:
            with self.vault.writing(on=self.on) as session:
                session.connection().exec_driver_sql(_MAKE_INDEX)
            self._index_dropped = False

    def _plan(self) -> Plan:
        """Which rows go to which scope, scopes in the order they were made (the school's, the classes',
        then each pupil's), so parents are sent before what hangs on them.

        Read without the write lock (it reads every table). It makes no scope: a row whose scope is
        made later was written later, and capture queued it then."""
        with self.vault.reading(on=self.on) as session:
            connection = session.connection()
            capturer = Capturer.open(session)
            if capturer is None:
                return {}
            return self._plan_rows(connection, capturer)

    @staticmethod
    def _plan_rows(connection: Connection, capturer: Capturer) -> Plan:
        plan: Plan = {
            found[0]: {}
            for found in connection.exec_driver_sql("SELECT scope_id FROM sync_scope ORDER BY rowid")
        }  # every scope, so one with no rows yet still sends its marker with no bundle of its own
        for index, kind in enumerate(KINDS):
            for rowid, owner in _owners(connection, kind):
                for scope_id in capturer.scopes_of(kind, owner, create=False):
                    plan.setdefault(scope_id, {}).setdefault(index, []).append(rowid)
        return plan

    def _read_ahead(self, connection: Connection, scope_id: str) -> None:
        """Read the rows of this scope and of the next ones in the plan, up to READ_ROWS rows and no
        further than the step will go by its rows (at least this scope's), with one query a kind."""
        assert self.plan is not None
        wanted: dict[int, set[int]] = {}
        self._read_for, rows = set(), 0
        for next_id in (scope_id, *reversed(self.todo)):
            planned = self.plan.get(next_id, {})
            size = sum(len(rowids) for rowids in planned.values())
            if self._read_for and rows + size > self._read_limit:
                break
            self._read_for.add(next_id)
            rows += size
            for index, rowids in planned.items():
                wanted.setdefault(index, set()).update(rowids)
        self._read = {index: _rows(connection, KINDS[index], sorted(ids)) for index, ids in wanted.items()}
        scopes = (json.dumps(sorted(self._read_for)),)
        self._held = {scope: set() for scope in self._read_for}
        for scope, record_id in _fetch(connection, _HELD, scopes):
            self._held[scope].add(record_id)
        self._queued = {scope: [] for scope in self._read_for}
        for scope, stamp, change in _fetch(connection, _QUEUED, scopes):
            self._queued[scope].append((stamp, change))

    @staticmethod
    def _record_rows(
        capturer: Capturer, kind: Kind, scope_id: str, rows: list[FreshRow], held: set[str]
    ) -> None:
        """A scope's rows of one kind, in the order read: a record that has a merge state already (a
        queue cut off part way, an edit captured meanwhile) is compared with it as capture does, and
        the runs of records between such ones are queued whole."""
        names = _row_query(kind)[0]
        start = 0
        for at, (record_id, owner, values) in enumerate(rows):
            if record_id in held:
                capturer.record_fresh(kind, scope_id, rows[start:at])
                row = dict(zip(names, values, strict=True))
                capturer.record_row(kind, record_id, row, owner, within=scope_id)
                start = at + 1
        capturer.record_fresh(kind, scope_id, rows[start:])

    def _queue_scope(self, session: Session, capturer: Capturer, scope_id: str) -> int:
        """One scope's records: changes and states made, the changes sealed, the states kept. Returns
        how many of the plan's rows it took."""
        assert self.plan is not None
        connection = session.connection()
        if scope_id not in self._read_for:
            self._read_ahead(connection, scope_id)
        held = self._held[scope_id]
        planned = sorted(self.plan.pop(scope_id).items())
        taken = sum(len(rowids) for _index, rowids in planned)
        self.rows_left -= taken
        for index, rowids in planned:
            kind = KINDS[index]
            read = self._read.get(index, {})
            found = [row for row in map(read.get, rowids) if row is not None]  # None: deleted since the plan
            self._record_rows(capturer, kind, scope_id, found, held)
        fresh = capturer.take_queued()
        mine = [change for scope, _stamp, change in fresh if scope == scope_id]
        queued = self._queued[scope_id]
        if len(mine) != len(fresh) or not ((mine or queued) and self.seal(session, scope_id, queued, mine)):
            capturer.give_back(fresh)  # not sealed here: queued as any change is, sealed by the sync
        capturer.flush()
        return taken
