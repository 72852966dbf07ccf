"""Qt's own words on the standard buttons (OK, Cancel, Yes, No...) in every language the app speaks.

QMessageBox and QDialogButtonBox label their standard buttons with words from Qt's catalogue, context
"QPlatformTheme" (qtbase_<language>.qm, which `install_language` loads). Qt ships that catalogue for
Arabic, Polish and Portuguese among our languages, not for Welsh, Urdu, Panjabi, Bengali, Somali,
Gujarati, Tamil or Romanian, whose families would meet English buttons in Welsh or Bengali dialogs.
Naming the words here brings them into Linkbook's own .ts files under Qt's context, so the app's
catalogue supplies them: Qt looks a word up in every installed catalogue, the app's first. Where Qt has
them, the .ts files hold Qt's own words, so nothing changes there. Only the buttons the app uses are named.
"""

from desktop.ui.translate import QT_TRANSLATE_NOOP

QT_CONTEXT = "QPlatformTheme"
"""The translation context Qt draws the standard buttons' words from."""

STANDARD_BUTTON_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
"""The English of the standard buttons Linkbook's dialogs use, exactly as Qt writes them."""
