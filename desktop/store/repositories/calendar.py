"""The school calendar: terms and closure days."""

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.calendar import SchoolCalendar, Term
from desktop.domain.ids import new_id
from desktop.store.schema import ClosureRow, TermRow


class CalendarRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def calendar(self) -> SchoolCalendar:
        terms = tuple(
            Term(r.name, r.first_day, r.last_day)
            for r in self.session.scalars(select(TermRow).order_by(TermRow.first_day))
        )
        closures = frozenset(self.session.scalars(select(ClosureRow.day)))
        return SchoolCalendar(terms, closures)

    def replace(self, calendar: SchoolCalendar, reasons: dict[dt.date, str] | None = None) -> None:
        """Make the stored calendar exactly this one."""
        self.session.execute(delete(TermRow))
        self.session.execute(delete(ClosureRow))
        self.session.add_all(
            TermRow(id=new_id(), name=t.name, first_day=t.first_day, last_day=t.last_day)
            for t in calendar.terms
        )
        self.session.add_all(
            ClosureRow(day=d, reason=(reasons or {}).get(d, "")) for d in sorted(calendar.closures)
        )
