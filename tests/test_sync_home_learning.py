"""Home learning through a real sync: the task reaches only the families it is for, and the family's
"done" and comment, made in the family app, reach the teacher's device (real vaults, a real server)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.linkbook import Method
from desktop.services.context import ServiceContext
from desktop.services.home_learning import HomeLearningService
from desktop.services.sync.device import SyncTarget
from desktop.ui.family.identity import load_household
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


def test_done_and_comment_travel_from_the_family_app_to_the_teacher(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    oak = school["class"]
    zofia, ayaan, third, fourth = school["pupils"][:4]
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    enrol(office, family, server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id, ayaan.id))

    teacher = HomeLearningService(office.context)
    due = TODAY.date() + dt.timedelta(days=7)
    task = teacher.set_task(
        oak.id,
        "Count the stairs at home",
        due,
        (zofia.id, third.id),
        minutes=10,
        guidance=("way_how_did_you",),
    )
    teacher.set_task(oak.id, "Spelling: words with -tion", due, (fourth.id,))
    office.sync.sync_once()
    family.sync.sync_once()

    household = load_household(family.vault)
    mother = next(m for m in household.members if m.name == "Elżbieta Wiśniewska")
    at_home = HomeLearningService(
        ServiceContext(family.vault, household.actor(mother.id), clock=lambda: TODAY)
    )
    (seen,) = at_home.for_pupil(zofia.id)
    assert seen.task.title == "Count the stairs at home" and seen.task.guidance == ("way_how_did_you",)
    assert seen.task.minutes == 10 and not seen.back.done
    assert at_home.for_pupil(ayaan.id) == []
    # Only Zofia's row travelled: no other child's task or return is on the family's computer.
    assert family.scalar("SELECT count(*) FROM home_learning_task") == 1
    assert family.scalar("SELECT group_concat(pupil_id) FROM home_learning_pupil") == zofia.id

    at_home.record_return(
        task.id,
        zofia.id,
        True,
        "Policzyła 14 schodów, razem z bratem",
        mother.name,
        Method.DIGITAL,
        mother.id,
    )
    family.sync.sync_once()
    office.sync.sync_once()

    (progress,) = [p for p in teacher.for_class(oak.id) if p.task.id == task.id]
    assert [p.id for p in progress.done] == [zofia.id]
    assert [p.id for p in progress.not_done] == [third.id]
    ((who, back),) = progress.comments
    assert who.id == zofia.id and back.comment == "Policzyła 14 schodów, razem z bratem"
    assert back.comment_by == "Elżbieta Wiśniewska" and back.done_method is Method.DIGITAL
