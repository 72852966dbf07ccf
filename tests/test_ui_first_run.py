"""The first run: a folder with no school offers to create one (by keyboard alone) or to open the demo."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.app import AppWindows
from desktop.ui.first_run import MIN_PASSPHRASE_LENGTH, strength_hint
from desktop.ui.unlock import UnlockWindow
from tests.ui_checks import unnamed_controls

PASSPHRASE = "Kwiaty w maju, 7 rano"
OPEN_TIMEOUT_MS = 20_000


@pytest.fixture
def windows(qtbot, tmp_path: Path) -> Iterator[AppWindows]:
    shown = AppWindows(tmp_path / "new school")
    qtbot.addWidget(shown.unlock_window)
    shown.start()
    qtbot.waitExposed(shown.unlock_window)
    shown.unlock_window.activateWindow()
    yield shown
    shown.shut_down()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def type_then_tab(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)
    press(qtbot, Qt.Key.Key_Tab)


def test_a_folder_with_no_school_offers_a_new_school_or_the_demo(qtbot, windows: AppWindows) -> None:
    unlock = windows.unlock_window
    panel = unlock.first_run
    assert unlock.heading.text() == "There is no school in this folder"
    assert panel.isVisible() and panel.new_button.isVisible() and panel.demo_button.isVisible()
    assert unlock.passphrase_field.isHidden()
    assert panel.form.isHidden()
    assert panel.new_button.hasFocus()
    assert unnamed_controls(unlock) == []


def test_a_new_school_is_created_by_keyboard_and_opens_empty_as_its_creator(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    unlock = windows.unlock_window
    panel = unlock.first_run
    press(qtbot, Qt.Key.Key_Space)  # "Create a new school…" has the focus
    assert panel.form.isVisible() and panel.school_field.hasFocus()
    assert unnamed_controls(unlock) == []

    type_then_tab(qtbot, "Riverside Primary")
    type_then_tab(qtbot, "Ms Nowak-Achterberg")
    press(qtbot, Qt.Key.Key_Down)  # school admin -> class teacher
    press(qtbot, Qt.Key.Key_Tab)
    type_then_tab(qtbot, "Oak")
    press(qtbot, Qt.Key.Key_Down)  # Year 1 -> Year 2
    press(qtbot, Qt.Key.Key_Tab)
    type_then_tab(qtbot, PASSPHRASE)
    assert panel.strength_label.text().startswith("Strong")
    qtbot.keyClicks(focused(), PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: windows.main_window is not None, timeout=OPEN_TIMEOUT_MS)
    main = windows.main_window
    assert main is not None
    qtbot.waitExposed(main)
    assert not unlock.isVisible()
    # The school and its classes are read on the task runner, then shown.
    qtbot.waitUntil(lambda: main.windowTitle() == "Linkbook — Riverside Primary", timeout=10_000)
    qtbot.waitUntil(lambda: main.class_model.rowCount() == 1, timeout=10_000)
    assert main.actor_label.text() == "Working as Ms Nowak-Achterberg (class teacher)"
    assert [main.class_model.class_at(row).name for row in range(main.class_model.rowCount())] == ["Oak"]
    assert main.pupil_model.rowCount() == 0

    vault = Vault.unlock(tmp_path / "new school", PASSPHRASE)
    try:
        school = SchoolService(ServiceContext(vault, Actor("Check", StaffRole.ADMIN)))
        (teacher,) = school.staff()
        (oak,) = school.classes()
        assert (teacher.name, teacher.role) == ("Ms Nowak-Achterberg", StaffRole.CLASS_TEACHER)
        assert (oak.name, oak.year_group, oak.staff_ids) == ("Oak", "2", (teacher.id,))
        assert not vault.demo
    finally:
        vault.close()


def test_mistakes_are_explained_where_they_are_and_nothing_is_written(qtbot, windows: AppWindows) -> None:
    panel = windows.unlock_window.first_run
    folder = windows.unlock_window.data_dir
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.message_label.text() == "Type the school's name."
    assert panel.school_field.hasFocus()

    qtbot.keyClicks(panel.school_field, "Riverside Primary")
    qtbot.keyClicks(panel.name_field, "Mr Okafor")
    qtbot.keyClicks(panel.class_field, "Willow")
    qtbot.keyClicks(panel.passphrase_field, "abc")
    assert panel.strength_label.text().startswith("Too short")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.message_label.text().startswith(
        f"Too short: use at least {MIN_PASSPHRASE_LENGTH} characters"
    )
    assert panel.passphrase_field.hasFocus()

    qtbot.keyClicks(panel.passphrase_field, "d and more words")
    qtbot.keyClicks(panel.again_field, "abcd and more word")
    qtbot.keyClick(panel.again_field, Qt.Key.Key_Return)
    assert panel.message_label.text() == "The two passphrases differ. Type the same one in both boxes."
    assert panel.again_field.hasFocus()

    assert not folder.exists()
    assert windows.main_window is None


def test_a_failure_half_way_leaves_the_folder_as_it_was_and_says_so(
    qtbot, windows: AppWindows, monkeypatch
) -> None:
    from desktop.store.errors import InvalidInput

    def refuse(*_args, **_kwargs) -> None:
        raise InvalidInput("A class needs a name.")

    monkeypatch.setattr(SchoolService, "set_up", refuse)
    panel = windows.unlock_window.first_run
    folder = windows.unlock_window.data_dir
    folder.mkdir()
    (folder / "notes.txt").write_text("someone else's file", encoding="utf-8")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    for field, text in (
        (panel.school_field, "Riverside Primary"),
        (panel.name_field, "Mr Okafor"),
        (panel.class_field, "Willow"),
        (panel.passphrase_field, PASSPHRASE),
        (panel.again_field, PASSPHRASE),
    ):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy, timeout=OPEN_TIMEOUT_MS)

    assert panel.message_label.text() == "A class needs a name."
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert windows.main_window is None


def test_the_demo_school_opens_from_the_first_run(qtbot, windows: AppWindows) -> None:
    panel = windows.unlock_window.first_run
    qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
    assert panel.busy and panel.busy_bar.isVisible()

    qtbot.waitUntil(lambda: windows.main_window is not None, timeout=60_000)
    main = windows.main_window
    assert main is not None
    assert main.demo_label.isVisibleTo(main)
    qtbot.waitUntil(lambda: main.class_model.rowCount() == 2, timeout=10_000)  # read on the task runner
    windows.unlock_window.reset()
    assert windows.unlock_window.demo_hint.isVisibleTo(windows.unlock_window)


def test_the_passphrases_the_form_offers_are_the_ones_the_vault_accepts(tmp_path: Path) -> None:
    """The form refuses (hint level below 2) exactly what the key file refuses."""
    short_but_unusual = "Żuk9#qvLm"
    assert len(short_but_unusual) == MIN_PASSPHRASE_LENGTH - 1
    cases = [short_but_unusual, "xxxxxxxxxxxx", "password123", "kot pies koń mysz", "Ćma, Żuk i Ślimaki"]
    for n, passphrase in enumerate(cases):
        offered = strength_hint(passphrase)[0] >= 2
        try:
            Vault.create(tmp_path / str(n), passphrase).close()
            accepted = True
        except ValueError:
            accepted = False
        assert offered == accepted, passphrase
    assert strength_hint(short_but_unusual)[0] == 0
    assert strength_hint("Ćma, Żuk i Ślimaki")[0] >= 2


def test_an_existing_school_shows_no_first_run(qtbot, vault: Vault, data_dir: Path) -> None:
    window = UnlockWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.first_run.isHidden()
    assert window.passphrase_field.isVisible()
