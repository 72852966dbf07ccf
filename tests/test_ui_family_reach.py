"""The families screen's contact log, family profile and families-not-reached view, through their widgets."""

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.domain.access import Actor
from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.family_profile import ChildItem, FamilyProfile
from desktop.domain.school import StaffRole
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.family_profiles import FamilyProfileService
from desktop.store.vault import Vault
from desktop.ui.families.screen import FamiliesScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.test_ui_families import type_text
from tests.ui_checks import unnamed_controls

TEACHER = Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
ASSISTANT = Actor("Ms Kowalczyk", StaffRole.TEACHING_ASSISTANT)
SECRET = "Her grandmother died in October"


@pytest.fixture
def open_screen(qtbot) -> Iterator[Callable[[Vault, Actor], FamiliesScreen]]:
    opened: list[FamiliesScreen] = []

    def open_on(vault: Vault, actor: Actor = TEACHER) -> FamiliesScreen:
        window = QMainWindow()
        qtbot.addWidget(window)
        runner = TaskRunner(window)
        context = ServiceContext(vault, actor, clock=lambda: TODAY)
        host = ScreenHost(
            context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None
        )
        screen = FamiliesScreen(host)
        window.setCentralWidget(screen)
        window.resize(1280, 860)
        window.show()
        qtbot.waitUntil(lambda: not screen.busy, timeout=5000)
        opened.append(screen)
        return screen

    yield open_on
    for screen in opened:
        screen.forget()
        screen.host.runner.wait()


def test_a_call_is_logged_in_a_few_keystrokes(open_screen, vault, small_school, qtbot) -> None:
    screen = open_screen(vault)
    pupil = screen._pupils[0]
    pane = screen.contact_log
    qtbot.keyClick(screen, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pane.note_field.hasFocus()
    type_text(pane.note_field, "Rozmowa o wycieczce, mama zadowolona")
    qtbot.keyClick(pane.note_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)

    [logged] = ContactLogService(ServiceContext(vault, TEACHER, clock=lambda: TODAY)).of_pupil(pupil.id)
    assert (logged.kind, logged.on, logged.reached) == (ContactKind.PHONE, TODAY.date(), True)
    assert logged.note == "Rozmowa o wycieczce, mama zadowolona"
    assert logged.logged_by == TEACHER.name
    assert pane.history.text_at(0).startswith(f"{TODAY:%d %b %Y} · Phone call · Rozmowa")
    assert "Logged: phone call" in pane.message_label.text()
    assert pane.note_field.text() == ""

    # A home visit with an interpreter: Alt+3 chooses the kind before typing.
    qtbot.keyClick(pane.note_field, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    pane.interpreter.setCurrentIndex(pane.interpreter.findData("POL"))
    type_text(pane.note_field, "Wizyta domowa")
    qtbot.keyClick(pane.note_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)
    lines = [pane.history.text_at(row) for row in range(pane.history.count())]
    assert any("Home visit · interpreter: Polish · Wizyta domowa" in line for line in lines)

    # An empty note is a message, and nothing is logged.
    qtbot.keyClick(pane.note_field, Qt.Key.Key_Return)
    assert "Type what was said or done" in pane.message_label.text()
    assert pane.history.count() == 2


def test_a_teaching_assistant_sees_that_a_sensitive_note_exists_but_not_its_text(
    open_screen, vault, small_school, senco_context, qtbot
) -> None:
    pupils = sorted(small_school["pupils"], key=lambda p: p.sort_key)
    FamilyProfileService(senco_context).save(
        FamilyProfile(pupils[0].id, items=(ChildItem("Loves football"), ChildItem(SECRET, sensitive=True)))
    )
    screen = open_screen(vault, ASSISTANT)
    items = screen.profile_pane.items
    texts = [items.item(r).text() for r in range(items.count())]
    assert texts[0] == "Loves football"
    assert "sensitive note" in texts[1] and SECRET not in texts[1]
    assert not screen.profile_pane.save_button.isEnabled()

    teacher = open_screen(vault, TEACHER)
    items = teacher.profile_pane.items
    assert [items.item(r).text() for r in range(items.count())] == ["Loves football", SECRET]
    assert items.item(1).checkState() == Qt.CheckState.Checked


def test_the_reach_view_lists_families_not_reached_first(
    open_screen, vault, small_school, senco_context, qtbot
) -> None:
    pupils = small_school["pupils"]
    log = ContactLogService(senco_context)
    for pupil in pupils[:7]:
        log.log(FamilyContact(pupil.id, ContactKind.PHONE, TODAY.date() - dt.timedelta(days=1), "Spoke"))
    log.log(FamilyContact(pupils[7].id, ContactKind.MEETING, dt.date(2026, 10, 1), "Parents' evening"))
    screen = open_screen(vault)
    screen.views.setCurrentWidget(screen.reach_view)
    qtbot.waitUntil(lambda: not screen.busy and screen.reach_view.table.rowCount() == 10, timeout=5000)
    names = screen.reach_view.shown_names()
    assert names[:3] == [*sorted([pupils[8].display_name, pupils[9].display_name]), pupils[7].display_name]
    assert screen.reach_view.summary.text() == "3 of 10 families not reached in 10 school days"
    screen.reach_view.days_box.setValue(60)
    qtbot.waitUntil(lambda: "2 of 10" in screen.reach_view.summary.text(), timeout=5000)


def test_every_control_of_the_new_views_has_an_accessible_name(
    open_screen, vault, small_school, qtbot
) -> None:
    screen = open_screen(vault, Actor("Mrs Nwosu (head)", StaffRole.ADMIN))
    unnamed: set[str] = set()
    for view in (0, 1):
        screen.views.setCurrentIndex(view)
        for tab in (0, 1):
            screen.family_tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: not screen.busy, timeout=5000)
            unnamed |= set(unnamed_controls(screen))
    assert sorted(unnamed) == []


def test_follow_ups_due_show_on_the_teachers_day(vault, small_school, senco_context, qtbot) -> None:
    from desktop.ui.teacher_day import TeacherDayView

    pupils = small_school["pupils"]
    log = ContactLogService(senco_context)
    log.log(
        FamilyContact(
            pupils[2].id,
            ContactKind.VISIT,
            dt.date(2026, 11, 10),
            "Visit",
            follow_up_on=dt.date(2026, 11, 19),
        )
    )
    log.log(
        FamilyContact(
            pupils[3].id, ContactKind.PHONE, dt.date(2026, 11, 18), "Call", follow_up_on=dt.date(2026, 12, 1)
        )
    )
    runner = TaskRunner()
    view = TeacherDayView(ServiceContext(vault, TEACHER, clock=lambda: TODAY), runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.follow_ups.isVisible(), timeout=5000)
    text = view.follow_ups.text()
    assert f"{pupils[2].display_name} (home visit on 10 Nov)" in text
    assert pupils[3].display_name not in text, "not due until December"
    view.forget()
    assert not view.follow_ups.isVisible()
    runner.wait()
