"""Record a paper reply: type (or scan) the code from a returned page, and the right entry opens.

The code names the pupil and the week; the days of that week with an entry are offered (the first one not
yet acknowledged is chosen), the family member who wrote can be picked, and the reply and the "I have read
this" tick are recorded as coming from paper. The pupil's work folders are offered too: a returned folder's
comment page is typed in the same way (chosen for the person when the code names a folder's period and no
day), and so is a home-learning slip of the period ("we did this" and the comment). Looking a code up
takes milliseconds, so it runs on the GUI thread.
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

from desktop.domain.calendar import PeriodKind
from desktop.domain.home_learning import PupilTask
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import WorkFolder
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.home_learning import HomeLearningService
from desktop.services.reply_codes import PaperReplyTarget, ReplyCodeService
from desktop.store.errors import InvalidInput
from desktop.ui.signals import emit


class PaperReplyDialog(QDialog):
    """Type the code, choose the day, type what the family wrote, tick if they ticked; Save."""

    recorded = Signal(str)
    """The entry id a reply or acknowledgement was recorded on (for views to refresh it)."""
    folder_commented = Signal(str)
    """The id of a work folder whose family comment was typed in from paper."""
    home_learning_returned = Signal(str)
    """The id of a home-learning task whose slip was typed in from paper."""

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = ReplyCodeService(context)
        self.folders = WorkFolderService(context)
        self.target: PaperReplyTarget | None = None
        self._folders: dict[str, WorkFolder] = {}
        """The pupil's work folders offered in the day list, by id."""
        self.home_learning = HomeLearningService(context)
        self._slips: dict[str, PupilTask] = {}
        """The home-learning tasks of the code's period offered in the day list, by "slip:<task id>"."""
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
        self.day_box.setAccessibleName(self.tr("Day of the entry, or the work folder"))
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
        form.addRow(self.tr("&Day or folder:"), self.day_box)
        form.addRow(self.entry_text)
        form.addRow(self.tr("&Written by:"), self.who_box)
        self.reply_label = QLabel(self.tr("&Reply:"), self)
        self.reply_label.setBuddy(self.reply_edit)
        form.addRow(self.reply_label, self.reply_edit)
        form.addRow(self.read_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for label in self.findChildren(QLabel):
            if not label.accessibleName():  # the form's captions are read out as what they say
                label.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.who_box.lineEdit().setAccessibleName(self.who_box.accessibleName())  # type: ignore[union-attr]  # editable

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

    def find(self) -> None:  # type: ignore[override]  # not QWidget.find(), which nothing here calls
        """Look the code up; on success fill the days and the family, else say what is wrong."""
        self.target = None
        self._folders = {}
        self._slips = {}
        self.day_box.clear()
        self.who_box.clear()
        self.entry_text.clear()
        try:
            target = self.codes.open_paper_reply(self.code_edit.text())
            folders = self.folders.for_pupil(target.pupil.id)
            slips = self.home_learning.for_pupil(target.pupil.id, target.period.start, target.period.end)
        except InvalidInput as exc:
            self.message.setText(str(exc))
            self._set_ready(False)
            return
        self.target = target
        self.code_edit.setText(target.code)
        period_text = (
            self.tr("%1, week %2") if target.period.kind is PeriodKind.WEEK else self.tr("%1, month %2")
        )
        self.message.setText(
            period_text.replace("%1", target.pupil.display_name).replace("%2", target.period.label)
        )
        for entry in target.entries:
            self.day_box.addItem(f"{entry.day:%A %d %B}", entry.id)
        # The code's own folder first, then the pupil's other folders, newest first.
        own = [target.folder] if target.folder else []
        others = sorted((f for f in folders if f not in own), key=lambda f: f.period, reverse=True)
        for folder in own + others:
            self._folders[folder.id] = folder
            self.day_box.addItem(self._folder_label(folder), folder.id)
        for slip in sorted(slips, key=lambda s: s.task.due_on):
            self._slips[f"slip:{slip.task.id}"] = slip
            self.day_box.addItem(
                self.tr("Home learning: %1").replace("%1", slip.task.title), f"slip:{slip.task.id}"
            )
        for member in target.family:
            self.who_box.addItem(member.name, member.id)
        if target.folder is not None and (not target.entries or target.period.kind is PeriodKind.MONTH):
            self.day_box.setCurrentIndex(len(target.entries))
        elif target.entries:
            self.day_box.setCurrentIndex(
                next((i for i, e in enumerate(target.entries) if not e.acknowledged), 0)
            )
        if self.day_box.count():
            self._show_entry()
            self._set_ready(True)
            self.reply_edit.setFocus()
        else:
            self.message.setText(
                self.message.text() + "\n" + self.tr("No link-book entries or work folders for that period.")
            )
            self._set_ready(False)

    def _folder_label(self, folder: WorkFolder) -> str:
        if folder.period.kind is PeriodKind.WEEK:
            return self.tr("Work folder, week %1").replace("%1", folder.period.label)
        return self.tr("Work folder, month %1").replace("%1", folder.period.label)

    def chosen_folder(self) -> WorkFolder | None:
        """The work folder chosen in the list, or None when a day's entry is chosen."""
        return self._folders.get(self.day_box.currentData())

    def _show_entry(self) -> None:
        if self.target is None or self.day_box.currentIndex() < 0:
            return
        folder = self.chosen_folder()
        slip = self.chosen_slip()
        self.read_box.setVisible(folder is None)
        self.read_box.setText(
            self.tr("They ticked \u201cWe did this\u201d")
            if slip is not None
            else self.tr("They ticked \u201cI have read this\u201d (or signed)")
        )
        if slip is not None:
            self.reply_label.setText(self.tr("Their &comment:"))
            self.reply_edit.setPlaceholderText(self.tr("Type the family's comment, as they wrote it"))
            self.reply_edit.setAccessibleName(self.tr("The family's comment on the home learning"))
            text = self.tr("Due %1").replace("%1", f"{slip.task.due_on:%A %d %B}")
            if slip.back.done:
                text += "\n" + self.tr("Already marked done by %1").replace("%1", slip.back.done_by)
            self.entry_text.setText(f"{slip.task.title}\n{text}")
            return
        if folder is not None:
            self.reply_label.setText(self.tr("Their &comment:"))
            self.reply_edit.setPlaceholderText(
                self.tr("Type the family's comment on the work, as they wrote it")
            )
            self.reply_edit.setAccessibleName(self.tr("The family's comment on the work folder"))
            titles = ", ".join(item.title for item in folder.items) or self.tr("no pieces of work yet")
            text = self.tr("In the folder: %1").replace("%1", titles)
            if folder.family_comment is not None:
                text += "\n" + self.tr(
                    "Already commented by %1: \u201c%2\u201d (saving replaces it)"
                ).replace("%1", folder.family_comment.by_name).replace("%2", folder.family_comment.text)
            self.entry_text.setText(text)
            return
        self.reply_label.setText(self.tr("&Reply:"))
        self.reply_edit.setPlaceholderText(self.tr("Type what the family wrote, as they wrote it"))
        self.reply_edit.setAccessibleName(self.tr("The family's reply"))
        entry = self.target.entries[self.day_box.currentIndex()]
        self.entry_text.setText(entry.learning or entry.note or entry.class_note)

    def save(self) -> None:
        if self.target is None:
            return
        if self.chosen_folder() is not None:
            self._save_folder_comment()
            return
        if self.chosen_slip() is not None:
            self._save_slip()
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
        self._next_code()

    def _save_folder_comment(self) -> None:
        folder = self.chosen_folder()
        assert folder is not None
        name = self.who_box.currentText().strip()
        if not name:
            self.message.setText(self.tr("Say who wrote on the paper (the name under the signature)."))
            return
        try:
            self.codes.record_folder_comment(folder.id, self.reply_edit.toPlainText(), name)
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        emit(self.folder_commented, folder.id)
        self._next_code()

    def chosen_slip(self) -> PupilTask | None:
        """The home-learning task chosen in the list, or None."""
        return self._slips.get(self.day_box.currentData())

    def _save_slip(self) -> None:
        slip = self.chosen_slip()
        assert slip is not None and self.target is not None
        name = self.who_box.currentText().strip()
        member_id = (
            self.who_box.currentData()
            if self.who_box.currentText() == self.who_box.itemText(self.who_box.currentIndex())
            else None
        )
        try:
            self.home_learning.record_return(
                slip.task.id,
                self.target.pupil.id,
                self.read_box.isChecked(),
                self.reply_edit.toPlainText(),
                name,
                Method.PAPER,
                member_id,
            )
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        emit(self.home_learning_returned, slip.task.id)
        self._next_code()

    def _next_code(self) -> None:
        """Clear the form for the next returned page."""
        self.message.setText(self.tr("Saved. Type the next code."))
        self.reply_edit.clear()
        self.read_box.setChecked(False)
        self.code_edit.clear()
        self.code_edit.setFocus()
        self._set_ready(False)
