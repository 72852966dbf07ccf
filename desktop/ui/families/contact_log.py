"""The contact log of one pupil's family: what was logged, and a line to log a call in a few keystrokes.

Ctrl+L goes to the note; typing the note and pressing Enter logs a phone call today in which the family
was reached. Alt+1 to Alt+4 choose the kind first (phone, meeting, visit, message) where it was not a call.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.languages import LANGUAGES
from desktop.domain.pupils import Pupil
from desktop.services.contact_log import ContactLogService
from desktop.ui.families.language_box import language_text
from desktop.ui.item_list import ItemList
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.screens import ScreenHost
from desktop.ui.signals import emit
from desktop.ui.tasks import Changes, TaskState, Topic
from desktop.ui.translate import QT_TRANSLATE_NOOP

KINDS: dict[ContactKind, str] = {
    ContactKind.PHONE: QT_TRANSLATE_NOOP("ContactLogPane", "Phone call"),
    ContactKind.MEETING: QT_TRANSLATE_NOOP("ContactLogPane", "Meeting"),
    ContactKind.VISIT: QT_TRANSLATE_NOOP("ContactLogPane", "Home visit"),
    ContactKind.MESSAGE: QT_TRANSLATE_NOOP("ContactLogPane", "Message"),
}


def kind_words(kind: ContactKind) -> str:
    return QCoreApplication.translate("ContactLogPane", KINDS[kind])


def interpreter_box() -> QComboBox:
    """A list of languages with "no interpreter" first; its data is the DfE code ("" for none)."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("ContactLogPane", "No interpreter"), "")
    for language in sorted(LANGUAGES.values(), key=lambda lang: lang.english_name):
        if language.code not in ("ENG", "OTH"):
            box.addItem(language_text(language), language.code)
    return box


class ContactLogPane(QWidget):
    """Log and list one family's calls, meetings, visits and messages."""

    logged = Signal(object)

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactLogPane")
        self.host = host
        self.service = ContactLogService(host.context)
        self._tasks = ScreenTasks(
            host.runner, lambda text: self.message_label.show_message(text, error=True), self
        )
        self._pupil: Pupil | None = None
        self._contacts: list[FamilyContact] = []
        self._build()
        self._enable()

    def _build(self) -> None:
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("contactKind")
        self.kind_box.setAccessibleName(self.tr("Kind of contact"))
        for kind, label in KINDS.items():
            self.kind_box.addItem(QCoreApplication.translate("ContactLogPane", label), kind.value)
        self.note_field = QLineEdit()
        self.note_field.setObjectName("contactNote")
        self.note_field.setAccessibleName(self.tr("What was said or done"))
        self.note_field.setPlaceholderText(self.tr("What was said or done; Enter logs it"))
        self.note_field.returnPressed.connect(self.log_contact)
        note_caption = QLabel(self.tr("&Note"))
        note_caption.setAccessibleName(self.tr("Note (caption)"))
        note_caption.setBuddy(self.note_field)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("contactDate")
        self.date_edit.setAccessibleName(self.tr("Day of the contact"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.reached_box = QCheckBox(self.tr("Family reached"))
        self.reached_box.setObjectName("contactReached")
        self.reached_box.setAccessibleName(self.tr("Family reached"))
        self.reached_box.setChecked(True)
        self.reached_box.setToolTip(self.tr("Untick when the call rang out or the message had no answer"))
        self.interpreter = interpreter_box()
        self.interpreter.setObjectName("contactInterpreter")
        self.interpreter.setAccessibleName(self.tr("Interpreter used"))
        self.outcome_field = QLineEdit()
        self.outcome_field.setObjectName("contactOutcome")
        self.outcome_field.setAccessibleName(self.tr("Outcome"))
        self.outcome_field.setPlaceholderText(self.tr("Outcome (optional)"))
        self.follow_up_box = QCheckBox(self.tr("&Follow up on"))
        self.follow_up_box.setObjectName("contactFollowUp")
        self.follow_up_box.setAccessibleName(self.tr("Follow up"))
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setObjectName("contactFollowUpDate")
        self.follow_up_date.setAccessibleName(self.tr("Follow-up day"))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("d MMM yyyy")
        self.follow_up_date.setEnabled(False)
        self.follow_up_box.toggled.connect(self.follow_up_date.setEnabled)
        self.log_button = QPushButton(self.tr("&Log contact"))
        self.log_button.setObjectName("logContact")
        self.log_button.setAccessibleName(self.tr("Log the contact"))
        self.log_button.clicked.connect(self.log_contact)

        grid = QGridLayout()
        grid.addWidget(self.kind_box, 0, 0)
        grid.addWidget(note_caption, 0, 1)
        grid.addWidget(self.note_field, 0, 2, 1, 3)
        grid.addWidget(self.log_button, 0, 5)
        grid.addWidget(self.date_edit, 1, 0)
        grid.addWidget(self.reached_box, 1, 1, 1, 2)
        grid.addWidget(self.interpreter, 1, 3)
        grid.addWidget(self.outcome_field, 1, 4, 1, 2)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_box)
        follow.addWidget(self.follow_up_date)
        follow.addStretch(1)
        grid.addLayout(follow, 2, 0, 1, 6)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(4, 1)

        self.history = ItemList()
        self.history.setObjectName("contactHistory")
        self.history.setAccessibleName(self.tr("Contacts logged"))
        self.message_label = MessageBar("contactLogMessage", self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.message_label)
        layout.addWidget(self.history, 1)

        focus = QShortcut(QKeySequence(self.tr("Ctrl+L")), self)
        focus.setContext(Qt.ShortcutContext.WindowShortcut)
        focus.activated.connect(self.focus_note)
        for number, kind in enumerate(KINDS, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self._choose_kind(k))

    def _choose_kind(self, kind: ContactKind) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))

    def focus_note(self) -> None:
        if self.isVisible() and self._pupil is not None:
            self.note_field.setFocus()

    # The pupil shown

    def show_pupil(self, pupil: Pupil | None) -> None:
        self._pupil = pupil
        self.history.clear()
        self._contacts = []
        self.message_label.hide_message()
        self._reset_form()
        self._enable()
        if pupil is not None:
            self.load()

    def _reset_form(self) -> None:
        today = self.host.context.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        later = today + dt.timedelta(days=7)
        self.follow_up_date.setDate(QDate(later.year, later.month, later.day))
        self.follow_up_box.setChecked(False)
        self.kind_box.setCurrentIndex(0)
        self.note_field.clear()
        self.outcome_field.clear()
        self.reached_box.setChecked(True)
        self.interpreter.setCurrentIndex(0)

    def load(self) -> None:
        pupil = self._pupil
        if pupil is None:
            return
        service, pupil_id = self.service, pupil.id

        def work(_state: TaskState) -> list[FamilyContact]:
            return service.of_pupil(pupil_id)

        def done(contacts: list[FamilyContact]) -> None:
            if self._pupil is not None and self._pupil.id == pupil_id:
                self._show_contacts(contacts)

        self._tasks.run(self.tr("Loading the contact log"), work, done)

    def _show_contacts(self, contacts: list[FamilyContact]) -> None:
        self._contacts = contacts
        self.history.clear()
        for contact in contacts:
            self.history.add(self.contact_line(contact), contact.id)
        if not contacts:
            self.history.add(self.tr("No contact logged yet."), "")

    def contact_line(self, contact: FamilyContact) -> str:
        parts = [f"{contact.on:%d %b %Y}", kind_words(contact.kind)]
        if not contact.reached:
            parts.append(self.tr("not reached"))
        if contact.interpreter_language:
            name = LANGUAGES[contact.interpreter_language].english_name
            parts.append(self.tr("interpreter: {language}").format(language=name))
        parts.append(contact.note)
        if contact.outcome:
            parts.append(contact.outcome)
        if contact.follow_up_on is not None:
            parts.append(self.tr("follow up {day}").format(day=f"{contact.follow_up_on:%d %b}"))
        if contact.logged_by:
            parts.append(contact.logged_by)
        return " · ".join(p for p in parts if p)

    # Logging

    def log_contact(self) -> None:
        pupil = self._pupil
        if pupil is None or self._tasks.closed:
            return
        note = self.note_field.text().strip()
        if not note:
            self.message_label.show_message(self.tr("Type what was said or done, then log it."), error=True)
            self.note_field.setFocus()
            return
        day = self.date_edit.date().toPython()
        follow = self.follow_up_date.date().toPython() if self.follow_up_box.isChecked() else None
        contact = FamilyContact(
            pupil_id=pupil.id,
            kind=ContactKind(self.kind_box.currentData()),
            on=day,  # type: ignore[arg-type]  # QDate.toPython gives a date
            note=note,
            reached=self.reached_box.isChecked(),
            interpreter_language=str(self.interpreter.currentData() or ""),
            outcome=self.outcome_field.text(),
            follow_up_on=follow,  # type: ignore[arg-type]  # QDate.toPython gives a date
        )
        service = self.service

        def work(_state: TaskState) -> FamilyContact:
            return service.log(contact)

        def done(saved: FamilyContact) -> None:
            self._reset_form()
            self.message_label.show_message(
                self.tr("Logged: {kind} with {name}'s family.").format(
                    kind=kind_words(saved.kind).lower(), name=pupil.display_name
                )
            )
            emit(self.logged, saved)
            self.load()

        changes = self._tasks.own(Changes(frozenset({Topic.PUPILS}), frozenset({pupil.id})))
        self._tasks.run(self.tr("Logging a contact"), work, done, changes)

    # State shown

    def _enable(self) -> None:
        has_pupil = self._pupil is not None
        for widget in (
            self.kind_box,
            self.note_field,
            self.date_edit,
            self.reached_box,
            self.interpreter,
            self.outcome_field,
            self.follow_up_box,
            self.log_button,
        ):
            widget.setEnabled(has_pupil)
        self.follow_up_date.setEnabled(has_pupil and self.follow_up_box.isChecked())

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        self._tasks.closed = True
        self._pupil = None
        self._contacts = []
        self.history.clear()
        self._reset_form()
        self.message_label.hide_message()
        self._enable()
