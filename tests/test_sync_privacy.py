"""Who can read what: family devices, removed devices, and a server that must learn nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from sync.crypto import CryptoError, Keyring, MissingScopeKey, open_bundle
from sync.folder import FolderTransport
from sync.protocol import DeviceRole
from sync.server import create_app
from sync.transport import DeviceRemoved, Refused
from tests.sync_helpers import SECRET_NAMES, SECRET_TEXT, found_school, settings


class Recording(httpx.BaseTransport):
    """Wraps the TestClient's transport and keeps every request and response body."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.read())
        self.bodies.append(b"\n".join(f"{k}: {v}".encode() for k, v in request.headers.items()))
        response = self.inner.handle_request(request)
        body = response.read()
        self.bodies.append(body)
        return httpx.Response(response.status_code, headers=response.headers, content=body)


@pytest.fixture
def recorded(tmp_path):
    app = create_app(settings(tmp_path / "server"))
    client = TestClient(app, base_url="http://server")
    recorder = Recording(client._transport)
    client._transport = recorder
    yield client, recorder, tmp_path
    app.state.store.close()


def write_about_every_pupil(device, scopes):
    with device.store.transaction() as tx:
        for n, scope in enumerate(scopes):
            name = SECRET_NAMES[n % len(SECRET_NAMES)]
            device.engine.append(tx, scope, "entry", f"entry-{n}", {"pupil": name, "text": SECRET_TEXT})
            device.engine.set_fields(tx, scope, "pupil", f"pupil-{n}", {"preferred_name": name})
            device.engine.edit_text(
                tx, scope, "agreement", f"agreement-{n}", "commitment", f"{name} will read daily"
            )


def test_a_family_device_cannot_fetch_nor_decrypt_another_childs_bundles(recorded):
    client, _recorder, _tmp = recorded
    school = found_school(client, pupils=2)
    mine, theirs = school.pupil_scopes
    teacher = school.add_device(
        "teacher", DeviceRole.STAFF, [school.school_scope, *school.pupil_scopes], client
    )
    family = school.add_device("family", DeviceRole.FAMILY, [school.school_scope, mine], client)
    teacher.engine.sync(teacher.http)
    write_about_every_pupil(teacher, [mine, theirs])
    teacher.engine.sync(teacher.http)

    family.engine.sync(family.http)
    assert {scope for scope, _record in family.store.records} == {mine}
    with pytest.raises(Refused) as refused:
        family.http.pull(theirs, "", lambda _b: False)
    assert refused.value.status == 403

    # Even holding the other child's bundle (a copied folder, a leaked backup), the family cannot open it.
    other_child = next(b for b in teacher.store.outgoing.values() if b.scope_id == theirs)
    sender = teacher.engine.device.public
    with pytest.raises(MissingScopeKey):
        open_bundle(other_child, family.engine.keyring, sender)
    disguised = Keyring([k.__class__(theirs, k.generation, k.secret) for k in family.engine.keyring])
    with pytest.raises(CryptoError):
        open_bundle(other_child, disguised, sender)


def test_a_removed_device_cannot_read_what_is_written_after_rotation(recorded, tmp_path):
    client, _recorder, _tmp = recorded
    folder = FolderTransport(tmp_path / "shared")
    school = found_school(client, pupils=1, extra=[folder])
    [scope] = school.pupil_scopes
    teacher = school.add_device("teacher", DeviceRole.STAFF, [scope], client, extra=[folder])
    old_laptop = school.add_device("old laptop", DeviceRole.STAFF, [scope], client, extra=[folder])
    for device in (teacher, old_laptop):
        device.engine.sync(device.http)
    with teacher.store.transaction() as tx:
        teacher.engine.append(tx, scope, "entry", "before", {"text": "written before removal"})
    teacher.engine.sync(teacher.http)
    old_laptop.engine.sync(old_laptop.http)
    assert (scope, "before") in old_laptop.store.records

    school.admin_ops.remove_device(old_laptop.engine.device_id, [school.admin.http, folder])
    with teacher.store.transaction() as tx:
        teacher.engine.append(tx, scope, "entry", "after", {"text": "written after removal"})
    # The rotated key is fetched before anything is sealed, so the new entry never uses the old one.
    report = teacher.engine.sync(teacher.http)
    assert report.keys_received == 1 and teacher.engine.keyring.current(scope).generation == 2
    teacher.engine.sync(folder)

    with pytest.raises(DeviceRemoved):
        old_laptop.engine.sync(old_laptop.http)
    report = old_laptop.engine.sync(folder)  # the folder has no gatekeeper: the keys are the lock
    assert scope in report.waiting_for_keys and (scope, "after") not in old_laptop.store.records
    newest = next(b for b in teacher.store.outgoing.values() if b.generation == 2)
    with pytest.raises(MissingScopeKey):
        open_bundle(newest, old_laptop.engine.keyring, teacher.engine.device.public)


def test_the_server_never_holds_or_sends_a_pupils_name_or_entry_text(recorded):
    client, recorder, tmp = recorded
    school = found_school(client, pupils=6)
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
    family = school.add_device("family", DeviceRole.FAMILY, school.pupil_scopes[:1], client)
    teacher.engine.sync(teacher.http)
    write_about_every_pupil(teacher, school.pupil_scopes)
    teacher.engine.sync(teacher.http)
    family.engine.sync(family.http)
    with family.store.transaction() as tx:
        family.engine.append(
            tx, school.pupil_scopes[0], "reply", "reply-1", {"text": f"Thank you, {SECRET_NAMES[0]}"}
        )
    family.engine.sync(family.http)
    teacher.engine.sync(teacher.http)
    assert (school.pupil_scopes[0], "reply-1") in teacher.store.records

    secrets = [s.encode("utf-8") for s in [*SECRET_NAMES, SECRET_TEXT, "Roman coins", "will read daily"]]
    assert len(recorder.bodies) > 20
    for body in recorder.bodies:
        assert not any(secret in body for secret in secrets)
    server_files = [p for p in Path(tmp / "server").rglob("*") if p.is_file()]
    assert server_files
    for path in server_files:
        raw = path.read_bytes()
        assert not any(secret in raw for secret in secrets), path.name
    with sqlite3.connect(tmp / "server" / "server.db") as db:
        dump = "\n".join(db.iterdump()).encode()
    assert b"bundles" in dump and not any(secret in dump for secret in secrets)


def test_the_folder_carries_the_same_bundles_and_no_plaintext(tmp_path):
    folder = FolderTransport(tmp_path / "usb")
    school = found_school(None, pupils=2, extra=[folder])
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, extra=[folder])
    ta = school.add_device("ta", DeviceRole.STAFF, school.pupil_scopes, extra=[folder])
    teacher.engine.sync(folder)
    ta.engine.sync(folder)
    write_about_every_pupil(teacher, school.pupil_scopes)
    teacher.engine.sync(folder)
    ta.engine.sync(folder)
    assert ta.store.visible_records() == teacher.store.visible_records()
    files = [p for p in (tmp_path / "usb").rglob("*") if p.is_file()]
    assert files and not [p for p in files if p.name.endswith(".tmp")]
    for path in files:
        assert not any(s.encode() in path.read_bytes() for s in [*SECRET_NAMES, SECRET_TEXT])
