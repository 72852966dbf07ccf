"""What must not go home: a staff-only note on an entry is on no printed page, in no family bundle and in
a subject-access export marked for review; words suggesting a safeguarding concern bring a warning in the
teacher's day (and ordinary words do not), the choice audited, the list editable by the school."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.domain.access import Actor
from desktop.domain.calendar import Period
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.domain.safeguarding import DEFAULT_CONCERN_WORDS, concern_words
from desktop.domain.school import SchoolClass, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.print_packs import PrintPackService
from desktop.services.safeguarding import SafeguardingService
from desktop.services.staff_notes import StaffNoteService
from desktop.services.subject_access import SubjectAccessService
from desktop.services.sync.device import SyncTarget
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit import AuditRepository
from desktop.store.sync_store.store import VaultSyncStore
from desktop.store.vault import Vault
from desktop.ui.tasks import TaskRunner
from desktop.ui.teacher_day import TeacherDayView
from sync.client import SyncEngine
from sync.crypto import decrypt_bundle
from sync.http import HttpTransport
from sync.merge import Change
from sync.payload import decode_payload
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.printing_fixtures import page_texts
from tests.sync_desktop_helpers import build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess

NOTE = "Mum mentioned Dad has moved out; keep an eye on Zofia at pick-up"
DAY = TODAY.date()


def note_text(context: ServiceContext, entry_id: str) -> str | None:
    note = StaffNoteService(context).of_entry(entry_id)
    return note.text if note else None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A bruise on his arm this morning", ("bruise",)),
        ("She said she was scared  to go home", ("scared to go home",)),
        ("Talked about self harm in circle time", ("self-harm", "self harm")),
        ("Hit by a ball at lunch; ice pack", ("hit",)),
        ("Grazed knee in the playground, cleaned and plastered", ()),
        ("Wore a white shirt for the hitchhiker story; marked on the register", ()),
    ],
)
def test_the_guard_finds_whole_words_and_phrases_and_not_ordinary_ones(text: str, found: tuple) -> None:
    assert concern_words([text], DEFAULT_CONCERN_WORDS) == found


@pytest.fixture
def zofia(small_school: dict[str, object]) -> Pupil:
    pupil: Pupil = small_school["pupils"][0]  # type: ignore[index]
    return pupil


def test_the_school_edits_the_list_and_the_choice_is_audited(
    senco_context: ServiceContext, zofia: Pupil
) -> None:
    guard = SafeguardingService(senco_context)
    assert guard.check(["A bruise on his arm"]) == ("bruise",)
    assert guard.set_words(["  Bruise ", "smacked", "bruise", ""]) == ("bruise", "smacked")
    assert guard.check(["He said he was smacked"]) == ("smacked",)
    assert guard.check(["He was hit by a ball"]) == (), "a word taken off the list no longer warns"
    with pytest.raises(InvalidInput, match="cannot be empty"):
        guard.set_words([" "])
    assistant = ServiceContext(senco_context.vault, Actor("Ms Kowalczyk", StaffRole.TEACHING_ASSISTANT))
    with pytest.raises(PermissionError):
        SafeguardingService(assistant).set_words(["anything"])
    guard.record_choice(zofia.id, ("smacked",), went_on=False)
    with senco_context.vault.reading() as session:
        details = [e.detail for e in AuditRepository(session).events(zofia.id)]
    assert "warned for smacked; went back to edit" in details


def test_a_staff_only_note_is_on_no_printed_page_and_marked_for_review_in_a_subject_access_export(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entry = LinkBookService(senco_context).save_entry(
        LinkBookEntry(zofia.id, DAY, "t", StaffRole.CLASS_TEACHER, wins="Read her whole book aloud")
    )
    StaffNoteService(senco_context).save(entry.id, NOTE)
    assert note_text(senco_context, entry.id) == NOTE

    week = PrintPackService(senco_context).pupil_week(zofia.id, Period.week_of(DAY))
    printed = "\n".join(page_texts(week))
    assert "Read her whole book aloud" in printed
    assert "Dad has moved out" not in printed

    SubjectAccessService(senco_context).export(zofia.id, tmp_path / "sar.zip")
    with zipfile.ZipFile(tmp_path / "sar.zip") as archive:
        data = json.loads(archive.read("subject-access.json"))
        pdf = archive.read("subject-access.pdf")
    assert [n["text"] for n in data["staff_notes"]] == [NOTE]
    assert "review it before disclosure" in data["staff_notes_review"]
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "Staff-only notes: review each before disclosure (1)" in text
    assert "[To review]" in text and "Dad has moved out" in text


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


def test_a_staff_only_note_reaches_the_teacher_and_is_in_no_family_bundle(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    zofia = pupils[0]
    entry = LinkBookService(office.context).save_entry(
        LinkBookEntry(zofia.id, DAY, "t", StaffRole.CLASS_TEACHER, wins="Counted to a hundred in fives")
    )
    StaffNoteService(office.context).save(entry.id, NOTE)
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(oak.id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))

    assert note_text(teacher.context, entry.id) == NOTE
    assert family.scalar("SELECT count(*) FROM linkbook_entry") == 1, "the entry itself went home"
    assert family.scalar("SELECT count(*) FROM entry_staff_note") == 0
    engine = SyncEngine(VaultSyncStore(family.vault))
    opened: list[Change] = []
    with HttpTransport(fresh_server.url, engine.device) as transport:
        for scope_id in engine.keyring.scopes():
            cursor, more = "", True
            while more:
                page = transport.pull(scope_id, cursor, lambda _bundle_id: False)
                for _seq, bundle in page.bundles:
                    payload = decrypt_bundle(bundle, engine.keyring.get(bundle.scope_id, bundle.generation))
                    opened += decode_payload(payload, bundle.scope_id)
                cursor, more = page.cursor, page.more
    kinds = {change.kind for change in opened}
    assert "entry" in kinds and "entry_staff_note" not in kinds
    values = json.dumps([change.to_json() for change in opened], ensure_ascii=False)
    assert "Counted to a hundred" in values and "Dad has moved out" not in values


@pytest.fixture
def day_view(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object]
) -> Iterator[TeacherDayView]:
    runner = TaskRunner()
    view = TeacherDayView(senco_context, runner)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.busy, timeout=10_000)
    yield view
    view.close()
    runner.wait()


def _write(qtbot, view: TeacherDayView, text: str) -> None:
    field = view.editor.focused_field() or next(iter(view.editor.fields.values()))
    view.activateWindow()  # a warning box just closed may have taken the window's focus with it
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    field.setFocus()
    field.setPlainText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_teachers_day_warns_for_concern_words_and_not_for_ordinary_ones(
    qtbot, day_view: TeacherDayView, senco_context: ServiceContext, vault: Vault
) -> None:
    view = day_view
    first = view.current_row()
    assert first is not None
    _write(qtbot, view, "Grazed knee in the playground, cleaned and plastered")
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert view.concern_box is None, "no warning for first aid"
    saved = LinkBookService(senco_context).class_day(first.pupil.class_id, DAY)
    assert [d.pupil.id for d in saved if d.entry is not None] == [first.pupil.id]

    second = view.current_row()
    assert second is not None and second.pupil.id != first.pupil.id
    _write(qtbot, view, "Came in with a bruise on her arm")
    box = view.concern_box
    assert box is not None and "“bruise”" in box.text()
    assert "Designated Safeguarding Lead" in box.text()
    back = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole)
    back.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert view.current_row().pupil.id == second.pupil.id, "the teacher stays on the child to edit"
    saved = LinkBookService(senco_context).class_day(first.pupil.class_id, DAY)
    assert second.pupil.id not in [d.pupil.id for d in saved if d.entry is not None], "nothing went home"

    _write(qtbot, view, "Came in with a bruise on her arm; she said she bumped it on the slide")
    box = view.concern_box
    assert box is not None
    go_on = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    go_on.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    saved = {d.pupil.id: d.entry for d in LinkBookService(senco_context).class_day(first.pupil.class_id, DAY)}
    assert saved[second.pupil.id] is not None
    with vault.reading() as session:
        details = [e.detail for e in AuditRepository(session).events(second.pupil.id)]
    assert "warned for bruise; went back to edit" in details
    assert "warned for bruise; went on" in details


def _saved_entry_shown(view: TeacherDayView) -> bool:
    row = view.current_row()
    return row is not None and row.entry is not None


def test_a_staff_only_note_is_written_beside_a_saved_entry_from_the_teachers_day(
    qtbot, day_view: TeacherDayView, senco_context: ServiceContext
) -> None:
    view = day_view
    row = view.current_row()
    assert row is not None
    qtbot.mouseClick(view.staff_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert "Save " in view.message_label.text() and view.staff_note_dialog is None
    _write(qtbot, view, "Built a tower of twenty blocks")
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    view.register_view.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: _saved_entry_shown(view), timeout=10_000)
    qtbot.mouseClick(view.staff_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.staff_note_dialog is not None and view.staff_note_dialog.isVisible(), timeout=10_000
    )
    dialog = view.staff_note_dialog
    assert dialog is not None and "never printed" in " ".join(w.text() for w in dialog.findChildren(QLabel))
    dialog.note_field.setPlainText(NOTE)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "it never goes home" in view.message_label.text(), timeout=10_000)
    [entry] = [d.entry for d in LinkBookService(senco_context).class_day(row.pupil.class_id, DAY) if d.entry]
    assert note_text(senco_context, entry.id) == NOTE
