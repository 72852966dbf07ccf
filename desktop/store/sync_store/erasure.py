"""Erasure reaches the sync state: tombstones for the other devices, and no erased value left behind.

A deleted record's merge state normally keeps its last values underneath the tombstone, and an unsent
change or an unsent bundle keeps what it carried. For an erased child that would leave their name in
sync_record, sync_outbox and sync_outgoing. So, in the erasing transaction:

- every erased record gets a tombstone (queued for the other devices, which then delete their rows);
- tombstoned states keep no values (`capture.stored_state`, which every save of a state goes through);
- queued changes of the erased records other than their tombstones are dropped, as are open conflicts;
- bundles sealed for the child's own scope that hold their records are dropped: every record in a pupil
  scope is that child's, and what is left to tell the others is the tombstones, sealed afresh.

Bundles of shared scopes (a class's news with a group photo) stay: they hold other records too and are
sealed under the scope key, and the records in them are tombstoned.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.store.sync_store.capture import records_deleted, stored_state
from sync.merge import RecordState

ERASURE_KINDS: dict[str, str] = {"work_folder": "folder"}
"""Erasure's names for record kinds where sync names them differently (desktop/services/erasure.py)."""

CHUNK = 500


def erase_from_sync(session: Session, pupil_id: str, ids_by_kind: Mapping[str, Iterable[str]]) -> int:
    """Tombstone the erased records for other devices and purge their values from every sync table.

    Call it in the erasing transaction, after the rows are deleted. Returns the tombstones queued.
    Idempotent: a second call finds nothing left to purge.
    """
    record_ids = sorted({record_id for ids in ids_by_kind.values() for record_id in ids})
    if not record_ids:
        return 0
    queued = records_deleted(session, record_ids)
    connection = session.connection()
    for start in range(0, len(record_ids), CHUNK):
        chunk = record_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        connection.exec_driver_sql(
            f"DELETE FROM sync_outbox WHERE json_extract(change, '$.r') IN ({marks}) "
            "AND json_extract(change, '$.o') <> 'delete'",
            tuple(chunk),
        )
        connection.exec_driver_sql(f"DELETE FROM sync_conflict WHERE record_id IN ({marks})", tuple(chunk))
        rows = connection.exec_driver_sql(
            f"SELECT scope_id, record_id, state FROM sync_record WHERE record_id IN ({marks})", tuple(chunk)
        ).fetchall()
        stripped = []
        for scope_id, record_id, encoded in rows:
            state = RecordState.from_json(json.loads(encoded))
            if state.visible:
                continue  # the same id in a record that was not erased (never the case for uuids)
            stripped.append((stored_state(state), scope_id, record_id))
        if stripped:
            connection.exec_driver_sql(
                "UPDATE sync_record SET state = ?, waiting = 0 WHERE scope_id = ? AND record_id = ?", stripped
            )
    if pupil_id in ids_by_kind.get("pupil", ()):
        _drop_pupil_bundles(session, pupil_id)
    return queued


def _drop_pupil_bundles(session: Session, pupil_id: str) -> None:
    """Drop the bundles sealed for the child's scope (they hold only the child's records)."""
    connection = session.connection()
    scope = connection.exec_driver_sql(
        "SELECT scope_id FROM sync_scope WHERE kind = 'pupil' AND subject_id = ?", (pupil_id,)
    ).scalar()
    if scope is None:
        return
    bundles = [
        bundle_id
        for bundle_id, encoded in connection.exec_driver_sql("SELECT bundle_id, bundle FROM sync_outgoing")
        if json.loads(encoded).get("scope_id") == scope
    ]
    if bundles:
        connection.exec_driver_sql("DELETE FROM sync_outgoing WHERE bundle_id = ?", [(b,) for b in bundles])
        connection.exec_driver_sql(
            "DELETE FROM sync_acknowledged WHERE bundle_id = ?", [(b,) for b in bundles]
        )


class Erased(Protocol):
    """What an erasure removed (desktop/services/erasure.py `ErasedRecords`)."""

    @property
    def pupil_id(self) -> str: ...

    @property
    def ids(self) -> Mapping[str, tuple[str, ...]]: ...


class SyncErasure:
    """The `TombstoneSink` of desktop/services/erasure.py: erased ids into the sync state."""

    def erased(self, session: Session, records: Erased) -> None:
        renamed = {ERASURE_KINDS.get(kind, kind): found for kind, found in records.ids.items()}
        erase_from_sync(session, records.pupil_id, renamed)
