"""The question asked before moving away from unsaved changes: save them, discard them, or stay.

Saving an agreement in force makes a new version, which needs a note of what changed; the dialog asks
for it in the same place, so one Enter saves. Escape (or Cancel) stays on the document with every
letter typed still there.
"""

import enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.kit.named import named_label


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


class UnsavedChangesDialog(QDialog):
    """Save, Discard or Cancel; `choice` says which once the dialog has finished."""

    def __init__(
        self, document: str, save_text: str, needs_note: bool, note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedChangesDialog")
        self.setWindowTitle(self.tr("Unsaved changes"))
        self.choice = Choice.STAY
        self._needs_note = needs_note
        question = named_label(
            self.tr("“{document}” has changes that are not saved yet. Save them before moving on?").format(
                document=document
            )
        )
        question.setAccessibleName(self.tr("Question"))
        self.note = QLineEdit(note)
        self.note.setObjectName("unsavedChangeNote")
        self.note.setAccessibleName(self.tr("What changed in this version"))
        self.note.setPlaceholderText(self.tr("What changed, in a few words (kept with the version)"))
        note_label = named_label(self.tr("Saving makes a new version. What &changed:"), self.note)
        note_label.setVisible(needs_note)
        self.note.setVisible(needs_note)
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Discard
            | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(save_text)
        save.setAccessibleName(save_text.replace("&", ""))
        discard = self.buttons.button(QDialogButtonBox.StandardButton.Discard)
        discard.setText(self.tr("&Discard the changes"))
        discard.setAccessibleName(self.tr("Discard the changes"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel: keep editing"))
        cancel.setAccessibleName(self.tr("Cancel: keep editing"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        discard.clicked.connect(self._discard)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        save.setDefault(True)  # once the buttons are in the dialog, which tracks its default button
        if needs_note:
            self.note.setFocus()
        else:
            save.setFocus()

    def _save(self) -> None:
        if self._needs_note and not self.note.text().strip():
            self.problem.setText(self.tr("Say in a few words what changed in this version, then save."))
            self.problem.show()
            self.note.setFocus()
            return
        self.choice = Choice.SAVE
        self.accept()

    def _discard(self) -> None:
        self.choice = Choice.DISCARD
        self.accept()

    def reject(self) -> None:
        self.choice = Choice.STAY
        super().reject()
