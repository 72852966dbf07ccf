"""Installing the interface language: Linkbook's words, Qt's own, dates and numbers, and the direction.

The language is the person's choice (Settings, or the family window's Language menu), else the
system's. Installing it again replaces what was installed before, so a family that switches language
gets the new one at once in every window built afterwards. Arabic and Urdu are written right to left:
the whole application is then laid out right to left (menus on the right, columns mirrored), which Qt
does for every widget once the application's layout direction says so.
"""

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui.settings import TRANSLATIONS_DIR, ui_locale

_INSTALLED = "linkbookLanguage"
"""The object name of the translators installed here (so a second installation can remove them)."""


def layout_direction(locale: QLocale) -> Qt.LayoutDirection:
    """Right to left for a language written so (Arabic, Urdu), else left to right."""
    if locale.textDirection() is Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def install_language(
    app: QApplication, locale: QLocale | None = None, folder: Path = TRANSLATIONS_DIR
) -> bool:
    """Qt's strings and ours (linkbook_<language>.qm in folder) in `locale` (by default the chosen or the
    system's language), dates in the same language and the layout in its direction; returns whether
    Linkbook has a translation for it."""
    locale = locale if locale is not None else ui_locale()
    for old in app.findChildren(QTranslator, _INSTALLED):
        app.removeTranslator(old)
        old.deleteLater()
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("linkbook", str(folder)),
    )
    ours = False
    for name, directory in sources:
        translator = QTranslator(app)
        translator.setObjectName(_INSTALLED)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            ours = ours or name == "linkbook"
        else:
            translator.deleteLater()
    if ours:
        QLocale.setDefault(locale)  # dates and numbers in the same language as the words
        app.setLayoutDirection(layout_direction(locale))
    else:
        QLocale.setDefault(QLocale.system())
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return ours
