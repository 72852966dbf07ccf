"""A computer the school office removed joins again from its own data folder, with a new invitation.

Real SQLCipher vaults in tmp_path, through a real server process and through a shared folder: the
SENCO's laptop keeps every record, what was written on it while it was removed reaches the school once
the office approves it again, and the school's later changes reach it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.linkbook import AuthorKind, LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.linkbook import LinkBookService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import RemovedFromSync
from desktop.store.errors import InvalidInput
from sync.crypto import DeviceKeys
from sync.enrolment import sign_removal
from sync.folder import FolderTransport
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


def entry(device: DesktopDevice, pupil_id: str, text: str, days_ago: int = 0) -> str:
    written = LinkBookService(device.context).save_entry(
        LinkBookEntry(
            pupil_id=pupil_id,
            day=day(days_ago),
            author_id="t",
            author_role=StaffRole.CLASS_TEACHER,
            wins=text,
        )
    )
    return written.id


def wins(device: DesktopDevice, pupil_id: str) -> list[str]:
    return sorted(e.wins for e in LinkBookService(device.context).timeline(pupil_id))


def commitment(text: str) -> DocumentContent:
    return DocumentContent(commitments=(Commitment(Party.SCHOOL, text),))


def test_a_removed_laptop_joins_again_through_the_server_and_sends_what_was_written_meanwhile(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia, ayaan = school["pupils"][0], school["pupils"][1]
    found_admin(office, SyncTarget(server_url=server.url))
    mornings = AgreementService(office.context).create(
        zofia.id, DocumentKind.AGREEMENT, "Mornings", commitment("Meet Zofia at the gate")
    )
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.SENCO)
    enrol(office, laptop, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    entry(laptop, zofia.id, "Zofia counted to 100 in Polish", 3)
    laptop.sync.sync_once()
    old_id = laptop.sync.status().device_id

    # The office removes the laptop; the SENCO, not yet told, goes on writing.
    office.sync.remove_device(old_id)
    entry(laptop, ayaan.id, "Ayaan করল his first cartwheel", 2)
    AgreementService(laptop.context).edit_draft(mornings.id, commitment("Meet Zofia at the side gate, 8:40"))
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once()
    entry(laptop, zofia.id, "Zofia wrote a poem about autumn", 1)
    assert laptop.sync.status().removed
    entry(office, zofia.id, "Class trip to the Roman fort on Friday")
    office.sync.sync_once()

    # A new invitation: the laptop joins again from its own data folder, as a new device.
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Laptop, again")
    assert not laptop.joining.join(slip.code, SyncTarget(server_url=server.url))
    status = laptop.sync.status()
    assert status.joining and not status.removed and not status.set_up
    assert status.device_id != old_id
    assert status.pending_changes >= 3, "what was written while removed waits to be sent"
    assert "Zofia wrote a poem about autumn" in wins(laptop, zofia.id), "every record stays"
    with pytest.raises(InvalidInput, match="has not approved this device yet"):
        laptop.sync.sync_once()

    [approved] = office.joining.approve()
    assert approved.device_id == status.device_id and approved.label == "Laptop, again"
    office.sync.sync_once()
    laptop.sync.sync_once()
    office.sync.sync_once()

    assert laptop.sync.status().role == "staff" and laptop.sync.status().pending_changes == 0
    expected = [
        "Class trip to the Roman fort on Friday",
        "Zofia counted to 100 in Polish",
        "Zofia wrote a poem about autumn",
    ]
    assert wins(office, zofia.id) == expected and wins(laptop, zofia.id) == expected
    assert wins(office, ayaan.id) == ["Ayaan করল his first cartwheel"]
    agreed = AgreementService(office.context).agreement(mornings.id).current.content
    assert agreed == commitment("Meet Zofia at the side gate, 8:40")
    assert office.conflicts.waiting() == [] and laptop.conflicts.waiting() == []

    # Its next edit replaces that version everywhere: one version, not a conflict between two.
    AgreementService(laptop.context).edit_draft(mornings.id, commitment("Meet Zofia at the side gate, 8:30"))
    laptop.sync.sync_once()
    office.sync.sync_once()
    assert office.conflicts.waiting() == []
    agreed = AgreementService(office.context).agreement(mornings.id).current.content
    assert agreed == commitment("Meet Zofia at the side gate, 8:30")
    devices = {d.device_id: d for d in office.joining.devices()}
    assert devices[old_id].removed_at and not devices[approved.device_id].removed_at


def test_a_laptop_removed_in_a_school_without_a_server_is_told_through_the_folder_and_joins_again(
    tmp_path: Path,
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia = school["pupils"][0]
    stick = tmp_path / "shared-drive"
    stick.mkdir()
    at_stick = SyncTarget(folder=stick)
    office.sync.found_school(at_stick)
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Pani Nowak")
    assert not laptop.joining.join(slip.code, at_stick)
    office.joining.approve()
    laptop.sync.sync_once()
    old_id = laptop.sync.status().device_id

    # A notice of removal the office did not sign changes nothing.
    stranger = DeviceKeys.generate()
    FolderTransport(stick).post_removal(sign_removal(old_id, stranger))
    laptop.sync.sync_once()
    assert not laptop.sync.status().removed

    office.sync.remove_device(old_id)
    entry(laptop, zofia.id, "Zofia explained the water cycle to the class", 1)
    reply_to = entry(office, zofia.id, "Please send in a coat for Friday")
    office.sync.sync_once()
    with pytest.raises(RemovedFromSync, match="ask the school office for a new invitation"):
        laptop.sync.sync_once()
    status = laptop.sync.status()
    assert status.removed and not status.offline
    assert b"water cycle" not in b"".join(p.read_bytes() for p in stick.rglob("*") if p.is_file())

    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Pani Nowak, again")
    assert not laptop.joining.join(slip.code, at_stick)
    assert office.sync.sync_once().join_requests == 1
    [approved] = office.joining.approve()
    assert approved.device_id == laptop.sync.status().device_id != old_id
    laptop.sync.sync_once()
    LinkBookService(laptop.context).add_reply(
        reply_to, "Dziękuję, przyniesie", "Pani Nowak", AuthorKind.STAFF
    )
    laptop.sync.sync_once()
    office.sync.sync_once()

    expected = ["Please send in a coat for Friday", "Zofia explained the water cycle to the class"]
    assert wins(office, zofia.id) == expected and wins(laptop, zofia.id) == expected
    replies = LinkBookService(office.context).entry(reply_to).replies
    assert [r.text for r in replies] == ["Dziękuję, przyniesie"]
    assert laptop.sync.status().pending_changes == 0 and not laptop.sync.status().removed
