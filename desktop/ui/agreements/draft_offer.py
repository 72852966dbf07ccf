"""The bar that offers back what was typed into a document before the app locked: restore or discard.

It stays above the document until the person answers, and takes no focus on its own: moving through
the lists by keyboard is not interrupted, and Tab reaches its two buttons.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from desktop.ui.agreements import words
from desktop.ui.kit.named import named_button, named_label

BACKGROUND = "#fdefc8"


def when(moment: dt.datetime, today: dt.date) -> str:
    """'14:05' for today, '19 Nov 2026 at 14:05' for another day, in the person's own time format."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    if moment.date() == today:
        return time
    return QCoreApplication.translate("DraftOffer", "{day} at {time}").format(
        day=words.day(moment.date()), time=time
    )


class DraftOffer(QFrame):
    """ "You have unsaved changes from …": Restore them, or Discard them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#draftOffer {{ background: {BACKGROUND}; }} #draftOffer > QLabel {{ color: black; }}"
        )
        self.text = named_label("")
        self.text.setAccessibleName(self.tr("Unsaved changes kept"))
        self.restore_button = named_button(self.tr("&Restore them"))
        self.restore_button.setObjectName("restoreDraft")
        self.discard_button = named_button(self.tr("Discard t&hem"))
        self.discard_button.setObjectName("discardDraft")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, moment: dt.datetime, today: dt.date, older_version: int | None, current: int) -> None:
        text = self.tr("You have unsaved changes from {when}: restore them, or discard them.").format(
            when=when(moment, today)
        )
        if older_version is not None and older_version != current:
            text += " " + self.tr(
                "They were typed over version {old}; version {current} is the one shown now."
            ).format(old=older_version, current=current)
        self.text.setText(text)
        self.show()

    def withdraw(self) -> None:
        self.text.clear()
        self.hide()
