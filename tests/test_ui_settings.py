"""Settings (idle lock minutes, interface language, larger text), and following the system font size."""

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

import desktop.ui.app as app_module
from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.ui import settings_dialog
from desktop.ui.families.screen import FamiliesScreen
from desktop.ui.idle_lock import idle_minutes
from desktop.ui.main_window import MainWindow
from desktop.ui.news.screen import NewsScreen
from desktop.ui.settings import IDLE_LOCK_MINUTES, TEXT_SCALE, UI_LANGUAGE, apply_text_scale, ui_locale
from desktop.ui.settings_dialog import SettingsDialog, install_settings_action
from tests.ui_checks import unnamed_controls

UI_DIR = Path(__file__).resolve().parents[1] / "desktop" / "ui"


@pytest.fixture(autouse=True)
def own_settings(qapp, tmp_path: Path) -> Iterator[Path]:
    """Settings written by these tests go to tmp_path, never to the account running them."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


@pytest.fixture
def window(qtbot, vault, small_school) -> Iterator[MainWindow]:
    shown = MainWindow(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO))
    qtbot.addWidget(shown)
    install_settings_action(shown)
    shown.show()
    yield shown
    shown.close()


def open_dialog(qtbot, window: MainWindow) -> SettingsDialog:
    action = window.findChild(type(window.lock_action), "settingsAction")
    assert action is not None
    assert action in window.menu("&School").actions()
    action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def lock_interval_ms(window: MainWindow) -> int:
    timer = window.idle_lock.findChild(QTimer)
    assert timer is not None
    return timer.interval()


def test_the_idle_lock_setting_changes_the_locks_interval_at_once_and_is_kept(
    qtbot, window: MainWindow
) -> None:
    assert lock_interval_ms(window) == 10 * 60_000
    dialog = open_dialog(qtbot, window)
    assert dialog.idle_box.value() == 10
    assert (dialog.idle_box.minimum(), dialog.idle_box.maximum()) == (1, 120)  # "never" is not offered

    dialog.idle_box.setFocus()
    dialog.idle_box.selectAll()
    qtbot.keyClicks(dialog.idle_box, "3")
    qtbot.keyClick(dialog.idle_box, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert lock_interval_ms(window) == 3 * 60_000
    assert idle_minutes() == 3 and IDLE_LOCK_MINUTES.read() == 3


def test_cancel_changes_nothing(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.idle_box.setValue(45)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert lock_interval_ms(window) == 10 * 60_000
    assert IDLE_LOCK_MINUTES.read() == 10


def test_a_hand_edited_value_is_kept_in_bounds() -> None:
    QSettings().setValue(IDLE_LOCK_MINUTES.key, "500")
    assert IDLE_LOCK_MINUTES.read() == 120
    QSettings().setValue(IDLE_LOCK_MINUTES.key, "soon")
    assert IDLE_LOCK_MINUTES.read() == 10
    QSettings().setValue(TEXT_SCALE.key, "0.2")
    assert TEXT_SCALE.read() == 1.0


def test_the_languages_offered_are_english_and_each_translation_and_apply_at_the_next_start(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    monkeypatch.setattr(settings_dialog, "translated_languages", lambda: ["pl", "ur"])
    dialog = open_dialog(qtbot, window)
    offered = [dialog.language_box.itemText(n) for n in range(dialog.language_box.count())]
    assert offered == ["The system's language", "English", "polski (Polish)", "اردو (Urdu)"]
    assert dialog.restart_note.isHidden()

    dialog.language_box.setFocus()
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
    assert dialog.language_box.currentText() == "polski (Polish)"
    assert dialog.restart_note.isVisible()
    assert (
        dialog.restart_note.text() == "The language and the text size change the next time Linkbook starts."
    )
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert UI_LANGUAGE.read() == "pl"
    assert ui_locale().name().startswith("pl")


def test_the_app_starts_in_the_chosen_language(qapp, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "linkbook_pl.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="pl_PL">\n'
        "<context><name>MainWindow</name><message><source>&amp;Lock</source>"
        "<translation>&amp;Zablokuj</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "linkbook_pl.qm")], check=True)
    monkeypatch.setattr(app_module, "TRANSLATIONS_DIR", tmp_path)
    before = set(qapp.findChildren(QTranslator))
    try:
        UI_LANGUAGE.write("en")
        app_module._install_translations(qapp)
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lock"

        UI_LANGUAGE.write("pl")
        app_module._install_translations(qapp)
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Zablokuj"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lock"


def test_larger_interface_text_scales_the_system_font(qtbot, qapp, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.text_box.setCurrentIndex(dialog.text_box.findData(1.5))
    dialog.accept()
    assert TEXT_SCALE.read() == 1.5

    system = QFont(qapp.font())
    try:
        apply_text_scale(qapp)
        assert qapp.font().pointSizeF() == pytest.approx(system.pointSizeF() * 1.5)
        label = QLabel("Oak")
        qtbot.addWidget(label)
        assert label.font().pointSizeF() == pytest.approx(system.pointSizeF() * 1.5)
    finally:
        qapp.setFont(system)


def test_the_new_screens_follow_the_system_font_size(qtbot, qapp, vault, small_school) -> None:
    system = QFont(qapp.font())
    big = QFont(system)
    big.setPointSizeF(19.0)
    qapp.setFont(big)
    try:
        shown = MainWindow(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO))
        qtbot.addWidget(shown)
        mine = [shown.screen(FamiliesScreen), shown.screen(NewsScreen)]
        checked = 0
        for root in [*mine, SettingsDialog(shown)]:
            for widget in root.findChildren(QWidget):
                if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                    assert widget.font().pointSizeF() >= 19.0, widget.accessibleName()
                    checked += 1
        assert checked > 50
        shown.close()
    finally:
        qapp.setFont(system)


def test_no_window_of_the_app_sets_a_fixed_pixel_font() -> None:
    fixed = re.compile(r"setPixelSize|font-size\s*:|font\s*:\s*\d|QFont\([^)]*,\s*\d")
    offenders = [
        f"{path.relative_to(UI_DIR)}:{number}"
        for path in sorted(UI_DIR.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if fixed.search(line)
    ]
    assert offenders == []


def test_every_control_of_the_dialog_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.restart_note.show()
    assert unnamed_controls(dialog) == []


def test_the_settings_are_kept_for_the_person_not_the_school(qtbot, own_settings: Path, window) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.idle_box.setValue(7)
    dialog.accept()
    written = "\n".join(p.read_text(encoding="utf-8") for p in own_settings.rglob("*.conf"))
    assert "idle_lock_minutes=7" in written
