"""What waits on this device: changes not yet sealed, bundles a channel has not taken, texts in conflict."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop.store.schema_sync import (
    SyncAcknowledgedRow,
    SyncConflictRow,
    SyncOutboxRow,
    SyncOutgoingRow,
    SyncRecordRow,
)
from sync.merge import RecordState


@dataclass(frozen=True, slots=True)
class ConflictedField:
    """A long-text field listed in sync_conflict, with its record's merge state (which holds the versions)."""

    kind: str
    scope_id: str
    record_id: str
    field: str
    state: RecordState


class SyncBacklog:
    """Counts and lists of what waits, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def pending_changes(self) -> int:
        """Changes made here and not yet sealed for sending."""
        return int(self._c.execute(select(func.count()).select_from(SyncOutboxRow)).scalar() or 0)

    def unsent_bundles(self, channel: str) -> int:
        """Bundles sealed here that `channel` has not acknowledged."""
        a, o = SyncAcknowledgedRow, SyncOutgoingRow
        taken = exists().where(a.channel == channel, a.bundle_id == o.bundle_id)
        return int(self._c.execute(select(func.count()).select_from(o).where(~taken)).scalar() or 0)

    def conflicted_records(self) -> int:
        """Records with at least one long text in conflict."""
        query = select(func.count(SyncConflictRow.record_id.distinct()))
        return int(self._c.execute(query).scalar() or 0)

    def conflicts(self) -> list[ConflictedField]:
        """Every field listed in conflict, by kind and record id."""
        c, r = SyncConflictRow, SyncRecordRow
        rows = self._c.execute(
            select(c.kind, c.scope_id, c.record_id, c.field, r.state)
            .join(r, (r.scope_id == c.scope_id) & (r.record_id == c.record_id))
            .order_by(c.kind, c.record_id)
        )
        return [
            ConflictedField(kind, scope_id, record_id, name, RecordState.from_json(json.loads(encoded)))
            for kind, scope_id, record_id, name, encoded in rows
        ]
