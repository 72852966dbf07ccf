"""What the parts of the teacher's day share: its widgets, its services and queue, and where it stands.

`TeacherDayView` (teacher_day.py) is built from these parts: keeping drafts (teacher_day_drafts.py),
saving and the register's progress (teacher_day_saving.py), quick phrases (teacher_day_phrases.py) and
the class and staff-only notes (teacher_day_notes.py). Each part is a mixin over this base, which names
what the parts use of one another.
"""

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QListView, QMessageBox, QWidget

from desktop.domain.school import SchoolClass
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftService, EntryDraft
from desktop.services.linkbook import LinkBookService
from desktop.services.phrases import PhraseService
from desktop.ui.class_note import ClassNoteDialog
from desktop.ui.day_models import RegisterModel, RegisterRow
from desktop.ui.entry_editor import EntryEditor
from desktop.ui.kit.class_picker import ClassPicker
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.phrase_bank import PhraseBankDialog, PhrasePanel
from desktop.ui.staff_note_dialog import StaffNoteDialog
from desktop.ui.tasks import TaskRunner


class TeacherDayBase(QWidget):
    """The teacher's day's widgets and state, as its parts see them (TeacherDayView makes them)."""

    context: ServiceContext
    runner: TaskRunner
    model: RegisterModel
    editor: EntryEditor
    register_view: QListView
    class_box: ClassPicker
    message_label: MessageBar
    progress_label: QLabel
    phrase_panel: PhrasePanel
    phrase_dialog: PhraseBankDialog
    class_note_dialog: ClassNoteDialog
    staff_note_dialog: StaffNoteDialog | None
    concern_box: QMessageBox | None
    _tasks: ScreenTasks
    _linkbook: LinkBookService
    _drafts: DraftService
    _phrases: PhraseService
    _idle_timer: QTimer
    _longest_timer: QTimer
    _day: dt.date
    _dirty: bool
    _shown_pupil: str | None
    _saving: set[str]
    _concern_words: tuple[str, ...]

    @property
    def school_class(self) -> SchoolClass | None:
        return self.class_box.chosen()

    @property
    def day(self) -> dt.date:
        return self._day

    def move(self, step: int) -> None:  # type: ignore[override]  # not QWidget.move(), which nothing here calls
        """To the previous or next child in the register, leaving the focus where it is."""
        current = self.register_view.currentIndex().row()
        target = current + step
        if 0 <= target < self.model.rowCount():
            focus = self.focusWidget()
            self.register_view.setCurrentIndex(self.model.index(target))
            if focus is not None and focus is not self.register_view:
                focus.setFocus()

    def current_row(self) -> RegisterRow | None:
        return self.model.row_at(self.register_view.currentIndex().row())

    # Made by the parts (the view and its mixins)

    def _show_state(self, row: RegisterRow) -> None:
        raise NotImplementedError

    def _focus_first_field(self) -> None:
        raise NotImplementedError

    def _say_if_not_a_school_day(self) -> None:
        raise NotImplementedError

    def _snapshot(self) -> EntryDraft | None:
        raise NotImplementedError

    def _update_progress(self) -> None:
        raise NotImplementedError

    def _refresh_rows(self, pupil_ids: set[str]) -> None:
        raise NotImplementedError

    def _back_to_typing(self) -> None:
        raise NotImplementedError
