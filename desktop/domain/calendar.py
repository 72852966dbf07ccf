"""School-calendar arithmetic: ISO weeks, months and school days."""

import datetime as dt
import enum
import re
from dataclasses import dataclass

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class PeriodKind(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """An ISO week (Monday start) or a calendar month."""

    kind: PeriodKind
    start: dt.date

    @classmethod
    def week_of(cls, day: dt.date) -> "Period":
        return cls(PeriodKind.WEEK, day - dt.timedelta(days=day.weekday()))

    @classmethod
    def month_of(cls, day: dt.date) -> "Period":
        return cls(PeriodKind.MONTH, day.replace(day=1))

    @classmethod
    def parse(cls, text: str) -> "Period":
        """Read '2026-W47' or '2026-11'; anything else gets a message that shows the forms."""
        text = text.strip()
        if match := _WEEK.match(text):
            year, week = int(match[1]), int(match[2])
            try:
                return cls(PeriodKind.WEEK, dt.date.fromisocalendar(year, week, 1))
            except ValueError:
                raise ValueError(f"{text!r} is not a week of {year}.") from None
        if match := _MONTH.match(text):
            year, month = int(match[1]), int(match[2])
            if not 1 <= month <= 12:
                raise ValueError(f"{text!r}: the month must be 01 to 12.")
            return cls(PeriodKind.MONTH, dt.date(year, month, 1))
        raise ValueError(f"{text!r} is not a period: write a week as 2026-W47 or a month as 2026-11.")

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        if self.kind is PeriodKind.WEEK:
            return self.start + dt.timedelta(days=6)
        next_month = (self.start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return next_month - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.start.year}-{self.start.month:02d}"

    def school_days(self, closures: frozenset[dt.date] = frozenset()) -> list[dt.date]:
        return school_days(self.start, self.end, closures)


def school_days(first: dt.date, last: dt.date, closures: frozenset[dt.date] = frozenset()) -> list[dt.date]:
    """Weekdays from first to last inclusive, less the days the school is closed."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in closures:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


@dataclass(frozen=True, slots=True)
class Term:
    """A school term; half-terms and INSET days are closures inside it."""

    name: str
    first_day: dt.date
    last_day: dt.date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError(f"{self.name} ends ({self.last_day}) before it starts ({self.first_day}).")


@dataclass(frozen=True, slots=True)
class SchoolCalendar:
    """Terms and closure days: which days are school days."""

    terms: tuple[Term, ...] = ()
    closures: frozenset[dt.date] = frozenset()

    def is_school_day(self, day: dt.date) -> bool:
        if day.weekday() >= 5 or day in self.closures:
            return False
        return not self.terms or any(t.first_day <= day <= t.last_day for t in self.terms)

    def school_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        return [d for d in school_days(first, last, self.closures) if self.is_school_day(d)]

    def last_school_day(self, day: dt.date) -> dt.date:
        """Day itself when it is a school day, else the school day before it (a Saturday gives the Friday,
        a day in the holidays the last day of term); the weekday before it when none is within a year."""
        for back in range(366):
            candidate = day - dt.timedelta(days=back)
            if self.is_school_day(candidate):
                return candidate
        return day - dt.timedelta(days=max(0, day.weekday() - 4))

    def add_school_days(self, start: dt.date, count: int) -> dt.date:
        """The date `count` school days after start (start itself not counted)."""
        day = start
        remaining = count
        while remaining > 0:
            day += dt.timedelta(days=1)
            if self.is_school_day(day):
                remaining -= 1
        return day


def _monday_of_week_containing(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _first_weekday_from(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _last_friday_on_or_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def typical_english_year(today: dt.date) -> SchoolCalendar:
    """A school year in England containing today: three terms, three half-term weeks, an INSET day a term.

    A starting point for a new school and the demo; each school enters its own dates.
    """
    year = today.year if today.month >= 9 else today.year - 1
    autumn = Term(
        "Autumn term",
        _first_weekday_from(dt.date(year, 9, 3)),
        _last_friday_on_or_before(dt.date(year, 12, 19)),
    )
    spring = Term(
        "Spring term",
        _first_weekday_from(dt.date(year + 1, 1, 5)),
        _last_friday_on_or_before(dt.date(year + 1, 3, 27)),
    )
    summer = Term(
        "Summer term",
        _first_weekday_from(dt.date(year + 1, 4, 13)),
        _last_friday_on_or_before(dt.date(year + 1, 7, 21)),
    )
    closures: set[dt.date] = set()
    for half_term_in in (dt.date(year, 10, 27), dt.date(year + 1, 2, 16), dt.date(year + 1, 5, 27)):
        monday = _monday_of_week_containing(half_term_in)
        closures |= {monday + dt.timedelta(days=n) for n in range(5)}
    closures |= {autumn.first_day, spring.first_day, summer.first_day}  # INSET days
    return SchoolCalendar((autumn, spring, summer), frozenset(closures))
