"""The demo school seen as each of its staff: View as… opens the same school as another member of staff,
and each role sees the tabs and menu actions its rights allow (the services refuse the rest anyway)."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from desktop.domain.school import StaffRole
from desktop.services.demo import build_demo_school
from desktop.store.vault import Vault
from desktop.ui.app import AppWindows
from desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

EVERY_TAB = [
    "Today's link book",
    "Pupils and timelines",
    "Agreements and plans",
    "Plan reviews",
    "Families",
    "Meetings",
    "Class news",
    "Work folders",
    "Progress",
    "Home learning",
    "Records",
]
HIDDEN = {
    StaffRole.ADMIN: set(),
    StaffRole.SENCO: set(),
    StaffRole.CLASS_TEACHER: {"Plan reviews", "Records"},
    StaffRole.TEACHING_ASSISTANT: {
        "Plan reviews",
        "Families",
        "Meetings",
        "Work folders",
        "Progress",
        "Records",
    },
}
TABS = {role: [tab for tab in EVERY_TAB if tab not in hidden] for role, hidden in HIDDEN.items()}
ENABLED = {  # print the whole school, correct printed translations, import class lists
    StaffRole.ADMIN: (True, True, True),
    StaffRole.SENCO: (True, True, False),
    StaffRole.CLASS_TEACHER: (True, False, False),
    StaffRole.TEACHING_ASSISTANT: (True, False, False),
}
ROLE_WORDS = {
    StaffRole.ADMIN: "school admin",
    StaffRole.SENCO: "SENCO",
    StaffRole.CLASS_TEACHER: "class teacher",
    StaffRole.TEACHING_ASSISTANT: "teaching assistant",
}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("roles") / "demo"
    vault = Vault.create(data_dir, PASSPHRASE, demo=True)
    build_demo_school(vault, classes=2, pupils_per_class=3, days=3, today=dt.date(2026, 11, 20), seed=3)
    vault.close()
    return data_dir


@pytest.fixture
def windows(qtbot, demo_dir: Path) -> Iterator[AppWindows]:
    shown = AppWindows(demo_dir)
    qtbot.addWidget(shown.unlock_window)
    shown._open_as(Vault.unlock(demo_dir, PASSPHRASE), None)
    yield shown
    shown.shut_down()


def _tabs(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(n) for n in range(window.tabs.count())]


def _view_as(window: MainWindow) -> QMenu | None:
    return next((m for m in window.findChildren(QMenu) if m.title() == "&View as"), None)


@pytest.mark.parametrize("role", list(StaffRole))
def test_view_as_opens_the_demo_as_that_member_of_staff_with_their_role_s_tabs_and_actions(
    qtbot, windows: AppWindows, role: StaffRole
) -> None:
    first = windows.main_window
    assert isinstance(first, MainWindow) and first.actor.role is StaffRole.ADMIN
    menu = _view_as(first)
    assert menu is not None, "the demo school offers View as…"
    qtbot.waitUntil(
        lambda: bool(first.view_as_actions), timeout=10_000
    )  # the staff are read off the GUI thread
    assert [a for a in first.view_as_actions if a.isChecked()] == [
        next(a for a in first.view_as_actions if first.actor.name in a.text())
    ]
    choice = next(a for a in first.view_as_actions if f"({ROLE_WORDS[role]})" in a.text())
    chosen_text = choice.text()
    chosen_name = chosen_text.rsplit(" (", 1)[0]
    if role is StaffRole.ADMIN:
        choice.trigger()  # already the admin: nothing changes
        assert windows.main_window is first
        window = first
    else:
        choice.trigger()
        qtbot.waitUntil(lambda: windows.main_window is not first, timeout=10_000)
        window = windows.main_window
        assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert window.actor.role is role and window.actor.name == chosen_name
    assert window.actor_label.text() == f"Working as {chosen_name} ({ROLE_WORDS[role]})"
    assert _tabs(window) == TABS[role]
    enabled = (
        window.print_school_action.isEnabled(),
        window.correct_phrases_action.isEnabled(),
        window.import_action.isEnabled(),
    )
    assert enabled == ENABLED[role]
    day = window.teacher_day
    qtbot.waitUntil(lambda: day.model.rowCount() > 0 and not day.busy, timeout=10_000)
    if role in (StaffRole.CLASS_TEACHER, StaffRole.TEACHING_ASSISTANT):
        assert window.actor.staff_id in (day.school_class.staff_ids if day.school_class else ())
    qtbot.waitUntil(lambda: bool(window.view_as_actions), timeout=10_000)
    assert [a.text() for a in window.view_as_actions if a.isChecked()] == [chosen_text]
    assert not window.is_locked


def test_a_real_school_has_no_view_as(qtbot, vault: Vault, small_school) -> None:
    from desktop.domain.access import Actor

    window = MainWindow(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO))
    qtbot.addWidget(window)
    assert _view_as(window) is None and window.view_as_actions == []
