"""Joining a school that has no server: the request, the approval and the keys travel in its shared folder.

Two (or more) real SQLCipher vaults and one folder in tmp_path standing in for a USB stick or a shared
drive; no server process anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.linkbook import AuthorKind, LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.enrolment import JoinRefused
from desktop.store.errors import InvalidInput
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, open_device

ENTRY = "Zofia built a Roman arch out of sugar cubes"


@pytest.fixture
def office(tmp_path: Path) -> tuple[DesktopDevice, dict, Path]:
    """The office's computer founds the school's sync on a folder and puts everything in it."""
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    LinkBookService(office.context).save_entry(
        LinkBookEntry(
            pupil_id=school["pupils"][0].id, day=day(), author_id="t", author_role=StaffRole.ADMIN, wins=ENTRY
        )
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    office.sync.found_school(SyncTarget(folder=stick))
    office.sync.sync_once()
    return office, school, stick


def _bytes_of(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_a_family_device_joins_through_the_folder_and_its_reply_reaches_the_office(
    tmp_path: Path, office
) -> None:
    office, school, stick = office
    zofia = school["pupils"][0]
    slip = office.joining.invite(DeviceRole.FAMILY, pupil_ids=(zofia.id,), label="Rodzina Wiśniewskich")
    assert "School server" not in slip.printable

    family = open_device(tmp_path, "family")
    assert not family.joining.join(slip.code, SyncTarget(folder=stick))
    assert family.sync.status().joining and family.sync.status().target == str(stick)
    with pytest.raises(InvalidInput, match="has not approved this device yet"):
        family.sync.sync_once()

    # The office syncs with the folder and sees the request in its list, as it would a server's.
    assert office.sync.sync_once().join_requests == 1
    [request] = office.joining.join_requests()
    assert (request.label, request.role) == ("Rodzina Wiśniewskich", "family")
    assert request.device_id == family.sync.status().device_id
    [approved] = office.joining.approve()
    assert approved.device_id == request.device_id
    assert office.joining.join_requests() == [] and office.sync.sync_once().join_requests == 0

    # The family computer's next folder sync finishes joining and brings its child's link book only.
    report = family.sync.sync_once()
    status = family.sync.status()
    assert status.set_up and status.role == "family" and not status.joining
    assert report.keys_received >= 2
    assert [p.id for p in SchoolService(family.context).pupils()] == [zofia.id]
    [entry] = LinkBookService(family.context).timeline(zofia.id)
    assert entry.wins == ENTRY

    thanks = "Dziękujemy, łuk stoi do dziś!"
    LinkBookService(family.context).add_reply(entry.id, thanks, "Elżbieta", AuthorKind.FAMILY)
    family.sync.sync_once()
    office.sync.sync_once()
    replies = LinkBookService(office.context).entry(entry.id).replies
    assert [r.text for r in replies] == [thanks]

    held = _bytes_of(stick)
    for name in ("Zofia", "Wiśniewska", "Rodzina", "sugar cubes", "Dziękujemy"):
        assert name.encode() not in held, name


def test_a_wrong_code_is_refused_and_the_device_says_so(tmp_path: Path, office) -> None:
    office, school, stick = office
    office.joining.invite(DeviceRole.FAMILY, pupil_ids=(school["pupils"][0].id,))
    stranger = open_device(tmp_path, "stranger")
    assert not stranger.joining.join("7K3M-9QRT-X2VW", SyncTarget(folder=stick))
    assert stranger.sync.status().joining

    assert office.sync.sync_once().join_requests == 0, "a request for no invitation is not listed"
    assert office.joining.join_requests() == []
    with pytest.raises(JoinRefused, match="did not recognise that invitation code"):
        stranger.sync.sync_once()
    status = stranger.sync.status()
    assert not status.joining and not status.set_up, "it stops waiting, and may join again"
    assert SchoolService(stranger.context).pupils() == []


def test_an_invitation_works_once_however_many_devices_answer_it(tmp_path: Path, office) -> None:
    office, school, stick = office
    oak = school["class"].id
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(oak,), label="Pani Nowak")
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    tablet = open_device(tmp_path, "tablet", StaffRole.CLASS_TEACHER)
    for device in (laptop, tablet):
        assert not device.joining.join(slip.code, SyncTarget(folder=stick))
    assert len(office.joining.join_requests()) == 2, "both asked before either was approved"
    [approved] = office.joining.approve()
    by_id = {device.sync.status().device_id: device for device in (laptop, tablet)}
    joined = by_id.pop(approved.device_id)
    [turned_away] = by_id.values()

    joined.sync.sync_once()
    assert joined.sync.status().role == "staff"
    assert {p.class_id for p in SchoolService(joined.context).pupils()} == {oak}
    with pytest.raises(JoinRefused, match="already been used to connect another computer"):
        turned_away.sync.sync_once()
    assert SchoolService(turned_away.context).pupils() == []

    # Used again later, the code is refused at once.
    latecomer = open_device(tmp_path, "latecomer", StaffRole.CLASS_TEACHER)
    with pytest.raises(JoinRefused, match="Ask the school office for a new invitation"):
        latecomer.joining.join(slip.code, SyncTarget(folder=stick))
    assert not latecomer.sync.status().joining

    # A pupil who joins the class later reaches the staff device through the folder too.
    newcomer = Pupil(
        legal_first_name="Chiamaka",
        legal_last_name="Okeke",
        date_of_birth=day(2500),
        class_id=oak,
        upn="A999999999999",
    )
    SchoolService(office.context).save_pupils([newcomer])
    office.sync.sync_once()
    joined.sync.sync_once()
    assert SchoolService(joined.context).pupil(newcomer.id).legal_last_name == "Okeke"
