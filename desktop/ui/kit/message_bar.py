"""The message line of a screen: what just happened, or what to do next, in words; red for an error."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#a4262c"


class MessageBar(QLabel):
    """A wrapping, plain-text line, hidden until there is something to say.

    `name` is what a screen reader calls it (translated by the screen); `frame` is the screen's own look
    for the bar (a border, a background) as style-sheet declarations; an error adds the error colour.
    """

    def __init__(self, object_name: str, name: str, frame: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(name)
        self._frame = frame
        self._style(error=False)
        self.hide()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Say text (an empty text hides the bar)."""
        if not text:
            self.hide_message()
            return
        self.setText(text)
        self._style(error)
        self.show()

    def hide_message(self) -> None:
        self.clear()
        self.hide()

    def _style(self, error: bool) -> None:
        colour = f" color: {ERROR_COLOUR};" if error else ""
        rules = f"{self._frame}{colour}".strip()
        self.setStyleSheet(f"#{self.objectName()} {{ {rules} }}" if rules else "")
