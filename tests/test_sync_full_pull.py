"""A second office computer pulls the whole school, and an idle sync asks the server for nothing it has.

The office computer holds a school written before it synced (pupils and families named in several
scripts, a term of link-book entries and replies); its first sync queues and pushes it all. A second
office computer given every class joins through the real path and pulls it in its first sync: it must
end with exactly the same records, and show the same pupils, families and entries.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import httpx
import pytest

from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.store.sync_store.scopes import Scopes
from desktop.store.sync_store.store import PULL_CACHE_KIB, VaultSyncStore
from desktop.store.vault import Vault
from sync import pulling as pulling_module
from sync.client import SyncEngine
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess

LEARNING = (
    "Zofia przeczytała całą książkę o rzymskich monetach",
    "ঋতব্রত আজ গুণের নামতা শিখেছে",
    "أمينة رسمت خريطة للنهر",
    "ਗੁਰਪ੍ਰੀਤ ਨੇ ਕਵਿਤਾ ਸੁਣਾਈ",
    "Ionuț a construit un pod din hârtie",
)


def _school_with_a_term(office: DesktopDevice) -> dict[str, object]:
    """Pupils, families, and entries with replies: all written before the office computer syncs."""
    school = build_school(office.context)
    linkbook = LinkBookService(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]  # build_school's dict
    for n, pupil in enumerate(pupils):
        for offset in range(3):
            entry = linkbook.save_entry(
                LinkBookEntry(
                    pupil_id=pupil.id,
                    day=day(offset),
                    author_id="t1",
                    author_role=StaffRole.CLASS_TEACHER,
                    learning=f"{LEARNING[(n + offset) % len(LEARNING)]} ({offset})",
                )
            )
            if offset == 0:
                thanks = "Dziękujemy! شكراً ধন্যবাদ"
                linkbook.add_reply(entry.id, thanks, "Mama", AuthorKind.FAMILY, Method.PAPER)
    return school


def _records(device: DesktopDevice) -> dict[tuple[str, str], tuple[str, object]]:
    """Every record this device holds: (scope, record) -> (kind, decoded merge state)."""
    with device.vault.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT scope_id, record_id, kind, state FROM sync_record"
        )
        return {(scope, record): (kind, json.loads(state)) for scope, record, kind, state in rows}


def _what_people_see(device: DesktopDevice) -> list[tuple[object, ...]]:
    school = SchoolService(device.context)
    linkbook = LinkBookService(device.context)
    seen: list[tuple[object, ...]] = []
    for pupil in sorted(school.pupils(), key=lambda p: p.id):
        entries = sorted(linkbook.timeline(pupil.id), key=lambda e: e.id)
        seen.append(
            (
                pupil.legal_first_name,
                pupil.legal_last_name,
                pupil.preferred_first_name,
                pupil.class_id,
                [(e.day, e.learning, [r.text for r in e.replies]) for e in entries],
            )
        )
    families = {
        (m.name, m.home_language, m.pupil_ids) for p in school.pupils() for m in school.family_of(p.id)
    }
    seen.append(tuple(sorted(families)))
    return seen


def _second_office(
    tmp_path: Path, office: DesktopDevice, school: dict[str, object], url: str
) -> DesktopDevice:
    second = open_device(tmp_path, "second-office")
    every_class = tuple(room.id for room in school["classes"])  # type: ignore[attr-defined]
    enrol(office, second, url, DeviceRole.STAFF, class_ids=every_class)
    return second


def test_a_second_office_computer_pulls_exactly_the_records_of_the_first(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = _school_with_a_term(office)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()

    second = _second_office(tmp_path, office, school, server.url)

    held = _records(office)
    assert len(held) > 60
    assert _records(second) == held
    shown = _what_people_see(second)
    assert shown == _what_people_see(office)
    assert ("Ayaan", "Chowdhury", "ঋতব্রত") in [p[:3] for p in shown[:-1]]
    assert second.sync.status().pending_changes == 0


class _Requests:
    """The paths of every HTTP request made while recording."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        send = httpx.Client.send

        def recorded(client: httpx.Client, request: httpx.Request, **kwargs: object) -> httpx.Response:
            self.paths.append(f"{request.method} {request.url.path}")
            return send(client, request, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(httpx.Client, "send", recorded)


def test_a_sync_with_nothing_changed_asks_for_no_wrapped_keys(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    second = _second_office(tmp_path, office, school, server.url)
    office.sync.sync_once()
    second.sync.sync_once()

    requests = _Requests(monkeypatch)
    for device in (second, office, second):
        report = device.sync.sync_once()
        assert report.bundles_sent == report.bundles_received == 0
    assert "GET /v1/heads" in requests.paths
    assert "GET /v1/keys" not in requests.paths

    # A pupil joins a class: the second computer is given the new scope, asks for its key, and sees them.
    newcomer = Pupil(
        legal_first_name="Łucja",
        legal_last_name="Dudek",
        date_of_birth=day(2900),
        class_id=school["class"].id,  # type: ignore[attr-defined]
        upn="A000000000099",
        first_language="POL",
    )
    SchoolService(office.context).save_pupils([newcomer])
    office.sync.sync_once()
    requests.paths.clear()
    report = second.sync.sync_once()
    assert requests.paths.count("GET /v1/keys") == 1
    assert report.keys_received == 1
    assert SchoolService(second.context).pupil(newcomer.id).legal_first_name == "Łucja"


def test_a_joining_office_computer_pulls_the_schools_scope_first_so_no_record_waits(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The grants tell a joining computer which scope is the school's (whose classes every pupil's rows
    belong to): it pulls that first, then the classes', the pupils' and the staff-only scopes. Each
    scope is applied in a round of its own here (as most of a large school's are), so a pupil's rows
    pulled before their class would be kept waiting until the end of the sync."""
    office = open_device(tmp_path, "office")
    school = _school_with_a_term(office)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()

    monkeypatch.setattr(pulling_module, "ROUND_SCOPES", 1)
    pulls: list[list[str]] = []
    waiting_at_the_end: list[int] = []
    pull_scopes, settle = SyncEngine.pull_scopes, VaultSyncStore.settle

    def noting_order(engine: SyncEngine, transport: object, scope_ids: list[str], *a: object, **k: object):
        pulls.append(list(scope_ids))
        return pull_scopes(engine, transport, scope_ids, *a, **k)  # type: ignore[arg-type]

    def noting_waiting(store: VaultSyncStore) -> int:
        with store.vault.reading() as session:
            waiting = "SELECT count(*) FROM sync_record WHERE waiting = 1"
            waiting_at_the_end.append(session.connection().exec_driver_sql(waiting).scalar() or 0)
        return settle(store)

    monkeypatch.setattr(SyncEngine, "pull_scopes", noting_order)
    monkeypatch.setattr(VaultSyncStore, "settle", noting_waiting)
    second = _second_office(tmp_path, office, school, server.url)

    with office.vault.reading() as session:
        kinds = Scopes(session).kinds()
    order = [kinds[s] for s in pulls[-1]]  # the joining computer's first sync
    assert order[0] == "school" and len(order) > 10
    assert order == sorted(order, key=["school", "class", "pupil", "staff"].index)
    assert waiting_at_the_end[-1] == 0, "no pupil's rows waited for their class"
    assert _records(second) == _records(office)


def test_a_pulls_rounds_share_one_connections_cache_which_is_given_back_and_other_threads_carry_on(
    tmp_path: Path,
) -> None:
    """The pull's rounds, on the syncing thread, all run on one connection whose decrypted pages stay
    from round to round (a large cache); the app's other threads keep their own connections meanwhile,
    and once the pull is over the connection has its usual cache again (the memory is given back)."""
    vault = Vault.create(tmp_path / "office", "a passphrase for the tests")
    store = VaultSyncStore(vault)

    def connection_and_cache() -> tuple[int, int]:
        with store.transaction() as tx:
            return id(tx.c.connection.dbapi_connection), int(
                tx.c.exec_driver_sql("PRAGMA cache_size").scalar_one()
            )

    usual = connection_and_cache()[1]
    elsewhere: list[tuple[int, int]] = []
    with store.kept():
        rounds = [connection_and_cache() for _ in range(3)]
        other = threading.Thread(target=lambda: elsewhere.append(connection_and_cache()))
        other.start()
        other.join()
    assert len(set(rounds)) == 1
    kept, cache = rounds[0]
    assert cache == -PULL_CACHE_KIB < usual
    assert elsewhere and elsewhere[0][0] != kept and elsewhere[0][1] == usual
    afterwards = dict(connection_and_cache() for _ in range(6))  # the pool hands each connection out in turn
    assert afterwards.get(kept) == usual
    vault.close()
