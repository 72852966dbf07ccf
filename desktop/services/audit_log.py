"""The audit trail for an administrator: who viewed, changed, printed or exported which child's record.

Views are recorded here too (`record_view`), at most once per person, pupil and kind of record in
VIEW_WINDOW: a teacher's timeline redraws as entries change, and one look should read as one event.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction, AuditEvent
from desktop.services.context import ServiceContext
from desktop.store.repositories.audit_query import AuditFilter, AuditQuery
from desktop.store.repositories.school import SchoolRepository

VIEW_WINDOW = dt.timedelta(minutes=30)
PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class AuditLine:
    """An event as an admin reads it: the pupil's name where the pupil is still on roll."""

    event: AuditEvent
    pupil_name: str | None


@dataclass(frozen=True, slots=True)
class AuditPage:
    lines: tuple[AuditLine, ...]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


class AuditLogService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def page(self, wanted: AuditFilter | None = None, page: int = 1, page_size: int = PAGE_SIZE) -> AuditPage:
        """One page (1-based) of the events that match, newest first."""
        self.context.actor.require(Capability.VIEW_AUDIT)
        wanted = wanted or AuditFilter()
        page = max(1, page)
        with self.vault.reading() as session:
            query = AuditQuery(session)
            total = query.count(wanted)
            events = query.page(wanted, (page - 1) * page_size, page_size)
            names = {
                p.id: p.display_name
                for p in SchoolRepository(session)
                .pupils_by_ids({e.pupil_id for e in events if e.pupil_id})
                .values()
            }
        lines = tuple(AuditLine(e, names.get(e.pupil_id) if e.pupil_id else None) for e in events)
        return AuditPage(lines, total, page, page_size)

    def record_view(self, pupil_id: str, record_kind: str, record_id: str | None = None) -> bool:
        """Record that the acting person looked at a pupil's record; False when already recorded lately."""
        actor = self.context.actor.name
        now = self.context.now()

        def seen_lately(session: Session) -> bool:
            last = AuditQuery(session).last_view(actor, pupil_id, record_kind)
            return last is not None and dt.timedelta(0) <= now - last < VIEW_WINDOW

        # A look already recorded is found with a read, so switching back to a pupil costs no write.
        with self.vault.reading() as session:
            if seen_lately(session):
                return False
        with self.vault.writing() as session:
            if seen_lately(session):
                return False
            self.context.audit(session, AuditAction.VIEWED, record_kind, record_id or pupil_id, pupil_id)
        return True
