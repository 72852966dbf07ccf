"""The shipped UI translations: complete for the code as it is, placeholders intact, compiled."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, QTranslator

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.ui.family.languages import HOME_LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SHIPPED = sorted(TRANSLATIONS.glob("linkbook_*.ts"))
HOME_ONLY = {f"linkbook_{language.locale_name}" for language in HOME_LANGUAGES}
COMPLETE = [ts for ts in SHIPPED if ts.stem not in HOME_ONLY]
"""Languages translated throughout (Welsh); the ten home languages cover what a family sees, which
tests/test_family_translations.py checks."""
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _sources() -> list[str]:
    return sorted(str(path) for path in (ROOT / "desktop" / "ui").rglob("*.py"))


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_at_least_one_language_besides_english_ships() -> None:
    assert SHIPPED, "resources/translations has no .ts file"
    for ts in SHIPPED:
        assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled (make translations)"


@pytest.mark.parametrize("ts", COMPLETE, ids=lambda path: path.stem)
def test_every_string_the_ui_shows_today_is_translated(ts: Path, tmp_path: Path) -> None:
    """Run lupdate over today's code into a copy: nothing may come out new, unfinished or left over."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    untranslated = []
    for context, message in _messages(copy):
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "missing"
        if state is not None or not all(_translations(message)):
            untranslated.append(f"{context}: {message.findtext('source')} ({state or 'empty'})")
    assert not untranslated, f"{len(untranslated)} strings to translate in {ts.name}:\n" + "\n".join(
        untranslated[:40]
    )


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda path: path.stem)
def test_translations_keep_the_placeholders_and_one_shortcut_letter(ts: Path) -> None:
    wrong = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        for text in _translations(message):
            if not text:  # not translated (yet): English shows, and the completeness tests count it
                continue
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            mnemonics = len(re.findall(r"&(?!&)\w", text))
            if mnemonics != len(re.findall(r"&(?!&)\w", source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (shortcut letters)")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda path: path.stem)
def test_the_compiled_translation_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


@pytest.fixture
def own_settings(qapp, tmp_path: Path) -> Iterator[Path]:
    """Settings written here go to tmp_path, never to the account running the tests."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def test_a_teacher_chooses_welsh_and_the_app_speaks_welsh(
    qtbot, qapp, own_settings, vault, small_school
) -> None:
    from desktop.ui.app import _install_translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    offered = [dialog.language_box.itemText(n) for n in range(dialog.language_box.count())]
    assert "Cymraeg (Welsh)" in offered
    dialog.language_box.setCurrentIndex(offered.index("Cymraeg (Welsh)"))
    dialog.accept()

    before = set(qapp.findChildren(QTranslator))
    locale_before = QLocale()
    _install_translations(qapp)
    try:
        window = MainWindow(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO))
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        tabs = [window.tabs.tabText(n) for n in range(window.tabs.count())]
        assert "&Ysgol" in menus and "&Papur" in menus, menus
        assert "Llyfr cyswllt heddiw" in tabs[0] or "heddiw" in tabs[0].lower(), tabs
        english = {"Today's link book", "Pupils and timelines", "Agreements and plans", "Work folders"}
        assert not english & set(tabs), tabs
        assert QLocale().language() is QLocale.Language.Welsh, "dates follow the chosen language"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale_before)
