"""The meetings screen's booking grid through its widgets: offering times, a clash shown in red with what
to do, booking for a family who phoned, a typed slip code filed, attendance into the contact log; and the
family app's meetings tab booking and changing a time."""

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMainWindow

from desktop.domain.access import Actor, FamilyRole
from desktop.domain.calendar import Period
from desktop.domain.contact_log import ContactKind
from desktop.domain.meetings import BookedBy, Meeting
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffRole
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.meetings import MeetingService
from desktop.services.reply_codes import ReplyCodeService
from desktop.store.vault import Vault
from desktop.ui.family.child_page import ChildPage
from desktop.ui.meetings.screen import MeetingsScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls, visible_text

TEACHER = Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
EVENING = dt.date(2026, 11, 26)


@pytest.fixture
def open_screen(qtbot) -> Iterator[Callable[[Vault], MeetingsScreen]]:
    opened: list[MeetingsScreen] = []

    def open_on(vault: Vault) -> MeetingsScreen:
        window = QMainWindow()
        qtbot.addWidget(window)
        runner = TaskRunner(window)
        context = ServiceContext(vault, TEACHER, clock=lambda: TODAY)
        host = ScreenHost(
            context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None
        )
        screen = MeetingsScreen(host)
        window.setCentralWidget(screen)
        window.resize(1400, 860)
        window.show()
        qtbot.waitUntil(lambda: not screen.busy, timeout=5000)
        opened.append(screen)
        return screen

    yield open_on
    for screen in opened:
        screen.forget()
        screen.host.runner.wait()


def settle(qtbot, screen: MeetingsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)


def select_rows(screen: MeetingsScreen, *rows: int) -> None:
    screen.table.clearSelection()
    for row in rows:
        screen.table.selectRow(row)


def teacher(vault: Vault) -> ServiceContext:
    return ServiceContext(vault, TEACHER, clock=lambda: TODAY)


def test_a_teacher_offers_times_and_sees_a_clash_and_who_has_not_booked(
    open_screen, vault: Vault, small_school: dict[str, object], qtbot
) -> None:
    pupils: list[Pupil] = small_school["pupils"]  # type: ignore[assignment]
    screen = open_screen(vault)
    assert "No meeting offered" in screen.summary.text()
    screen.day_edit.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(screen.offer_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert "has passed" in screen.message.text(), "a day gone by is refused with what to do"

    screen.day_edit.setDate(QDate(EVENING.year, EVENING.month, EVENING.day))
    screen.first_edit.setTime(QTime(15, 30))
    screen.last_edit.setTime(QTime(16, 30))
    screen.minutes_box.setValue(15)
    screen.room_edit.setText("Room 4")
    screen.interpreter_box.setCurrentIndex(screen.interpreter_box.findData("BNG"))
    qtbot.mouseClick(screen.offer_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert screen.table.rowCount() == 4
    assert [screen.table.item(r, 0).text() for r in range(4)] == [
        "15:30–15:45",
        "15:45–16:00",
        "16:00–16:15",
        "16:15–16:30",
    ]
    assert "interpreter for Bengali" in screen.summary.text()
    assert screen.not_booked.count() == len(pupils)

    # Two families booked 15:45 on their own devices before either reached the school.
    assert screen.grid is not None
    evening = screen.grid.meeting
    for child in pupils[:2]:
        at_home = Actor(f"Parent of {child.first_name}", FamilyRole.FAMILY_MEMBER, pupil_ids=(child.id,))
        MeetingService(ServiceContext(vault, at_home, clock=lambda: TODAY)).book(
            evening.id, child.id, evening.slots[1].id, at_home.name
        )
    screen.load_grid()
    settle(qtbot, screen)
    clash = screen.table.item(1, 1).text()
    assert clash.startswith("Clash: ") and "Zofia Wiśniewska" in clash and pupils[1].display_name in clash
    assert screen.table.item(1, 1).background().color().name() == "#fde7e9"
    assert "15:45–16:00 is booked by 2 families" in screen.message.text()
    assert "2 booked, 8 not booked, clashes: 1" in screen.summary.text()

    # A family phoned: the teacher books them into a free time from the not-booked list.
    row = screen.not_booked.lines().index(pupils[2].display_name)
    screen.not_booked.setCurrentRow(row)
    select_rows(screen, 1)
    qtbot.mouseClick(screen.book_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert "already booked by another family" in screen.message.text()
    select_rows(screen, 3)
    qtbot.mouseClick(screen.book_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert screen.table.item(3, 1).text() == pupils[2].display_name
    assert screen.table.item(3, 2).text() == "by staff"
    assert pupils[2].display_name not in screen.not_booked.lines()
    assert unnamed_controls(screen) == []


def test_a_typed_slip_code_books_the_first_free_ticked_time_and_attendance_is_logged(
    open_screen, vault: Vault, small_school: dict[str, object], qtbot
) -> None:
    oak: SchoolClass = small_school["class"]  # type: ignore[assignment]
    pupils: list[Pupil] = small_school["pupils"]  # type: ignore[assignment]
    service = MeetingService(teacher(vault))
    today: Meeting = service.offer(
        oak.id, "Review meeting", TODAY.date(), dt.time(15, 30), dt.time(16, 30), 20
    )
    service.book(today.id, pupils[1].id, today.slots[0].id, "Parent of Ayaan")
    code = ReplyCodeService(teacher(vault)).code_for(pupils[0].id, Period.week_of(TODAY.date()))
    screen = open_screen(vault)
    screen.code_edit.setText(code.lower())
    select_rows(screen, 0, 2)
    qtbot.mouseClick(screen.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert "Zofia Wiśniewska booked at 16:10–16:30 from the paper slip." in screen.message.text()
    assert screen.table.item(2, 2).text() == "paper slip"

    select_rows(screen, 2)
    qtbot.mouseClick(screen.came_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert screen.table.item(2, 3).text() == "yes"
    [logged] = ContactLogService(teacher(vault)).of_pupil(pupils[0].id)
    assert (logged.kind, logged.reached, logged.on) == (ContactKind.MEETING, True, TODAY.date())


def test_the_family_app_books_and_changes_a_time(
    vault: Vault, small_school: dict[str, object], qtbot
) -> None:
    oak: SchoolClass = small_school["class"]  # type: ignore[assignment]
    zofia: Pupil = small_school["pupils"][0]  # type: ignore[index]
    evening = MeetingService(teacher(vault)).offer(
        oak.id, "Parents' evening", EVENING, dt.time(15, 30), dt.time(16), 10, "Room 4", "POL"
    )
    at_home = Actor("Parent of Zofia", FamilyRole.FAMILY_MEMBER, pupil_ids=(zofia.id,))
    context = ServiceContext(vault, at_home, clock=lambda: TODAY)
    runner = TaskRunner()
    page = ChildPage(context, runner, zofia)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: len(page.meetings.meeting_cards()) == 1, timeout=5000)
    page.setCurrentWidget(page.meetings)
    [card] = page.meetings.meeting_cards()
    shown = visible_text(card)
    assert "Room: Room 4" in shown and "An interpreter will be there for Polish (Polski)." in shown
    assert "You have not booked a time yet." in shown
    card.time_box.setCurrentIndex(1)
    qtbot.mouseClick(card.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Your time: 15:40–15:50" in visible_text(page.meetings), timeout=5000)
    [card] = page.meetings.meeting_cards()
    assert card.book_button.text().replace("&", "") == "Change my time"
    card.time_box.setCurrentIndex(2)
    qtbot.mouseClick(card.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Your time: 15:50–16:00" in visible_text(page.meetings), timeout=5000)
    grid = MeetingService(teacher(vault)).grid(evening.id)
    assert [(r.slot.label, b.booked_by) for r in grid.rows for _n, b in r.pupils] == [
        ("15:50–16:00", BookedBy.APP)
    ]
    [card] = page.meetings.meeting_cards()
    qtbot.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "You have not booked a time yet." in visible_text(page.meetings), timeout=5000)
    assert zofia.id in [p for p, _n in MeetingService(teacher(vault)).grid(evening.id).not_booked]
    page.forget()
    runner.wait()
