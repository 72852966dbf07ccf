"""The school office's first sync of a school it held before syncing: queued in steps while it is sent."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.school import StaffRole
from desktop.services import sync as sync_service_module
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.sync import SyncTarget
from desktop.store.sync_store import first_queue
from desktop.store.sync_store.first_queue import FirstQueue
from desktop.store.vault import Vault
from sync.merge import RecordState
from sync.protocol import DeviceRole
from tests.conftest import PASSPHRASE, TODAY
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


def a_term_offline(office: DesktopDevice) -> dict:
    """A school with three days of entries for each pupil, some with a family's reply, written before the
    office's computer synced with anything."""
    school = build_school(office.context)
    book = LinkBookService(office.context)
    for n, pupil in enumerate(school["pupils"]):
        for offset in range(3):
            entry = book.save_entry(
                LinkBookEntry(
                    pupil_id=pupil.id,
                    day=day(offset),
                    author_id="t1",
                    author_role=StaffRole.CLASS_TEACHER,
                    learning=f"{pupil.first_name}: day {offset} of the Roman coins topic",
                )
            )
            if (n + offset) % 3 == 0:
                book.add_reply(
                    entry.id, "Merci, ça lui a beaucoup plu !", "Famille", AuthorKind.FAMILY, Method.DIGITAL
                )
    return school


def settled_records(device: DesktopDevice) -> set[tuple[str, str, str, str, str]]:
    """Every merge state as (scope kind, scope subject, record, kind, values): what the device would send,
    without the scope keys and clock stamps that differ between two computers."""
    with device.vault.reading() as session:
        c = session.connection()
        subjects = {
            r[0]: (r[1], r[2]) for r in c.exec_driver_sql("SELECT scope_id, kind, subject_id FROM sync_scope")
        }
        rows = c.exec_driver_sql("SELECT scope_id, record_id, kind, state FROM sync_record").fetchall()
    found = set()
    for scope_id, record_id, kind, state in rows:
        values = RecordState.from_json(json.loads(state)).values()
        found.add((*subjects[scope_id], record_id, kind, json.dumps(values, sort_keys=True, default=str)))
    return found


def copy_of(device: DesktopDevice, root: Path, name: str) -> DesktopDevice:
    """The same school on a second computer: the data folder copied while nothing writes to it."""
    shutil.copytree(root / device.name, root / name)
    vault = Vault.unlock(root / name, PASSPHRASE)
    return DesktopDevice(name, vault, ServiceContext(vault, device.context.actor, clock=lambda: TODAY))


def outbox(device: DesktopDevice) -> int:
    return int(device.scalar("SELECT count(*) FROM sync_outbox"))  # type: ignore[arg-type]


def test_queued_in_small_steps_the_school_is_what_one_transaction_would_queue(tmp_path: Path) -> None:
    whole = open_device(tmp_path, "whole")
    a_term_offline(whole)
    stepped = copy_of(whole, tmp_path, "stepped")
    for device in (whole, stepped):
        stick = tmp_path / f"stick-{device.name}"
        stick.mkdir()
        device.sync.found_school(SyncTarget(folder=stick))
        assert device.scalar("SELECT unqueued FROM sync_device") == 1
        assert outbox(device) == 0, "founding is quick: the records are queued by the first sync"

    whole_changes = FirstQueue(whole.vault, step_records=1_000_000).run()
    steps: list[int] = []
    stepped_changes = FirstQueue(stepped.vault, step_records=5).run(steps.append)

    assert len(steps) > 12 and steps == sorted(steps), "many steps, each committed with more queued"
    assert stepped_changes == whole_changes == outbox(whole) == outbox(stepped)
    assert settled_records(stepped) == settled_records(whole)
    assert {kind for _s, _subject, _r, kind, _v in settled_records(whole)} >= {
        "pupil",
        "entry",
        "reply",
        "school",
    }
    for device in (whole, stepped):
        assert device.scalar("SELECT unqueued FROM sync_device") == 0
        assert FirstQueue(device.vault).run() == 0, "once done, nothing is queued again"
        device.vault.close()


def test_a_first_sync_cut_off_part_way_carries_on_and_every_record_arrives_once(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = open_device(tmp_path, "office")
    school = a_term_offline(office)
    found_admin(office, SyncTarget(server_url=server.url))
    monkeypatch.setattr(first_queue, "STEP_RECORDS", 9)
    monkeypatch.setattr(sync_service_module, "PIPELINE_CHANGES", 1)  # seal while pushing, as for a school

    checks = 0

    def closed_after_a_few_steps() -> bool:
        nonlocal checks
        checks += 1
        return checks > 4

    report = office.sync.sync_once(cancelled=closed_after_a_few_steps)
    assert report.cancelled
    assert office.scalar("SELECT unqueued FROM sync_device") == 1, "the rest is still to queue"
    assert office.sync.status().pending_changes > 0, "what the first steps queued is kept"

    # Before the next sync, the teacher corrects the newest entry of the last pupil, not queued yet.
    last = school["pupils"][-1]
    book = LinkBookService(office.context)
    newest = book.timeline(last.id)[0]
    book.save_entry(dataclasses.replace(newest, learning="Fatima: counted Roman coins up to 100"))

    office.sync.sync_once()
    assert office.scalar("SELECT unqueued FROM sync_device") == 0
    assert office.sync.status().pending_changes == 0

    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    enrol(office, teacher, server.url, DeviceRole.STAFF, class_ids=(last.class_id,))
    there = LinkBookService(teacher.context)
    for pupil in school["pupils"]:
        if pupil.class_id != last.class_id:
            continue
        mine, theirs = book.timeline(pupil.id), there.timeline(pupil.id)
        assert [(e.id, e.learning) for e in theirs] == [(e.id, e.learning) for e in mine]
        assert [[r.text for r in e.replies] for e in theirs] == [[r.text for r in e.replies] for e in mine]
    assert there.timeline(last.id)[0].learning == "Fatima: counted Roman coins up to 100"
