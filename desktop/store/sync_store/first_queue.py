"""A device's first queue of everything it holds, in steps that commit one after another.

Rows written before a device took part in sync (the demo, an import, a school's first year offline) were
never captured. When the school office's computer founds the school's sync, that is the whole school:
600,000 records (787,700 changes) for 1,500 pupils' year. Here they are queued in steps of up to
STEP_RECORDS rows: each reads the next rows of the synced tables (parent-first, by rowid), queues what no
merge state holds yet, and commits. The step is large on purpose. Merge states are keyed by scope, and
scope ids are random, so every step writes into pages all over their index, and every commit writes
those pages out again (and encrypts them): with steps of 5,000 rows the school's first sync took 235 s
where one transaction took 122 s. A step of a million rows is the whole of such a school; a bigger
trust's still commits in bounded pieces.

The device's `unqueued` flag is set when it founds the school's sync and cleared by the last step, in its
own transaction. A queue cut off part way (a crash, a lock) therefore carries on at the next sync: rows
an earlier step queued have merge states by then, so they are compared, not queued again. Changes made
meanwhile are captured as usual (capture is on from the start), and a row a person edited before its
step came is found held and compared in the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop.store.sync_store.capture import FIRST_SYNC_CACHE_KIB, SCHOOL_SUBJECT, Capturer
from desktop.store.sync_store.kinds import KINDS, Kind

if TYPE_CHECKING:
    from desktop.store.vault import Vault

STEP_RECORDS = 1_000_000
"""Rows per step (see above): a whole 1,500-pupil school, about a minute of the write lock."""


def unqueued(connection: Connection) -> bool:
    """Whether records made before this device synced are still to be queued."""
    found = connection.exec_driver_sql("SELECT unqueued FROM sync_device WHERE id = 1").first()
    return bool(found and found[0])


def _rows_after(
    connection: Connection, kind: Kind, after: int, limit: int
) -> list[tuple[int, str, str | None, bool, dict[str, Any]]]:
    """(rowid, record id, owner, held, row) of the next `limit` rows of a kind's table past rowid `after`.

    `held`: some merge state already holds the record (queued by an earlier step, or captured when a
    person saved it), so its row is compared with the state rather than queued whole.
    """
    owner = kind.owner or "NULL"
    names = [c.name for c in kind.table.columns]
    columns = ", ".join(f"t.{name}" for name in names)
    sql = (
        f"SELECT t.rowid, {kind.key_sql} AS _rid, {owner} AS _owner, "
        f"EXISTS (SELECT 1 FROM sync_record r WHERE r.record_id = {kind.key_sql}) AS _held, {columns} "
        f"FROM {kind.table_name} t WHERE t.rowid > ? ORDER BY t.rowid LIMIT ?"
    )
    return [
        (found[0], found[1], found[2], bool(found[3]), dict(zip(names, found[4:], strict=True)))
        for found in connection.exec_driver_sql(sql, (after, limit))
    ]


class FirstQueue:
    """Where the queue has got to: the kind (in KINDS order) and the last rowid of its table done."""

    def __init__(self, vault: Vault, step_records: int | None = None) -> None:
        self.vault = vault
        self.step_records = step_records or STEP_RECORDS
        self.kind_index = 0
        self.after = 0
        self.changes = 0
        self.scopes: dict[tuple[str, str], str | None] = {}

    @property
    def done(self) -> bool:
        return self.kind_index >= len(KINDS)

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
            subjects += [("class", r[0]) for r in connection.exec_driver_sql("SELECT id FROM school_class")]
            subjects += [("pupil", r[0]) for r in connection.exec_driver_sql("SELECT id FROM pupil")]
            before = connection.exec_driver_sql("SELECT count(*) FROM sync_scope").scalar() or 0
            for kind, subject in subjects:
                capturer.scope_for(kind, subject)
            capturer.finish()
            after = connection.exec_driver_sql("SELECT count(*) FROM sync_scope").scalar() or 0
        self.changes += capturer.changes
        return after - before

    def step(self) -> int:
        """Queue the next rows in one transaction; returns the changes queued (0 once done)."""
        if self.done:
            return 0
        with self.vault.writing() as session:
            connection = session.connection()
            if not unqueued(connection):
                self.kind_index = len(KINDS)
                return 0
            capturer = Capturer.open(session)
            if capturer is None:
                self.kind_index = len(KINDS)
                return 0
            capturer.scopes = self.scopes  # scopes made by committed steps stay valid
            cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = {-FIRST_SYNC_CACHE_KIB}")
            try:
                self._queue_rows(connection, capturer)
                capturer.finish()
                if self.done:
                    connection.exec_driver_sql("UPDATE sync_device SET unqueued = 0 WHERE id = 1")
            finally:
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -32000)}")
        self.changes += capturer.changes
        return capturer.changes

    def _queue_rows(self, connection: Connection, capturer: Capturer) -> None:
        budget = self.step_records
        while budget > 0 and not self.done:
            kind = KINDS[self.kind_index]
            rows = _rows_after(connection, kind, self.after, budget)
            for _rowid, record_id, owner, held, row in rows:
                capturer.check_existing = held
                capturer.record_row(kind, record_id, row, owner)
            capturer.check_existing = True
            budget -= len(rows)
            if budget <= 0:
                self.after = rows[-1][0]
                return
            self.kind_index += 1  # the table has no more rows: on to the next kind
            self.after = 0

    def run(self, after_step: Callable[[int], None] | None = None) -> int:
        """The scopes, then every step; after_step(changes queued so far) after each commit. Returns the
        changes queued."""
        self.make_scopes()
        while not self.done:
            self.step()
            if after_step is not None:
                after_step(self.changes)
        return self.changes
