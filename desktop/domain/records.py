"""Records a school must account for: requests for a child's records and when they are due, retention
periods and when a record falls due for deletion.

Two laws set the deadlines. A subject access request under UK GDPR (Article 12(3)) is answered within
one calendar month of receipt: the same date next month, or the month's last day when there is no such
date, moved to the next working day when it falls on a weekend. A parent's request for the educational
record in a maintained school (The Education (Pupil Information) (England) Regulations 2005, reg. 5) is
answered within 15 school days, counted on the school's own calendar: terms, half-terms, INSET days and
bank holidays entered as closures.
"""

import calendar as month_calendar
import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.calendar import SchoolCalendar
from desktop.domain.ids import new_id
from desktop.domain.linkbook import Method
from desktop.domain.pupils import PhotoConsent

EDUCATIONAL_RECORD_SCHOOL_DAYS = 15
_LOOK_AHEAD_DAYS = 400
"""How far ahead school days are sought before concluding that next year's terms are not entered yet."""


class RequestKind(enum.StrEnum):
    SUBJECT_ACCESS = "subject_access"
    """Anyone's request for their own (or, for a young child, their child's) personal data: UK GDPR."""
    EDUCATIONAL_RECORD = "educational_record"
    """A parent's request to see or have a copy of the educational record (maintained schools)."""

    @property
    def label(self) -> str:
        return {
            RequestKind.SUBJECT_ACCESS: "Subject access request (UK GDPR, one calendar month)",
            RequestKind.EDUCATIONAL_RECORD: "Educational record request (15 school days)",
        }[self]


class RequestStatus(enum.StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    REFUSED = "refused"


class NoSchoolDaysAhead(ValueError):
    """The calendar has terms but none after the date: next year's term dates are not entered yet."""


@dataclass(frozen=True, slots=True)
class RecordsRequest:
    """A request for a child's records, as the register keeps it."""

    received_on: dt.date
    requester: str
    kind: RequestKind
    due_on: dt.date
    pupil_id: str | None
    recorded_by: str
    status: RequestStatus = RequestStatus.OPEN
    answered_on: dt.date | None = None
    export_file: str = ""
    refusal_reason: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)

    def overdue(self, today: dt.date) -> bool:
        return self.status is RequestStatus.OPEN and today > self.due_on


def one_calendar_month_after(day: dt.date) -> dt.date:
    """The corresponding date next month, or that month's last day when it is shorter."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return dt.date(year, month, min(day.day, month_calendar.monthrange(year, month)[1]))


def next_weekday(day: dt.date, holidays: frozenset[dt.date] = frozenset()) -> dt.date:
    """The day itself when it is a working day, else the next one."""
    while day.weekday() >= 5 or day in holidays:
        day += dt.timedelta(days=1)
    return day


def add_school_days(school_calendar: SchoolCalendar, start: dt.date, count: int) -> dt.date:
    """The date `count` school days after start (start not counted); refuses to run past the terms known."""
    day = start
    remaining = count
    limit = start + dt.timedelta(days=_LOOK_AHEAD_DAYS)
    while remaining > 0:
        day += dt.timedelta(days=1)
        if day > limit:
            raise NoSchoolDaysAhead(
                f"The school calendar has no school days after {start:%d %B %Y}; enter next year's term "
                "dates so the deadline can be counted."
            )
        if school_calendar.is_school_day(day):
            remaining -= 1
    return day


def due_date(
    kind: RequestKind,
    received_on: dt.date,
    school_calendar: SchoolCalendar,
    bank_holidays: frozenset[dt.date] = frozenset(),
) -> dt.date:
    """When the answer to a request received on that day is due."""
    if kind is RequestKind.EDUCATIONAL_RECORD:
        return add_school_days(school_calendar, received_on, EDUCATIONAL_RECORD_SCHOOL_DAYS)
    return next_weekday(one_calendar_month_after(received_on), bank_holidays)


@dataclass(frozen=True, slots=True)
class ConsentChange:
    """One change of a pupil's photo consent: what the family said, who said it, how and when."""

    pupil_id: str
    consent: PhotoConsent
    given_by: str
    method: Method
    recorded_at: dt.datetime
    recorded_by: str
    id: str = field(default_factory=new_id)


class RecordKind(enum.StrEnum):
    """The kinds of record a retention period is set for."""

    LINK_BOOK = "link_book"
    """Daily home-school communication: entries, replies, acknowledgements."""
    WORK_FOLDER = "work_folder"
    SEN_RECORD = "sen_record"
    """Support plans and one-page profiles."""
    AGREEMENT = "agreement"
    """Home-school agreements."""
    PUPIL_RECORD = "pupil_record"
    """The pupil's details and family contacts."""
    AUDIT_LOG = "audit_log"
    REQUESTS_REGISTER = "requests_register"


ERASABLE_KINDS = (RecordKind.LINK_BOOK, RecordKind.WORK_FOLDER, RecordKind.SEN_RECORD, RecordKind.AGREEMENT)
"""The kinds of one pupil's records that can be erased on their own (the rest go with the whole pupil)."""


class Basis(enum.StrEnum):
    """What a retention period is counted from."""

    SCHOOL_YEAR = "school_year"
    """The end (31 August) of the school year the record belongs to."""
    DATE_OF_BIRTH = "date_of_birth"
    RECORD_DATE = "record_date"
    """The record's own date (for a request, the day it was answered or refused)."""


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """How long a kind of record is kept, counted from what, and where the period comes from."""

    kind: RecordKind
    years: int
    basis: Basis
    source: str
    """The toolkit reference or the reason for the period."""
    school_set: bool = False
    """Whether the school changed the default."""

    def delete_after(self, record_day: dt.date | None, date_of_birth: dt.date | None) -> dt.date:
        """The first day on which the record is due for deletion."""
        if self.basis is Basis.DATE_OF_BIRTH:
            if date_of_birth is None:
                raise ValueError("A period counted from the date of birth needs one.")
            return add_years(date_of_birth, self.years)
        if record_day is None:
            raise ValueError("A period counted from the record's date needs one.")
        if self.basis is Basis.SCHOOL_YEAR:
            return add_years(school_year_end(record_day), self.years) + dt.timedelta(days=1)
        return add_years(record_day, self.years)

    def latest_due(self, today: dt.date) -> dt.date | None:
        """For record-dated rules: the last record date that is due for deletion today (None: nothing)."""
        if self.basis is Basis.DATE_OF_BIRTH:
            return None
        back = add_years(today, -self.years)
        if self.basis is Basis.RECORD_DATE:
            return back
        # Due from the day after the end of its school year plus the years: the last 31 August before
        # `back` closes the newest school year that is due.
        end = dt.date(back.year, 8, 31)
        if end >= back:
            end = dt.date(back.year - 1, 8, 31)
        return end


def school_year_end(day: dt.date) -> dt.date:
    """31 August ending the English school year that holds day."""
    return dt.date(day.year if day.month <= 8 else day.year + 1, 8, 31)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same date `years` later (28 February for 29 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


DEFAULT_RULES: dict[RecordKind, RetentionRule] = {
    rule.kind: rule
    for rule in (
        RetentionRule(
            RecordKind.LINK_BOOK,
            1,
            Basis.SCHOOL_YEAR,
            "IRMS toolkit 6.2 (implementation of the curriculum: class records, homework): current year + 1",
        ),
        RetentionRule(
            RecordKind.WORK_FOLDER,
            1,
            Basis.SCHOOL_YEAR,
            "IRMS toolkit 6.2.6 (pupils' work): returned to the pupil, else current year + 1",
        ),
        RetentionRule(
            RecordKind.SEN_RECORD,
            31,
            Basis.DATE_OF_BIRTH,
            "IRMS toolkit 5.3 (special educational needs files, reviews and plans): date of birth + 31 years",
        ),
        RetentionRule(
            RecordKind.AGREEMENT,
            6,
            Basis.SCHOOL_YEAR,
            "No toolkit line of its own: the school year of the last version + 6 years (Limitation Act 1980)",
        ),
        RetentionRule(
            RecordKind.PUPIL_RECORD,
            25,
            Basis.DATE_OF_BIRTH,
            "IRMS toolkit 5.1 (pupil's educational record): the last school keeps it to date of birth + 25 "
            "years; a primary school passes it on when the child leaves",
        ),
        RetentionRule(
            RecordKind.AUDIT_LOG,
            6,
            Basis.RECORD_DATE,
            "No toolkit line of its own: 6 years, as for the records of processing it evidences",
        ),
        RetentionRule(
            RecordKind.REQUESTS_REGISTER,
            1,
            Basis.RECORD_DATE,
            "IRMS toolkit 1.x (requests under data-protection law): date of last action + 1 year",
        ),
    )
}
