"""What the demo school is asked to make (the plan), what it reports, and the writer it hands records to.

Public because the benchmarks' synthetic school (tests/bench/generator.py) is this same school, scaled up.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.access import Actor
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import SchoolCalendar
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.store.bulk import BulkWriter
from desktop.store.vault import Vault

Progress = Callable[[float], None]
DEMO_ACTOR = Actor("Linkbook demo", StaffRole.ADMIN)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How much the demo made, for the command line to report and tests to check."""

    classes: int
    pupils: int
    family_members: int
    entries: int
    replies: int
    agreements: int
    folders: int
    attachments: int


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """The shape of the school to make: class sizes, how long the term has run, and what to include."""

    class_sizes: tuple[int, ...]
    days: int
    today: dt.date
    seed: int = 7
    images: bool = True
    absence_rate: float = 0.05
    folder_weeks: int = 4
    calendar: SchoolCalendar | None = None
    """The school's terms and closures; None means every weekday is a school day (the benchmarks)."""


class DemoWriter(BulkWriter):
    """The bulk writer, plus the audit events that say where the demo's records came from."""

    def __init__(self, session: Session, vault: Vault, context: ServiceContext) -> None:
        super().__init__(session, vault.blobs)
        self.context = context

    def set_up(self, school: School, staff: list[StaffMember], classes: list[SchoolClass]) -> None:
        super().set_up(school, staff, classes)
        self.context.audit(
            self.session, AuditAction.IMPORTED, "school", school.id, detail="demo school created"
        )

    def pupil_done(self, pupil: Pupil) -> None:
        """One audit event per child says where all of that child's demo records came from."""
        self.context.audit(
            self.session, AuditAction.IMPORTED, "pupil", pupil.id, pupil.id, "demo school created"
        )


def term_days(today: dt.date, days: int, calendar: SchoolCalendar | None = None) -> list[dt.date]:
    """The last `days` school days up to and including today, oldest first.

    With a calendar, only days in its terms and not closed count, and the search stops at the start of
    its first term (so early in the school year there are fewer days than asked for).
    """
    found: list[dt.date] = []
    day = today
    first = min((t.first_day for t in calendar.terms), default=None) if calendar else None
    while len(found) < days and (first is None or day >= first):
        if (calendar.is_school_day(day)) if calendar else day.weekday() < 5:
            found.append(day)
        day -= dt.timedelta(days=1)
    return found[::-1]
