"""Home learning on screen: the teacher sets a task and sees who has done it; the family sees it in the
family window with the guidance in their language, marks it done with a comment, syncs, and the teacher
sees it (a real family device, a real server process)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.domain.access import Actor
from desktop.domain.linkbook import Method
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.home_learning import HomeLearningService
from desktop.services.sync.device import SyncTarget
from desktop.store.vault import Vault
from desktop.ui.app_fonts import register_shipped_fonts
from desktop.ui.family.identity import family_actor
from desktop.ui.family.window import FamilyWindow
from desktop.ui.folders.bidi import plain
from desktop.ui.home_learning.screen import HomeLearningScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.ui_checks import first_line, visible_text

TEACHER = Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
WAIT_MS = 20_000
DUE = TODAY.date() + dt.timedelta(days=5)
SHOTS = Path("/tmp")


def type_text(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


@pytest.fixture
def teacher_screen(qtbot, vault: Vault, small_school: dict[str, object]) -> Iterator[HomeLearningScreen]:
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    context = ServiceContext(vault, TEACHER, clock=lambda: TODAY)
    host = ScreenHost(context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None)
    screen = HomeLearningScreen(host)
    window.setCentralWidget(screen)
    window.resize(1280, 820)
    register_shipped_fonts()
    window.show()
    qtbot.waitUntil(lambda: not screen.busy and screen.group_list.count() == 10, timeout=WAIT_MS)
    yield screen
    screen.forget()
    runner.wait()


def test_the_teacher_sets_a_task_for_a_group_and_sees_who_has_done_it(
    qtbot, teacher_screen: HomeLearningScreen, senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    screen = teacher_screen
    zofia, ayaan, amina = small_school["pupils"][:3]  # type: ignore[index]
    qtbot.mouseClick(screen.set_button, Qt.MouseButton.LeftButton)
    assert "Say what the children should do" in screen.message.text(), "an empty task is refused"

    qtbot.keyClicks(screen.title_edit, "Measure three things in your kitchen")
    screen.together_box.setChecked(True)
    for row in range(screen.guidance_list.count()):
        item = screen.guidance_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("help_own_first", "stuck_part_is_fine"):
            item.setCheckState(Qt.CheckState.Checked)
    for row in range(screen.group_list.count()):
        item = screen.group_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in (zofia.id, ayaan.id, amina.id):
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(screen.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.task_list.count() == 1 and not screen.busy, timeout=WAIT_MS)
    assert "Set “Measure three things in your kitchen” for 3 pupils." in screen.message.text()
    assert screen.task_list.item(0).text().endswith("0 of 3 done")
    assert screen.title_edit.text() == "", "the form is cleared for the next task"

    (progress,) = HomeLearningService(senco_context).for_class(zofia.class_id)
    assert progress.task.guidance == ("help_own_first", "stuck_part_is_fine") and progress.task.together
    service = HomeLearningService(senco_context)
    service.record_return(
        progress.task.id, zofia.id, True, "Użyliśmy linijki", "Parent of Zofia", Method.PAPER
    )
    service.record_return(progress.task.id, amina.id, True, "", "Parent of Amina", Method.PAPER)
    screen.load_class()
    qtbot.waitUntil(lambda: first_line(screen.task_list).endswith("2 of 3 done"), timeout=WAIT_MS)
    shown = plain(screen.detail.text()).replace("\u200e", "")
    assert "Done (2):" in shown and f"✓ {zofia.display_name} (on paper" in shown
    assert f"{zofia.display_name}: “Użyliśmy linijki” — Parent of Zofia" in shown
    assert f"Not done yet (1):\n  {ayaan.display_name}" in shown
    screen.window().grab().save(str(SHOTS / "home_learning_teacher.png"))


@pytest.fixture
def school(tmp_path: Path, server: ServerProcess):
    office = open_device(tmp_path, "office")
    data = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    zofia = data["pupils"][0]
    enrol(office, family, server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))
    return office, family, data


def test_the_family_reads_polish_guidance_marks_it_done_with_a_comment_and_the_teacher_sees_it(
    qtbot, school
) -> None:
    office, family, data = school
    zofia = data["pupils"][0]
    teacher = HomeLearningService(office.context)
    task = teacher.set_task(
        data["class"].id,
        "Count the stairs at home",
        DUE,
        details="Count up and down; write the number.",
        minutes=10,
        guidance=("help_own_first", "way_how_did_you", "stuck_tell_teacher"),
        together=True,
    )
    office.sync.sync_once()
    family.sync.sync_once()

    window = FamilyWindow(family.vault, family_actor(family.vault), clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(900, 1000)
    window.show()
    qtbot.waitExposed(window)
    page_ready = lambda: bool(window.pages) and bool(window.pages[0].home_learning.task_cards())  # noqa: E731
    qtbot.waitUntil(page_ready, timeout=WAIT_MS)
    page = window.pages[0]
    page.setCurrentWidget(page.home_learning)
    (card,) = page.home_learning.task_cards()
    shown = plain(visible_text(card))
    for text in (
        "Count the stairs at home",
        "po angielsku / in English",
        "Niech dziecko najpierw spróbuje samo.\nLet your child try on their own first.",
        "Zapytaj: jak do tego doszedłeś/doszłaś?",
        "Jeśli dziecko utknie\nIf your child is stuck",
        "Około 10 min.\nAbout 10 minutes",
        "Zróbcie to razem\nDo this together",
        "Zrobiliśmy to / We did this",
    ):
        assert text in shown, text
    window.grab().save(str(SHOTS / "home_learning_family_pol.png"))

    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)
    assert "first" in card.problem.text(), "nothing ticked or written: a message, nothing sent"
    card.done_box.setChecked(True)
    type_text(card.comment_edit, "Policzyła 14 schodów!")
    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(page.home_learning.task_cards()) and page.home_learning.task_cards()[0].item.back.done,
        timeout=WAIT_MS,
    )
    assert "Policzyła 14 schodów!" in visible_text(page.home_learning)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert "wait to be sent" in window.sync_bar.label.text(), "done and comment wait for the next sync"
    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert "Last synced" in window.sync_bar.label.text()
    assert "wait to be sent" not in window.sync_bar.label.text()
    office.sync.sync_once()

    (progress,) = teacher.for_class(data["class"].id)
    assert progress.task.id == task.id
    assert [p.id for p in progress.done] == [zofia.id]
    ((who, back),) = progress.comments
    assert (who.id, back.comment, back.comment_by, back.done_method) == (
        zofia.id,
        "Policzyła 14 schodów!",
        "Elżbieta Wiśniewska",
        Method.DIGITAL,
    )
    window.close()


def test_a_slip_typed_in_by_its_reply_code_files_done_and_comment(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    import re

    from desktop.domain.calendar import Period
    from desktop.services.print_packs import PrintPackService
    from desktop.ui.paper_reply import PaperReplyDialog
    from tests.test_home_learning import pdf_text

    ionut = small_school["pupils"][4]  # type: ignore[index]
    task = HomeLearningService(senco_context).set_task(
        small_school["class"].id,  # type: ignore[attr-defined]
        "Learn the spellings on the sheet",
        DUE,
        guidance=("way_praise_effort",),
    )
    pages = pdf_text(PrintPackService(senco_context).pupil_week(ionut.id, Period.week_of(TODAY.date())))
    (slip,) = [p for p in pages if "Learn the spellings" in p]
    assert "Lăudați efortul, nu doar răspunsurile corecte." in " ".join(slip.split())
    (code,) = set(re.findall(r"\d{2}W\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}", slip))

    dialog = PaperReplyDialog(senco_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, code.lower().replace("-", " "))
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    labels = [dialog.day_box.itemText(n) for n in range(dialog.day_box.count())]
    assert "Home learning: Learn the spellings on the sheet" in labels
    dialog.day_box.setCurrentIndex(labels.index("Home learning: Learn the spellings on the sheet"))
    assert dialog.read_box.text() == "They ticked “We did this”"
    dialog.read_box.setChecked(True)
    type_text(dialog.reply_edit, "A învățat toate cuvintele.")
    with qtbot.waitSignal(dialog.home_learning_returned) as sent:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sent.args == [task.id]
    (progress,) = HomeLearningService(senco_context).for_class(ionut.class_id)
    ((who, back),) = progress.comments
    assert who.id == ionut.id and back.done and back.done_method is Method.PAPER
    assert back.comment == "A învățat toate cuvintele." and back.done_by == "Parent of Ionuț"
