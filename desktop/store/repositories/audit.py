"""The audit trail, appended in hash-chain order."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit import GENESIS_HASH, AuditAction, AuditEvent
from desktop.store.schema import AuditRow


def _event(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=AuditAction(row.action),
        record_kind=row.record_kind,
        record_id=row.record_id,
        pupil_id=row.pupil_id,
        detail=row.detail,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, event: AuditEvent) -> AuditEvent:
        """Chain the event after the last one. Call inside a write transaction (it holds the lock)."""
        return self.append_all([event])[0]

    def append_all(self, events: list[AuditEvent]) -> list[AuditEvent]:
        """append for each event in turn, the last hash read once and the rows written in one flush (a
        class's printed packs record an event for each child)."""
        if not events:
            return []
        last = self.session.scalar(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1))
        previous = last or GENESIS_HASH
        chained: list[AuditEvent] = []
        for event in events:
            sealed = event.sealed(previous)
            previous = sealed.hash
            chained.append(sealed)
        self.session.add_all(
            AuditRow(
                id=sealed.id,
                at=sealed.at,
                actor=sealed.actor,
                action=sealed.action.value,
                record_kind=sealed.record_kind,
                record_id=sealed.record_id,
                pupil_id=sealed.pupil_id,
                detail=sealed.detail,
                prev_hash=sealed.prev_hash,
                hash=sealed.hash,
            )
            for sealed in chained
        )
        self.session.flush()
        return chained

    def events(self, pupil_id: str | None = None) -> list[AuditEvent]:
        query = select(AuditRow).order_by(AuditRow.seq)
        if pupil_id is not None:
            query = query.where(AuditRow.pupil_id == pupil_id)
        return [_event(r) for r in self.session.scalars(query)]
