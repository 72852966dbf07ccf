"""A removed (perhaps stolen) laptop cannot write into a school's shared folder any more.

The laptop keeps the old scope keys, and a folder has no server to refuse it: every other device reads
the admin's signed removal notice there and refuses the laptop's bundles written after its removal,
while what it wrote before (a teacher's last day) still arrives. Real SQLCipher vaults in tmp_path
and a real folder; the engine-level tests use the memory store and real folders.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import RemovedFromSync
from desktop.store.sync_store.store import VaultSyncStore
from sync.client import SyncEngine
from sync.clock import Timestamp
from sync.crypto import CryptoError, DeviceKeys
from sync.enrolment import check_removal, earlier_notice, refuses, sign_removal
from sync.folder import FolderTransport
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess, found_school

LAST_DAY = "Zofia przeczytała całą książkę o rzymskich monetach"
STOLEN = "Zofia is collected by her uncle Ruslan from today"


def write_entry(device: DesktopDevice, pupil_id: str, text: str, days_ago: int = 0) -> None:
    LinkBookService(device.context).save_entry(
        LinkBookEntry(
            pupil_id=pupil_id,
            day=day(days_ago),
            author_id="t",
            author_role=StaffRole.CLASS_TEACHER,
            wins=text,
        )
    )


def wins(device: DesktopDevice, pupil_id: str) -> list[str]:
    return sorted(e.wins for e in LinkBookService(device.context).timeline(pupil_id))


def a_folder_school(tmp_path: Path) -> tuple[DesktopDevice, DesktopDevice, DesktopDevice, str, Path]:
    """The office (admin) on a shared drive, with two class teachers' laptops enrolled through it."""
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    drive = tmp_path / "shared-drive"
    drive.mkdir()
    at_drive = SyncTarget(folder=drive)
    office.sync.found_school(at_drive)
    office.sync.sync_once()
    laptops = []
    for name in ("laptop", "ta-laptop"):
        laptop = open_device(tmp_path, name, StaffRole.CLASS_TEACHER)
        slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label=name)
        assert not laptop.joining.join(slip.code, at_drive)
        office.joining.approve()
        laptop.sync.sync_once()
        laptops.append(laptop)
    return office, laptops[0], laptops[1], school["pupils"][0].id, drive


def thief_writes(laptop: DesktopDevice, pupil_id: str, text: str, drive: Path) -> None:
    """The removed laptop, with software that ignores the notice, writes and pushes under its old keys."""
    write_entry(laptop, pupil_id, text)
    before = len(list(drive.rglob("*.lbb")))
    SyncEngine(VaultSyncStore(laptop.vault)).sync(FolderTransport(drive))
    assert len(list(drive.rglob("*.lbb"))) > before, "the bundle is in the folder for others to fetch"


def test_others_refuse_what_a_removed_laptop_writes_but_keep_its_last_day(tmp_path: Path) -> None:
    office, laptop, ta, zofia, drive = a_folder_school(tmp_path)
    write_entry(laptop, zofia, LAST_DAY, 1)
    laptop.sync.sync_once()  # in the folder; neither the office nor the TA has fetched it yet
    time.sleep(0.01)

    office.sync.remove_device(laptop.sync.status().device_id)
    time.sleep(0.01)
    thief_writes(laptop, zofia, STOLEN, drive)

    report = ta.sync.sync_once()
    assert wins(ta, zofia) == [LAST_DAY]
    assert report.rejected == 1
    assert ta.sync.sync_once().rejected == 0, "a refused bundle is not fetched and opened again"
    office.sync.sync_once()
    assert wins(office, zofia) == [LAST_DAY]

    # What the office and the TA write still reaches everyone who remains.
    write_entry(office, zofia, "Sports day moved to Thursday")
    office.sync.sync_once()
    ta.sync.sync_once()
    assert wins(ta, zofia) == sorted([LAST_DAY, "Sports day moved to Thursday"])


def test_a_forged_removal_notice_removes_nobody(tmp_path: Path) -> None:
    office, laptop, ta, zofia, drive = a_folder_school(tmp_path)
    laptop_id = laptop.sync.status().device_id
    office_id = office.sync.status().device_id
    stranger = DeviceKeys.generate()
    folder = FolderTransport(drive)

    folder.post_removal(sign_removal(laptop_id, stranger, int(time.time() * 1000) - 60_000))
    write_entry(laptop, zofia, "Zofia helped Amara with her reading")
    laptop.sync.sync_once()
    assert ta.sync.sync_once().rejected == 0
    assert wins(ta, zofia) == ["Zofia helped Amara with her reading"]

    # Signed by a stranger but claiming to be the office's: still nobody is removed.
    forged = sign_removal(laptop_id, stranger, int(time.time() * 1000) - 60_000)
    folder.post_removal(forged.model_copy(update={"removed_by": office_id}))
    write_entry(laptop, zofia, "Zofia brought in her hamster, Pan Kulka")
    laptop.sync.sync_once()
    for device in (ta, office):
        assert device.sync.sync_once().rejected == 0
        assert wins(device, zofia) == sorted(
            ["Zofia helped Amara with her reading", "Zofia brought in her hamster, Pan Kulka"]
        )
        assert device.scalar("SELECT count(*) FROM sync_removal") == 0
    assert not laptop.sync.status().removed


def test_a_notice_reaches_a_stick_the_office_never_syncs_with(tmp_path: Path) -> None:
    """The teacher carries the notice from the shared drive to a USB stick shared with a TA."""
    drive, stick = FolderTransport(tmp_path / "drive"), FolderTransport(tmp_path / "stick")
    school = found_school(None, pupils=1, extra=[drive, stick])
    [scope] = school.pupil_scopes
    devices = {
        name: school.add_device(name, DeviceRole.STAFF, [scope], extra=[drive, stick])
        for name in ("teacher", "ta", "old laptop")
    }
    old = devices["old laptop"]
    with old.store.transaction() as tx:
        old.engine.append(tx, scope, "entry", "last-day", {"text": LAST_DAY})
    old.engine.sync(stick)
    time.sleep(0.01)

    school.admin_ops.remove_device(old.engine.device_id, [drive])
    assert stick.removal(old.engine.device_id) is None
    time.sleep(0.01)
    with old.store.transaction() as tx:
        old.engine.append(tx, scope, "entry", "stolen", {"text": STOLEN})
    old.engine.sync(stick)

    teacher = devices["teacher"]
    teacher.engine.check_not_removed(drive)  # learns the notice at the drive
    teacher.engine.check_not_removed(stick)  # and leaves it on the stick
    assert stick.removal(old.engine.device_id) == drive.removal(old.engine.device_id)
    for name in ("teacher", "ta"):
        device = devices[name]
        report = device.engine.sync(stick)
        entries = {r: v["values"]["text"] for (_s, r), v in device.store.visible_records().items()}
        assert entries == {"last-day": LAST_DAY}, name
        assert len(report.rejected) == 1, name
        assert device.engine.sync(stick).rejected == [], name


def test_a_school_with_a_server_leaves_the_notice_on_its_usb_stick_too(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    enrol(office, laptop, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    for device in (office, laptop):
        device.sync.sync_once(target=SyncTarget(folder=stick))
    laptop_id = laptop.sync.status().device_id

    office.sync.remove_device(laptop_id)
    notice = FolderTransport(stick).removal(laptop_id)
    assert notice is not None and notice.removed_by == office.sync.status().device_id
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once(target=SyncTarget(folder=stick))
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once()


def test_the_rule_is_the_same_whichever_notice_a_device_learns_first() -> None:
    admin, laptop = DeviceKeys.generate(), DeviceKeys.generate()
    first = sign_removal(laptop.device_id, admin, 1_763_800_000_000)
    again = sign_removal(laptop.device_id, admin, 1_763_900_000_000)
    assert earlier_notice(first, again) == earlier_notice(again, first) == first
    before, after = (Timestamp(wall, 0, laptop.device_id) for wall in (1_763_799_999_999, 1_763_800_000_001))
    assert not refuses(first, [before]) and refuses(first, [before, after])

    # A notice from before removal times were kept still checks, and refuses all not yet applied.
    untimed = sign_removal(laptop.device_id, admin)
    check_removal(untimed, admin.public)
    assert refuses(untimed, [before]) and earlier_notice(first, untimed) == untimed
    with pytest.raises(CryptoError):  # the time is signed: moving it breaks the signature
        check_removal(first.model_copy(update={"removed_at": 1_763_900_000_000}), admin.public)
