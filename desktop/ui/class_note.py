"""The class note: written once, put on the entry of every child chosen (all of them, unless unticked).

The dialog only gathers the note and the children; the teacher's-day view sends it as a task.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.pupils import Pupil
from desktop.ui.signals import emit

PupilIdRole = int(Qt.ItemDataRole.UserRole) + 31


class ClassNoteDialog(QDialog):
    """Emits send_requested(note, pupil_ids) when the teacher sends; closes itself then."""

    send_requested = Signal(str, list)

    def __init__(self, pupils: list[Pupil], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classNoteDialog")
        self.setWindowTitle(self.tr("Class note"))
        note_caption = QLabel(self.tr("&Note for the class"))
        note_caption.setAccessibleName(self.tr("Note caption"))
        self.note_field = QPlainTextEdit()
        self.note_field.setObjectName("classNoteField")
        self.note_field.setAccessibleName(self.tr("Class note"))
        self.note_field.setTabChangesFocus(True)
        self.note_field.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note_field.textChanged.connect(self._update)
        note_caption.setBuddy(self.note_field)

        pupils_caption = QLabel(self.tr("Send &to"))
        pupils_caption.setAccessibleName(self.tr("Send to caption"))
        self.pupil_list = QListWidget()
        self.pupil_list.setObjectName("classNotePupils")
        self.pupil_list.setAccessibleName(self.tr("Children to send the note to"))
        for pupil in pupils:
            item = QListWidgetItem(pupil.display_name)
            item.setData(PupilIdRole, pupil.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.pupil_list.addItem(item)
        self.pupil_list.itemChanged.connect(lambda _item: self._update())
        pupils_caption.setBuddy(self.pupil_list)
        self.everyone_button = QPushButton(self.tr("&Everyone"))
        self.everyone_button.setAccessibleName(self.tr("Choose everyone"))
        self.everyone_button.clicked.connect(lambda: self._tick_all(True))
        self.no_one_button = QPushButton(self.tr("No &one"))
        self.no_one_button.setAccessibleName(self.tr("Choose no one"))
        self.no_one_button.clicked.connect(lambda: self._tick_all(False))
        choose = QHBoxLayout()
        choose.addWidget(pupils_caption, 1)
        choose.addWidget(self.everyone_button)
        choose.addWidget(self.no_one_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setAccessibleName(self.tr("Send or cancel"))
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAccessibleName(self.tr("Send the class note"))
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("How many chosen"))

        layout = QVBoxLayout(self)
        layout.addWidget(note_caption)
        layout.addWidget(self.note_field)
        layout.addLayout(choose)
        layout.addWidget(self.pupil_list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 30)
        self._update()

    def chosen_ids(self) -> list[str]:
        items = (self.pupil_list.item(n) for n in range(self.pupil_list.count()))
        return [str(i.data(PupilIdRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, pupil_ids: set[str]) -> None:
        for n in range(self.pupil_list.count()):
            item = self.pupil_list.item(n)
            wanted = item.data(PupilIdRole) in pupil_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for n in range(self.pupil_list.count()):
            self.pupil_list.item(n).setCheckState(state)

    def _update(self) -> None:
        chosen = len(self.chosen_ids())
        self.count_label.setText(
            self.tr("{chosen} of {total} children chosen").format(
                chosen=chosen, total=self.pupil_list.count()
            )
        )
        self.send_button.setEnabled(chosen > 0 and bool(self.note_field.toPlainText().strip()))

    def _send(self) -> None:
        note = self.note_field.toPlainText().strip()
        ids = self.chosen_ids()
        if not note or not ids:
            return
        emit(self.send_requested, note, ids)
        self.accept()
