"""Family profiles and the contact log sync between staff devices and never reach a family's device."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.family_profile import ChildItem, FamilyProfile
from desktop.domain.school import StaffRole
from desktop.services.contact_log import ContactLogService
from desktop.services.family_profiles import FamilyProfileService
from desktop.services.sync.device import SyncTarget
from desktop.store.sync_store.store import VaultSyncStore
from sync.client import SyncEngine
from sync.crypto import decrypt_bundle
from sync.http import HttpTransport
from sync.merge import Change
from sync.payload import decode_payload
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess

SECRET = "Dziadek zmarł w październiku"


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


def test_profiles_and_contacts_reach_staff_devices_and_never_a_family_device(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia = school["pupils"][0]
    FamilyProfileService(office.context).save(
        FamilyProfile(
            zofia.id, home_languages=("POL",), interpreter_language="POL", items=(ChildItem(SECRET, True),)
        )
    )
    ContactLogService(office.context).log(
        FamilyContact(zofia.id, ContactKind.PHONE, day(1), "Rozmowa o wycieczce", interpreter_language="POL")
    )
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()

    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))

    seen = FamilyProfileService(teacher.context).view(zofia.id)
    assert [i.text for i in seen.items] == [SECRET]
    assert [c.note for c in ContactLogService(teacher.context).of_pupil(zofia.id)] == ["Rozmowa o wycieczce"]

    # A contact logged on the teacher's computer reaches the office.
    ContactLogService(teacher.context).log(
        FamilyContact(zofia.id, ContactKind.MEETING, day(), "Parents' evening")
    )
    teacher.sync.sync_once()
    office.sync.sync_once()
    notes = [c.note for c in ContactLogService(office.context).of_pupil(zofia.id)]
    assert notes == ["Parents' evening", "Rozmowa o wycieczce"]

    # The family's device holds no staff scope, no row, and no bundle it can open carries them.
    family.sync.sync_once()
    assert family.scalar("SELECT count(*) FROM family_profile") == 0
    assert family.scalar("SELECT count(*) FROM family_profile_item") == 0
    assert family.scalar("SELECT count(*) FROM family_contact") == 0
    assert family.scalar("SELECT count(*) FROM sync_scope WHERE kind = 'staff'") == 0
    engine = SyncEngine(VaultSyncStore(family.vault))
    opened: list[Change] = []
    with HttpTransport(fresh_server.url, engine.device) as transport:
        for scope_id in engine.keyring.scopes():
            cursor, more = "", True
            while more:
                page = transport.pull(scope_id, cursor, lambda _bundle_id: False)
                key = engine.keyring
                for _seq, bundle in page.bundles:
                    payload = decrypt_bundle(bundle, key.get(bundle.scope_id, bundle.generation))
                    opened += decode_payload(payload, bundle.scope_id)
                cursor, more = page.cursor, page.more
    kinds = {change.kind for change in opened}
    assert "pupil" in kinds, kinds  # its own child's records are there
    assert not kinds & {"family_profile", "family_profile_item", "family_contact", "reach_setting"}
    values = json.dumps([change.to_json() for change in opened], ensure_ascii=False)
    assert SECRET not in values and "Rozmowa" not in values
