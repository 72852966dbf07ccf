"""What a device pulls is found by search there: names, entries and replies, as on the device that wrote
them, and a renamed parent is found by the new name only (the index is brought up to date in bulk)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.search import SearchService
from desktop.services.sync.device import SyncTarget
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


def _found(search: SearchService, query: str) -> set[tuple[str, str]]:
    return {(r.hit.kind, r.hit.record_id) for r in search.search(query)}


def test_a_second_office_device_finds_what_it_pulled_by_search(tmp_path: Path, server: ServerProcess) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    parents: list[FamilyMember] = school["parents"]  # type: ignore[assignment]
    zofia, sibling = pupils[0], pupils[1]
    entry = LinkBookService(office.context).save_entry(
        LinkBookEntry(
            pupil_id=zofia.id,
            day=day(),
            author_id="t1",
            author_role=StaffRole.CLASS_TEACHER,
            learning="Built a volcano from papier-mâché",
        )
    )
    reply = LinkBookService(office.context).add_reply(
        entry.id, "Dziękujemy, wulkan stoi w kuchni", "Mama Zofii", AuthorKind.FAMILY, Method.PAPER
    )
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()

    second = open_device(tmp_path, "second office")
    enrol(office, second, server.url, DeviceRole.STAFF, class_ids=tuple(c.id for c in school["classes"]))  # type: ignore[attr-defined]
    search = SearchService(second.context)
    assert ("pupil", zofia.id) in _found(search, zofia.legal_last_name)
    mother = parents[0]  # the mother of the first two pupils: one row for each child
    assert {("family", f"{mother.id}@{zofia.id}"), ("family", f"{mother.id}@{sibling.id}")} <= _found(
        search, "Elżbieta"
    )
    assert _found(search, "volcano") == {("entry", entry.id)}
    assert _found(search, "wulkan") == {("reply", reply.id)}

    renamed = dataclasses.replace(mother, name="Ewa Wiśniewska")
    SchoolService(office.context).save_family_members([renamed])
    office.sync.sync_once()
    second.sync.sync_once()
    assert _found(search, "Elżbieta") == set()
    assert {("family", f"{mother.id}@{zofia.id}"), ("family", f"{mother.id}@{sibling.id}")} <= _found(
        search, "Ewa"
    )
