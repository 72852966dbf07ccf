"""The staff-only note beside a saved link-book entry: for colleagues, never printed or sent home."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class StaffNoteDialog(QDialog):
    def __init__(self, pupil_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff-only note: {name}").format(name=pupil_name))
        self.setAccessibleName(self.tr("Staff-only note"))
        about = QLabel(
            self.tr(
                "For colleagues only: this note is never printed on the family's pages and never sent to "
                "their device. A subject-access export lists it for review. A safeguarding concern goes "
                "to the Designated Safeguarding Lead, not here."
            )
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setAccessibleName(self.tr("About staff-only notes"))
        self.note_field = QPlainTextEdit(text)
        self.note_field.setAccessibleName(self.tr("Staff-only note"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setAccessibleName(self.tr("Save or cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.note_field, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def text(self) -> str:
        return self.note_field.toPlainText()
