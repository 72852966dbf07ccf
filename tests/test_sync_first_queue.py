"""The school office's first sync of a school it held before syncing: queued in steps while it is sent."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.sync import engine as sync_engine
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncUnavailable
from desktop.services.sync.first_queue import queue_what_was_here
from desktop.store.sync_store import first_queue as first_queue_module
from desktop.store.sync_store.store import VaultSyncStore
from desktop.store.vault import Vault
from sync.client import SyncEngine
from sync.crypto import open_bundle
from sync.merge import RecordState
from sync.payload import decode_payload
from sync.protocol import DeviceRole, SealedBundle
from sync.report import SyncReport as EngineReport
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


def sealed_changes(device: DesktopDevice) -> set[tuple[str, str, str, str, str, str, str]]:
    """Every change in the bundles the device sealed, opened with its own keys, as (scope kind, scope
    subject, record, kind, op, field, value): what it sends, without keys, stamps and bundle ids."""
    engine = SyncEngine(VaultSyncStore(device.vault))
    with device.vault.reading() as session:
        c = session.connection()
        subjects = {
            r[0]: (r[1], r[2]) for r in c.exec_driver_sql("SELECT scope_id, kind, subject_id FROM sync_scope")
        }
        bundles = [
            SealedBundle.model_validate_json(r[0])
            for r in c.exec_driver_sql("SELECT bundle FROM sync_outgoing")
        ]
    found = set()
    for bundle in bundles:
        for change in decode_payload(
            open_bundle(bundle, engine.keyring, engine.device.public), bundle.scope_id
        ):
            value = json.dumps(change.value, sort_keys=True)
            found.add(
                (
                    *subjects[bundle.scope_id],
                    change.record_id,
                    change.kind,
                    change.op.value,
                    change.field,
                    value,
                )
            )
    return found


def first_queue(device: DesktopDevice, steps: list[int] | None = None) -> EngineReport:
    """The device's first queue as its first sync runs it (sealing as it goes), with no channel."""
    engine = SyncEngine(VaultSyncStore(device.vault))
    report = EngineReport("test")

    def not_cancelled() -> bool:
        if steps is not None:
            steps.append(int(device.scalar("SELECT count(*) FROM sync_outgoing")))  # type: ignore[arg-type]
        return False

    assert queue_what_was_here(device.vault, engine, report, lambda: None, not_cancelled)
    return report


def outbox(device: DesktopDevice) -> int:
    return int(device.scalar("SELECT count(*) FROM sync_outbox"))  # type: ignore[arg-type]


def found_on_a_stick(device: DesktopDevice, tmp_path: Path) -> None:
    """The device founds the school's sync on a USB stick of its own (the records are not queued yet)."""
    stick = tmp_path / f"stick-{device.name}"
    stick.mkdir()
    device.sync.found_school(SyncTarget(folder=stick))


def test_sealed_scope_by_scope_in_short_steps_the_school_is_what_one_step_would_send(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = open_device(tmp_path, "whole")
    a_term_offline(whole)
    stepped = copy_of(whole, tmp_path, "stepped")
    for device in (whole, stepped):
        found_on_a_stick(device, tmp_path)
        assert device.scalar("SELECT unqueued FROM sync_device") == 1
        assert outbox(device) == 0, "founding is quick: the records are queued by the first sync"
        assert device.sync.status().first_sync_due

    monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 1_000.0)
    whole_steps: list[int] = []
    whole_report = first_queue(whole, whole_steps)
    monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 0.0)  # one scope a step
    steps: list[int] = []
    stepped_report = first_queue(stepped, steps)

    assert len(whole_steps) == 1
    pupils = int(whole.scalar("SELECT count(*) FROM pupil"))  # type: ignore[arg-type]
    assert len(steps) > pupils and steps == sorted(steps), "a step a scope, each committed with its bundles"
    assert stepped_report.sealed == whole_report.sealed > pupils
    assert outbox(whole) == outbox(stepped) == 0, "nothing goes through the outbox"
    assert settled_records(stepped) == settled_records(whole)
    sent = sealed_changes(whole)
    assert sealed_changes(stepped) == sent
    assert {kind for _s, _subject, _r, kind, *_rest in sent} >= {"pupil", "entry", "reply", "school"}
    entries = int(whole.scalar("SELECT count(*) FROM linkbook_entry"))  # type: ignore[arg-type]
    assert len([c for c in sent if c[3] == "entry"]) == entries, "every entry is sent, once"
    for device in (whole, stepped):
        assert device.scalar("SELECT unqueued FROM sync_device") == 0
        status = device.sync.status()
        assert not status.first_sync_due and status.unsent_bundles == stepped_report.sealed
        assert first_queue(device).sealed == 0, "once done, nothing is sealed again"
        device.vault.close()


def test_a_first_sync_cut_off_part_way_carries_on_and_every_record_arrives_once(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = open_device(tmp_path, "office")
    school = a_term_offline(office)
    found_admin(office, SyncTarget(server_url=server.url))
    monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 0.0)  # one scope a step
    monkeypatch.setattr(sync_engine, "PIPELINE_CHANGES", 1)  # seal while pushing, as for a school

    checks = 0

    def closed_after_a_few_steps() -> bool:
        nonlocal checks
        checks += 1
        return checks > 4

    report = office.sync.sync_once(cancelled=closed_after_a_few_steps)
    assert report.cancelled
    assert office.scalar("SELECT unqueued FROM sync_device") == 1, "the rest is still to queue"
    assert office.sync.status().first_sync_due
    assert office.scalar("SELECT count(*) FROM sync_outgoing"), "what the first steps sealed is kept"

    # Before the next sync, the teacher corrects the newest entry of the last pupil, not queued yet.
    last = school["pupils"][-1]
    book = LinkBookService(office.context)
    newest = book.timeline(last.id)[0]
    book.save_entry(dataclasses.replace(newest, learning="Fatima: counted Roman coins up to 100"))

    office.sync.sync_once()
    assert office.scalar("SELECT unqueued FROM sync_device") == 0
    status = office.sync.status()
    assert not status.first_sync_due and status.pending_changes == status.unsent_bundles == 0

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


class PowerCut(Exception):
    """The computer went off."""


def bundles_on(server: ServerProcess) -> int:
    with sqlite3.connect(f"file:{server.data_dir / 'server.db'}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT count(*) FROM bundles").fetchone()[0])


def test_a_first_sync_cut_after_the_server_stored_its_bundles_sends_them_once(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = open_device(tmp_path, "office")
    school = a_term_offline(office)
    found_admin(office, SyncTarget(server_url=server.url))
    monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 0.0)  # one scope a step, each handed over
    acknowledge = SyncEngine.acknowledge_pushed
    stored_before_the_cut: list[SealedBundle] = []

    def power_cut(engine: SyncEngine, transport: object, pushed: list[SealedBundle], report: object) -> None:
        stored_before_the_cut.extend(pushed)
        raise PowerCut()  # before the server's answers were written down

    monkeypatch.setattr(SyncEngine, "acknowledge_pushed", power_cut)
    with pytest.raises(PowerCut):
        office.sync.sync_once()
    monkeypatch.setattr(SyncEngine, "acknowledge_pushed", acknowledge)

    sealed = int(office.scalar("SELECT count(*) FROM sync_outgoing"))  # type: ignore[arg-type]
    pupils = int(office.scalar("SELECT count(*) FROM pupil"))  # type: ignore[arg-type]
    assert sealed > pupils and len(stored_before_the_cut) == sealed, "each step's bundles went as it ended"
    assert bundles_on(server) == sealed
    status = office.sync.status()
    assert not status.first_sync_due, "the queue itself had finished"
    assert status.unsent_bundles == sealed, "the server's answers were lost with the power"

    office.sync.sync_once()
    status = office.sync.status()
    assert status.pending_changes == status.unsent_bundles == 0
    assert bundles_on(server) == sealed, "sent again, stored once"

    last = school["pupils"][-1]
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    enrol(office, teacher, server.url, DeviceRole.STAFF, class_ids=(last.class_id,))
    mine, there = LinkBookService(office.context), LinkBookService(teacher.context)
    for pupil in school["pupils"]:
        if pupil.class_id == last.class_id:
            theirs = [(e.id, e.learning, [r.text for r in e.replies]) for e in there.timeline(pupil.id)]
            assert theirs == [
                (e.id, e.learning, [r.text for r in e.replies]) for e in mine.timeline(pupil.id)
            ]


def outgoing_scopes(device: DesktopDevice) -> list[int]:
    """The scope of each bundle kept to send, in the order they are sent, as the scope's place in the
    order scopes were made (the school's, the classes', then each pupil's)."""
    with device.vault.reading() as session:
        c = session.connection()
        made = {
            r[0]: n for n, r in enumerate(c.exec_driver_sql("SELECT scope_id FROM sync_scope ORDER BY rowid"))
        }
        sent = [
            SealedBundle.model_validate_json(r[0])
            for r in c.exec_driver_sql("SELECT bundle FROM sync_outgoing ORDER BY seq")
        ]
    return [made[bundle.scope_id] for bundle in sent]


def test_a_first_sync_cut_while_a_step_was_sealing_keeps_only_whole_steps_in_order_and_carries_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = open_device(tmp_path, "office")
    a_term_offline(office)
    unbroken = copy_of(office, tmp_path, "unbroken")
    for device in (office, unbroken):
        found_on_a_stick(device, tmp_path)
    monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 0.0)  # one scope a step, each handed over
    first_queue(unbroken)

    seal_changes = SyncEngine.seal_changes
    sealing = 0

    def cut_while_sealing(engine: SyncEngine, *args: object) -> SealedBundle:
        nonlocal sealing
        sealing += 1
        if sealing == 6:
            raise PowerCut()  # on the sealing thread, part way through the queue
        return seal_changes(engine, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SyncEngine, "seal_changes", cut_while_sealing)
    handed_over: list[SealedBundle] = []
    engine = SyncEngine(VaultSyncStore(office.vault))
    with pytest.raises(PowerCut):
        queue_what_was_here(
            office.vault,
            engine,
            EngineReport("test"),
            lambda: None,
            lambda: False,
            hand_over=handed_over.extend,
        )
    monkeypatch.setattr(SyncEngine, "seal_changes", seal_changes)
    kept = int(office.scalar("SELECT count(*) FROM sync_outgoing"))  # type: ignore[arg-type]
    assert kept == len(handed_over) == 5, "every bundle sent was kept first, and only whole steps are kept"
    assert office.scalar("SELECT unqueued FROM sync_device") == 1, "the rest is still to queue"

    first_queue(office)
    assert outgoing_scopes(office) == sorted(outgoing_scopes(office)), (
        "parents are sent before their children"
    )
    assert sealed_changes(office) == sealed_changes(unbroken), "every record sent once, as with no cut"
    assert settled_records(office) == settled_records(unbroken)
    for device in (office, unbroken):
        device.vault.close()


def test_a_first_sync_the_server_has_no_room_for_keeps_what_it_refused_and_sends_it_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKBOOK_SERVER_SCOPE_QUOTA_BYTES", "1000")  # room for the smaller scopes only
    server = ServerProcess(tmp_path / "server-data").start()
    office = open_device(tmp_path, "office")
    try:
        a_term_offline(office)
        found_admin(office, SyncTarget(server_url=server.url))
        monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 0.0)  # one scope a step, each handed over
        with pytest.raises(SyncUnavailable):
            office.sync.sync_once()
        sealed = int(office.scalar("SELECT count(*) FROM sync_outgoing"))  # type: ignore[arg-type]
        status = office.sync.status()
        assert not status.first_sync_due and status.pending_changes == 0, "everything is sealed"
        assert 0 < bundles_on(server) < sealed, "the server took the bundles it had room for"
        assert status.unsent_bundles == sealed - bundles_on(server), "the rest wait here"

        server.stop()
        monkeypatch.delenv("LINKBOOK_SERVER_SCOPE_QUOTA_BYTES")
        server.start()  # the school gave its server more room
        office.sync.sync_once()
        status = office.sync.status()
        assert status.pending_changes == status.unsent_bundles == 0
        assert bundles_on(server) == sealed, "each bundle stored once"
    finally:
        server.stop()
        office.vault.close()


def indexes(device: DesktopDevice) -> set[tuple[str, str]]:
    with device.vault.reading() as session:
        c = session.connection()
        return {
            (r[0], r[1])
            for r in c.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        }


def test_a_deletion_while_a_first_sync_was_cut_off_reaches_the_teacher_and_the_vault_ends_as_made(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = open_device(tmp_path, "office")
    school = a_term_offline(office)
    made = indexes(office)
    found_admin(office, SyncTarget(server_url=server.url))
    monkeypatch.setattr(first_queue_module, "STEP_SECONDS", 0.0)  # one scope a step

    checks = 0

    def closed_after_a_few_steps() -> bool:
        nonlocal checks
        checks += 1
        return checks > 4

    assert office.sync.sync_once(cancelled=closed_after_a_few_steps).cancelled
    assert office.sync.status().first_sync_due
    assert indexes(office) == made, "a cancelled queue leaves the vault's indexes as they were"

    step = first_queue_module.FirstQueue.step

    def power_cut_once_an_entry_is_queued(queue: first_queue_module.FirstQueue) -> int:
        if office.scalar("SELECT count(*) FROM sync_record WHERE kind = 'entry'"):
            raise PowerCut()
        return step(queue)

    monkeypatch.setattr(first_queue_module.FirstQueue, "step", power_cut_once_an_entry_is_queued)
    with pytest.raises(PowerCut):
        office.sync.sync_once()
    monkeypatch.setattr(first_queue_module.FirstQueue, "step", step)
    assert office.sync.status().first_sync_due, "the power went during the queue"

    # Before the next sync, the office deletes an entry that a committed step queued.
    with office.vault.reading() as session:
        found = session.connection().exec_driver_sql("SELECT record_id FROM sync_record WHERE kind = 'entry'")
        queued = {str(r[0]) for r in found}
    book = LinkBookService(office.context)
    first, oldest = next(
        (pupil, entry)
        for pupil in school["pupils"]
        for entry in book.timeline(pupil.id)
        if entry.id in queued and not entry.replies
    )
    with office.vault.writing() as session:
        session.connection().exec_driver_sql("DELETE FROM linkbook_entry WHERE id = ?", (oldest.id,))
    assert office.scalar('SELECT count(*) FROM sync_outbox WHERE change LIKE \'%"o":"delete"%\'') == 1

    office.sync.sync_once()
    status = office.sync.status()
    assert not status.first_sync_due and status.pending_changes == status.unsent_bundles == 0
    assert indexes(office) == made, "the vault's indexes are as its migrations made them"

    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    enrol(office, teacher, server.url, DeviceRole.STAFF, class_ids=(first.class_id,))
    theirs = LinkBookService(teacher.context).timeline(first.id)
    assert [e.id for e in theirs] == [e.id for e in book.timeline(first.id)]
    assert oldest.id not in {e.id for e in theirs}


def test_the_first_syncs_large_page_cache_is_given_back_once_the_queue_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue reads the whole school through one connection with a page cache of up to 2 GiB; once it
    is done every connection the app's threads are handed has its usual cache again (the memory goes)."""
    device = open_device(tmp_path, "office")
    a_term_offline(device)
    found_on_a_stick(device, tmp_path)

    def caches() -> set[int]:  # the pool hands each of its connections out in turn
        found = set()
        for _ in range(6):
            with device.vault.reading() as session:
                found.add(int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()))
        return found

    usual = caches()
    assert len(usual) == 1 and -first_queue_module.FIRST_SYNC_CACHE_KIB not in usual
    during: set[int] = set()
    step = first_queue_module.FirstQueue.step

    def noting_the_cache(queue: first_queue_module.FirstQueue) -> int:
        driver = queue.on.connection.driver_connection
        assert driver is not None
        during.add(int(driver.execute("PRAGMA cache_size").fetchone()[0]))
        return step(queue)

    monkeypatch.setattr(first_queue_module.FirstQueue, "step", noting_the_cache)
    assert first_queue(device).sealed > 0
    assert during == {-first_queue_module.FIRST_SYNC_CACHE_KIB}
    assert caches() == usual
    device.vault.close()
