"""Editing one piece of work: its title, topic, day, the teacher's feedback and the mark.

The editor only holds what is typed; the folder view saves it through the service (in a task) when the
teacher presses Save or Ctrl+S, or moves to another piece with changes still unsaved, so nothing typed is
dropped by a click elsewhere.
"""

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.work_folders import WorkItem
from desktop.ui.accessibility import name_spin_box
from desktop.ui.signals import emit


class ItemEditor(QWidget):
    """Emits save_requested(WorkItem) with the edited piece; the caller saves it and calls mark_saved()."""

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: WorkItem | None = None
        self._loading = False
        self._dirty = False

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("itemTitle")
        self.title_edit.setAccessibleName(self.tr("Title of the piece of work"))
        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("itemTopic")
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setPlaceholderText(self.tr("For example Maths, Science, Art"))
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("itemDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d MMM yyyy")
        name_spin_box(self.day_edit, self.tr("Done on"))
        self.mark_edit = QLineEdit()
        self.mark_edit.setObjectName("itemMark")
        self.mark_edit.setAccessibleName(self.tr("Mark"))
        self.mark_edit.setPlaceholderText(self.tr("8/10, 75%, or words such as Expected"))
        self.mark_edit.setToolTip(
            self.tr("Marks written as 8/10 or 75% appear on the progress chart; words are listed beside it.")
        )
        self.feedback_edit = QPlainTextEdit()
        self.feedback_edit.setObjectName("itemFeedback")
        self.feedback_edit.setAccessibleName(self.tr("Feedback"))
        self.feedback_edit.setTabChangesFocus(True)
        self.feedback_edit.setPlaceholderText(self.tr("What went well, and what to try next"))

        self.save_button = QPushButton(self.tr("&Save feedback"))
        self.save_button.setObjectName("saveItem")
        self.save_button.setAccessibleName(self.tr("Save feedback and mark"))
        self.save_button.setToolTip(self.tr("Save this piece of work (Ctrl+S)"))
        self.save_button.clicked.connect(self.request_save)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Saved or not"))
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.request_save)

        form = QFormLayout()
        for caption, field in (
            (self.tr("&Title"), self.title_edit),
            (self.tr("T&opic"), self.topic_edit),
            (self.tr("&Done on"), self.day_edit),
            (self.tr("&Mark"), self.mark_edit),
            (self.tr("&Feedback"), self.feedback_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            label.setAccessibleName(caption.replace("&", ""))
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)

        for edit in (self.title_edit, self.topic_edit, self.mark_edit):
            edit.textEdited.connect(self._touched)
        self.feedback_edit.textChanged.connect(self._touched)
        self.day_edit.dateChanged.connect(self._touched)
        self.show_item(None)

    @property
    def item(self) -> WorkItem | None:
        return self._item

    @property
    def dirty(self) -> bool:
        """True while there is typing the service has not saved."""
        return self._dirty

    def show_item(self, item: WorkItem | None) -> None:
        """Show a piece of work (None: nothing chosen); saving what was typed before is the caller's job."""
        same = item is not None and self._item is not None and item.id == self._item.id
        self._loading = True
        self._item = item
        self.title_edit.setText(item.title if item else "")
        self.topic_edit.setText(item.subject if item else "")
        self.mark_edit.setText(item.mark if item else "")
        self.feedback_edit.setPlainText(item.feedback if item else "")
        self.day_edit.setDate(QDate(item.done_on) if item else QDate(dt.date.today()))
        self._loading = False
        self._dirty = False
        if not same:
            self.state_label.clear()
        for widget in (self.title_edit, self.topic_edit, self.day_edit, self.mark_edit, self.feedback_edit):
            widget.setEnabled(item is not None)
        self.save_button.setEnabled(item is not None)

    def edited(self) -> WorkItem | None:
        """The piece of work as typed, or None if nothing is chosen."""
        if self._item is None:
            return None
        return replace(
            self._item,
            title=self.title_edit.text().strip(),
            subject=self.topic_edit.text().strip(),
            done_on=self.day_edit.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() gives a date
            mark=self.mark_edit.text().strip(),
            feedback=self.feedback_edit.toPlainText().strip(),
        )

    def request_save(self) -> None:
        edited = self.edited()
        if edited is not None:
            self.state_label.setText(self.tr("Saving…"))
            emit(self.save_requested, edited)

    def mark_saved(self, item: WorkItem) -> None:
        """The service saved item; if nothing was typed since, the editor is clean again."""
        if self._item is not None and self._item.id == item.id:
            self._item = item
            if self.edited() == item:
                self._dirty = False
                self.state_label.setText(self.tr("Saved"))

    def mark_failed(self) -> None:
        self.state_label.setText(self.tr("Not saved"))

    def _touched(self) -> None:
        if not self._loading and self._item is not None:
            self._dirty = True
            self.state_label.setText(self.tr("Not saved yet"))
