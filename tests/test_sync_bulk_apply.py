"""A joining device applies what it pulls in bulk (a round of pages of many scopes in one transaction, rows
written kind by kind): it must end with exactly what applying one record at a time gives, and a failure in
the middle of a round must leave nothing of that round behind, its cursors included.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import pytest

import desktop.store.sync_store.applying as applying
import sync.pulling as sync_pulling
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.search import SearchService
from desktop.services.sync.device import SyncTarget
from desktop.store.sync_store.kinds import KINDS
from desktop.store.sync_store.store import VaultSyncStore
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, found_admin, open_device
from tests.sync_helpers import ServerProcess

NAMES = (
    ("Łucja", "Dudek", "POL", "Była dziś bardzo dzielna na basenie"),
    ("Fang", "Wang", "CHI", "王芳今天读完了一本书"),
    ("Alexis", "Papadopoulos", "GRE", "Ο Αλέξης έφτιαξε ένα ηφαίστειο"),
    ("Mohammed", "Al-Sayed", "ARA", "محمد رسم خريطة للنهر"),
)
PREFERRED = {"Fang": "王芳", "Alexis": "Αλέξης", "Mohammed": "محمد"}


def _school(office: DesktopDevice) -> dict[str, Any]:
    """build_school's two classes, four more pupils named in four scripts with a parent each, and a
    week of entries (with replies from home) for every pupil: all written before the office syncs."""
    school = build_school(office.context)
    service = SchoolService(office.context)
    more = [
        Pupil(
            legal_first_name=first,
            legal_last_name=last,
            preferred_first_name=PREFERRED.get(first, ""),
            date_of_birth=dt.date(2018, 3, 1 + n),
            class_id=school["classes"][n % 2].id,
            upn=f"B{n:012d}",
            first_language=language,
        )
        for n, (first, last, language, _said) in enumerate(NAMES)
    ]
    service.save_pupils(more)
    service.save_family_members(
        [
            FamilyMember(
                name=f"Rodzic {pupil.legal_first_name}",
                relationship=Relationship.FATHER,
                pupil_ids=(pupil.id,),
                channel=Channel.APP,
                home_language=pupil.first_language,
            )
            for pupil in more
        ]
    )
    linkbook = LinkBookService(office.context)
    sayings = [said for *_name, said in NAMES]
    for n, pupil in enumerate([*school["pupils"], *more]):
        for offset in range(5):
            entry = linkbook.save_entry(
                LinkBookEntry(
                    pupil_id=pupil.id,
                    day=day(offset),
                    author_id="t1",
                    author_role=StaffRole.CLASS_TEACHER,
                    learning=f"{sayings[(n + offset) % len(sayings)]} ({offset})",
                )
            )
            if offset in (0, 3):
                linkbook.add_reply(entry.id, "Dziękujemy! شكراً 谢谢", "Mama", AuthorKind.FAMILY, Method.PAPER)
    school["more"] = more
    return school


def _synced_office(tmp_path: Path, server: ServerProcess) -> tuple[DesktopDevice, dict[str, Any]]:
    """The office computer with `_school` written, having founded the school's sync and synced once."""
    office = open_device(tmp_path, "office")
    school = _school(office)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    return office, school


@runtime_checkable
class _NothingOffers(Protocol):
    """What no store offers: an engine that looks for it instead of `BulkRecords` reads and saves each
    record on its own."""

    def offered_by_no_store(self) -> None: ...


def _join(office: DesktopDevice, device: DesktopDevice, school: dict[str, Any], url: str) -> None:
    """Invitation, request and approval (and the office's sync), without the new device's first sync."""
    every_class = tuple(room.id for room in school["classes"])
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=every_class, label=device.name)
    assert not device.joining.join(slip.code, SyncTarget(server_url=url))
    assert len(office.joining.approve()) == 1
    office.sync.sync_once()


def _records(device: DesktopDevice) -> dict[tuple[str, str], tuple[str, object, int]]:
    with device.vault.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT scope_id, record_id, kind, state, waiting FROM sync_record"
        )
        return {(s, r): (kind, json.loads(state), waiting) for s, r, kind, state, waiting in rows}


def _rows(device: DesktopDevice) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table that syncs, in key order."""
    with device.vault.reading() as session:
        connection = session.connection()
        return {
            kind.table_name: [
                tuple(row)
                for row in connection.exec_driver_sql(
                    f"SELECT * FROM {kind.table_name} ORDER BY {', '.join(kind.key_columns)}"
                )
            ]
            for kind in KINDS
        }


def _found(device: DesktopDevice, query: str) -> set[tuple[str, str]]:
    return {(r.hit.kind, r.hit.record_id) for r in SearchService(device.context).search(query)}


QUERIES = (
    "Łucja",
    "lucja",
    "dudek",
    "王芳",
    "Αλέξης",
    "محمد",
    "basenie",
    "ηφαίστειο",
    "谢谢",
    "Rodzic",
    "Wiśniewska",
)


def test_a_bulk_applied_pull_holds_exactly_what_applying_one_record_at_a_time_holds(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, school = _synced_office(tmp_path, server)
    bulk = open_device(tmp_path, "bulk")
    _join(office, bulk, school, server.url)
    saved_in_bulk: list[int] = []
    save_records = VaultSyncStore.transaction

    @contextlib.contextmanager
    def noting(store: VaultSyncStore) -> Iterator[object]:
        with save_records(store) as tx:
            original = tx.save_records
            tx.save_records = lambda states: (saved_in_bulk.append(len(states)), original(states))[1]  # type: ignore[method-assign]
            yield tx

    monkeypatch.setattr(VaultSyncStore, "transaction", noting)
    bulk.sync.sync_once()
    monkeypatch.undo()
    assert max(saved_in_bulk) > 100, "the pull was applied in bulk"

    single = open_device(tmp_path, "single")
    _join(office, single, school, server.url)
    monkeypatch.setattr(sync_pulling, "BulkRecords", _NothingOffers)
    report = single.sync.sync_once()
    monkeypatch.undo()
    assert report.changes_received > 0 and report.waiting_records == 0

    held = _records(bulk)
    assert len(held) > 150
    assert held == _records(single)
    assert {key: (kind, state) for key, (kind, state, _waiting) in held.items()} == {
        key: (kind, state) for key, (kind, state, _waiting) in _records(office).items()
    }
    rows = _rows(bulk)
    assert len(rows["linkbook_entry"]) == 5 * (10 + len(NAMES))
    assert rows == _rows(single)
    for query in QUERIES:
        found = _found(bulk, query)
        assert found, query
        assert found == _found(single, query) == _found(office, query), query
    lucja = school["more"][0]
    assert ("pupil", lucja.id) in _found(bulk, "lucja dudek")


def test_a_failure_in_the_middle_of_a_round_leaves_neither_its_records_nor_its_cursors(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, school = _synced_office(tmp_path, server)
    second = open_device(tmp_path, "second")
    _join(office, second, school, server.url)

    written: list[str] = []
    write_rows = applying.write_rows

    def failing(session: Any, kind: Any, records: Any, present: Any, bound: Any = None) -> list[bool]:
        if len(written) == 3:
            raise OSError("the disk went away")
        written.append(kind.name)
        return write_rows(session, kind, records, present, bound)

    monkeypatch.setattr(applying, "write_rows", failing)
    with pytest.raises(OSError, match="disk went away"):
        second.sync.sync_once()
    assert len(written) == 3, "rows of three kinds were written in the round before it failed"
    for table in ("sync_record", "sync_cursor", "sync_applied", "school_class", "pupil", "linkbook_entry"):
        assert second.scalar(f"SELECT count(*) FROM {table}") == 0, table

    monkeypatch.undo()
    report = second.sync.sync_once()
    assert report.waiting_records == 0
    assert {k: (kind, state) for k, (kind, state, _w) in _records(second).items()} == {
        k: (kind, state) for k, (kind, state, _w) in _records(office).items()
    }
    assert second.scalar("SELECT count(*) FROM linkbook_entry") == 5 * (10 + len(NAMES))
    assert ("pupil", school["more"][0].id) in _found(second, "Łucja")
