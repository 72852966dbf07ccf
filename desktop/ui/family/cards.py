"""The family window's building blocks: a card per entry, agreement, folder or news item, in large clear text.

Sizes are multiples of the system font (which the person may have made larger in Settings), never pixels,
so the app follows the system's text size. Text from the records is shown as plain text: nothing a
person typed is ever read as markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.folders.bidi import isolate

READING_SCALE = 1.2
"""Body text is a little larger than the rest of the interface: this is what families come to read."""
HEADING_SCALE = 1.45
RIGHT_TO_LEFT_MARK = "\u200f"


def scaled(font: QFont, scale: float, bold: bool = False) -> QFont:
    bigger = QFont(font)
    if bigger.pointSizeF() > 0:
        bigger.setPointSizeF(bigger.pointSizeF() * scale)
    bigger.setBold(bold)
    return bigger


def in_window_direction(text: str) -> str:
    """Plain text whose lines read in the window's direction: Qt takes a plain line's direction from its
    first letter, so a line starting with a Latin name in an Arabic window would be set left to right."""
    if QGuiApplication.layoutDirection() is not Qt.LayoutDirection.RightToLeft:
        return text
    return "\n".join(RIGHT_TO_LEFT_MARK + line for line in text.split("\n"))


def text_label(text: str, name: str, scale: float = READING_SCALE, bold: bool = False) -> QLabel:
    """Plain, wrapped, selectable text, named for screen readers."""
    label = QLabel(in_window_direction(text))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setFont(scaled(label.font(), scale, bold))
    return label


def rich_label(parts: list[tuple[str, str]], name: str) -> QLabel:
    """Labelled paragraphs (label, text), the text escaped; empty texts are left out. Each text keeps its
    own direction (English in an Arabic window reads left to right, its full stop at the end)."""
    body = "".join(
        f"<p><b>{html.escape(title)}</b><br>{html.escape(isolate(text)).replace(chr(10), '<br>')}</p>"
        for title, text in parts
        if text.strip()
    )
    label = QLabel(body)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setFont(scaled(label.font(), READING_SCALE))
    return label


class Card(QFrame):
    """A framed block with a heading; the panel stacks cards, newest first."""

    def __init__(self, heading: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(8)
        self.heading = text_label(heading, name, HEADING_SCALE, bold=True)
        self.layout_.addWidget(self.heading)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget


class CardList(QScrollArea):
    """A scrolling column of cards, with a message when there is nothing to show."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._empty_text = empty_text
        self._column: QWidget | None = None
        self.clear()

    def clear(self) -> None:
        """Drop every card (their widgets are deleted, so nothing of them stays in memory's widgets)."""
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._column = QWidget()
        self._layout = QVBoxLayout(self._column)
        self._layout.setSpacing(14)
        self._layout.addStretch(1)
        self.setWidget(self._column)

    def set_cards(self, cards: list[QWidget]) -> None:
        self.clear()
        if not cards:
            self._layout.insertWidget(0, text_label(self._empty_text, self._empty_text))
        for number, card in enumerate(cards):
            self._layout.insertWidget(number, card)

    def cards(self) -> list[QWidget]:
        if self._column is None:
            return []
        return [w for w in self._column.findChildren(Card)]
