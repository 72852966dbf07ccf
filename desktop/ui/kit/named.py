"""Controls named as they read, so that a screen reader says what the eye sees."""

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def named_label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A caption that a screen reader can name, moving focus to its field on its mnemonic."""
    label = QLabel(text)
    label.setAccessibleName(text.replace("&", "").rstrip(":"))
    label.setWordWrap(True)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def named_button(text: str) -> QPushButton:
    """A push button named as it reads, without its mnemonic or trailing ellipsis."""
    widget = QPushButton(text)
    widget.setAccessibleName(text.replace("&", "").rstrip("…"))
    return widget
