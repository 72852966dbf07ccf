"""The school office issues an invitation while its server is out of reach; the next sync tells the server.

Real SQCipher vaults in tmp_path and a real server process: the office prints the invitation at once, a
teacher who types its code before the office has synced is told to ask the office to sync, and once the
office's computer has told the server (first thing in its sync) the same code joins.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.domain.audit import AuditAction
from desktop.domain.school import StaffRole
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget, http_to
from desktop.services.sync.enrolment import JoinRefused
from desktop.services.sync.joining import Enrolment
from desktop.store.repositories.audit import AuditRepository
from desktop.store.sync_store.store import VaultSyncStore
from sync.client import SyncEngine
from sync.enrolment import normalise_code
from sync.protocol import DeviceRole, RefusalReason
from sync.transport import TransportError
from tests.sync_desktop_helpers import DesktopDevice, build_school, found_admin, open_device
from tests.sync_helpers import ServerProcess, free_port


def tell_server(office: DesktopDevice, server_url: str) -> int:
    """What the office's sync does first (SyncService._run): tell its server of invitations it missed."""
    engine = SyncEngine(VaultSyncStore(office.vault))
    transport = http_to(server_url, engine.device)
    try:
        return Enrolment(office.context).tell_server_of_invitations(engine, transport)
    finally:
        transport.close()


def invitation_audit(office: DesktopDevice) -> list[tuple[AuditAction, str]]:
    with office.vault.reading() as session:
        events = AuditRepository(session).events()
    return [(e.action, e.detail) for e in events if e.record_kind == "invitation"]


def test_an_invitation_issued_while_the_server_is_down_works_once_the_office_has_synced(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    at_server = SyncTarget(server_url=server.url)

    server.stop()
    started = time.monotonic()
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Pani Wiśniewska")
    assert time.monotonic() - started < 10, "the office is not kept waiting by a dead line"
    assert slip.waiting_for_server and slip.code and slip.printable
    [waiting] = office.joining.invitations()
    assert waiting.label == "Pani Wiśniewska" and waiting.role == "staff" and waiting.waiting_for_server
    with pytest.raises(TransportError):
        tell_server(office, server.url)  # still down: nothing changes
    assert office.joining.invitations()[0].waiting_for_server

    # The server is back, but the office has not synced: the teacher is told what to do, and may retry.
    server.start()
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    with pytest.raises(JoinRefused) as refused:
        laptop.joining.join(slip.code, at_server)
    assert refused.value.reason is RefusalReason.UNKNOWN_INVITATION
    assert "has not sent this invitation to the server yet" in str(refused.value)
    assert "ask the office to sync, then join again" in str(refused.value)
    assert "Check the code on the invitation" in str(refused.value), "it may also be a typing slip"
    assert not laptop.sync.status().joining

    assert tell_server(office, server.url) == 1
    assert not office.joining.invitations()[0].waiting_for_server
    assert tell_server(office, server.url) == 0, "told once"
    assert not laptop.joining.join(slip.code, at_server)
    assert [r.label for r in office.joining.join_requests()] == ["Pani Wiśniewska"]
    office.joining.approve()
    laptop.sync.sync_once()
    assert laptop.sync.status().role == "staff"
    assert len(SchoolService(laptop.context).pupils()) == 5
    assert office.joining.invitations() == [], "used"

    assert invitation_audit(office) == [
        (AuditAction.CREATED, "not yet sent to the server (out of reach)"),
        (AuditAction.CHANGED, "sent to the server"),
    ]
    held = b"".join(p.read_bytes() for p in sorted(server.data_dir.rglob("*")) if p.is_file())
    assert normalise_code(slip.code).encode() not in held and b"Wi\xc5\x9bniewska" not in held


def test_looking_for_requests_tells_the_server_and_a_new_invitation_takes_the_earlier_ones_along(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    oak, ash = school["classes"]

    server.stop()
    first = office.joining.invite(DeviceRole.STAFF, class_ids=(oak.id,), label="Mr Adeyemi")
    second = office.joining.invite(DeviceRole.FAMILY, pupil_ids=(school["pupils"][7].id,), label="Gonçalves")
    assert first.waiting_for_server and second.waiting_for_server
    server.start()

    # Checking for requests on the Devices tab reaches the server, so it tells it first.
    assert office.joining.join_requests() == []
    assert not any(i.waiting_for_server for i in office.joining.invitations())
    tablet = open_device(tmp_path, "tablet", StaffRole.CLASS_TEACHER)
    assert not tablet.joining.join(first.code, SyncTarget(server_url=server.url))

    server.stop()
    third = office.joining.invite(DeviceRole.STAFF, class_ids=(ash.id,), label="Ms Haddad")
    server.start()
    fourth = office.joining.invite(DeviceRole.STAFF, class_ids=(ash.id,), label="Mr Nakamura")
    assert third.waiting_for_server and not fourth.waiting_for_server
    assert not any(i.waiting_for_server for i in office.joining.invitations()), "the third went along"
    phone = open_device(tmp_path, "phone", StaffRole.CLASS_TEACHER)
    assert not phone.joining.join(third.code, SyncTarget(server_url=server.url))


def test_an_office_with_a_server_address_nothing_answers_still_issues_and_a_folder_school_never_waits(
    tmp_path: Path,
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    stick = tmp_path / "stick"
    stick.mkdir()
    office.sync.found_school(SyncTarget(folder=stick))
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Folder")
    assert not slip.waiting_for_server, "a school with no server has nobody to tell"
    assert tell_server(office, f"http://127.0.0.1:{free_port()}") == 0

    nowhere = f"http://127.0.0.1:{free_port()}"
    office.sync.set_target(SyncTarget(server_url=nowhere))
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Nowhere")
    assert slip.waiting_for_server
    assert [i.label for i in office.joining.invitations() if i.waiting_for_server] == ["Nowhere"]
