"""A teacher's day: a class, a day, every child in the register, and their link-book page.

Built for the five minutes at the end of the day: the register shows where each child's entry stands;
the editor beside it is written from the keyboard (Ctrl+Enter saves and moves to the next child still to
do, Alt+Up/Down or Ctrl+PgUp/PgDn moves without saving, Ctrl+1…9 types a quick phrase). What is typed is
kept as a draft every couple of idle seconds and whenever the teacher moves on, so nothing is lost if the
app is killed. Every read and write is a task on the runner, in order (one queue), so the GUI thread never
waits on the database and a draft can never land after the entry that replaced it.
"""

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import SchoolCalendar
from desktop.domain.safeguarding import DEFAULT_CONCERN_WORDS
from desktop.domain.school import SchoolClass
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftService, EntryDraft
from desktop.services.linkbook import LinkBookService, PupilDay
from desktop.services.news import NewsService
from desktop.services.phrases import PhraseService, QuickPhrase
from desktop.services.safeguarding import SafeguardingService
from desktop.services.school import SchoolService
from desktop.ui.accessibility import name_spin_box
from desktop.ui.agreements.review_reminders import ReviewReminderBanner
from desktop.ui.day_models import EntryState, RegisterDelegate, RegisterModel, RegisterRow
from desktop.ui.entry_editor import EntryEditor
from desktop.ui.families.follow_ups import FollowUpBanner
from desktop.ui.kit.class_picker import ClassPicker, staff_class_index
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.phrase_bank import SHORTCUT_COUNT, PhrasePanel
from desktop.ui.staff_note_dialog import StaffNoteDialog
from desktop.ui.tasks import TaskRunner, TaskState
from desktop.ui.teacher_day_drafts import DayDrafts
from desktop.ui.teacher_day_notes import DayNotes
from desktop.ui.teacher_day_phrases import DayPhrases
from desktop.ui.teacher_day_saving import DaySaving

IDLE_AUTOSAVE_MS = 2000
"""A draft is kept this long after the last key press."""
LONGEST_UNSAVED_MS = 10_000
"""…and at least this often while typing goes on without a pause."""
DATE_SETTLE_MS = 300


class TeacherDayView(DayDrafts, DaySaving, DayPhrases, DayNotes):
    _date_timer: QTimer
    """The teacher's day for one member of staff (the context's actor)."""

    class_shown = Signal(str, int)
    """The class whose day is shown, and how many children are on its roll."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacherDayView")
        self.context = context
        self.runner = runner
        self._linkbook = LinkBookService(context)
        self._drafts = DraftService(context)
        self._phrases = PhraseService(context)
        self.message_label = MessageBar(
            "dayMessage",
            self.tr("Message"),
            "background: #fdf6e3; border: 1px solid #e6d5a8; border-radius: 4px; padding: 6px;",
        )
        self._tasks = ScreenTasks(runner, self.message_label.show_message, self)
        self._day = context.today()
        self._calendar: SchoolCalendar | None = None
        self._day_picked = False
        self._day_notice_shown = False
        self._focus_when_loaded = True  # at start, the keys go to the first child's first field
        self._load_token = 0
        self._shown_pupil: str | None = None
        self._dirty = False
        self._saving: set[str] = set()
        self.model = RegisterModel(self)
        self._build()
        self._build_shortcuts()
        runner.changed.connect(self._changed_elsewhere)
        self._load_classes()
        self._concern_words: tuple[str, ...] = DEFAULT_CONCERN_WORDS
        self.concern_box: QMessageBox | None = None
        self.staff_note_dialog: StaffNoteDialog | None = None
        guard = SafeguardingService(context)
        self._tasks.run(
            self.tr("Loading the safeguarding words"), lambda _s: guard.words(), self._words_known
        )

    # Building

    def _build(self) -> None:
        class_caption = QLabel(self.tr("C&lass"))
        class_caption.setAccessibleName(self.tr("Class caption"))
        self.class_box = ClassPicker("classBox", self.tr("Class"))
        self.class_box.currentIndexChanged.connect(self._class_chosen)
        class_caption.setBuddy(self.class_box)
        day_caption = QLabel(self.tr("&Day"))
        day_caption.setAccessibleName(self.tr("Day caption"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dayEdit")
        name_spin_box(self.date_edit, self.tr("Day"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMMM yyyy"))
        self.date_edit.setDate(_qdate(self._day))
        self.date_edit.dateChanged.connect(lambda _date: self._date_timer.start())
        day_caption.setBuddy(self.date_edit)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SETTLE_MS)
        self._date_timer.timeout.connect(self._date_chosen)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Entries written"))
        self.class_note_button = QPushButton(self.tr("Class &note…"))
        self.class_note_button.setObjectName("classNoteButton")
        self.class_note_button.setAccessibleName(self.tr("Class note"))
        self.class_note_button.setToolTip(self.tr("Write one note and put it on every chosen child's entry"))
        self.class_note_button.clicked.connect(self.open_class_note)
        self.staff_note_button = QPushButton(self.tr("Staff-only note…"))
        self.staff_note_button.setObjectName("staffNoteButton")
        self.staff_note_button.setAccessibleName(self.tr("Staff-only note"))
        self.staff_note_button.setToolTip(self.tr("A note on this child's saved entry that never goes home"))
        self.staff_note_button.clicked.connect(self.open_staff_note)
        top = QHBoxLayout()
        top.addWidget(class_caption)
        top.addWidget(self.class_box)
        top.addSpacing(12)
        top.addWidget(day_caption)
        top.addWidget(self.date_edit)
        top.addSpacing(12)
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.class_note_button)
        top.addWidget(self.staff_note_button)

        self.register_view = QListView()
        self.register_view.setObjectName("registerView")
        self.register_view.setAccessibleName(self.tr("Register"))
        self.register_view.setModel(self.model)
        self.register_view.setItemDelegate(RegisterDelegate(self.register_view))
        self.register_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setUniformItemSizes(True)
        self.register_view.setAlternatingRowColors(True)
        self.register_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.register_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.register_view.selectionModel().currentChanged.connect(self._pupil_chosen)

        self.editor = EntryEditor()
        self.editor.edited.connect(self._edited)
        self.save_button = QPushButton(self.tr("&Save and next"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Save and go to the next child"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_and_next)
        self.keys_label = QLabel(
            self.tr(
                "Ctrl+Enter saves and moves on · Alt+↑/↓ moves between children · drafts are kept as you type"
            )
        )
        self.keys_label.setAccessibleName(self.tr("Keys"))
        self.keys_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_label, 1)
        bottom.addWidget(self.save_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(6, 0, 6, 0)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addLayout(bottom)

        self.phrase_panel = PhrasePanel()
        self.phrase_panel.chosen.connect(self._phrase_chosen)
        self.phrase_panel.edit_requested.connect(self.open_phrase_bank)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName(self.tr("Register, entry and phrases"))
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.register_view)
        splitter.addWidget(middle)
        splitter.addWidget(self.phrase_panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 34, char * 70, char * 30])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        self.follow_ups = FollowUpBanner(self.context)
        layout.addWidget(self.follow_ups)
        self.review_reminders = ReviewReminderBanner(self.context)
        layout.addWidget(self.review_reminders)
        layout.addWidget(splitter, 1)

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_AUTOSAVE_MS)
        self._idle_timer.timeout.connect(self.keep_draft)
        self._longest_timer = QTimer(self)
        self._longest_timer.setSingleShot(True)
        self._longest_timer.setInterval(LONGEST_UNSAVED_MS)
        self._longest_timer.timeout.connect(self.keep_draft)

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Return", self.save_and_next),
            ("Ctrl+Enter", self.save_and_next),
            ("Alt+Down", lambda: self.move(1)),
            ("Alt+Up", lambda: self.move(-1)),
            ("Ctrl+PgDown", lambda: self.move(1)),
            ("Ctrl+PgUp", lambda: self.move(-1)),
        ]
        for number in range(1, SHORTCUT_COUNT + 1):
            bindings.append((f"Ctrl+{number}", partial(self.insert_numbered_phrase, number)))
        self._shortcuts = []
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # Loading

    def _load_classes(self) -> None:
        def work(_state: TaskState) -> tuple[list[SchoolClass], SchoolCalendar]:
            self._drafts.forget_old()
            return SchoolService(self.context).classes(), NewsService(self.context).calendar()

        def done(result: tuple[list[SchoolClass], SchoolCalendar]) -> None:
            self._calendar_known(result[1])
            self._show_classes(result[0])

        self._tasks.run(self.tr("Loading classes"), work, done)

    def _calendar_known(self, calendar: SchoolCalendar) -> None:
        """Open on the last school day (Friday at a weekend, the last day of term in the holidays)."""
        self._calendar = calendar
        if not self._day_picked:
            self._day = calendar.last_school_day(self.context.today())
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(_qdate(self._day))
            self.date_edit.blockSignals(False)
        self._say_if_not_a_school_day()

    def _say_if_not_a_school_day(self) -> None:
        """A day that is not a school day is said so plainly, before anything is saved for it."""
        calendar = self._calendar
        if calendar is None or calendar.is_school_day(self._day):
            if self._day_notice_shown:
                self.message_label.hide_message()
            self._day_notice_shown = False
            return
        if self._day.weekday() >= 5:
            reason = self.tr("it is a weekend")
        elif self._day in calendar.closures:
            reason = self.tr("the school is closed that day")
        else:
            reason = self.tr("it is in the school holidays")
        last = calendar.last_school_day(self._day)
        display = self.date_edit.displayFormat()
        self.message_label.show_message(
            self.tr(
                "{day} is not a school day: {reason}. What you save for it is kept, and printed at the end "
                "of that week's pack. For the last school day, choose {last}."
            ).format(
                day=_qdate(self._day).toString(display), reason=reason, last=_qdate(last).toString(display)
            )
        )
        self._day_notice_shown = True

    def _show_classes(self, classes: list[SchoolClass]) -> None:
        self.class_box.refill(classes, staff_class_index(classes, self.context.actor.staff_id))
        if not classes:
            self.message_label.show_message(
                self.tr("This school has no classes yet. Import a class list to add them.")
            )
            return
        self._class_chosen(self.class_box.currentIndex())

    @property
    def busy(self) -> bool:
        """Whether any of this view's reads or writes is still waiting or running."""
        return not self._tasks.idle

    def select_class(self, name: str) -> None:
        self.class_box.choose_named(name)

    def _class_chosen(self, _row: int) -> None:
        self._load_day()

    def _date_chosen(self) -> None:
        wanted = self.date_edit.date().toPython()
        assert isinstance(wanted, dt.date)
        today = self.context.today()
        if wanted > today:
            self.message_label.show_message(
                self.tr(
                    "{day} has not happened yet. Write today's entries, "
                    "and put what is coming in the reminders."
                ).format(day=self.date_edit.date().toString(self.date_edit.displayFormat()))
            )
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(_qdate(self._day))
            self.date_edit.blockSignals(False)
            return
        self._day_picked = True
        if wanted != self._day:
            self._leave_pupil()  # the draft belongs to the day it was typed for
            self._day = wanted
            self._say_if_not_a_school_day()
            self._load_day()

    def set_day(self, day: dt.date) -> None:
        """Choose a day as the date picker does (future days are refused the same way)."""
        self.date_edit.setDate(_qdate(day))
        self._date_timer.stop()
        self._date_chosen()

    def _load_day(self) -> None:
        school_class = self.school_class
        self._leave_pupil()
        self._load_token += 1
        token = self._load_token
        if school_class is None:
            return
        day = self._day

        def work(_state: TaskState) -> tuple[list[PupilDay], dict[str, EntryDraft], list[QuickPhrase]]:
            pupils = self._linkbook.class_day(school_class.id, day)
            drafts = self._drafts.drafts_on(day, [p.pupil.id for p in pupils])
            return pupils, drafts, self._phrases.phrases(school_class.id)

        def done(result: tuple[list[PupilDay], dict[str, EntryDraft], list[QuickPhrase]]) -> None:
            if token != self._load_token:
                return
            pupils, drafts, phrases = result
            self._show_day(
                school_class, [RegisterRow(p.pupil, p.entry, drafts.get(p.pupil.id)) for p in pupils]
            )
            self.phrase_panel.set_phrases(phrases)
            self._show_translation_tasks()

        self._tasks.run(self.tr("Loading the class's day"), work, done)
        self.follow_ups.load(self._tasks, school_class.id)
        self.review_reminders.load(self._tasks)

    def _show_day(self, school_class: SchoolClass, rows: list[RegisterRow]) -> None:
        keep = self._shown_pupil
        self._shown_pupil = None
        self.editor.clear()
        self.model.set_rows(rows)
        self._update_progress()
        self.class_shown.emit(school_class.name, len(rows))
        if not rows:
            self.message_label.show_message(
                self.tr("{name} has no pupils on roll.").format(name=school_class.name)
            )
            return
        row = self.model.row_of(keep) if keep else None
        if row is None:
            row = next((n for n, r in enumerate(rows) if r.state is not EntryState.SAVED), 0)
        self.register_view.setCurrentIndex(self.model.index(row))
        self._first_focus()

    def _first_focus(self) -> None:
        """Once, when the first day is on screen: the first field, unless the person is in the view."""
        if not self._focus_when_loaded or not self.isVisible() or self.editor.pupil is None:
            return
        self._focus_when_loaded = False
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self._focus_first_field()

    def _focus_first_field(self) -> None:
        self.editor.focus_field(next(iter(self.editor.fields)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_focus()

    # Moving between pupils

    def _pupil_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._leave_pupil()
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.editor.clear()
            return
        self._shown_pupil = row.pupil.id
        school_class = self.school_class
        self.editor.load(
            row.pupil, row.entry, row.draft, school_class.sections if school_class else frozenset()
        )
        self._show_state(row)
        self.register_view.scrollTo(current)

    def _show_state(self, row: RegisterRow) -> None:
        texts = {
            EntryState.NOT_STARTED: self.tr("Not started"),
            EntryState.CLASS_NOTE: self.tr("Class note only"),
            EntryState.DRAFT: self.tr("Draft kept"),
            EntryState.SAVED: self.tr("Saved"),
            EntryState.CHANGED: self.tr("Saved; changes kept as a draft"),
        }
        text = texts[row.state]
        if row.state is EntryState.SAVED and row.entry is not None and row.entry.updated_at is not None:
            text = self.tr("Saved at {time}").format(time=row.entry.updated_at.strftime("%H:%M"))
        self.editor.set_state_text(text)

    def forget(self) -> None:
        """Keep what is typed, finish every write, then drop every child's details (before locking).

        Runs the last writes on this thread: at most a draft or two, and nothing typed may be lost.
        """
        if self._tasks.closed:
            return
        self.keep_draft()
        self._tasks.closed = True
        self.runner.wait()
        self._tasks.drain_now()
        self._idle_timer.stop()
        self._longest_timer.stop()
        self._date_timer.stop()
        self.register_view.clearSelection()
        self.model.clear()
        self.editor.clear()
        self.phrase_panel.clear()
        self.class_box.clear()
        self.progress_label.clear()
        self.follow_ups.show_follow_ups([])
        self.review_reminders.show_reminders([])
        self.message_label.hide_message()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.forget()
        super().closeEvent(event)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
