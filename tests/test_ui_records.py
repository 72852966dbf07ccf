"""The records screen, driven through its widgets: the audit log and its check, the register of requests with
the subject-access export, retention and erasure; and views of a child's record noted in the audit trail."""

import datetime as dt
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from sqlalchemy import text

from desktop.domain.access import Actor
from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period, SchoolCalendar, Term
from desktop.domain.records import RequestKind, RequestStatus
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.records_requests import RequestsService
from desktop.services.school import SchoolService
from desktop.store.repositories.audit_query import AuditFilter, AuditQuery
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.vault import Vault
from desktop.ui.agreements.document import DocumentPanel
from desktop.ui.folders.folder_view import FolderView
from desktop.ui.main_window import MainWindow
from desktop.ui.records import words
from desktop.ui.records.screen import RecordsScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from desktop.ui.timeline import LOOK_PAUSE_MS
from tests.conftest import PASSPHRASE, TODAY
from tests.ui_checks import unnamed_controls, visible_text

ADMIN = Actor("Mr Nowak-Osei", StaffRole.ADMIN)
SENCO = Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO)
TEACHER = Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)

AUTUMN = Term("Autumn term", dt.date(2026, 9, 3), dt.date(2026, 12, 18))
SPRING = Term("Spring term", dt.date(2027, 1, 5), dt.date(2027, 3, 26))
HALF_TERM = frozenset(dt.date(2026, 10, 26) + dt.timedelta(days=n) for n in range(5))
CALENDAR = SchoolCalendar((AUTUMN, SPRING), HALF_TERM)


def settle(qtbot, screen: RecordsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy and not screen.host.runner.busy, timeout=10000)


@pytest.fixture
def open_screen(qtbot) -> Iterator[Callable[..., RecordsScreen]]:
    """Opens the records screen on a vault as the main window would, for one person at TODAY."""
    opened: list[RecordsScreen] = []

    def open_on(vault: Vault, actor: Actor = ADMIN) -> RecordsScreen:
        window = QMainWindow()
        qtbot.addWidget(window)
        runner = TaskRunner(window)
        context = ServiceContext(vault, actor, clock=lambda: TODAY)
        host = ScreenHost(
            context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None
        )
        screen = RecordsScreen(host)
        window.setCentralWidget(screen)
        window.resize(1200, 760)
        window.show()
        settle(qtbot, screen)
        opened.append(screen)
        return screen

    yield open_on
    for screen in opened:
        screen.forget()
        screen.host.runner.wait()


def type_text(widget: QWidget, typed: str) -> None:
    """Type any script the way an input method does (QTest types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(typed)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def context_of(vault: Vault, actor: Actor) -> ServiceContext:
    return ServiceContext(vault, actor, clock=lambda: TODAY)


def views_of(vault: Vault, pupil_id: str, kind: str | None = None) -> int:
    with vault.reading() as session:
        events = AuditQuery(session).page(AuditFilter(pupil_id=pupil_id, action=AuditAction.VIEWED), 0, 1000)
    return len([e for e in events if kind is None or e.record_kind == kind])


def test_the_audit_log_filtered_by_a_pupil_with_an_arabic_name_shows_their_events_only(
    qtbot, open_screen, vault, small_school
) -> None:
    pupils = small_school["pupils"]
    amina = pupils[2]  # called أمينة
    looking = AuditLogService(context_of(vault, TEACHER))
    for pupil in pupils:
        looking.record_view(pupil.id, "link_book")
    looking.record_view(amina.id, "agreement")
    screen = open_screen(vault)
    pane = screen.audit
    assert pane is not None
    everyone = pane.model.rowCount()
    assert everyone > 11  # the views, and the school's setting up before them

    type_text(pane.pupil_field, "أمينة")
    qtbot.keyClick(pane.pupil_field, Qt.Key.Key_Return)
    settle(qtbot, screen)

    assert pane.pupil_field.text() == "أمينة Hassan"
    with vault.reading() as session:
        hers = AuditQuery(session).page(AuditFilter(pupil_id=amina.id), 0, 100)
    shown = [pane.model.line_at(row).event.id for row in range(pane.model.rowCount())]
    assert shown == [e.id for e in hers] and len(shown) < everyone
    assert set(cells(pane.model, pane.model.PUPIL)) == {"أمينة Hassan"}
    assert cells(pane.model, pane.model.WHO)[:2] == [TEACHER.name, TEACHER.name]
    assert cells(pane.model, pane.model.ACTION)[:2] == ["viewed", "viewed"]
    assert cells(pane.model, pane.model.RECORD)[:2] == ["Agreement or plan", "Link book"]
    assert pane.count_label.text().startswith(f"{len(hers)} events")

    pane.action_box.setCurrentIndex(pane.action_box.findData(AuditAction.PRINTED.value))
    settle(qtbot, screen)
    assert pane.model.rowCount() == 0 and pane.count_label.text() == "No events match."

    pane.pupil_field.clear()
    type_text(pane.pupil_field, "Nobody Here")
    qtbot.keyClick(pane.pupil_field, Qt.Key.Key_Return)
    assert pane.message.isVisible() and "No pupil on roll is called" in pane.message.text()


def test_a_long_audit_log_is_read_a_page_at_a_time_as_it_is_scrolled(
    qtbot, open_screen, vault, small_school
) -> None:
    for n in range(260):  # an hour apart, so each look is an event of its own
        at = TODAY - dt.timedelta(hours=n)
        AuditLogService(ServiceContext(vault, TEACHER, clock=lambda at=at: at)).record_view(
            small_school["pupils"][n % 10].id, "link_book"
        )
    screen = open_screen(vault)
    pane = screen.audit
    assert pane is not None
    total = pane.model.total
    assert total > 260 and pane.model.rowCount() == 100

    pane.view.scrollToBottom()
    settle(qtbot, screen)
    assert pane.model.rowCount() == 200
    while pane.model.canFetchMore():
        pane.model.fetchMore()
        settle(qtbot, screen)
    ids = [pane.model.line_at(row).event.id for row in range(pane.model.rowCount())]
    assert len(ids) == total == len(set(ids))


def test_verify_says_the_log_is_intact_then_reports_a_row_changed_behind_the_apps_back(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    pane = screen.audit
    assert pane is not None
    qtbot.mouseClick(pane.verify_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert pane.verify_label.text().startswith("The audit log is intact")
    assert not pane.verify_label.error

    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET actor = 'Someone else' WHERE seq = 3"))
    qtbot.mouseClick(pane.verify_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    verdict = pane.verify_label.text()
    assert verdict.startswith("The audit log has been tampered with: event 3 of")
    assert "altered after it was written" in verdict and pane.verify_label.error


def test_an_educational_record_request_is_due_fifteen_school_days_later_skipping_half_term(
    qtbot, open_screen, vault, small_school
) -> None:
    with vault.writing() as session:
        CalendarRepository(session).replace(CALENDAR)
    screen = open_screen(vault)
    pane = screen.requests
    assert pane is not None
    screen.tabs.setCurrentWidget(pane)

    qtbot.keyClicks(pane.pupil_field, "zofia")
    type_text(pane.requester_field, "Marta Wiśniewska (mother)")
    pane.kind_box.setCurrentIndex(pane.kind_box.findData(RequestKind.EDUCATIONAL_RECORD.value))
    pane.received_field.setDate(QDate(2026, 10, 15))
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    # 6 school days before half-term (16, 19-23 October), 9 after it: Thursday 12 November.
    assert "answer it by Thursday 12 November 2026" in pane.message.text()
    assert pane.model.rowCount() == 1
    row = [pane.model.index(0, c).data() for c in range(pane.model.columnCount())]
    assert row[1] == "Zofia Wiśniewska" and row[2] == "Marta Wiśniewska (mother)"
    assert row[4] == words.day(dt.date(2026, 11, 12))
    assert row[6] == "OVERDUE by 8 days"  # in words, not only in colour
    assert pane.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert pane.requester_field.text() == ""

    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert pane.message.error and "Type the name of the pupil" in pane.message.text()
    assert len(RequestsService(context_of(vault, ADMIN)).requests()) == 1


def test_a_pupils_records_are_exported_to_a_zip_and_the_request_marked_answered_with_its_name(
    qtbot, open_screen, vault, small_school, tmp_path: Path, monkeypatch
) -> None:
    ayaan, hodan = small_school["pupils"][1], small_school["pupils"][5]
    requests = RequestsService(context_of(vault, ADMIN))
    asked = requests.add(ayaan.id, "রহিম চৌধুরী (father)", RequestKind.SUBJECT_ACCESS, dt.date(2026, 11, 18))
    requests.add(hodan.id, "Faadumo Warsame (mother)", RequestKind.SUBJECT_ACCESS, dt.date(2026, 11, 19))
    screen = open_screen(vault, SENCO)
    pane = screen.requests
    assert pane is not None and screen.tabs.currentWidget() is pane
    pane.select_request(asked.id)
    target = tmp_path / "for the family" / "ayaan-records"
    target.parent.mkdir()
    monkeypatch.setattr(
        "desktop.ui.records.requests_pane.QFileDialog.getSaveFileName",
        lambda *_args, **_kw: (str(target), "Zip files (*.zip)"),
    )

    qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    written = target.with_name("ayaan-records.zip")
    assert pane.message.text().startswith(f"Wrote {written}")
    with zipfile.ZipFile(written) as archive:
        assert {"subject-access.pdf", "subject-access.json"} <= set(archive.namelist())
        record = json.loads(archive.read("subject-access.json"))
    assert (
        record["pupil"]["legal_first_name"] == "Ayaan" and record["pupil"]["preferred_first_name"] == "ঋতব্রত"
    )
    assert "Hodan" not in json.dumps(record, ensure_ascii=False)

    dialog = pane.close_request(refuse=False)
    assert dialog is not None and dialog.file_field.text() == "ayaan-records.zip"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    answered = requests.request(asked.id)
    assert answered.status is RequestStatus.ANSWERED and answered.export_file == "ayaan-records.zip"
    row = pane.model.row_of(lambda r: r.id == asked.id)
    assert pane.model.index(row, 5).data() == "answered"


def test_a_refusal_needs_a_reason_and_keeps_it(qtbot, open_screen, vault, small_school) -> None:
    oisin = small_school["pupils"][8]
    requests = RequestsService(context_of(vault, ADMIN))
    asked = requests.add(oisin.id, "Someone at the gate", RequestKind.SUBJECT_ACCESS, dt.date(2026, 11, 16))
    screen = open_screen(vault)
    pane = screen.requests
    assert pane is not None
    screen.tabs.setCurrentWidget(pane)
    pane.select_request(asked.id)

    dialog = pane.close_request(refuse=True)
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Say why the request is refused" in dialog.message.text()
    type_text(dialog.reason_field, "No parental responsibility; told in writing on 20 November")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    refused = requests.request(asked.id)
    assert refused.status is RequestStatus.REFUSED and refused.refusal_reason.startswith("No parental")
    row = pane.model.row_of(lambda r: r.id == asked.id)
    assert pane.model.index(row, 6).data().startswith("refused: No parental responsibility")


def test_a_pupil_erased_after_typing_their_name_is_gone_from_the_class_list(
    qtbot, vault, small_school
) -> None:
    zofia = small_school["pupils"][0]
    window = MainWindow(vault, ADMIN)
    qtbot.addWidget(window)
    screen = window.screen(RecordsScreen)
    window.tabs.setCurrentWidget(screen)
    window.show()
    settle(qtbot, screen)
    pane = screen.retention
    assert pane is not None
    screen.tabs.setCurrentWidget(pane)
    names = [window.pupil_model.pupil_at(r).display_name for r in range(window.pupil_model.rowCount())]
    assert "Zofia Wiśniewska" in names

    qtbot.keyClicks(pane.pupil_field, "Zofia")
    qtbot.mouseClick(pane.erase_pupil_button, Qt.MouseButton.LeftButton)
    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible()
    summary = dialog.summary.text()
    assert "Zofia Wiśniewska" in summary and "cannot be undone" in summary
    qtbot.keyClicks(dialog.reason_field, "Family asked for erasure on leaving")
    qtbot.keyClicks(dialog.name_field, "Zofia")
    assert not dialog.erase_button.isEnabled()
    dialog.name_field.clear()
    type_text(dialog.name_field, "zofia  wiśniewska")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: window.pupil_model.rowCount() == 9, timeout=5000)

    names = [window.pupil_model.pupil_at(r).display_name for r in range(window.pupil_model.rowCount())]
    assert "Zofia Wiśniewska" not in names
    assert all(p.id != zofia.id for p in SchoolService(context_of(vault, ADMIN)).pupils())
    assert pane.message.text().startswith("Zofia Wiśniewska is erased")
    assert "Zofia" not in pane.pupil_field.completer().model().stringList()
    window.close()


def test_opening_a_pupils_timeline_notes_one_view_in_the_audit_trail(qtbot, vault, small_school) -> None:
    window = MainWindow(vault, TEACHER)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.pupil_model.rowCount() > 0, timeout=5000)  # read on the task runner
    pupils = [window.pupil_model.pupil_at(r) for r in range(window.pupil_model.rowCount())]
    first, other = pupils[0], pupils[3]
    # The first pupil is opened with the window; the look is written once the teacher pauses on them.
    qtbot.waitUntil(lambda: views_of(vault, first.id, "link_book") == 1, timeout=5000)
    assert views_of(vault, other.id) == 0

    window.pupil_view.selectRow(3)
    qtbot.waitUntil(lambda: views_of(vault, other.id, "link_book") == 1, timeout=5000)
    assert window.timeline.heading.text() == other.display_name

    window.pupil_view.selectRow(0)
    window.pupil_view.selectRow(3)  # back within half an hour: the same look
    qtbot.wait(LOOK_PAUSE_MS * 2)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    assert views_of(vault, other.id) == 1 and views_of(vault, first.id) == 1
    window.close()


def test_a_look_just_before_locking_is_kept_in_the_audit_trail(qtbot, vault, small_school, data_dir) -> None:
    window = MainWindow(vault, TEACHER)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.pupil_model.rowCount() > 0, timeout=5000)  # read on the task runner
    pupil = window.pupil_model.pupil_at(4)
    window.pupil_view.selectRow(4)
    qtbot.waitUntil(lambda: window.timeline.shown_pupil_id == pupil.id, timeout=5000)

    window.lock()  # at once, before the teacher's pause would have written it

    again = Vault.unlock(data_dir, PASSPHRASE)
    try:
        assert views_of(again, pupil.id, "link_book") == 1
    finally:
        again.close()


def test_each_role_sees_what_it_may_and_reads_why_not_for_the_rest(open_screen, vault, small_school) -> None:
    teacher = open_screen(vault, TEACHER)
    assert teacher.panes == []
    shown = visible_text(teacher) + "".join(
        teacher.tabs.widget(n).text() for n in range(teacher.tabs.count())
    )
    assert "Only the school's administrator may read the audit log" in shown
    assert "pass the request on to them today" in shown

    senco = open_screen(vault, SENCO)
    assert senco.audit is None and senco.retention is None and senco.requests is not None
    assert senco.tabs.currentWidget() is senco.requests


def test_every_control_has_an_accessible_name(qtbot, open_screen, vault, small_school) -> None:
    screen = open_screen(vault)
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        settle(qtbot, screen)
        assert unnamed_controls(screen) == [], screen.tabs.tabText(index)
    pane = screen.retention
    assert pane is not None
    qtbot.keyClicks(pane.pupil_field, "Hodan")
    dialog = pane.erase_pupil()
    assert dialog is not None and unnamed_controls(dialog) == []
    dialog.reject()


def test_nothing_of_a_child_is_left_on_the_screen_after_forget(
    qtbot, open_screen, vault, small_school
) -> None:
    pupils = small_school["pupils"]
    AuditLogService(context_of(vault, TEACHER)).record_view(pupils[4].id, "link_book")
    RequestsService(context_of(vault, ADMIN)).add(
        pupils[4].id, "Elena Popescu (mother)", RequestKind.EDUCATIONAL_RECORD, dt.date(2026, 11, 19)
    )
    screen = open_screen(vault)
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        settle(qtbot, screen)
    assert screen.audit is not None and screen.requests is not None
    qtbot.keyClicks(screen.audit.pupil_field, "Popescu")
    qtbot.keyClick(screen.audit.pupil_field, Qt.Key.Key_Return)
    settle(qtbot, screen)
    before = visible_text(screen)
    assert "Ionuț Popescu" in before and "Elena Popescu" in before

    screen.forget()
    screen.host.runner.wait()
    QApplication.processEvents()

    after = visible_text(screen)
    for pupil in pupils:
        assert pupil.last_name not in after
    assert "Elena" not in after
    assert screen.audit.pupil_field.completer().model().stringList() == []


def test_opening_a_childs_agreement_or_folder_notes_a_view(qtbot, vault, small_school) -> None:
    kavya, hodan = small_school["pupils"][6], small_school["pupils"][5]
    senco = context_of(vault, SENCO)
    agreement = AgreementService(senco).create(
        kavya.id,
        DocumentKind.AGREEMENT,
        "Home-school agreement",
        DocumentContent(commitments=(Commitment(Party.SCHOOL, "Write every day."),)),
    )
    period = Period.week_of(TODAY.date())
    folder = WorkFolderService(senco).open_folder(hodan.id, period)
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)

    panel = DocumentPanel(senco, runner)
    panel.open_agreement(agreement.id)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert views_of(vault, kavya.id, "agreement") == 1

    view = FolderView(senco, runner)
    view.show_folder(hodan, period, folder)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    view.show_folder(hodan, period, folder)  # the same folder redrawn is not another look
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert views_of(vault, hodan.id, "work_folder") == 1
    assert views_of(vault, kavya.id, "work_folder") == 0
