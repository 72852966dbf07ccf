"""The family app in the family's language: chosen when joining or from the Language menu, kept on the
device, right to left for Arabic and Urdu, every script drawn with the fonts Linkbook ships, and the
invitation slip printed in the family's language."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QFontMetrics, QImage, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.domain.access import Actor
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.printing.invitation import InvitationPrint, InvitationWords, render_invitation
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.sync.engine import SyncService
from desktop.store.vault import Vault
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.family.identity import load_household
from desktop.ui.family.invitation_words import _MARKED, invitation_words
from desktop.ui.family.window import FamilyWindow
from desktop.ui.language import install_language
from desktop.ui.settings import UI_LANGUAGE
from desktop.ui.sync.setup import JoinPanel
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY

GURPREET, BROTHER = "ਗੁਰਪ੍ਰੀਤ", "ঋতব্রত"


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


@pytest.fixture
def app(qapp, own_settings) -> Iterator[QApplication]:
    """The application with the shipped fonts; afterwards English, left to right, its font as before."""
    assert isinstance(qapp, QApplication)
    font = qapp.font()
    use_shipped_fonts(qapp)
    yield qapp
    install_language(qapp, QLocale(QLocale.Language.English))
    qapp.setFont(font)


@pytest.fixture
def family_vault(vault: Vault) -> Vault:
    """A family's device: two children (names in Gurmukhi and Bengali), their mother, an entry each."""
    staff = ServiceContext(vault, Actor("Mrs Kaur-Hossain", StaffRole.ADMIN), clock=lambda: TODAY)
    teacher = StaffMember("Mrs Kaur-Hossain", StaffRole.CLASS_TEACHER)
    oak = SchoolClass("Year 3 Oak", "3", staff_ids=(teacher.id,))
    school = SchoolService(staff)
    school.set_up(School("Brook Lane Primary"), [teacher], [oak])
    children = [
        Pupil(GURPREET, "ਸੰਧੂ", dt.date(2018, 5, 2), oak.id, "A000000000031"),
        Pupil(BROTHER, "চৌধুরী", dt.date(2018, 6, 3), oak.id, "A000000000032"),
    ]
    school.save_pupils(children)
    mother = FamilyMember(
        "Nasrin Chowdhury", Relationship.MOTHER, tuple(c.id for c in children), channel=Channel.APP
    )
    school.save_family_members([mother])
    for child in children:
        LinkBookService(staff).save_entry(
            LinkBookEntry(child.id, TODAY.date(), teacher.id, StaffRole.CLASS_TEACHER, wins="Counted to 100")
        )
    return vault


def _window(qtbot, vault: Vault) -> FamilyWindow:
    window = FamilyWindow(vault, load_household(vault).actor(), clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy and len(window.pages) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    return window


def _texts(window: QWidget) -> list[tuple[QWidget, str]]:
    """Every visible label's and button's text, the menus' titles and the children's tab names."""
    found: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            found.append((widget, QTextDocumentFragment.fromHtml(widget.text()).toPlainText()))
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found.append((widget, widget.text()))
    if isinstance(window, FamilyWindow):
        bar = window.menuBar()
        found += [(bar, action.text()) for action in bar.actions()]
        tabs = window.children_tabs
        found += [(tabs.tabBar(), tabs.tabText(n)) for n in range(tabs.count())]
        for page in window.pages:
            found += [(page.tabBar(), page.tabText(n)) for n in range(page.count())]
    return [(widget, text) for widget, text in found if text.strip()]


def _menu_action(window: FamilyWindow, name: str) -> QAction:
    action = window.findChild(QAction, f"language_{name}")
    assert action is not None, f"no {name} in the Language menu"
    return action


@pytest.mark.parametrize(("name", "direction"), [("ar", "rtl"), ("ur", "rtl"), ("pl", "ltr")])
def test_the_family_window_is_laid_out_in_the_direction_of_its_language(
    qtbot, app: QApplication, family_vault: Vault, name: str, direction: str
) -> None:
    install_language(app, QLocale(name))
    window = _window(qtbot, family_vault)
    right_to_left = direction == "rtl"
    expected = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected
    # The school's name heads the row and the Lock button ends it: in Arabic and Urdu, from the right.
    heading = window.heading.mapTo(window, window.heading.rect().center()).x()
    lock = window.lock_button.mapTo(window, window.lock_button.rect().center()).x()
    assert (heading > lock) == right_to_left, (heading, lock)
    english = {"Link book", "Agreements", "Your children", "&Lock", "S&ync now", "Lan&guage"}
    shown = {text for _widget, text in _texts(window)}
    assert not english & shown, english & shown


def test_bengali_and_gurmukhi_are_drawn_with_glyphs_not_empty_boxes(
    qtbot, app: QApplication, family_vault: Vault
) -> None:
    install_language(app, QLocale("bn"))
    window = _window(qtbot, family_vault)
    texts = _texts(window)
    shown = " ".join(text for _widget, text in texts)
    assert GURPREET in shown and BROTHER in shown, "the children's tabs"
    assert "লিংক বুক" in shown, "the window speaks Bengali"
    missing = {
        (text, char)
        for widget, text in texts
        for char in text.replace("&", "")
        if not char.isspace()
        and unicodedata.category(char) != "Cf"  # invisible marks such as a bidi isolate
        and not QFontMetrics(widget.font()).inFontUcs4(ord(char))
    }
    assert missing == set(), f"drawn as empty boxes: {sorted(missing)[:20]}"

    # And on screen: three different letters give three different pictures (boxes would all be alike).
    pictures = []
    for letter in ("ক", "খ", "ਗ", "ਘ"):
        label = QLabel(letter)
        qtbot.addWidget(label)
        label.setFont(window.heading.font())
        label.resize(80, 80)
        image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        ink = sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if image.pixelColor(x, y).value() < 128
        )
        assert ink > 20, f"{letter} drew nothing"
        pictures.append(bytes(image.constBits()))
    assert len(set(pictures)) == len(pictures)


def test_the_family_changes_language_from_the_menu_and_it_persists_to_the_next_start(
    qtbot, app: QApplication, family_vault: Vault
) -> None:
    from desktop.ui.app import _install_translations

    window = _window(qtbot, family_vault)
    assert window.children_tabs.isVisible() and window.pages[0].tabText(0).startswith("Link book")
    offered = [a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("language_")]
    for name in ("en", "pl", "ur", "pa", "bn", "so", "ar", "gu", "pt", "ta", "ro"):
        assert f"language_{name}" in offered
    assert _menu_action(window, "en").isChecked()
    polish = _menu_action(window, "pl")
    assert polish.text() == "polski (Polish)"
    with qtbot.waitSignal(window.language_changed, timeout=5_000):
        polish.trigger()
    assert UI_LANGUAGE.read(QSettings()) == "pl", "kept in this device's settings"

    # The next start reads it back: translators from the setting, and the window in Polish.
    install_language(app, QLocale(QLocale.Language.English))
    window.release_vault()
    window.close()
    _install_translations(app)
    again = _window(qtbot, family_vault)
    assert again.pages[0].tabText(0).startswith("Dzienniczek")
    assert "&Język" in [action.text() for action in again.menuBar().actions()]
    assert _menu_action(again, "pl").isChecked()


def test_choosing_a_language_rebuilds_the_open_family_window_in_it(
    qtbot, app: QApplication, family_vault: Vault, monkeypatch, tmp_path: Path
) -> None:
    from desktop.ui import app as app_module
    from desktop.ui.family import identity

    monkeypatch.setattr(identity, "is_family_device", lambda _vault: True)
    windows = app_module.AppWindows(tmp_path / "elsewhere")
    windows._open_as(family_vault, None)
    first = windows.main_window
    assert isinstance(first, FamilyWindow)
    qtbot.waitUntil(lambda: len(first.pages) == 2, timeout=20_000)
    _menu_action(first, "ar").trigger()
    second = windows.main_window
    assert isinstance(second, FamilyWindow) and second is not first
    qtbot.addWidget(second)
    assert second.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: len(second.pages) == 2, timeout=20_000)
    assert second.pages[0].tabText(0).startswith("دفتر التواصل"), "the school stayed open, now in Arabic"
    assert first.is_locked and not second.is_locked
    assert UI_LANGUAGE.read(QSettings()) == "ar"
    qtbot.addWidget(windows.unlock_window)
    assert windows.unlock_window.windowTitle() == "افتح Linkbook", "locking asks in Arabic too"
    second.close()


def test_a_family_picks_its_language_as_it_joins(qtbot, app: QApplication, vault: Vault) -> None:
    service = SyncService(ServiceContext(vault, Actor("Home", StaffRole.ADMIN), clock=lambda: TODAY))
    runner = TaskRunner()
    panel = JoinPanel(service, runner)
    qtbot.addWidget(panel)
    box = panel.language_box
    labels = [box.itemText(n) for n in range(box.count())]
    for label in (
        "polski (Polish)",
        "العربية (Arabic)",
        "বাংলা (Bangla)",
        "ਪੰਜਾਬੀ (Punjabi)",
        "Soomaali (Somali)",
    ):
        assert label in labels, labels
    assert box.currentData() == "en"
    box.setCurrentIndex(box.findData("bn"))
    box.activated.emit(box.currentIndex())
    assert UI_LANGUAGE.read(QSettings()) == "bn"
    assert panel.language_note.isVisibleTo(panel)
    assert panel.language_note.text().startswith("এখন থেকে Linkbook"), "the note speaks the chosen language"
    runner.wait()


def test_the_invitation_slip_prints_in_the_familys_language_with_the_english_heading(tmp_path: Path) -> None:
    english = InvitationWords()
    assert (
        english.title,
        english.for_staff,
        english.for_family,
        english.for_device,
        english.your_code,
        english.what_to_do,
        *english.steps,
        english.works_until,
        english.server,
        english.keep_private,
    ) == _MARKED, "lupdate's marked strings are the slip's English words"
    expires = dt.datetime(2026, 12, 4, 17, 0)
    slip = InvitationPrint("Brook Lane Primary", "ABCD-EFGH-JKMN", "family", "linkbook:x", expires)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(render_invitation(slip, invitation_words("pl", expires)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())
    for words in (
        "Linkbook: połącz urządzenie",
        "Linkbook: connect a device",
        "Dla urządzenia rodziny",
        "Twój jednorazowy kod",
        "ABCD-EFGH-JKMN",
        "Kod działa jeden raz, do 4 grudnia 2026.",
    ):
        assert words in text, (words, text)
    assert "Your one-time code" not in text
    assert invitation_words("en", expires) == InvitationWords()
