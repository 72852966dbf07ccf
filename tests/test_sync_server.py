"""The sync server's HTTP API, on SQLite and on PostgreSQL (the same tests, parametrised by backend)."""

from __future__ import annotations

import hashlib
import time

import httpx
import pytest
from starlette.testclient import TestClient

from sync.auth import TIMESTAMP_HEADER, DeviceSignature
from sync.crypto import (
    DeviceKeys,
    ScopeKey,
    ScopeKind,
    register_device,
    seal_blob,
    seal_bundle,
    wrap_scope_key,
    wrapped_key_signed_bytes,
)
from sync.http import HttpTransport
from sync.protocol import DeviceRole, PushRequest, PushResponse, new_bundle_id
from sync.server import create_app
from sync.transport import DeviceRemoved, Refused
from tests.sync_helpers import SETUP_TOKEN, found_school, settings
from tests.sync_postgres import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
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


@pytest.fixture
def school(client):
    return found_school(client, pupils=2)


def bundle_for(device: DeviceKeys, scope: str, text: bytes = b"x"):
    return seal_bundle(text, ScopeKey(scope, 1, bytes(32)), new_bundle_id(), device)


def test_health_and_the_openapi_description_are_published(client):
    assert client.get("/health").json() == {"status": "ok", "protocol": 1}
    paths = client.get("/openapi.json").json()["paths"]
    assert "/v1/bundles" in paths and "/v1/scopes/{scope_id}/bundles" in paths


def test_requests_without_a_valid_device_signature_are_refused(client, school):
    assert client.get("/v1/scopes").status_code == 401
    stranger = HttpTransport("http://server", DeviceKeys.generate(), client)
    with pytest.raises(Refused) as refused:
        stranger.scopes()
    assert refused.value.status == 401
    request = client.build_request("GET", "http://server/v1/scopes")
    signed = next(DeviceSignature(school.admin.engine.device).sync_auth_flow(request))
    signed.headers["X-Linkbook-Signature"] = "00" * 64
    assert client.send(signed).status_code == 401


def test_a_replayed_or_stale_request_is_refused(client, school):
    request = client.build_request("GET", "http://server/v1/scopes")
    signed = next(DeviceSignature(school.admin.engine.device).sync_auth_flow(request))
    assert client.send(signed).status_code == 200
    assert client.send(signed).status_code == 401
    old = client.build_request("GET", "http://server/v1/scopes")
    stale = next(DeviceSignature(school.admin.engine.device).sync_auth_flow(old))
    stale.headers[TIMESTAMP_HEADER] = str(int(time.time() * 1000) - 3_600_000)
    assert client.send(stale).status_code == 401


@pytest.mark.parametrize("path", ["/v1/heads", "/v1/keys", "/v1/scopes/{scope}/bundles?since=0"])
def test_the_routes_every_sync_calls_refuse_a_forged_or_replayed_request(client, school, path):
    url = "http://server" + path.format(scope=school.school_scope)
    admin = school.admin.engine.device
    forged = next(DeviceSignature(admin).sync_auth_flow(client.build_request("GET", url)))
    forged.headers["X-Linkbook-Signature"] = "00" * 64
    assert client.send(forged).status_code == 401
    stranger = next(DeviceSignature(DeviceKeys.generate()).sync_auth_flow(client.build_request("GET", url)))
    assert client.send(stranger).status_code == 401
    signed = next(DeviceSignature(admin).sync_auth_flow(client.build_request("GET", url)))
    assert client.send(signed).status_code == 200
    replayed = client.send(signed)
    assert replayed.status_code == 401 and "already seen" in replayed.text


JSON = {"Content-Type": "application/json"}


def test_a_forged_or_replayed_push_is_refused_and_stores_nothing_twice(client, school):
    admin = school.admin.engine.device

    def signed_push(forge: bool = False) -> httpx.Request:
        body = PushRequest(bundles=[bundle_for(admin, school.school_scope)]).model_dump_json().encode()
        request = client.build_request("POST", "http://server/v1/bundles", content=body, headers=JSON)
        signed = next(DeviceSignature(admin).sync_auth_flow(request))
        if forge:
            signed.headers["X-Linkbook-Signature"] = "00" * 64
        return signed

    assert client.send(signed_push(forge=True)).status_code == 401
    signed = signed_push()
    assert client.send(signed).status_code == 200
    # The admin's keys are now known to the server: a replay is still refused, and so is a forgery.
    replayed = client.send(signed)
    assert replayed.status_code == 401 and "already seen" in replayed.text
    assert client.send(signed_push(forge=True)).status_code == 401
    transport = HttpTransport("http://server", admin, client)
    assert len(transport.pull(school.school_scope, "", lambda _b: False).bundles) == 1


def test_a_refused_push_replayed_is_refused_as_already_seen_and_stores_nothing(client, school):
    """A push refused after its signature was checked (a scope the device is not in, a bundle signed by
    another key, another device's bundle) still used up its nonce: its replay is told it was seen, and
    nothing of it is stored. A push that is stored after that, in the scope refused before, is the one
    bundle there."""
    teacher = school.add_device("teacher", DeviceRole.STAFF, [school.pupil_scopes[0]], client)
    device = teacher.engine.device
    outsider_scope, own_scope = school.pupil_scopes[1], school.pupil_scopes[0]
    forged_bundle = bundle_for(device, own_scope).model_copy(update={"signature": b"\0" * 64})
    refusals = [
        ([bundle_for(device, outsider_scope)], 403),
        ([forged_bundle], 422),
        ([bundle_for(school.admin.engine.device, own_scope)], 403),
    ]
    for bundles, status in refusals:
        body = PushRequest(bundles=bundles).model_dump_json().encode()
        request = client.build_request("POST", "http://server/v1/bundles", content=body, headers=JSON)
        signed = next(DeviceSignature(device).sync_auth_flow(request))
        assert client.send(signed).status_code == status
        replayed = client.send(signed)
        assert replayed.status_code == 401 and "already seen" in replayed.text
    admin = school.admin.http
    assert admin.pull(outsider_scope, "", lambda _b: False).bundles == []
    assert admin.pull(own_scope, "", lambda _b: False).bundles == []
    teacher.http.push([bundle_for(device, own_scope, b"kept")])
    assert len(admin.pull(own_scope, "", lambda _b: False).bundles) == 1


def test_a_device_removed_through_another_server_process_is_refused_its_next_push(
    tmp_path, database_url, client, school
):
    """Two server processes over one database: the one a teacher pushes through knows the teacher's keys
    from that push; the admin removes the teacher through the other; the very next push is refused, and
    so are its heads and pulls there."""
    other_app = create_app(settings(tmp_path / "server", database_url))
    with TestClient(other_app, base_url="http://server") as other:
        teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
        through_other = HttpTransport("http://server", teacher.engine.device, other)
        scope = school.pupil_scopes[0]
        through_other.push([bundle_for(teacher.engine.device, scope, b"before")])
        school.admin.http.revoke_device(teacher.engine.device_id)
        with pytest.raises(DeviceRemoved) as removed:
            through_other.push([bundle_for(teacher.engine.device, scope, b"after")])
        assert removed.value.status == 403
        for asked in (through_other.heads, lambda: through_other.pull(scope, "", lambda _b: False)):
            with pytest.raises(DeviceRemoved):
                asked()
    other_app.state.store.close()
    assert len(school.admin.http.pull(scope, "", lambda _b: False).bundles) == 1


def test_the_body_is_bound_to_the_signature(client, school):
    admin = school.admin.engine.device
    push = PushRequest(bundles=[bundle_for(admin, school.school_scope)]).model_dump_json().encode()
    request = client.build_request("POST", "http://server/v1/bundles", content=push)
    signed = next(DeviceSignature(admin).sync_auth_flow(request))
    other = PushRequest(bundles=[bundle_for(admin, school.school_scope)]).model_dump_json().encode()
    swapped = httpx.Request("POST", signed.url, headers=signed.headers, content=other)
    assert client.send(swapped).status_code == 401


def test_pushing_the_same_bundle_twice_stores_it_once_and_pull_pages_by_sequence(client, school):
    admin = HttpTransport("http://server", school.admin.engine.device, client)
    scope = school.pupil_scopes[0]
    bundles = [bundle_for(school.admin.engine.device, scope, bytes([n])) for n in range(5)]
    assert admin.push(bundles[:3]) == [b.bundle_id for b in bundles[:3]]
    assert admin.push(bundles) == [b.bundle_id for b in bundles]
    admin.pull_limit = 2
    seen, cursor = [], ""
    while True:
        page = admin.pull(scope, cursor, lambda _b: False)
        seen += [(int(position), bundle.bundle_id) for position, bundle in page.bundles]
        cursor = page.cursor
        if not page.more:
            break
    assert seen == [(n + 1, b.bundle_id) for n, b in enumerate(bundles)]
    changed = bundle_for(school.admin.engine.device, scope, b"other").model_copy(
        update={"bundle_id": bundles[0].bundle_id}
    )
    from sync.crypto import bundle_signed_bytes

    changed = changed.model_copy(
        update={"signature": school.admin.engine.device.sign(bundle_signed_bytes(changed))}
    )
    with pytest.raises(Refused) as refused:
        admin.push([changed])
    assert refused.value.status == 409


def _signed_push(client, device: DeviceKeys, bundles, query: str = "") -> httpx.Response:
    body = PushRequest(bundles=bundles).model_dump_json().encode()
    request = client.build_request(
        "POST", "http://server/v1/bundles" + query, content=body, headers={"Content-Type": "application/json"}
    )
    return client.send(next(DeviceSignature(device).sync_auth_flow(request)))


def test_a_push_that_asks_for_heads_gets_them_and_one_that_does_not_gets_the_old_answer(client, school):
    admin = school.admin.engine.device
    scope = school.pupil_scopes[1]
    plain = _signed_push(client, admin, [bundle_for(admin, scope, b"one")])
    assert plain.status_code == 200
    # An older client's PushResponse forbids unknown fields: the answer it gets has none.
    assert set(plain.json()) == {"results"}

    pushed = [bundle_for(admin, scope, b"two"), bundle_for(admin, school.school_scope, b"three")]
    answer = _signed_push(client, admin, pushed, "?with_heads=true")
    assert answer.status_code == 200
    reply = PushResponse.model_validate(answer.json())
    assert [r.bundle_id for r in reply.results] == [b.bundle_id for b in pushed]
    assert reply.heads is not None
    assert reply.heads[scope] == 2 and reply.heads[school.school_scope] == reply.results[1].seq
    # The same heads the device would have asked for next, for every scope it holds.
    assert reply.heads == {k: int(v) for k, v in school.admin.http.heads().items()}


def test_a_sync_that_pushes_learns_the_heads_from_the_push_and_asks_for_them_once(client, school):
    """The heads after a push come in the push's answer: a sync that writes makes one heads request, not
    two, does not fetch back its own bundle, and the others still receive what it wrote."""
    teacher = school.add_device(
        "teacher", DeviceRole.STAFF, [school.school_scope, *school.pupil_scopes], client
    )
    family = school.add_device(
        "family", DeviceRole.FAMILY, [school.school_scope, school.pupil_scopes[0]], client
    )
    for device in (teacher, family):
        device.engine.sync(device.http)
    asked: list[str] = []
    client.event_hooks["request"].append(lambda request: asked.append(f"{request.method} {request.url.path}"))

    with teacher.store.transaction() as tx:
        teacher.engine.append(tx, school.pupil_scopes[0], "entry", "e-1", {"text": "Αλέξης read to Łucja"})
    report = teacher.engine.sync(teacher.http)

    assert report.pushed == 1 and report.applied == 0
    assert asked.count("GET /v1/heads") == 1 and asked.count("POST /v1/bundles") == 1
    assert not [a for a in asked if a.endswith("/bundles") and a.startswith("GET")], "nothing fetched back"
    family.engine.sync(family.http)
    assert family.store.records[(school.pupil_scopes[0], "e-1")].visible


def test_heads_say_how_many_keys_wait_and_a_sync_asks_for_keys_only_when_a_new_one_came(client, school):
    """A sync that seals must hold the newest key of its scopes (a removed device keeps the old one). The
    heads say how many keys the server holds wrapped for the device; while that is the count at which it
    took them all, the sync skips asking. A removal's rotation raises the count: the next sync asks, and
    seals under the new key."""
    scope = school.pupil_scopes[0]
    teacher = school.add_device("teacher", DeviceRole.STAFF, [school.school_scope, scope], client)
    old_laptop = school.add_device("old laptop", DeviceRole.STAFF, [scope], client)
    for device in (teacher, old_laptop):
        device.engine.sync(device.http)
    plain = client.get("/v1/heads", auth=DeviceSignature(teacher.engine.device))
    assert plain.status_code == 200 and set(plain.json()) == {"heads"}, "an older client sees no new field"
    asked: list[str] = []
    client.event_hooks["request"].append(lambda request: asked.append(f"{request.method} {request.url.path}"))

    def write_and_sync(record_id: str) -> None:
        asked.clear()
        with teacher.store.transaction() as tx:
            teacher.engine.append(tx, scope, "entry", record_id, {"text": f"Ngozi and Kenji, {record_id}"})
        teacher.engine.sync(teacher.http)

    write_and_sync("e-1")  # its two keys were taken at its first sync
    assert teacher.http.keys_listed == 2 and "GET /v1/keys" not in asked
    write_and_sync("e-2")
    assert "GET /v1/keys" not in asked and asked.count("POST /v1/bundles") == 1

    [rotated] = school.admin_ops.remove_device(old_laptop.engine.device_id, [school.admin.http])
    write_and_sync("e-3")
    assert teacher.http.keys_listed == 3 and asked.count("GET /v1/keys") == 1
    sealed = {b.generation for b in teacher.store.outgoing.values() if b.scope_id == scope}
    assert rotated.generation == 2 and 2 in sealed, "e-3 is sealed under the new key the old laptop lacks"
    write_and_sync("e-4")
    assert "GET /v1/keys" not in asked


def test_grants_sealed_with_and_without_the_scopes_kind_are_both_kept_and_handed_back(client, school):
    """An upgraded admin device seals the scope's kind in each grant (61 bytes); a grant an older one
    posted (the key alone, 60 bytes) stays on the server. Both are stored and handed back as posted,
    on SQLite and on PostgreSQL: the server never opens either."""
    teacher = school.add_device("teacher", DeviceRole.STAFF, [], client)
    admin = school.admin.engine.device
    key = ScopeKey(school.class_scope, 1, bytes(32))
    with_kind = wrap_scope_key(key, teacher.engine.device.public, admin, kind=ScopeKind.CLASS)
    shorter = with_kind.model_copy(update={"generation": 2, "sealed": with_kind.sealed[:60]})
    without_kind = shorter.model_copy(update={"signature": admin.sign(wrapped_key_signed_bytes(shorter))})
    school.admin.http.publish_keys([with_kind, without_kind])
    kept = teacher.http.wrapped_keys(teacher.engine.device_id)
    assert sorted(kept, key=lambda k: k.generation) == [with_kind, without_kind]
    assert [len(k.sealed) for k in sorted(kept, key=lambda k: k.generation)] == [61, 60]


def test_a_family_device_cannot_fetch_or_push_another_childs_scope(client, school):
    mine, theirs = school.pupil_scopes
    family = school.add_device("family", DeviceRole.FAMILY, [school.school_scope, mine], client)
    assert sorted(family.http.scopes()) == sorted([school.school_scope, mine])
    family.http.pull(mine, "", lambda _b: False)
    for attempt in (
        lambda: family.http.pull(theirs, "", lambda _b: False),
        lambda: family.http.push([bundle_for(family.engine.device, theirs)]),
        lambda: family.http.blob_status(theirs, "0" * 64),
    ):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.status == 403


def test_a_device_cannot_push_a_bundle_signed_by_another(client, school):
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
    forged = bundle_for(school.admin.engine.device, school.pupil_scopes[0])
    with pytest.raises(Refused) as refused:
        teacher.http.push([forged])
    assert refused.value.status == 403


def test_a_removed_device_is_refused_everything_and_told_it_was_removed(client, school):
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
    teacher.http.scopes()
    school.admin.http.revoke_device(teacher.engine.device_id)
    for attempt in (
        lambda: teacher.http.pull(school.pupil_scopes[0], "", lambda _b: False),
        lambda: teacher.http.heads(),
        lambda: teacher.http.wrapped_keys(teacher.engine.device_id),
        lambda: teacher.http.push([bundle_for(teacher.engine.device, school.pupil_scopes[0])]),
    ):
        with pytest.raises(DeviceRemoved) as removed:
            attempt()
        assert removed.value.status == 403 and "removed" in removed.value.detail

    # Only the device itself learns it was removed: a request not signed by its key is merely refused.
    request = client.build_request("GET", "http://server/v1/scopes")
    signed = next(DeviceSignature(DeviceKeys.generate()).sync_auth_flow(request))
    signed.headers["X-Linkbook-Device"] = teacher.engine.device_id
    answer = client.send(signed)
    assert answer.status_code == 401 and "X-Linkbook-Reason" not in answer.headers


def test_only_admins_register_devices_and_grant_scopes(client, school):
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
    stranger = DeviceKeys.generate()
    with pytest.raises(Refused) as refused:
        teacher.http.publish_registration(
            register_device(stranger.public, DeviceRole.ADMIN, teacher.engine.device), [school.school_scope]
        )
    assert refused.value.status == 403
    with pytest.raises(Refused):
        teacher.http.add_members(school.school_scope, [teacher.engine.device_id])


def test_the_founding_admin_is_accepted_once_and_only_with_the_setup_token(client, school):
    other = DeviceKeys.generate()
    registration = register_device(other.public, DeviceRole.ADMIN, other)
    transport = HttpTransport("http://server", other, client)
    for token in ("wrong-token-wrong-token", SETUP_TOKEN):
        with pytest.raises(Refused) as refused:
            transport.bootstrap(token, registration)
        assert refused.value.status in (403, 409)


def test_oversized_requests_are_refused(tmp_path, database_url):
    app = create_app(settings(tmp_path / "small", database_url, max_body_bytes=2048))
    with TestClient(app, base_url="http://server") as small:
        response = small.post(
            "/v1/bundles", content=b"x" * 4096, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
    app.state.store.close()


def test_too_many_requests_are_slowed_down(tmp_path, database_url):
    app = create_app(settings(tmp_path / "limited", database_url, requests_per_minute=60, burst=3))
    with TestClient(app, base_url="http://server") as limited:
        codes = [limited.post("/v1/enrolments", json={}).status_code for _ in range(6)]
    app.state.store.close()
    assert codes[:3] == [422, 422, 422] and 429 in codes[3:]


def test_blob_uploads_resume_where_they_stopped_and_are_stored_once(client, school):
    scope = school.pupil_scopes[0]
    key = school.admin.engine.keyring.current(scope)
    blob_id, sealed = seal_blob(bytes(range(256)) * 40, key)
    admin = school.admin.http
    client.put(
        f"/v1/scopes/{scope}/blobs/{blob_id}",
        params={"offset": 0},
        content=sealed[:1000],
        auth=DeviceSignature(school.admin.engine.device),
    )
    assert admin.blob_status(scope, blob_id).received == 1000
    admin.upload_blob(scope, blob_id, sealed, chunk_bytes=3000)
    assert admin.blob_status(scope, blob_id).complete
    admin.upload_blob(scope, blob_id, sealed)
    assert admin.download_blob(scope, blob_id) == sealed
    assert hashlib.sha256(sealed).hexdigest() == blob_id
    wrong_id = "0" * 64
    admin.blob_status(scope, wrong_id)
    with pytest.raises(Refused) as refused:
        admin.upload_blob(scope, wrong_id, sealed)
    assert refused.value.status == 422


def test_a_new_device_enrols_with_the_invitation_code_through_the_server(client, school):
    from sync.enrolment import Invitation, request_enrolment
    from tests.sync_helpers import new_device

    invitation = Invitation.issue(
        DeviceRole.FAMILY, school.admin.engine.device, "https://sync.example.school"
    )
    assert invitation.code in invitation.qr_payload and invitation.display_code in invitation.printable()
    school.admin_ops.open_invitation(invitation, [school.admin.http])
    phone = new_device("phone", client)
    assert phone.http.fetch_approval(invitation.invitation_id) is None
    phone.http.post_enrolment_request(request_enrolment(invitation.display_code.lower(), phone.engine.device))
    [request] = school.admin.http.enrolment_requests()
    scopes = [school.school_scope, school.pupil_scopes[0]]
    school.admin_ops.approve(invitation, request, scopes, [school.admin.http])
    approval = phone.http.fetch_approval(invitation.invitation_id)
    phone.engine.join(invitation.code, approval)
    report = phone.engine.sync(phone.http)
    assert report.keys_received == 2 and phone.engine.keyring.scopes() == sorted(scopes)
    intruder = new_device("intruder", client)
    from sync.crypto import CryptoError

    forged = request_enrolment("ZZZZ-ZZZZ-ZZZZ", intruder.engine.device).model_copy(
        update={"invitation_id": invitation.invitation_id}
    )
    with pytest.raises(CryptoError):
        school.admin_ops.approve(invitation, forged, scopes, [school.admin.http])


def test_the_server_turns_down_a_request_for_no_open_invitation_and_says_why(client, school):
    from sync.enrolment import Invitation, request_enrolment
    from sync.protocol import RefusalReason
    from tests.sync_helpers import new_device

    admin = school.admin.engine.device
    invitation = Invitation.issue(DeviceRole.STAFF, admin, "https://sync.example.school")
    laptop, tablet = new_device("laptop", client), new_device("tablet", client)

    # Before the admin device has told the server of it, no invitation has that id: a mistyped code.
    refusal = laptop.http.post_enrolment_request(request_enrolment(invitation.code, laptop.engine.device))
    assert refusal is not None and refusal.reason is RefusalReason.UNKNOWN_INVITATION
    assert school.admin.http.enrolment_requests() == []

    school.admin_ops.open_invitation(invitation, [school.admin.http])
    school.admin_ops.open_invitation(invitation, [school.admin.http])  # telling it twice does no harm
    for device in (laptop, tablet):
        assert (
            device.http.post_enrolment_request(request_enrolment(invitation.code, device.engine.device))
            is None
        )
        assert device.http.refusal(invitation.invitation_id, device.engine.device_id) is None
    requests = {r.device_id: r for r in school.admin.http.enrolment_requests()}
    school.admin_ops.approve(invitation, requests[laptop.engine.device_id], [], [school.admin.http])

    # It works once: the tablet, still waiting, is told so; the laptop may ask again and still wait.
    turned_away = tablet.http.refusal(invitation.invitation_id, tablet.engine.device_id)
    assert turned_away is not None and turned_away.reason is RefusalReason.USED
    again = tablet.http.post_enrolment_request(request_enrolment(invitation.code, tablet.engine.device))
    assert again is not None and again.reason is RefusalReason.USED
    assert laptop.http.refusal(invitation.invitation_id, laptop.engine.device_id) is None
    assert (
        laptop.http.post_enrolment_request(request_enrolment(invitation.code, laptop.engine.device)) is None
    )

    # An expired invitation is refused as such.
    old = Invitation.issue(DeviceRole.FAMILY, admin, valid_for_s=-1)
    school.admin_ops.open_invitation(old, [school.admin.http])
    late = tablet.http.post_enrolment_request(request_enrolment(old.code, tablet.engine.device))
    assert late is not None and late.reason is RefusalReason.EXPIRED

    # Only the admin device says which invitations are open.
    with pytest.raises(Refused) as refused:
        laptop.http.open_invitation(invitation.invitation_id, time.time() + 60)
    assert refused.value.status == 403
    with pytest.raises(Refused) as refused:
        tablet.http.open_invitation(invitation.invitation_id, time.time() + 60)
    assert refused.value.status == 401
