"""Bringing the app's own rows up to date from other devices' records: the rows a merge state describes,
written or updated when the record is visible, deleted when it is a tombstone.

A record whose row cannot be written yet (a parent row has not arrived) is reported as not written, for
the sync store to keep waiting. Rows written here are not captured as this device's changes, and the
search index follows them when the transaction ends (`SearchDue`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.store.sync_store.bulk_rows import write_rows
from desktop.store.sync_store.kinds import BY_NAME, ORDER, SCOPE_MARKER
from desktop.store.sync_store.rows import delete_row, write_row
from desktop.store.sync_store.search_due import SearchDue
from sync.merge import Json, RecordState


class RowsFromStates:
    """The rows of one sync store transaction's records (`close` once, when it ends)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.c: Connection = session.connection()
        self._capture_paused = False
        self.removed_blobs: set[str] = set()
        """Files of attachments deleted in this transaction, to delete once it has committed."""
        self._parents: set[tuple[str, object]] = set()
        """Parent rows found present in this transaction (forgotten whenever a row is deleted)."""
        self.search = SearchDue(session)

    def close(self) -> None:
        """Index what was written, and capture this device's own changes again."""
        self.search.index_all()
        if self._capture_paused:
            self.c.exec_driver_sql("UPDATE sync_device SET capture = 1 WHERE id = 1")

    def many(self, states: Sequence[RecordState]) -> list[bool]:
        """`one` for many records: deletions first (children before parents), then the rows written in
        bulk, kind by kind, parents first; per state, whether its rows are up to date."""
        written = [True] * len(states)
        writes: dict[str, list[int]] = defaultdict(list)
        one_by_one: list[int] = []
        for index, state in enumerate(states):
            if state.visible and state.kind in BY_NAME:
                writes[state.kind].append(index)
            else:
                one_by_one.append(index)
        one_by_one.sort(key=lambda i: -ORDER.get(states[i].kind, -1))
        for index in one_by_one:
            written[index] = self.one(states[index])
        for name in sorted(writes, key=ORDER.__getitem__):
            kind = BY_NAME[name]
            self._pause_capture()
            indexes = writes[name]
            rows = [(states[i].record_id, _shown(states[i])) for i in indexes]
            bound = self.search.entries_written if kind.search == "entry" else None
            done_rows = write_rows(self.session, kind, rows, self._parents, bound)
            for index, done in zip(indexes, done_rows, strict=True):
                written[index] = done
                if done:
                    self.search.written(kind, states[index])
        return written

    def one(self, state: RecordState) -> bool:
        """Bring the app's rows up to date with a record's state; False if they cannot be written yet."""
        if state.kind == SCOPE_MARKER:
            values = state.values()
            if state.visible and values.get("kind") and values.get("subject"):
                self.c.exec_driver_sql(
                    "INSERT OR IGNORE INTO sync_scope (scope_id, kind, subject_id, announced) "
                    "VALUES (?, ?, ?, 1)",
                    (state.scope_id, values["kind"], values["subject"]),
                )
            return True
        kind = BY_NAME.get(state.kind)
        if kind is None:
            return True  # a kind a newer version syncs: kept as state only
        self._pause_capture()
        if not state.visible:
            if kind.blob:
                found = self.c.exec_driver_sql(
                    "SELECT blob_name FROM attachment WHERE id = ?", (state.record_id,)
                ).first()
                if found is not None and found[0] is not None:
                    self.removed_blobs.add(str(found[0]))
            self._parents.clear()
            if not delete_row(self.session, kind, state.record_id):
                return False
            self.search.deleted(kind, state.record_id)
            return True
        self.search.written_alone(state.record_id)
        if not write_row(self.session, kind, state.record_id, state.values(), self._parents):
            return False
        self.search.written(kind, state)
        return True

    def _pause_capture(self) -> None:
        """Rows written from other devices' records are not captured as this device's changes."""
        if not self._capture_paused:
            self.c.exec_driver_sql("UPDATE sync_device SET capture = 0 WHERE id = 1")
            self._capture_paused = True


def _shown(state: RecordState) -> dict[str, Json]:
    """`state.values()` for reading only: an append-only record's own value, not a copy of it."""
    created = state.created
    return created.value if created is not None else state.values()
