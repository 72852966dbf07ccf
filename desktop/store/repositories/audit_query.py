"""Reading the audit trail a page at a time, filtered, for an administrator's view."""

import datetime as dt
from dataclasses import dataclass
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.domain.audit import AuditAction, AuditEvent
from desktop.store.schema import AuditRow


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which events to show; every field left empty matches everything."""

    pupil_id: str | None = None
    actor: str = ""
    """Part of the person's name, any case."""
    action: AuditAction | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None


_Columns = TypeVarTuple("_Columns")


def _filtered(query: Select[*_Columns], wanted: AuditFilter) -> Select[*_Columns]:
    if wanted.pupil_id is not None:
        query = query.where(AuditRow.pupil_id == wanted.pupil_id)
    if wanted.actor.strip():
        query = query.where(
            func.lower(AuditRow.actor).contains(wanted.actor.strip().lower(), autoescape=True)
        )
    if wanted.action is not None:
        query = query.where(AuditRow.action == wanted.action.value)
    if wanted.first_day is not None:
        query = query.where(AuditRow.at >= dt.datetime.combine(wanted.first_day, dt.time()))
    if wanted.last_day is not None:
        query = query.where(
            AuditRow.at < dt.datetime.combine(wanted.last_day + dt.timedelta(days=1), dt.time())
        )
    return query


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


class AuditQuery:
    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self, wanted: AuditFilter) -> int:
        return int(self.session.scalar(_filtered(select(func.count(AuditRow.seq)), wanted)) or 0)

    def page(self, wanted: AuditFilter, offset: int, limit: int) -> list[AuditEvent]:
        """Newest first."""
        query = _filtered(select(AuditRow), wanted).order_by(AuditRow.seq.desc()).offset(offset).limit(limit)
        return [_event(r) for r in self.session.scalars(query)]

    def last_view(self, actor: str, pupil_id: str, record_kind: str) -> dt.datetime | None:
        """When this person last viewed this kind of record of this pupil."""
        return self.session.scalar(
            select(AuditRow.at)
            .where(
                AuditRow.pupil_id == pupil_id,
                AuditRow.actor == actor,
                AuditRow.action == AuditAction.VIEWED.value,
                AuditRow.record_kind == record_kind,
            )
            .order_by(AuditRow.seq.desc())
            .limit(1)
        )

    def events_before(self, day: dt.date) -> int:
        return int(
            self.session.scalar(
                select(func.count(AuditRow.seq)).where(AuditRow.at < dt.datetime.combine(day, dt.time()))
            )
            or 0
        )
