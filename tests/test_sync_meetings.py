"""Meetings travel by sync: the times a teacher offers reach the families of the class, a booking made in
the family app and one filed from a paper slip reach the teacher's computer, a changed booking moves, and
a family's device holds its own booking and no other family's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.meetings import BookedBy
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.meetings import MeetingService
from desktop.services.sync.device import SyncTarget
from desktop.ui.family.identity import family_actor
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess

EVENING = dt.date(2026, 11, 26)


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


def test_bookings_from_the_family_app_and_from_paper_reach_the_teacher(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    zofia, gurpreet, ionut = pupils[0], pupils[3], pupils[4]
    evening = MeetingService(office.context).offer(
        oak.id, "Parents' evening", EVENING, dt.time(15, 30), dt.time(16, 30), 10, "Room 4", "POL"
    )
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(oak.id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))

    # The family's device has the times, and books one in the app.
    at_home = ServiceContext(family.vault, family_actor(family.vault), clock=lambda: TODAY)
    home = MeetingService(at_home)
    [offer] = home.for_family(zofia.id)
    assert [s.label for s in offer.meeting.slots][:2] == ["15:30–15:40", "15:40–15:50"]
    assert (offer.meeting.room, offer.meeting.interpreter_language) == ("Room 4", "POL")
    home.book(evening.id, zofia.id, evening.slots[2].id, "Elżbieta Wiśniewska")
    family.sync.sync_once()

    # The office files a paper slip for Gurpreet's family; the teacher's computer gets both.
    office.sync.sync_once()
    MeetingService(office.context).file_slip(
        evening.id, gurpreet.id, [evening.slots[2].id, evening.slots[4].id], "Rodzic Gurpreet"
    )
    office.sync.sync_once()
    teacher.sync.sync_once()
    grid = MeetingService(teacher.context).grid(evening.id)
    booked = {name: (row.slot.label, b.booked_by) for row in grid.rows for name, b in row.pupils}
    assert booked == {
        "Zofia Wiśniewska": ("15:50–16:00", BookedBy.APP),
        gurpreet.display_name: ("16:10–16:20", BookedBy.PAPER),
    }, "the paper slip's first tick was taken, so its next free tick was booked"
    assert ionut.display_name in [name for _id, name in grid.not_booked]

    # The family changes its time; the teacher sees it moved, not doubled.
    home.book(evening.id, zofia.id, evening.slots[0].id, "Elżbieta Wiśniewska")
    family.sync.sync_once()
    teacher.sync.sync_once()
    grid = MeetingService(teacher.context).grid(evening.id)
    zofias = [row.slot.label for row in grid.rows for name, _b in row.pupils if name == "Zofia Wiśniewska"]
    assert zofias == ["15:30–15:40"]

    # The family's device holds its own booking only.
    family.sync.sync_once()
    assert family.scalar("SELECT count(*) FROM meeting_booking") == 1
    assert family.scalar("SELECT pupil_id FROM meeting_booking") == zofia.id

    # The family cancels: the school sees the family not booked.
    home.cancel(evening.id, zofia.id)
    family.sync.sync_once()
    teacher.sync.sync_once()
    grid = MeetingService(teacher.context).grid(evening.id)
    assert zofia.id in [pupil_id for pupil_id, _name in grid.not_booked]
