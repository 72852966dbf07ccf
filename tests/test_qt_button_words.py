"""Qt's own words on standard buttons (OK, Cancel, Yes, No, Close, Save, Discard) in the family's
language: from Qt's catalogue where Qt ships one (Arabic, Polish, Portuguese), from Linkbook's own .ts
files (context QPlatformTheme, desktop/ui/qt_words.py) where it does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.ui.family.languages import HOME_LANGUAGES
from desktop.ui.language import install_language
from desktop.ui.qt_words import QT_CONTEXT, STANDARD_BUTTON_WORDS

Button = QDialogButtonBox.StandardButton
USED = (Button.Ok, Button.Cancel, Button.Close, Button.Yes, Button.No, Button.Save, Button.Discard)
ENGLISH = {"OK", "Cancel", "Close", "&Yes", "&No", "Save", "Discard"}
LANGUAGES = ["cy", *(language.locale_name for language in HOME_LANGUAGES)]


@pytest.fixture
def app(qapp) -> Iterator[QApplication]:
    assert isinstance(qapp, QApplication)
    yield qapp
    install_language(qapp, QLocale(QLocale.Language.English))


def _qt_ships(locale_name: str) -> bool:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QTranslator().load(QLocale(locale_name), "qtbase", "_", folder)


def test_the_words_named_are_the_buttons_the_app_uses() -> None:
    assert set(STANDARD_BUTTON_WORDS) == ENGLISH and QT_CONTEXT == "QPlatformTheme"


def test_qt_ships_its_own_words_for_arabic_polish_and_portuguese_only_of_our_languages() -> None:
    assert [name for name in LANGUAGES if _qt_ships(name)] == ["pl", "ar", "pt"]


@pytest.mark.parametrize("locale_name", LANGUAGES)
def test_message_boxes_and_button_boxes_speak_the_familys_language(
    qtbot, app: QApplication, locale_name: str
) -> None:
    assert install_language(app, QLocale(locale_name))
    box = QDialogButtonBox()
    for button in USED:
        box.addButton(button)
    qtbot.addWidget(box)
    shown = {box.button(button).text() for button in USED}
    assert not shown & ENGLISH - {"OK"}, f"English left on {locale_name} buttons: {shown & ENGLISH}"
    assert len(shown) == len(USED), "each button its own word"
    question = QMessageBox(QMessageBox.Icon.Question, "Linkbook", "?", QMessageBox.StandardButton.Yes)
    question.addButton(QMessageBox.StandardButton.No)
    question.addButton(QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(question)
    words = {b.text() for b in question.buttons()}
    assert words == {
        box.button(Button.Yes).text(),
        box.button(Button.No).text(),
        box.button(Button.Cancel).text(),
    }
    assert all(text.count("&") == 1 for text in (box.button(Button.Yes).text(), box.button(Button.No).text()))
    if locale_name in ("pl", "ar", "pt"):  # where Qt has its words, the app's catalogue says the same
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator()
        assert qt.load(QLocale(locale_name), "qtbase", "_", folder)
        assert box.button(Button.Cancel).text() == qt.translate(QT_CONTEXT, "Cancel")
