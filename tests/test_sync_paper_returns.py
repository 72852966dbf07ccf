"""Returned paper pages reach the other staff devices of the pupil's class through a real server on
127.0.0.1, with the scan and the reply area cut out of it, and never a family's device."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffRole
from desktop.printing.page_areas import AreaKind
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.filing import PaperReturnService
from desktop.services.sync.device import SyncTarget
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.paper_scans import scribble, spoil, tick
from tests.sync_desktop_helpers import DesktopDevice, build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.test_paper_returns_filing import of_kind, printed_week, save_week, scan_file
from tests.test_sync_plan_reviews import _opened_by


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


def _senco(device: DesktopDevice) -> ServiceContext:
    return ServiceContext(device.vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: TODAY)


def test_a_filed_page_reaches_the_class_teacher_with_its_pictures_and_no_family_device(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    child = pupils[0]
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(oak.id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(child.id,))

    senco = _senco(office)
    save_week(senco, child)
    pictures, layouts = printed_week(senco, child, 150)
    first = min(layouts)
    picture = pictures[first - 1]
    tick(picture, of_kind(layouts[first], AreaKind.TICK)[0], 150)
    scribble(picture, of_kind(layouts[first], AreaKind.REPLY)[0], 150)
    report = PaperReturnService(senco).import_report([scan_file(tmp_path / "stack.jpg", [spoil(picture, 2)])])
    (page,) = [p for p in report.pages if p.status is not None]
    assert page.status is ReturnStatus.FILED, page.line()
    (kept,) = PaperReturnService(senco).for_pupil(child.id)
    whole = PaperReturnService(senco).picture(kept.picture_id)

    office.sync.sync_once()
    teacher.sync.sync_once()
    family.sync.sync_once()

    on_teacher = PaperReturnService(_senco(teacher))
    (arrived,) = on_teacher.for_pupil(child.id)
    assert (arrived.id, arrived.status, arrived.summary) == (kept.id, ReturnStatus.FILED, kept.summary)
    assert on_teacher.picture(arrived.picture_id) == whole, "the scan itself came too, and opens"
    cuttings = on_teacher.day_cuttings(child.id)
    assert list(cuttings) == [dt.date.fromisoformat(of_kind(layouts[first], AreaKind.REPLY)[0].ref[4:])]
    assert on_teacher.picture(kept.cuttings[0][2]).startswith(b"\x89PNG")

    assert family.scalar("SELECT count(*) FROM paper_return") == 0
    assert family.scalar("SELECT count(*) FROM attachment") == 0, "no scan or cutting on the family's device"
    opened = _opened_by(family, fresh_server.url)
    kinds = {change.kind for change in opened}
    assert {"entry", "acknowledgement"} <= kinds, "the week and its paper acknowledgement did go home"
    assert not kinds & {"paper_return", "paper_picture", "paper_page_layout", "attachment", "photo_tag"}
    assert kept.id not in json.dumps([change.to_json() for change in opened])
