"""Meetings and parents' evenings: the times a teacher offers, the family's booking, clashes.

A `Meeting` is one occasion for a class (a parents' evening, a review meeting): its day, room and the
language an interpreter is there for. Its `MeetingSlot`s are the times offered. A family holds at most
one `MeetingBooking` per child and meeting (keyed by both), so changing a booking moves it rather than
adding a second; two families who booked the same time before either's booking reached the school, or a
family whose children's times overlap, are clashes the teacher sees and settles.
"""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id


class BookedBy(enum.StrEnum):
    APP = "app"
    PAPER = "paper"
    STAFF = "staff"
    """Booked by a member of staff for the family (a phone call, at the gate)."""


@dataclass(frozen=True, slots=True)
class MeetingSlot:
    meeting_id: str
    starts: dt.time
    ends: dt.time
    id: str = field(default_factory=new_id)

    def overlaps(self, other: "MeetingSlot", day: dt.date, other_day: dt.date) -> bool:
        if day != other_day:
            return False
        return self.starts < other.ends and other.starts < self.ends

    @property
    def label(self) -> str:
        return f"{self.starts:%H:%M}–{self.ends:%H:%M}"


@dataclass(frozen=True, slots=True)
class Meeting:
    class_id: str
    title: str
    day: dt.date
    room: str = ""
    interpreter_language: str = ""
    """DfE code of the language an interpreter is there for; empty when none."""
    offered_by: str = ""
    slots: tuple[MeetingSlot, ...] = ()
    id: str = field(default_factory=new_id)

    def slot(self, slot_id: str) -> MeetingSlot | None:
        return next((s for s in self.slots if s.id == slot_id), None)


@dataclass(frozen=True, slots=True)
class MeetingBooking:
    meeting_id: str
    pupil_id: str
    slot_id: str
    booked_by: BookedBy
    by_name: str
    booked_at: dt.datetime
    attended: bool | None = None
    """None until the teacher says whether the family came."""


@dataclass(frozen=True, slots=True)
class GridRow:
    """One time of a meeting as the teacher's booking grid shows it."""

    slot: MeetingSlot
    pupils: tuple[tuple[str, MeetingBooking], ...]
    """(pupil name, booking) of each family booked at this time: more than one is a clash."""

    @property
    def clash(self) -> bool:
        return len(self.pupils) > 1


@dataclass(frozen=True, slots=True)
class BookingGrid:
    meeting: Meeting
    rows: tuple[GridRow, ...]
    not_booked: tuple[tuple[str, str], ...]
    """(pupil id, pupil name) of each pupil of the class whose family has not booked."""
    sibling_clashes: tuple[str, ...] = ()
    """Sentences naming families booked at overlapping times for two children."""

    @property
    def clashes(self) -> tuple[GridRow, ...]:
        return tuple(r for r in self.rows if r.clash)


def slot_times(first: dt.time, last: dt.time, minutes: int) -> list[tuple[dt.time, dt.time]]:
    """Back-to-back times of `minutes` from `first` until `last` (the last one ending by then)."""
    if minutes <= 0:
        raise ValueError("A meeting needs a length in minutes.")
    day = dt.date(2000, 1, 1)
    start = dt.datetime.combine(day, first)
    end = dt.datetime.combine(day, last)
    step = dt.timedelta(minutes=minutes)
    times = []
    while start + step <= end:
        times.append((start.time(), (start + step).time()))
        start += step
    return times
