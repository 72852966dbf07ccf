"""The demo school's parents' evening: each class offered ten-minute times next week, most families
booked (in the app, or on a paper slip for families who read on paper), one clash (two families who
booked the same time before either's booking reached the school), and some families not booked yet.

Its own random stream (seeded from the demo's seed), so the rest of the demo school is the same with or
without it.
"""

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.domain.families import FamilyMember
from desktop.domain.meetings import BookedBy, Meeting, MeetingBooking, MeetingSlot, slot_times
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffMember
from desktop.store.repositories.meetings import MeetingRepository

BOOKED_SHARE = 0.7
INTERPRETED = ("POL", "URD", "BNG", "SOM", "ARA", "PNJ")


def next_school_day(today: dt.date, days_ahead: int) -> dt.date:
    day = today + dt.timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


class DemoChild(Protocol):
    @property
    def pupil(self) -> Pupil: ...

    @property
    def family(self) -> list[FamilyMember]: ...


class DemoShape(Protocol):
    @property
    def seed(self) -> int: ...

    @property
    def today(self) -> dt.date: ...


def write_demo_meetings(
    session: Session,
    plan: DemoShape,
    classes: Sequence[SchoolClass],
    children: Sequence[DemoChild],
    teachers: Mapping[str, StaffMember],
) -> int:
    """A parents' evening for each class with its bookings; returns how many bookings were made."""
    rng = random.Random(f"{plan.seed} meetings")
    today = plan.today
    pupils = [(c.pupil, c.family) for c in children]
    repository = MeetingRepository(session)
    day = next_school_day(today, 7)
    booked_at = dt.datetime.combine(today, dt.time(9, 0))
    count = 0
    for number, school_class in enumerate(classes):
        roll = [(p, family) for p, family in pupils if p.class_id == school_class.id]
        languages = [f[0].home_language for _p, f in roll if f and f[0].home_language in INTERPRETED]
        interpreter = max(sorted(set(languages)), key=languages.count) if languages else ""
        meeting = Meeting(
            school_class.id,
            "Parents' evening",
            day,
            f"Classroom {school_class.name}",
            interpreter,
            teachers[school_class.id].name if school_class.id in teachers else "",
        )
        slots = tuple(
            MeetingSlot(meeting.id, a, b) for a, b in slot_times(dt.time(15, 30), dt.time(18, 30), 10)
        )
        meeting = replace(meeting, slots=slots)
        repository.add(meeting)
        free = list(slots)
        rng.shuffle(free)
        bookings: list[MeetingBooking] = []
        for pupil, family in roll:
            if not free or rng.random() >= BOOKED_SHARE:
                continue
            slot = free.pop()
            on_paper = bool(family) and all(m.channel.wants_paper and not m.devices for m in family)
            how = BookedBy.PAPER if on_paper else BookedBy.APP
            name = family[0].name if family else "The family"
            bookings.append(MeetingBooking(meeting.id, pupil.id, slot.id, how, name, booked_at))
        if number == 0 and len(bookings) >= 2:
            # Two families booked the same time, each on their own device, before either synced.
            first, second = bookings[0], bookings[1]
            bookings[1] = MeetingBooking(
                second.meeting_id, second.pupil_id, first.slot_id, BookedBy.APP, second.by_name, booked_at
            )
        for booking in bookings:
            repository.save_booking(booking)
        count += len(bookings)
    return count
