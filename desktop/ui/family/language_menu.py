"""The family window's Language menu: the family changes the app's language, and it changes at once.

The choice is kept in this device's settings (`UI_LANGUAGE`), so the app starts in it next time, unlock
window included. Choosing installs the translation straight away and asks, through the window's
`language_changed` signal, for the family window to be built again in the new language (the app hands
the open school over to the new window; nothing typed is kept, as when the window locks).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui.family.languages import language_label
from desktop.ui.language import install_language
from desktop.ui.settings import UI_LANGUAGE, translated_languages, ui_locale
from desktop.ui.signals import emit


class LanguageHost(Protocol):
    """What the menu needs of its window."""

    language_changed: SignalInstance

    def menu(self, title: str) -> QMenu: ...


def offered_languages() -> list[tuple[str, str]]:
    """(locale name, label) for English and every language Linkbook has a translation for."""
    return [("en", "English"), *((name, language_label(name)) for name in translated_languages())]


def current_language() -> str:
    """The locale name the app speaks now: the chosen one, else the system's if translated, else English."""
    chosen = UI_LANGUAGE.read()
    if chosen:
        return chosen
    offered = {name for name, _label in offered_languages()}
    system = ui_locale().name()
    return next((name for name in (system, system.split("_")[0]) if name in offered), "en")


def choose_language(locale_name: str) -> None:
    """Keep the choice on this device and install it now (for every window built from here on)."""
    UI_LANGUAGE.write(locale_name)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_language(app)


def install_language_menu(window: LanguageHost) -> QMenu:
    """Add the Language menu: one checkable item per language, the current one checked."""
    menu = window.menu(QCoreApplication.translate("FamilyLanguage", "Lan&guage"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = current_language()
    for name, label in offered_languages():
        action = QAction(label, menu)
        action.setObjectName(f"language_{name}")
        action.setCheckable(True)
        action.setChecked(name == current)
        action.setData(name)
        action.setToolTip(
            QCoreApplication.translate("FamilyLanguage", "Show Linkbook in {language}").format(language=label)
        )
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        name = str(action.data())
        if name == current_language():
            return
        choose_language(name)
        emit(window.language_changed)

    group.triggered.connect(chosen)
    return menu
