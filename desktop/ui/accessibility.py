"""Small helpers so that every control a screen reader meets has a name."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QWidget


def name_spin_box(box: QAbstractSpinBox, name: str) -> None:
    """Name a date, time or number box and the line edit inside it, which screen readers reach too."""
    box.setAccessibleName(name)
    inner = box.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(name)


def caption(text: str, buddy: QWidget | None = None, bold: bool = True) -> QLabel:
    """A caption for a field: named for screen readers, bold unless asked, its mnemonic moving to buddy."""
    label = QLabel(text)
    label.setAccessibleName(text.replace("&", ""))
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label
