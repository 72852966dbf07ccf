"""Record a paper reply: type (or scan) the code from a returned page, and the right entry opens.

The code names the pupil and the week; the days of that week with an entry are offered (the first one not
yet acknowledged is chosen), the family member who wrote can be picked, and the reply and the "I have read
this" tick are recorded as coming from paper. Looking a code up takes milliseconds, so it runs on the GUI
thread.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import ServiceContext
from desktop.services.reply_codes import PaperReplyTarget, ReplyCodeService
from desktop.store.errors import InvalidInput
from desktop.ui.signals import emit


class PaperReplyDialog(QDialog):
    """Type the code, choose the day, type what the family wrote, tick if they ticked; Save."""

    recorded = Signal(str)
    """The entry id a reply or acknowledgement was recorded on (for views to refresh it)."""

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = ReplyCodeService(context)
        self.target: PaperReplyTarget | None = None
        self.setWindowTitle(self.tr("Record a paper reply"))

        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("e.g. 26W47-K7QF-2XM9"))
        self.code_edit.setAccessibleName(self.tr("Reply code"))
        self.code_edit.setToolTip(
            self.tr("Type the code from the top right of the page, or scan its QR code")
        )
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAccessibleName(self.tr("Find the entry for this code"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What the code found"))
        self.day_box = QComboBox(self)
        self.day_box.setAccessibleName(self.tr("Day of the entry"))
        self.entry_text = QLabel(self)
        self.entry_text.setWordWrap(True)
        self.entry_text.setAccessibleName(self.tr("What school wrote that day"))
        self.who_box = QComboBox(self)
        self.who_box.setEditable(True)
        self.who_box.setAccessibleName(self.tr("Who wrote the reply"))
        self.reply_edit = QPlainTextEdit(self)
        self.reply_edit.setAccessibleName(self.tr("The family's reply"))
        self.reply_edit.setPlaceholderText(self.tr("Type what the family wrote, as they wrote it"))
        self.read_box = QCheckBox(self.tr("They ticked \u201cI have read this\u201d (or signed)"), self)
        self.read_box.setAccessibleName(self.tr("Acknowledged on paper"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the paper reply"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close without saving"))

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Reply &code:"), code_row)
        form.addRow(self.message)
        form.addRow(self.tr("&Day:"), self.day_box)
        form.addRow(self.entry_text)
        form.addRow(self.tr("&Written by:"), self.who_box)
        form.addRow(self.tr("&Reply:"), self.reply_edit)
        form.addRow(self.read_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.code_edit.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self.day_box.currentIndexChanged.connect(self._show_entry)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._set_ready(False)
        self.resize(560, 520)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.day_box, self.who_box, self.reply_edit, self.read_box, self.save_button):
            widget.setEnabled(ready)

    def find(self) -> None:
        """Look the code up; on success fill the days and the family, else say what is wrong."""
        self.target = None
        self.day_box.clear()
        self.who_box.clear()
        self.entry_text.clear()
        try:
            target = self.codes.open_paper_reply(self.code_edit.text())
        except InvalidInput as exc:
            self.message.setText(str(exc))
            self._set_ready(False)
            return
        self.target = target
        self.code_edit.setText(target.code)
        self.message.setText(
            self.tr("%1, week %2").replace("%1", target.pupil.display_name).replace("%2", target.period.label)
        )
        for entry in target.entries:
            self.day_box.addItem(f"{entry.day:%A %d %B}", entry.id)
        for member in target.family:
            self.who_box.addItem(member.name, member.id)
        first_open = next((i for i, e in enumerate(target.entries) if not e.acknowledged), 0)
        if target.entries:
            self.day_box.setCurrentIndex(first_open)
            self._show_entry()
            self._set_ready(True)
            self.reply_edit.setFocus()
        else:
            self.message.setText(self.message.text() + "\n" + self.tr("No link-book entries that week."))
            self._set_ready(False)

    def _show_entry(self) -> None:
        if self.target is None or self.day_box.currentIndex() < 0:
            return
        entry = self.target.entries[self.day_box.currentIndex()]
        self.entry_text.setText(entry.learning or entry.note or entry.class_note)

    def save(self) -> None:
        if self.target is None:
            return
        entry_id = self.day_box.currentData()
        name = self.who_box.currentText().strip()
        member_id = (
            self.who_box.currentData()
            if self.who_box.currentText() == self.who_box.itemText(self.who_box.currentIndex())
            else None
        )
        try:
            self.codes.record_paper_reply(
                entry_id, self.reply_edit.toPlainText(), name, self.read_box.isChecked(), member_id
            )
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        emit(self.recorded, entry_id)
        self.message.setText(self.tr("Saved. Type the next code."))
        self.reply_edit.clear()
        self.read_box.setChecked(False)
        self.code_edit.clear()
        self.code_edit.setFocus()
        self._set_ready(False)
