"""The minimal app: unlock, see the classes and a class's pupils, lock with nothing left on screen."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStatusBar,
    QWidget,
)

from desktop.domain.access import Actor
from desktop.domain.pupils import PhotoConsent, Pupil, SenStatus
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.errors import WrongPassphrase
from desktop.store.vault import Vault
from desktop.ui.app import AppWindows, provisional_actor
from desktop.ui.families.screen import FamiliesScreen
from desktop.ui.main_window import MainWindow
from desktop.ui.models import PupilTableModel
from desktop.ui.unlock import UnlockWindow
from tests.conftest import PASSPHRASE

UNLOCK_TIMEOUT_MS = 15_000

SCHOOL = School("Oakfield Primary")
OAK = SchoolClass("Oak", "3")
WILLOW = SchoolClass("Willow", "4")


def _pupil(first: str, last: str, school_class: SchoolClass, **more: object) -> Pupil:
    return Pupil(first, last, dt.date(2017, 5, 1), school_class.id, **more)  # type: ignore[arg-type]


PUPILS = [
    _pupil("Zofia", "Wiśniewska", OAK, first_language="POL", photo_consent=PhotoConsent.REFUSED),
    _pupil("يوسف", "حسن", OAK, preferred_first_name="Yusuf", first_language="ARA"),
    _pupil("Олена", "Шевченко", OAK, first_language="UKR", sen_status=SenStatus.SEN_SUPPORT),
    _pupil("明", "李", WILLOW, first_language="CHI", photo_consent=PhotoConsent.GRANTED),
    _pupil("আয়েশা", "রহমান", WILLOW, first_language="BNG", sen_status=SenStatus.EHC_PLAN),
    _pupil("Chidi", "Okafor", WILLOW),
]
NAMES = [p.display_name for p in PUPILS] + [p.legal_first_name for p in PUPILS]


@pytest.fixture
def school(vault: Vault) -> Vault:
    service = SchoolService(ServiceContext(vault, Actor("Set-up", StaffRole.ADMIN)))
    staff = [
        StaffMember("Ms Teacher", StaffRole.CLASS_TEACHER),
        StaffMember("Mrs Adebayo-Kowalska", StaffRole.SENCO),
    ]
    service.set_up(SCHOOL, staff, [WILLOW, OAK])
    service.save_pupils(PUPILS)
    return vault


@pytest.fixture
def windows(school: Vault, data_dir: Path, qtbot) -> Iterator[AppWindows]:
    shown = AppWindows(data_dir)
    qtbot.addWidget(shown.unlock_window)
    shown.start()
    qtbot.waitExposed(shown.unlock_window)
    yield shown
    shown.shut_down()


def _type_and_press_enter(qtbot, window: UnlockWindow, passphrase: str) -> None:
    window.passphrase_field.clear()
    qtbot.keyClicks(window.passphrase_field, passphrase)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)


def _unlock(qtbot, windows: AppWindows) -> MainWindow:
    _type_and_press_enter(qtbot, windows.unlock_window, PASSPHRASE)
    qtbot.waitUntil(lambda: windows.main_window is not None, timeout=UNLOCK_TIMEOUT_MS)
    assert windows.main_window is not None
    # Not qtbot.addWidget: locking deletes the window (deleteLater); the fixture's shut_down closes it.
    qtbot.waitExposed(windows.main_window)
    main = windows.main_window
    # The window reads the school on its task runner: wait until the first class's pupils are listed.
    qtbot.waitUntil(lambda: bool(main.count_label.text()), timeout=UNLOCK_TIMEOUT_MS)
    return main


def _column(model: QAbstractItemModel, column: int = 0) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _columns(model: QAbstractItemModel) -> int:
    # A list model's columnCount is private in Qt; it always has one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _everything_shown(window: QWidget) -> str:
    """Every piece of text a person (or a screen reader) could get from the window and its models."""
    texts = [window.windowTitle(), window.toolTip()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QStatusBar):
            texts.append(widget.currentMessage())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(_columns(model)):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.index(row, column).data(role) or ""))
    return "\n".join(texts)


def test_wrong_passphrase_is_explained_inline_and_opens_nothing(qtbot, windows: AppWindows) -> None:
    unlock = windows.unlock_window

    _type_and_press_enter(qtbot, unlock, "Kwiaty w czerwcu")
    assert unlock.busy
    qtbot.waitUntil(lambda: not unlock.busy, timeout=UNLOCK_TIMEOUT_MS)

    assert unlock.message_label.isVisible()
    assert unlock.message_label.text() == str(WrongPassphrase())
    assert windows.main_window is None
    assert unlock.isVisible()
    assert unlock.passphrase_field.selectionLength() == len("Kwiaty w czerwcu")
    assert unlock.unlock_button.isEnabled()


def test_right_passphrase_opens_the_classes_and_a_chosen_class_lists_its_pupils(
    qtbot, windows: AppWindows
) -> None:
    main = _unlock(qtbot, windows)

    assert not windows.unlock_window.isVisible()
    assert main.windowTitle() == "Linkbook — Oakfield Primary"
    assert _column(main.class_view.model()) == ["Oak", "Willow"]
    assert main.class_view.currentIndex().data() == "Oak"
    assert sorted(_column(main.pupil_view.model())) == sorted(
        ["Zofia Wiśniewska", "Yusuf حسن", "Олена Шевченко"]
    )

    main.tabs.setCurrentIndex(1)  # the Pupils and timelines tab: the status bar names its class
    willow = main.class_view.model().index(1, 0)
    qtbot.mouseClick(
        main.class_view.viewport(), Qt.MouseButton.LeftButton, pos=main.class_view.visualRect(willow).center()
    )
    qtbot.waitUntil(lambda: main.count_label.text().startswith("Willow"), timeout=5000)

    table = main.pupil_view.model()
    rows = {
        table.index(row, PupilTableModel.NAME).data(): [
            table.index(row, column).data() for column in range(1, table.columnCount())
        ]
        for row in range(table.rowCount())
    }
    assert rows == {
        "明 李": ["", "Chinese", "Allowed"],
        "আয়েশা রহমান": ["EHC plan", "Bengali", "Not asked"],
        "Chidi Okafor": ["", "English", "Not asked"],
    }
    assert main.class_heading.text() == "Pupils in Willow"
    assert main.count_label.text() == "Willow: 3 on roll"


def test_ctrl_l_locks_leaving_no_child_in_any_widget_and_shows_the_unlock_window(
    qtbot, windows: AppWindows
) -> None:
    main = _unlock(qtbot, windows)
    shown_before = _everything_shown(main)
    assert "Zofia Wiśniewska" in shown_before and "Yusuf حسن" in shown_before

    with qtbot.waitSignal(main.locked, timeout=1000):
        qtbot.keyClick(main.pupil_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert main.is_locked
    shown_after = _everything_shown(main)
    assert not [name for name in NAMES if name in shown_after]
    assert main.class_model.rowCount() == 0 and main.pupil_model.rowCount() == 0
    assert not main.isVisible()
    assert windows.main_window is None
    unlock = windows.unlock_window
    assert unlock.isVisible()
    assert unlock.passphrase_field.text() == ""
    assert "locked" in unlock.message_label.text()


def test_a_screen_tab_shows_its_screen_when_clicked_and_empties_on_lock(qtbot, windows: AppWindows) -> None:
    main = _unlock(qtbot, windows)
    bar = main.tabs.tabBar()
    families = next(i for i in range(bar.count()) if main.tabs.tabText(i) == "Families")

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(families).center())

    screen = main.tabs.currentWidget()
    assert isinstance(screen, FamiliesScreen)
    assert main.tabs.currentIndex() == families and main.tabs.tabText(families) == "Families"
    qtbot.waitUntil(lambda: screen.pupil_list.count() == 3, timeout=5000)
    assert "Zofia Wiśniewska" in _everything_shown(screen)

    main.lock()
    assert not [name for name in NAMES if name in _everything_shown(screen)]


def test_the_app_unlocks_again_after_a_lock(qtbot, windows: AppWindows) -> None:
    _unlock(qtbot, windows).lock()

    again = _unlock(qtbot, windows)

    assert _column(again.class_view.model()) == ["Oak", "Willow"]


def test_a_folder_without_a_school_says_so_and_offers_no_unlock(qtbot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "nothing here")
    qtbot.addWidget(window)
    window.show()

    assert window.message_label.text() == (
        f"There is no Linkbook school in {tmp_path / 'nothing here'} yet. Create one below, or open the "
        "demo school to look around first."
    ), "the window says which folder, in its own words (not the command line's --data-dir)"
    assert window.message_label.isVisible()
    assert window.heading.text() == "There is no school in this folder"
    assert window.passphrase_field.isHidden() and window.unlock_button.isHidden()


def test_the_demo_school_shows_its_passphrase(qtbot, tmp_path: Path) -> None:
    Vault.create(tmp_path / "demo", "demo school", demo=True).close()
    window = UnlockWindow(tmp_path / "demo")
    qtbot.addWidget(window)
    window.show()

    assert window.demo_hint.isVisible()
    assert window.demo_hint.text() == "This is the demo school. Its passphrase is: demo school"


def test_a_real_school_keeps_its_passphrase_to_itself(qtbot, windows: AppWindows) -> None:
    assert windows.unlock_window.demo_hint.isHidden()


def test_the_app_acts_as_the_first_admin_or_senco(school: Vault) -> None:
    assert provisional_actor(school).name == "Mrs Adebayo-Kowalska"
    assert provisional_actor(school).role is StaffRole.SENCO


def test_every_control_has_an_accessible_name(qtbot, windows: AppWindows) -> None:
    main = _unlock(qtbot, windows)
    for window in (main, windows.unlock_window):
        unnamed = [
            type(widget).__name__
            for widget in window.findChildren(QWidget)
            if isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView | QLabel)
            and widget.isVisibleTo(window)
            and not widget.accessibleName()
        ]
        assert not unnamed, unnamed


def test_the_app_locks_itself_when_idle_but_not_while_someone_types(qtbot, vault, small_school) -> None:
    from desktop.ui.idle_lock import IdleLock
    from desktop.ui.main_window import MainWindow

    window = MainWindow(vault, Actor("Mrs Test", StaffRole.ADMIN))
    qtbot.addWidget(window)
    window.show()
    window.idle_lock.stop()  # the configured minutes; a test cannot wait that long
    window.idle_lock = IdleLock(400, window)
    window.idle_lock.idle.connect(window.lock)
    for _ in range(6):  # typing keeps it open well past the interval
        qtbot.wait(150)
        qtbot.keyClick(window.search_panel.field, "a")
    assert not window.is_locked
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.is_locked
    assert window.pupil_model.rowCount() == 0


def test_the_day_opens_with_the_keys_in_the_first_field_and_the_status_bar_names_its_class(
    qtbot, vault: Vault
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.services.phrases import PhraseSection

    teacher = StaffMember("Mr Dawit Haile-Brennan", StaffRole.CLASS_TEACHER)
    willow = SchoolClass("Willow", "4", staff_ids=(teacher.id,))
    setup = SchoolService(ServiceContext(vault, Actor("Set-up", StaffRole.ADMIN)))
    setup.set_up(SCHOOL, [teacher], [OAK, willow])  # Oak first in the class list
    setup.save_pupils(
        PUPILS[:3] + [_pupil(p.legal_first_name, p.legal_last_name, willow) for p in PUPILS[3:]]
    )
    window = MainWindow(vault, Actor(teacher.name, teacher.role, teacher.id))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    day = window.teacher_day
    qtbot.waitUntil(lambda: day.model.rowCount() == 3 and not day.busy, timeout=10_000)

    first_field = day.editor.fields[PhraseSection.LEARNING]
    assert QApplication.focusWidget() is first_field, "the keys go to the first field, not the tab bar"
    assert window.count_label.text() == "Willow: 3 on roll", "the class the day shows, not Oak"

    first = day.current_row()
    day.editor.fields[PhraseSection.NOTE].setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Lost a glove")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert day.current_row() is not first
    assert QApplication.focusWidget() is first_field, "the next child starts at the first field"

    window.tabs.setCurrentIndex(window.tabs.indexOf(window.tabs.widget(1)))
    assert window.count_label.text() == "Oak: 3 on roll", "the Pupils tab's class"
    qtbot.waitUntil(lambda: not day.busy, timeout=10_000)
    window.close()
