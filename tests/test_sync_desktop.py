"""The desktop side of sync: real SQCipher vaults syncing through a real server process and a folder."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.families import FamilyMember, Relationship
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget, client_for
from desktop.services.sync.engine import RemovedFromSync, _NotingStore
from desktop.store.sync_store import records_deleted
from desktop.store.sync_store.store import VaultSyncStore
from desktop.ui.family.identity import load_household
from sync.client import SyncEngine
from sync.crypto import CryptoError, decrypt_bundle
from sync.http import HttpTransport
from sync.local import BulkRecords, EncodedOutbox, ScopeKinds
from sync.protocol import DeviceRole, SealedBundle
from sync.transport import Refused
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path_factory.mktemp("server") / "data").start()
    yield process
    process.stop()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


def test_an_entry_written_on_one_device_appears_on_another_with_its_reply_and_acknowledgement(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    zofia = school["pupils"][0]
    assert SchoolService(teacher.context).pupil(zofia.id).legal_last_name == "Wiśniewska"

    entry = LinkBookService(teacher.context).save_entry(
        LinkBookEntry(
            pupil_id=zofia.id,
            day=day(),
            author_id="t1",
            author_role=StaffRole.CLASS_TEACHER,
            learning="Zofia read her Roman coins book to the class",
        )
    )
    teacher.sync.sync_once()
    office.sync.sync_once()
    [arrived] = LinkBookService(office.context).timeline(zofia.id)
    assert arrived.learning == "Zofia read her Roman coins book to the class"

    LinkBookService(office.context).add_reply(
        entry.id, "Dziękujemy, była bardzo dumna!", "Mama Zofii", AuthorKind.FAMILY, Method.PAPER
    )
    LinkBookService(office.context).acknowledge(entry.id, "Mama Zofii", Method.PAPER)
    office.sync.sync_once()
    teacher.sync.sync_once()
    [seen] = LinkBookService(teacher.context).timeline(zofia.id)
    assert [r.text for r in seen.replies] == ["Dziękujemy, była bardzo dumna!"]
    assert [a.by_name for a in seen.acknowledgements] == ["Mama Zofii"]
    assert teacher.sync.status().pending_changes == 0


def _sync_all(*devices: DesktopDevice) -> None:
    for device in (*devices, *devices):
        device.sync.sync_once()


@pytest.fixture
def two_devices(tmp_path: Path, fresh_server: ServerProcess) -> tuple[DesktopDevice, DesktopDevice, dict]:
    """The office (admin device) and the SENCO's laptop (staff, the first class), both synced."""
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    senco = open_device(tmp_path, "senco", StaffRole.SENCO)
    enrol(office, senco, fresh_server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    return office, senco, school


@pytest.mark.parametrize("keep", ["theirs", "ours"])
def test_an_agreement_edited_on_two_devices_keeps_both_versions_as_a_conflict(two_devices, keep: str) -> None:
    office, senco, school = two_devices
    hodan = school["pupils"][0]
    first = DocumentContent(commitments=(Commitment(Party.SCHOOL, "Meet Zofia at the gate each morning"),))
    agreement = AgreementService(office.context).create(hodan.id, DocumentKind.AGREEMENT, "Mornings", first)
    _sync_all(office, senco)
    assert AgreementService(senco.context).agreement(agreement.id).current.content == first

    ours = DocumentContent(commitments=(Commitment(Party.SCHOOL, "Meet Zofia at the side gate at 8:40"),))
    theirs = DocumentContent(commitments=(Commitment(Party.FAMILY, "Zofia brings her reading diary daily"),))
    AgreementService(office.context).edit_draft(agreement.id, ours)
    AgreementService(senco.context).edit_draft(agreement.id, theirs)
    _sync_all(office, senco)

    for device in (office, senco):
        [conflict] = device.conflicts.waiting()
        assert conflict.kind == "agreement_version" and conflict.field == "content"
        texts = " ".join(conflict.versions)
        assert "side gate at 8:40" in texts and "reading diary daily" in texts
        assert device.sync.status().conflicts == 1
    shown = {AgreementService(d.context).agreement(agreement.id).current.content for d in (office, senco)}
    assert len(shown) == 1, "both devices show the same version until a person chooses"

    # Either text may be kept, the one both devices show or the other (which must replace it).
    wanted, words = (theirs, "reading diary daily") if keep == "theirs" else (ours, "side gate at 8:40")
    [conflict] = office.conflicts.waiting()
    [chosen] = [v for v in conflict.versions if words in v]
    office.conflicts.resolve(conflict, chosen)
    assert AgreementService(office.context).agreement(agreement.id).current.content == wanted
    _sync_all(office, senco)
    assert office.conflicts.waiting() == [] and senco.conflicts.waiting() == []
    assert AgreementService(senco.context).agreement(agreement.id).current.content == wanted


def test_deletions_arrive_as_tombstones(two_devices) -> None:
    office, senco, school = two_devices
    ionut = school["pupils"][4]
    [parent] = SchoolService(office.context).family_of(ionut.id)
    entry = LinkBookService(senco.context).save_entry(
        LinkBookEntry(
            pupil_id=ionut.id, day=day(), author_id="t", author_role=StaffRole.SENCO, wins="Swam 10 m"
        )
    )
    reply = LinkBookService(senco.context).add_reply(entry.id, "Super, Ionuț!", "Tata", AuthorKind.FAMILY)
    _sync_all(senco, office)
    assert [r.text for r in LinkBookService(office.context).entry(entry.id).replies] == ["Super, Ionuț!"]

    SchoolService(office.context).remove_family_member(parent.id, ionut.id)
    with office.vault.writing() as session:  # what erasure does: delete the rows, and say so
        session.connection().exec_driver_sql("DELETE FROM entry_reply WHERE id = ?", (reply.id,))
        assert records_deleted(session, [reply.id]) == 1
    with office.vault.writing() as session:
        assert records_deleted(session, [reply.id]) == 0, "a record deleted once is not deleted again"
    _sync_all(office, senco)

    assert SchoolService(senco.context).family_of(ionut.id) == []
    assert LinkBookService(senco.context).entry(entry.id).replies == ()
    assert senco.scalar("SELECT count(*) FROM family_member WHERE id = ?", parent.id) == 0


def test_on_a_family_device_every_family_member_arrives_linked_to_their_children(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia, ayaan = school["pupils"][0], school["pupils"][1]
    father = FamilyMember("Tomasz Wiśniewski", Relationship.FATHER, (zofia.id,), contact_order=2)
    grandmother = FamilyMember("王秀英", Relationship.GRANDPARENT, (zofia.id, ayaan.id), contact_order=3)
    SchoolService(office.context).save_family_members([father, grandmother])
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id, ayaan.id))

    for child in (zofia, ayaan):
        at_school = [(m.name, m.pupil_ids) for m in SchoolService(office.context).family_of(child.id)]
        at_home = [(m.name, m.pupil_ids) for m in SchoolService(family.context).family_of(child.id)]
        assert at_home == at_school and at_home, child.first_name
    assert [m.name for m in SchoolService(family.context).family_of(zofia.id)] == [
        "Elżbieta Wiśniewska",
        "Tomasz Wiśniewski",
        "王秀英",
    ]

    # The family window acts as one of them, for exactly the children they are linked to.
    household = load_household(family.vault)
    assert [m.name for m in household.members] == ["Elżbieta Wiśniewska", "Tomasz Wiśniewski", "王秀英"]
    assert household.actor(father.id).pupil_ids == (zofia.id,)
    assert set(household.actor(grandmother.id).pupil_ids) == {zofia.id, ayaan.id}


def _bytes_of(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_a_family_device_holds_only_its_childs_records_and_loses_access_once_removed(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia, other = school["pupils"][0], school["pupils"][3]
    for pupil, text in ((zofia, "Zofia read her Roman coins book"), (other, "Gurpreet counted in fives")):
        LinkBookService(office.context).save_entry(
            LinkBookEntry(pupil_id=pupil.id, day=day(), author_id="t", author_role=StaffRole.ADMIN, wins=text)
        )
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))

    assert [p.id for p in SchoolService(family.context).pupils()] == [zofia.id]
    assert LinkBookService(family.context).timeline(other.id) == []
    [entry] = LinkBookService(family.context).timeline(zofia.id)
    assert entry.wins == "Zofia read her Roman coins book"
    assert b"Gurpreet" not in _bytes_of(fresh_server.data_dir)

    # The family replies; the school sees it.
    LinkBookService(family.context).add_reply(entry.id, "Dziękujemy!", "Elżbieta", AuthorKind.FAMILY)
    family.sync.sync_once()
    office.sync.sync_once()
    assert [r.text for r in LinkBookService(office.context).entry(entry.id).replies] == ["Dziękujemy!"]

    # It cannot fetch another child's scope: the server refuses it.
    other_scope = office.scalar("SELECT scope_id FROM sync_scope WHERE subject_id = ?", other.id)
    engine = SyncEngine(VaultSyncStore(family.vault))
    with HttpTransport(fresh_server.url, engine.device) as transport, pytest.raises(Refused) as refused:
        transport.pull(str(other_scope), "", lambda _bundle: False)
    assert refused.value.status == 403

    # Removed: what is written afterwards is unreadable to it, even with the bundles in hand.
    family_id = family.sync.status().device_id
    assert office.sync.remove_device(family_id) >= 2
    LinkBookService(office.context).save_entry(
        LinkBookEntry(pupil_id=zofia.id, day=day(1), author_id="t", author_role=StaffRole.ADMIN, wins="Later")
    )
    office.sync.sync_once()
    with pytest.raises(RemovedFromSync) as removed:
        family.sync.sync_once()
    assert "removed this computer from the school's sync" in str(removed.value)
    assert "new invitation" in str(removed.value)
    status = family.sync.status()
    assert status.removed and not status.offline, "removed is not 'could not reach': no point retrying"
    with office.vault.reading() as session:
        later = [
            SealedBundle.model_validate_json(b)
            for (b,) in session.connection().exec_driver_sql("SELECT bundle FROM sync_outgoing ORDER BY seq")
        ][-1]
    with pytest.raises(CryptoError):
        decrypt_bundle(later, engine.keyring.current(later.scope_id))
    assert [e.wins for e in LinkBookService(family.context).timeline(zofia.id)] == [entry.wins]


def test_the_server_and_every_http_body_hold_no_name_or_entry_text(tmp_path: Path, fresh_server) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    LinkBookService(office.context).save_entry(
        LinkBookEntry(
            pupil_id=school["pupils"][1].id,
            day=day(),
            author_id="t",
            author_role=StaffRole.ADMIN,
            learning="Ayaan built a Roman shield from cardboard",
        )
    )
    bodies: list[bytes] = []

    def keep(request: httpx.Request) -> None:
        bodies.append(request.read())

    def keep_response(response: httpx.Response) -> None:
        bodies.append(response.read())

    client = client_for(fresh_server.url)
    client.event_hooks = {"request": [keep], "response": [keep_response]}
    try:
        found_admin(office, SyncTarget(server_url=fresh_server.url))
        office.sync.sync_once()
    finally:
        client.event_hooks = {"request": [], "response": []}
    pushed = [b for b in bodies if b.startswith(b'{"bundles":[')]
    assert sum(b.count(b'"sealed":') for b in pushed) >= 11, "every scope's bundle was pushed and kept"
    secrets = [
        "Ayaan built a Roman shield",
        "Wiśniewska",
        "Chowdhury",
        "ঋতব্রত",
        "أمينة",
        "ਗੁਰਪ੍ਰੀਤ",
        "காவ்யா",
        "Gonçalves",
        "Riverside Primary",
    ]
    stored = _bytes_of(fresh_server.data_dir)
    for secret in secrets:
        encoded = secret.encode("utf-8")
        assert encoded not in stored, secret
        assert not any(encoded in body for body in bodies), secret
        escaped = json.dumps(secret).strip('"').encode()
        assert not any(escaped in body for body in bodies), secret


def test_a_usb_stick_carries_entries_and_replies_between_devices(two_devices, tmp_path: Path) -> None:
    office, senco, school = two_devices
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    kavya = school["pupils"][2]
    entry = LinkBookService(senco.context).save_entry(
        LinkBookEntry(
            pupil_id=kavya.id, day=day(), author_id="t", author_role=StaffRole.SENCO, note="காவ்யா sang today"
        )
    )
    LinkBookService(senco.context).add_reply(entry.id, "Thank you", "Amma", AuthorKind.FAMILY, Method.PAPER)
    at_stick = SyncTarget(folder=stick)
    senco.sync.sync_once(target=at_stick)
    assert b"sang today" not in _bytes_of(stick)
    office.sync.sync_once(target=at_stick)
    [arrived] = LinkBookService(office.context).timeline(kavya.id)
    assert arrived.note == "காவ்யா sang today" and [r.text for r in arrived.replies] == ["Thank you"]
    office.sync.sync_once(target=at_stick)
    assert office.sync.status().pending_changes == 0


def test_the_services_sync_transaction_offers_the_engines_fast_paths_by_its_own_methods(
    tmp_path: Path,
) -> None:
    """The engine uses a store's optional methods (bulk records, encoded outbox, scope kinds) only when
    `isinstance` finds them; from Python 3.12 it finds only methods defined on the class, not those a
    `__getattr__` forwards. Without them a joining computer would keep no scope kinds (and pull in random
    order) and a first sync would decode and encode every queued change again."""
    office = open_device(tmp_path, "office")
    noted: set[tuple[str, str]] = set()
    with _NotingStore(VaultSyncStore(office.vault), noted).transaction() as tx:
        for protocol in (BulkRecords, EncodedOutbox, ScopeKinds):
            members = [
                name for name in vars(protocol) if not name.startswith("_") and callable(vars(protocol)[name])
            ]
            assert members
            for name in members:
                assert callable(inspect.getattr_static(tx, name, None)), f"{protocol.__name__}.{name}"
            assert isinstance(tx, protocol)
