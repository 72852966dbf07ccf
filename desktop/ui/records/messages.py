"""A line of news for the person: what happened, or what went wrong and what to do about it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#a4262c"


class MessageLabel(QLabel):
    """Hidden until there is something to say; errors in red, and worded so that colour is not needed."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = False
        self.hide()

    def show_text(self, text: str, *, error: bool = False) -> None:
        self.error = error
        self.setText(text)
        colour = ERROR_COLOUR if error else "palette(text)"
        self.setStyleSheet(f"#{self.objectName()} {{ color: {colour}; }}")
        self.show()

    def hide_text(self) -> None:
        self.error = False
        self.clear()
        self.hide()
