"""Small helpers so that every control a screen reader meets has a name."""

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit


def name_spin_box(box: QAbstractSpinBox, name: str) -> None:
    """Name a date, time or number box and the line edit inside it, which screen readers reach too."""
    box.setAccessibleName(name)
    inner = box.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(name)
