"""A removed computer that joins again is listed as one computer, not a stranger beside a removed device.

Real SQLCipher vaults in tmp_path, a real server process and a shared folder. The joining computer signs
its claim ("I was device d...") with the key it had; the office believes it only if that key is the one
it registered for a device it removed. The removal stays recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.domain.audit import AuditAction
from desktop.domain.school import StaffRole
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import RemovedFromSync
from desktop.services.sync.rejoin import claim_rejoin
from desktop.store.repositories.audit import AuditRepository
from sync.crypto import DeviceKeys
from sync.enrolment import request_enrolment
from sync.folder import FolderTransport
from sync.http import HttpTransport
from sync.protocol import DeviceRole
from tests.conftest import PASSPHRASE
from tests.sync_desktop_helpers import DesktopDevice, build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


def removed_laptop(
    tmp_path: Path, office: DesktopDevice, url: str, class_id: str
) -> tuple[DesktopDevice, str]:
    laptop = open_device(tmp_path, "laptop", StaffRole.SENCO)
    enrol(office, laptop, url, DeviceRole.STAFF, class_ids=(class_id,))
    old_id = laptop.sync.status().device_id
    office.sync.remove_device(old_id)
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once()
    assert laptop.sync.status().removed
    return laptop, old_id


def device_audit(office: DesktopDevice, device_id: str) -> list[tuple[AuditAction, str]]:
    with office.vault.reading() as session:
        events = AuditRepository(session).events()
    return [
        (e.action, e.detail)
        for e in events
        if e.record_kind == "sync_device" and e.record_id == device_id[1:]
    ]


def test_the_office_sees_the_laptop_that_joined_again_as_the_computer_it_removed(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    laptop, old_id = removed_laptop(tmp_path, office, server.url, school["class"].id)

    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Pani Nowak, again")
    assert not laptop.joining.join(slip.code, SyncTarget(server_url=server.url))
    new_id = laptop.sync.status().device_id
    [request] = office.joining.join_requests()
    assert request.device_id == new_id and request.rejoins is not None
    assert request.rejoins.device_id == old_id and request.rejoins.label == "laptop"

    [approved] = office.joining.approve()
    assert approved.rejoined_from == old_id
    devices = {d.device_id: d for d in office.joining.devices()}
    assert devices[new_id].rejoined_from == old_id and not devices[new_id].removed_at
    assert devices[old_id].removed_at, "the removal stays recorded"
    assert device_audit(office, old_id)[-1][0] is AuditAction.DELETED
    assert device_audit(office, new_id)[-1] == (
        AuditAction.CHANGED,
        f"joined again; it was the removed device {old_id}",
    )
    laptop.sync.sync_once()
    assert laptop.sync.status().role == "staff"

    # `linkbook devices list` shows it the same way: one line, saying which device it was.
    monkeypatch.setenv("LINKBOOK_PASSPHRASE", PASSPHRASE)
    assert cli_main(["devices", "list", "--data-dir", str(tmp_path / "office")]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "\t" in line]
    assert [line.split("\t")[0] for line in lines] == [new_id]
    assert f"joined again; was {old_id}" in lines[0]


def test_a_stranger_cannot_take_over_a_removed_computers_place_in_the_list(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    laptop, old_id = removed_laptop(tmp_path, office, server.url, school["class"].id)
    tablet = open_device(tmp_path, "tablet", StaffRole.CLASS_TEACHER)
    enrol(office, tablet, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    tablet_keys = DeviceKeys.from_bytes(bytes(tablet.scalar("SELECT keys FROM sync_device WHERE id = 1")))
    laptop_keys = DeviceKeys.from_bytes(bytes(laptop.scalar("SELECT keys FROM sync_device WHERE id = 1")))

    slips = [
        office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label=f"Gość {n}")
        for n in range(4)
    ]
    strangers = [DeviceKeys.generate() for _ in slips]
    requests = [request_enrolment(slip.code, keys) for slip, keys in zip(slips, strangers, strict=True)]
    # Claims the laptop's id with its own key; copies a genuine claim from another request; has a device
    # that was never removed vouch for it; makes no claim at all.
    forged = claim_rejoin(requests[0], strangers[0]).model_copy(update={"rejoining": old_id})
    genuine = claim_rejoin(request_enrolment(slips[1].code, DeviceKeys.generate()), laptop_keys)
    copied = requests[1].model_copy(
        update={"rejoining": old_id, "rejoining_signature": genuine.rejoining_signature}
    )
    vouched = claim_rejoin(requests[2], tablet_keys)
    for request, keys in zip((forged, copied, vouched, requests[3]), strangers, strict=True):
        with HttpTransport(server.url, keys) as transport:
            assert transport.post_enrolment_request(request) is None, "the server takes each"

    waiting = office.joining.join_requests()
    assert sorted(r.label for r in waiting) == ["Gość 0", "Gość 1", "Gość 2", "Gość 3"]
    assert all(r.rejoins is None for r in waiting), "no unproven claim is shown"
    approved = office.joining.approve()
    assert len(approved) == 4 and all(d.rejoined_from == "" for d in approved)
    devices = {d.device_id: d for d in office.joining.devices()}
    assert devices[old_id].removed_at and not any(d.rejoined_from for d in devices.values())


def test_through_a_shared_folder_the_laptop_that_joined_again_is_listed_once(tmp_path: Path) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    stick = tmp_path / "shared-drive"
    stick.mkdir()
    at_stick = SyncTarget(folder=stick)
    office.sync.found_school(at_stick)
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Mr Ó Briain")
    assert not laptop.joining.join(slip.code, at_stick)
    office.joining.approve()
    laptop.sync.sync_once()
    old_id = laptop.sync.status().device_id
    office.sync.remove_device(old_id)
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once()

    again = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Mr Ó Briain")
    assert not laptop.joining.join(again.code, at_stick)
    [request] = FolderTransport(stick).enrolment_requests()
    assert request.rejoining == old_id, "the claim travels in the folder's request file"
    [approved] = office.joining.approve()
    assert approved.rejoined_from == old_id
    devices = office.joining.devices()
    assert [(d.device_id, bool(d.removed_at), d.rejoined_from) for d in devices] == [
        (old_id, True, ""),
        (approved.device_id, False, old_id),
    ]
