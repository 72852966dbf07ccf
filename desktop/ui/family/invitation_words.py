"""The invitation slip's words in the language of the family it is for (Qt Linguist, context InvitationSlip).

The slip is printed on the school office's computer, whose app may speak English, for a family that reads
Bengali: so the words come from that language's translation file directly, not from the translators the
app has installed. A word not yet translated stays in English.
"""

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTranslator

from desktop.printing.invitation import InvitationWords
from desktop.ui.settings import TRANSLATIONS_DIR
from desktop.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "InvitationSlip"

_MARKED = (
    QT_TRANSLATE_NOOP("InvitationSlip", "Linkbook: connect a device"),
    QT_TRANSLATE_NOOP("InvitationSlip", "For a member of staff's device"),
    QT_TRANSLATE_NOOP("InvitationSlip", "For a family's device"),
    QT_TRANSLATE_NOOP("InvitationSlip", "For a device"),
    QT_TRANSLATE_NOOP("InvitationSlip", "Your one-time code"),
    QT_TRANSLATE_NOOP("InvitationSlip", "What to do"),
    QT_TRANSLATE_NOOP("InvitationSlip", "1. Install Linkbook on the new computer and open it."),
    QT_TRANSLATE_NOOP(
        "InvitationSlip", "2. Choose \u201cJoin a school\u201d and type the code above, or scan the QR code."
    ),
    QT_TRANSLATE_NOOP(
        "InvitationSlip", "3. Tell the school office you have done so: they approve the device."
    ),
    QT_TRANSLATE_NOOP("InvitationSlip", "4. The device then receives what it is allowed to see."),
    QT_TRANSLATE_NOOP("InvitationSlip", "The code works once, until {day}."),
    QT_TRANSLATE_NOOP("InvitationSlip", "School sync server: {url}"),
    QT_TRANSLATE_NOOP(
        "InvitationSlip", "Keep this slip private until you have used it; throw it away afterwards."
    ),
)
"""What lupdate collects; the same English as InvitationWords' defaults (a test holds them equal)."""


def invitation_words(locale_name: str, expires: dt.datetime | None = None) -> InvitationWords:
    """The slip's words in `locale_name` ("en" or an unknown language: English), the expiry date written
    as that language writes dates."""
    english = InvitationWords()
    translator = QTranslator()
    if locale_name.startswith("en") or not translator.load(f"linkbook_{locale_name}", str(TRANSLATIONS_DIR)):
        return english

    def word(source: str) -> str:
        return translator.translate(CONTEXT, source) or source

    return InvitationWords(
        title=word(english.title),
        for_staff=word(english.for_staff),
        for_family=word(english.for_family),
        for_device=word(english.for_device),
        your_code=word(english.your_code),
        what_to_do=word(english.what_to_do),
        steps=tuple(word(step) for step in english.steps),
        works_until=word(english.works_until),
        server=word(english.server),
        keep_private=word(english.keep_private),
        day=QLocale(locale_name).toString(QDate(expires.date()), "d MMMM yyyy") if expires else "",
        english=False,
    )
