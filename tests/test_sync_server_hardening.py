"""The sync server against an attacker, a careless admin and a restart: issue 21's server items.

Each test drives the real app (Starlette's TestClient over the ASGI app) on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import stat

import httpx
import pytest
from hypothesis import example, given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st
from starlette.requests import Request
from starlette.testclient import TestClient

from sync.auth import DEVICE_HEADER, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, DeviceSignature
from sync.protocol import DeviceRole, PushRequest
from sync.server import create_app
from sync.server.deps import _signed_target
from tests.sync_helpers import found_school, settings
from tests.sync_postgres import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request):
    if request.param == "sqlite":
        yield ""
    else:
        with fresh_database() as url:
            yield url


@pytest.fixture
def client(tmp_path, database_url):
    app = create_app(settings(tmp_path / "server", database_url))
    with TestClient(app, base_url="http://server") as test_client:
        yield test_client
    app.state.store.close()


def _signed_headers(client, device) -> dict[str, str]:
    request = client.build_request("GET", "http://server/v1/scopes")
    signed = next(DeviceSignature(device).sync_auth_flow(request))
    return {
        name: signed.headers[name]
        for name in (DEVICE_HEADER, TIMESTAMP_HEADER, NONCE_HEADER, SIGNATURE_HEADER)
    }


JSON = {"Content-Type": "application/json"}


# Malformed authentication headers: 401, never 500.
@pytest.mark.parametrize(
    ("header", "value"),
    [
        (TIMESTAMP_HEADER, b"1\xb2"),  # "1²": str.isdigit() says yes, int() says no
        (TIMESTAMP_HEADER, b"\xb2\xb3"),
        (TIMESTAMP_HEADER, b"\xb9" * 13),
        (TIMESTAMP_HEADER, b""),
        (TIMESTAMP_HEADER, b"-1"),
        (TIMESTAMP_HEADER, b"9" * 400),
        (NONCE_HEADER, b"\xb2" * 32),
        (DEVICE_HEADER, b"d" + b"\xb2" * 32),
        (SIGNATURE_HEADER, b"\xb9" * 128),
        (SIGNATURE_HEADER, b"zz" * 64),
    ],
)
def test_every_malformed_authentication_header_is_refused_with_401(client, header, value):
    school = found_school(client, pupils=0)
    headers: dict[str, bytes] = {
        k: v.encode() for k, v in _signed_headers(client, school.admin.engine.device).items()
    }
    headers[header] = value
    response = _raw_get(client.app, "/v1/scopes", headers)
    assert response.status_code == 401, response.text


def _raw_get(app, path: str, headers: dict[str, bytes]) -> httpx.Response:
    """A request whose header bytes reach the app as sent (the TestClient re-encodes them as UTF-8)."""

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://server") as raw:
            return await raw.get(path, headers=headers)

    return asyncio.run(send())


# The server's files are its own.
def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_server_folder_and_its_files_are_readable_by_the_server_user_only(tmp_path):
    data_dir = tmp_path / "server"
    app = create_app(settings(data_dir, setup_token=""))
    with TestClient(app, base_url="http://server") as test_client:
        assert test_client.get("/health").status_code == 200
    app.state.store.close()
    assert _mode(data_dir) == 0o700
    files = sorted(p.name for p in data_dir.iterdir())
    assert "server.db" in files and "setup-token" in files
    for name in files:
        assert _mode(data_dir / name) == 0o600, name


def test_an_existing_server_folder_left_open_to_everyone_is_closed_at_start(tmp_path):
    data_dir = tmp_path / "server"
    first = create_app(settings(data_dir))
    found_school(TestClient(first, base_url="http://server"), pupils=1)
    first.state.store.close()
    os.chmod(data_dir, 0o755)
    for path in data_dir.iterdir():
        os.chmod(path, 0o644)
    second = create_app(settings(data_dir))
    with TestClient(second, base_url="http://server") as test_client:
        assert test_client.get("/health").status_code == 200
    second.state.store.close()
    assert _mode(data_dir) == 0o700
    for path in data_dir.iterdir():
        assert _mode(path) == 0o600, path.name


# Rate limits: counted after the signature, per address before it.
def _forged_headers(client, device) -> dict[str, str]:
    """A request claiming `device`'s id, signed by someone else."""
    headers = _signed_headers(client, device)
    headers[SIGNATURE_HEADER] = "00" * 64
    return headers


def test_a_stranger_claiming_a_devices_id_cannot_throttle_that_device(tmp_path, database_url):
    # A slow refill (one request in ten seconds), so that a slow machine cannot refill the stranger's bucket.
    app = create_app(settings(tmp_path / "server", database_url, requests_per_minute=6, burst=20))
    school_client = TestClient(app, base_url="http://server", client=("192.0.2.10", 40000))
    stranger = TestClient(app, base_url="http://server", client=("198.51.100.7", 40000))
    school = found_school(school_client, pupils=0)
    admin = school.admin.engine.device
    answers = [
        stranger.get("/v1/scopes", headers=_forged_headers(stranger, admin)).status_code for _ in range(30)
    ]
    assert set(answers[:5]) == {401}
    assert answers[-1] == 429, "the stranger's unsigned traffic is limited by its address"
    for _ in range(8):
        assert (
            school_client.get("/v1/scopes", headers=_signed_headers(school_client, admin)).status_code == 200
        )
    app.state.store.close()


def test_unsigned_requests_are_limited_per_address(tmp_path, database_url):
    app = create_app(settings(tmp_path / "server", database_url, requests_per_minute=6, burst=10))
    stranger = TestClient(app, base_url="http://server", client=("198.51.100.7", 40000))
    neighbour = TestClient(app, base_url="http://server", client=("198.51.100.8", 40000))
    answers = [stranger.get("/v1/scopes").status_code for _ in range(15)]
    assert answers[0] == 401 and answers[-1] == 429
    assert neighbour.get("/v1/scopes").status_code == 401, "another address is not held back"
    app.state.store.close()


def test_an_admin_enrols_a_whole_year_group_in_one_go_with_the_default_limits(
    tmp_path, database_url, monkeypatch
):
    from types import SimpleNamespace

    from sync.server import ServerSettings, limits
    from tests.sync_helpers import new_device

    defaults = ServerSettings()
    app = create_app(
        settings(
            tmp_path / "server",
            database_url,
            requests_per_minute=defaults.requests_per_minute,
            burst=defaults.burst,
        )
    )
    client = TestClient(app, base_url="http://server")
    school = found_school(client, pupils=0)
    scopes = [school.school_scope, school.class_scope]
    for number in range(240):
        device = new_device(f"pupil-{number}").engine.device.public
        school.admin_ops.register(device, DeviceRole.FAMILY, scopes, [school.admin.http])
    stranger = TestClient(app, base_url="http://server", client=("198.51.100.7", 40000))
    # The limiter's clock stands still for the stranger: at the default rate (20 a second) a slow machine
    # would refill the bucket as fast as the requests come, and the test would measure the machine.
    frozen = limits.time.monotonic()
    monkeypatch.setattr(limits, "time", SimpleNamespace(monotonic=lambda: frozen))
    answers = [stranger.post("/v1/keys", json={"keys": []}).status_code for _ in range(2 * defaults.burst)]
    assert answers[0] == 401 and answers[-1] == 429, "strangers are still held back"
    app.state.store.close()


# Nonces outlive a restart.
def test_a_request_replayed_after_a_server_restart_is_refused(tmp_path, database_url):
    data_dir = tmp_path / "server"
    first = create_app(settings(data_dir, database_url))
    client = TestClient(first, base_url="http://server")
    school = found_school(client, pupils=0)
    request = client.build_request("GET", "http://server/v1/scopes")
    signed = next(DeviceSignature(school.admin.engine.device).sync_auth_flow(request))
    assert client.send(signed).status_code == 200
    first.state.store.close()
    second = create_app(settings(data_dir, database_url))
    restarted = TestClient(second, base_url="http://server")
    assert restarted.send(signed).status_code == 401
    second.state.store.close()


def test_expired_nonces_are_pruned_from_the_database(tmp_path, database_url):
    from sync.server.store import ServerStore

    now = [1_700_000_000_000]
    url = database_url or f"sqlite:///{tmp_path / 'server.db'}"
    store = ServerStore(url, now_ms=lambda: now[0])
    device = "d" + "1" * 32
    assert store.use_nonce(device, "a" * 32, now[0] + 600_000)
    assert not store.use_nonce(device, "a" * 32, now[0] + 600_000)
    assert store.stored_nonces() == 1
    now[0] += 3_600_000
    assert store.use_nonce(device, "b" * 32, now[0] + 600_000)
    assert store.stored_nonces() == 1, "the expired nonce was removed"
    store.close()


# Joining: only a device that knows the invitation's code uses up one of its five places.
def test_a_stranger_who_knows_only_the_invitation_id_cannot_use_up_a_familys_invitation(client):
    import secrets

    from sync.crypto import DeviceKeys
    from sync.enrolment import Invitation, request_enrolment
    from sync.protocol import EnrolmentRequest

    school = found_school(client, pupils=1)
    invitation = Invitation.issue(DeviceRole.FAMILY, school.admin.engine.device)
    school.admin_ops.open_invitation(invitation, [school.admin.http])
    for _ in range(8):
        keys = DeviceKeys.generate().public
        forged = EnrolmentRequest(
            invitation_id=invitation.invitation_id,
            device_id=keys.device_id,
            exchange_public=keys.exchange_public,
            signing_public=keys.signing_public,
            proof=secrets.token_bytes(32),
        )
        response = client.post("/v1/enrolments", content=forged.model_dump_json(), headers=JSON)
        assert response.status_code == 403, response.text
    # Replaying a real request's proof under another device's keys proves nothing either.
    family = DeviceKeys.generate()
    real = request_enrolment(invitation.code, family)
    keys = DeviceKeys.generate().public
    stolen = real.model_copy(
        update={
            "device_id": keys.device_id,
            "exchange_public": keys.exchange_public,
            "signing_public": keys.signing_public,
        }
    )
    assert client.post("/v1/enrolments", content=stolen.model_dump_json(), headers=JSON).status_code == 403
    assert school.admin.http.post_enrolment_request(real) is None, "the family's own request is taken"
    assert [r.device_id for r in school.admin.http.enrolment_requests()] == [family.device_id]
    school.admin_ops.approve(invitation, real, [school.school_scope], [school.admin.http])
    found = school.admin.http.__class__("http://server", family, client).fetch_approval(
        invitation.invitation_id
    )
    assert found is not None and found.registration.device_id == family.device_id


def test_the_server_holds_neither_the_code_nor_the_key_that_proves_a_request_to_the_admin(tmp_path):
    from sync.enrolment import Invitation, _secrets, normalise_code

    data_dir = tmp_path / "server"
    app = create_app(settings(data_dir))
    client = TestClient(app, base_url="http://server")
    school = found_school(client, pupils=0)
    invitation = Invitation.issue(DeviceRole.FAMILY, school.admin.engine.device)
    school.admin_ops.open_invitation(invitation, [school.admin.http])
    app.state.store.close()
    held = b"".join(p.read_bytes() for p in data_dir.iterdir())
    secrets_of_code = _secrets(invitation.code)
    for secret in (
        normalise_code(invitation.code).encode(),
        secrets_of_code.mac_key,
        secrets_of_code.mac_key.hex().encode(),
    ):
        assert secret not in held


# Storage quotas and unfinished uploads.
def _junk_bundle(device, scope: str, size: int):
    from sync.crypto import ScopeKey, seal_bundle
    from sync.protocol import new_bundle_id

    return seal_bundle(os.urandom(size), ScopeKey(scope, 1, bytes(32)), new_bundle_id(), device)


def test_a_family_device_pushing_junk_is_stopped_at_its_quota_with_a_clear_reason(tmp_path, database_url):
    from sync.transport import StorageFull

    app = create_app(settings(tmp_path / "server", database_url, family_device_quota_bytes=100_000))
    client = TestClient(app, base_url="http://server")
    school = found_school(client, pupils=1)
    family = school.add_device("family", DeviceRole.FAMILY, [school.class_scope], client)
    device = family.engine.device
    for _ in range(4):
        family.http.push([_junk_bundle(device, school.class_scope, 20_000)])
    response = client.post(
        "/v1/bundles",
        content=PushRequest(bundles=[_junk_bundle(device, school.class_scope, 30_000)]).model_dump_json(),
        headers=JSON,
        auth=DeviceSignature(device),
    )
    assert response.status_code == 507
    assert response.headers["X-Linkbook-Reason"] == "device_quota"
    with pytest.raises(StorageFull) as full:
        family.http.push([_junk_bundle(device, school.class_scope, 30_000)])
    assert "storage allowance" in str(full.value)
    # The class's scope is not full: the teacher still posts.
    teacher = school.add_device("teacher", DeviceRole.STAFF, [school.class_scope], client)
    teacher.http.push([_junk_bundle(teacher.engine.device, school.class_scope, 30_000)])
    # Nor does a chunked upload get round it.
    with pytest.raises(StorageFull):
        family.http.upload_blob(school.class_scope, "ab" * 32, os.urandom(40_000), chunk_bytes=10_000)
    app.state.store.close()


def test_a_scope_is_stopped_at_its_quota_whoever_pushes(tmp_path, database_url):
    from sync.transport import StorageFull

    app = create_app(settings(tmp_path / "server", database_url, scope_quota_bytes=100_000))
    client = TestClient(app, base_url="http://server")
    school = found_school(client, pupils=1)
    teacher = school.add_device(
        "teacher", DeviceRole.STAFF, [school.class_scope, school.school_scope], client
    )
    admin = school.admin
    admin.http.push([_junk_bundle(admin.engine.device, school.class_scope, 60_000)])
    with pytest.raises(StorageFull) as full:
        teacher.http.push([_junk_bundle(teacher.engine.device, school.class_scope, 60_000)])
    assert full.value.reason == "scope_quota"
    teacher.http.push([_junk_bundle(teacher.engine.device, school.school_scope, 60_000)])
    app.state.store.close()


def test_an_unfinished_upload_is_removed_after_a_day_and_its_space_given_back(tmp_path, database_url):
    from sync.server.store import ServerStore

    now = [1_700_000_000_000]
    url = database_url or f"sqlite:///{tmp_path / 'server.db'}"
    store = ServerStore(url, now_ms=lambda: now[0])
    app = create_app(settings(tmp_path / "server", database_url, family_device_quota_bytes=50_000), store)
    client = TestClient(app, base_url="http://server")
    school = found_school(client, pupils=1)
    family = school.add_device("family", DeviceRole.FAMILY, [school.pupil_scopes[0]], client)
    scope = school.pupil_scopes[0]
    cut = os.urandom(60_000)
    cut_id = "cd" * 32
    family.http._json("PUT", f"/v1/scopes/{scope}/blobs/{cut_id}", content=cut[:40_000], params={"offset": 0})
    assert family.http.blob_status(scope, cut_id).received == 40_000
    now[0] += 3600_000
    assert family.http.blob_status(scope, cut_id).received == 40_000, "an hour later it may still resume"
    now[0] += 24 * 3600_000
    whole = os.urandom(30_000)
    family.http.upload_blob(scope, hashlib.sha256(whole).hexdigest(), whole)
    assert family.http.blob_status(scope, cut_id).received == 0, "the day-old unfinished upload is gone"
    assert family.http.download_blob(scope, hashlib.sha256(whole).hexdigest()) == whole
    app.state.store.close()


def test_a_teacher_whose_device_is_out_of_room_is_told_so_and_keeps_the_entry(tmp_path, monkeypatch):
    from desktop.domain.linkbook import LinkBookEntry
    from desktop.domain.school import StaffRole
    from desktop.services.linkbook import LinkBookService
    from desktop.services.sync.device import SyncTarget, SyncUnavailable
    from tests.sync_desktop_helpers import build_school, day, enrol, found_admin, open_device
    from tests.sync_helpers import ServerProcess

    monkeypatch.setenv("LINKBOOK_SERVER_DEVICE_QUOTA_BYTES", "100")
    server = ServerProcess(tmp_path / "server-data").start()
    try:
        office = open_device(tmp_path, "office")
        school = build_school(office.context)
        found_admin(office, SyncTarget(server_url=server.url))
        office.sync.sync_once()
        teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
        enrol(office, teacher, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
        pupil = school["pupils"][0]
        entry = LinkBookService(teacher.context).save_entry(
            LinkBookEntry(
                pupil_id=pupil.id,
                day=day(),
                author_id="t1",
                author_role=StaffRole.CLASS_TEACHER,
                learning="Hodan counted to fifty in Somali and in English, then taught Mateusz the numbers",
            )
        )
        with pytest.raises(SyncUnavailable) as unavailable:
            teacher.sync.sync_once()
        message = str(unavailable.value)
        assert "no room left" in message and "school office" in message
        assert LinkBookService(teacher.context).entry(entry.id).learning.startswith("Hodan counted")
    finally:
        server.stop()


def test_a_server_database_from_before_these_tables_opens_and_counts_what_it_already_holds(
    tmp_path, database_url
):
    from sqlalchemy import text

    from sync.server.store import ServerStore
    from sync.server.store.quotas import Allowance, QuotaExceeded

    url = database_url or f"sqlite:///{tmp_path / 'server.db'}"
    app = create_app(settings(tmp_path / "server", database_url), ServerStore(url))
    client = TestClient(app, base_url="http://server")
    school = found_school(client, pupils=0)
    teacher = school.add_device("teacher", DeviceRole.STAFF, [school.class_scope], client)
    teacher.http.push([_junk_bundle(teacher.engine.device, school.class_scope, 40_000)])
    store = app.state.store
    with store.engine.begin() as conn:  # as a server of the previous release left it
        for table in ("storage_use", "blob_uploads", "invitation_verifiers"):
            conn.execute(text(f"DROP TABLE {table}"))
    store.close()

    reopened = ServerStore(url)
    device = teacher.engine.device.device_id
    allowance = Allowance(device, 60_000, 10**9)
    with pytest.raises(QuotaExceeded):
        reopened.append_bundles([_junk_bundle(teacher.engine.device, school.class_scope, 30_000)], allowance)
    reopened.append_bundles([_junk_bundle(teacher.engine.device, school.class_scope, 10_000)], allowance)
    assert 50_000 <= reopened.storage_used(device) <= 60_000
    reopened.close()


# The bytes a signature covers: the path and query read from the request are those `request.url` gives.
@settings_hypothesis(max_examples=300, deadline=None)
@given(
    path=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=24),
    query=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=24),
)
@example(path="v1/heads", query="with_keys=true")
@example(path="a?b#c\\d", query="x#y")
@example(path="/twice", query="")
@example(path="tab\there", query="line\r\nfeed\t")
def test_the_signed_path_and_query_are_those_of_the_requests_url(path, query):
    scope = {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "server": ("127.0.0.1", 8765),
        "path": "/" + path,
        "query_string": query.encode(),
        "headers": [(b"host", b"127.0.0.1:8765")],
    }
    url = Request(scope).url
    assert _signed_target(Request(scope)) == (url.path, url.query)
