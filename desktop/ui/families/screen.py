"""The families screen: a class, a pupil, and the people the pupil's link book goes home to.

For each contact: who they are to the child, parental responsibility, home language, paper or app, large
print, the devices and internet at home, how to reach them, and which home they live in when a child has
two. The pupil's photo consent sits beside them, since it is the family's answer. Every read and write runs
on the host's task runner, one after another, and the screen refreshes when another view changes pupils.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import Method
from desktop.domain.pupils import PhotoConsent, Pupil
from desktop.domain.school import SchoolClass
from desktop.services.consent import PhotoConsentService
from desktop.services.school import SchoolService
from desktop.ui.families.contact_form import CHANNELS, RELATIONSHIPS, ContactForm, words
from desktop.ui.item_list import ItemList
from desktop.ui.kit.class_picker import ClassPicker
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.settle import settle
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic
from desktop.ui.translate import QT_TRANSLATE_NOOP

CONSENT = {
    PhotoConsent.NOT_ASKED: QT_TRANSLATE_NOOP("FamiliesScreen", "Not asked yet (no photos)"),
    PhotoConsent.GRANTED: QT_TRANSLATE_NOOP("FamiliesScreen", "Photos may be shared"),
    PhotoConsent.REFUSED: QT_TRANSLATE_NOOP("FamiliesScreen", "No photos"),
}


class FamiliesScreen(Screen):
    screenshot_name = "families"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familiesScreen")
        self.host = host
        self.school = SchoolService(host.context)
        self._tasks = ScreenTasks(
            host.runner, lambda text: self.message_label.show_message(text, error=True), self
        )
        self._pupils: list[Pupil] = []
        self._family: list[FamilyMember] = []
        self._pupil: Pupil | None = None
        self._build()
        host.runner.changed.connect(self._changed_elsewhere)
        self.load_classes()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FamiliesScreen", "Families")

    # Building

    def _build(self) -> None:
        self.class_box = ClassPicker("familiesClass", self.tr("Class"))
        self.class_box.currentIndexChanged.connect(self._class_chosen)
        class_caption = QLabel(self.tr("&Class"))
        class_caption.setAccessibleName(self.tr("Class (caption)"))
        class_caption.setBuddy(self.class_box)

        self.pupil_list = ItemList()
        self.pupil_list.setObjectName("familiesPupils")
        self.pupil_list.setAccessibleName(self.tr("Pupils"))
        self.pupil_list.currentRowChanged.connect(self._pupil_chosen)
        pupils_caption = QLabel(self.tr("&Pupils"))
        pupils_caption.setAccessibleName(self.tr("Pupils (caption)"))
        pupils_caption.setBuddy(self.pupil_list)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(class_caption)
        left_layout.addWidget(self.class_box)
        left_layout.addWidget(pupils_caption)
        left_layout.addWidget(self.pupil_list, 1)

        self.pupil_heading = QLabel()
        self.pupil_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.pupil_heading.setAccessibleName(self.tr("Pupil"))
        font = QFont(self.pupil_heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.pupil_heading.setFont(font)
        self.consent_box = QComboBox()
        self.consent_box.setAccessibleName(self.tr("Photo consent"))
        for consent, label in CONSENT.items():
            self.consent_box.addItem(QCoreApplication.translate("FamiliesScreen", label), consent.value)
        consent_caption = QLabel(self.tr("P&hoto consent"))
        consent_caption.setAccessibleName(self.tr("Photo consent (caption)"))
        consent_caption.setBuddy(self.consent_box)
        self.given_by_box = QComboBox()
        self.given_by_box.setEditable(True)
        self.given_by_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.given_by_box.setAccessibleName(self.tr("Answer given by"))
        self.given_by_box.lineEdit().setAccessibleName(self.tr("Answer given by"))  # type: ignore[union-attr]  # editable
        self.given_by_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        given_by_caption = QLabel(self.tr("&given by"))
        given_by_caption.setAccessibleName(self.tr("Given by (caption)"))
        given_by_caption.setBuddy(self.given_by_box)
        self.record_consent_button = QPushButton(self.tr("Recor&d"))
        self.record_consent_button.setAccessibleName(self.tr("Record the photo consent"))
        self.record_consent_button.clicked.connect(self.record_consent)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.pupil_heading, 1)
        heading_row.addWidget(consent_caption)
        heading_row.addWidget(self.consent_box)
        heading_row.addWidget(given_by_caption)
        heading_row.addWidget(self.given_by_box)
        heading_row.addWidget(self.record_consent_button)

        self.contact_list = ItemList()
        self.contact_list.setObjectName("familyContacts")
        self.contact_list.setAccessibleName(self.tr("Family contacts"))
        self.contact_list.currentRowChanged.connect(self._contact_chosen)
        self.contact_list.setMaximumHeight(self.fontMetrics().height() * 8)
        contacts_caption = QLabel(self.tr("Con&tacts"))
        contacts_caption.setAccessibleName(self.tr("Contacts (caption)"))
        contacts_caption.setBuddy(self.contact_list)
        self.add_button = QPushButton(self.tr("&Add a contact"))
        self.add_button.setAccessibleName(self.tr("Add a contact"))
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton(self.tr("Re&move contact…"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen contact"))
        self.remove_button.clicked.connect(self.remove_contact)
        contact_buttons = QVBoxLayout()
        contact_buttons.addWidget(self.add_button)
        contact_buttons.addWidget(self.remove_button)
        contact_buttons.addStretch(1)
        contacts_row = QHBoxLayout()
        contacts_row.addWidget(self.contact_list, 1)
        contacts_row.addLayout(contact_buttons)

        self.form = ContactForm()
        self.form.edited.connect(self._form_edited)
        self.form_box = QGroupBox(self.tr("Contact"))
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(self.form)
        self.save_button = QPushButton(self.tr("&Save contact"))
        self.save_button.setAccessibleName(self.tr("Save the contact"))
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_contact)
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.setAccessibleName(self.tr("Undo changes to the contact"))
        self.undo_button.clicked.connect(self.undo_changes)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.undo_button)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)

        self.message_label = MessageBar("familiesMessage", self.tr("Message"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(contacts_caption)
        right_layout.addLayout(contacts_row)
        right_layout.addWidget(self.form_box)
        right_layout.addWidget(self.message_label)
        right_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_contact)
        self._enable()

    # Tasks

    def _changed_elsewhere(self, changes: object) -> None:
        if not self._tasks.from_elsewhere(changes):
            return
        assert isinstance(changes, Changes)
        if Topic.SCHOOL in changes.topics:
            self.load_classes()
        elif Topic.PUPILS in changes.topics:
            self._load_pupils()

    # Classes and pupils

    def load_classes(self) -> None:
        school = self.school

        def work(_state: TaskState) -> list[SchoolClass]:
            return school.classes()

        self._tasks.run(self.tr("Loading classes"), work, self._show_classes)

    def _show_classes(self, classes: list[SchoolClass]) -> None:
        self.class_box.refill(classes)
        if not classes:
            self.message_label.show_message(
                self.tr("This school has no classes yet. Import a class list to add them.")
            )
        self._load_pupils()

    def chosen_class(self) -> SchoolClass | None:
        return self.class_box.chosen()

    def select_class(self, name: str) -> None:
        self.class_box.choose_named(name)

    def _class_chosen(self, _row: int) -> None:
        self._load_pupils()

    def _load_pupils(self) -> None:
        school_class = self.chosen_class()
        if school_class is None:
            self._show_pupils([])
            return
        school, class_id = self.school, school_class.id

        def work(_state: TaskState) -> list[Pupil]:
            return school.pupils(class_id)

        def done(pupils: list[Pupil]) -> None:
            current = self.chosen_class()
            if current is not None and current.id == class_id:
                self._show_pupils(pupils)

        self._tasks.run(self.tr("Loading pupils"), work, done)

    def _show_pupils(self, pupils: list[Pupil]) -> None:
        wanted = self._pupil.id if self._pupil else None
        self._pupils = pupils
        self.pupil_list.blockSignals(True)
        self.pupil_list.clear()
        for pupil in pupils:
            self.pupil_list.add(pupil.display_name, pupil.id)
        row = next((n for n, p in enumerate(pupils) if p.id == wanted), 0 if pupils else -1)
        self.pupil_list.setCurrentRow(row)
        self.pupil_list.blockSignals(False)
        self._show_pupil(pupils[row] if row >= 0 else None, keep_form=self.form.dirty)

    def select_pupil(self, display_name: str) -> None:
        for row in range(self.pupil_list.count()):
            if self.pupil_list.text_at(row) == display_name:
                self.pupil_list.setCurrentRow(row)
                return

    def _pupil_chosen(self, row: int) -> None:
        pupil = self._pupils[row] if 0 <= row < len(self._pupils) else None
        if self._pupil is not None and pupil is not None and pupil.id == self._pupil.id:
            return
        self._note_unsaved()
        self._show_pupil(pupil)

    def _show_pupil(self, pupil: Pupil | None, keep_form: bool = False) -> None:
        same = pupil is not None and self._pupil is not None and pupil.id == self._pupil.id
        self._pupil = pupil
        if pupil is None:
            self.pupil_heading.clear()
            self.contact_list.clear()
            self._family = []
            self.form.clear()
            self._enable()
            return
        self.pupil_heading.setText(self.tr("{name}'s family").format(name=pupil.display_name))
        self.consent_box.setCurrentIndex(max(0, self.consent_box.findData(pupil.photo_consent.value)))
        self._load_family(keep_form=keep_form and same)

    def record_consent(self) -> None:
        """Record the family's answer about photos, and who gave it (kept in the pupil's consent history)."""
        pupil = self._pupil
        if pupil is None or self._tasks.closed:
            return
        consent = PhotoConsent(self.consent_box.currentData())
        given_by = self.given_by_box.currentText().strip()
        if consent is not PhotoConsent.NOT_ASKED and not given_by:
            self.message_label.show_message(
                self.tr("Say which parent or carer gave this answer, then record it."), error=True
            )
            self.given_by_box.setFocus()
            return
        consents, school = PhotoConsentService(self.host.context), self.school

        def work(_state: TaskState) -> Pupil:
            consents.record(pupil.id, consent, given_by, Method.PAPER)
            return school.pupil(pupil.id)

        def done(saved: Pupil) -> None:
            self._pupils = [saved if p.id == saved.id else p for p in self._pupils]
            if self._pupil is not None and self._pupil.id == saved.id:
                self._pupil = saved
            answer = QCoreApplication.translate("FamiliesScreen", CONSENT[saved.photo_consent])
            self.message_label.show_message(
                self.tr("Recorded for {name}: {answer}.").format(
                    name=saved.display_name, answer=answer.lower()
                )
            )

        self._tasks.run(self.tr("Recording photo consent"), work, done, self._changes(pupil.id))

    # Contacts

    def _load_family(self, select_id: str | None = None, keep_form: bool = False) -> None:
        pupil = self._pupil
        if pupil is None:
            return
        school, pupil_id = self.school, pupil.id
        if select_id is None and self.form.original is not None:
            select_id = self.form.original.id

        def work(_state: TaskState) -> list[FamilyMember]:
            return school.family_of(pupil_id)

        def done(family: list[FamilyMember]) -> None:
            if self._pupil is not None and self._pupil.id == pupil_id:
                self._show_family(family, select_id, keep_form)

        self._tasks.run(self.tr("Loading the family"), work, done)

    def _show_family(self, family: list[FamilyMember], select_id: str | None, keep_form: bool) -> None:
        self._family = family
        self.given_by_box.clear()
        responsible = sorted(family, key=lambda m: (not m.parental_responsibility, m.contact_order))
        self.given_by_box.addItems([m.name for m in responsible])
        self.contact_list.blockSignals(True)
        self.contact_list.clear()
        for member in family:
            self.contact_list.add(self._contact_line(member), member.id)
        row = next((n for n, m in enumerate(family) if m.id == select_id), 0 if family else -1)
        self.contact_list.setCurrentRow(row)
        self.contact_list.blockSignals(False)
        if not keep_form:
            if row >= 0:
                self._edit(family[row])
            else:
                self.add_contact()
                if self.message_label.isHidden():
                    self.message_label.show_message(
                        self.tr("No one is on this pupil's contact list yet: add the first contact.")
                    )
        self._enable()

    def _contact_line(self, member: FamilyMember) -> str:
        parts = [
            member.name,
            words(RELATIONSHIPS, member.relationship),
            words(CHANNELS, member.channel).lower(),
        ]
        if member.household:
            parts.append(self.tr("home: {household}").format(household=member.household))
        return " · ".join(parts)

    def _households(self) -> list[str]:
        return [m.household for m in self._family]

    def _contact_chosen(self, row: int) -> None:
        member = self._family[row] if 0 <= row < len(self._family) else None
        if member is None:
            return
        if self.form.original is not None and self.form.original.id == member.id:
            return
        self._note_unsaved()
        self._edit(member)

    def _edit(self, member: FamilyMember) -> None:
        self.form.load(member, self._households())
        self.form_box.setTitle(self.tr("Contact: {name}").format(name=member.name))
        self._enable()

    def _note_unsaved(self) -> None:
        if self.form.dirty:
            name = self.form.name_field.text().strip() or self.tr("the new contact")
            self.message_label.show_message(
                self.tr("Your changes to {name} were not saved.").format(name=name), error=True
            )

    def add_contact(self) -> None:
        if self._pupil is None:
            return
        self._note_unsaved()
        self.contact_list.blockSignals(True)
        self.contact_list.clearSelection()
        self.contact_list.setCurrentRow(-1)
        self.contact_list.blockSignals(False)
        order = max((m.contact_order for m in self._family), default=0) + 1
        self.form.load(None, self._households(), next_order=order)
        self.form_box.setTitle(self.tr("New contact"))
        self._enable()
        self.form.name_field.setFocus()

    def undo_changes(self) -> None:
        original = self.form.original
        if original is not None:
            self._edit(original)
        else:
            self.add_contact()
        self.message_label.hide_message()

    def save_contact(self) -> None:
        pupil = self._pupil
        if pupil is None or self._tasks.closed:
            return
        problem = self.form.problem()
        if problem is not None:
            message, field = problem
            self.message_label.show_message(message, error=True)
            field.setFocus()
            return
        member = self.form.member(pupil.id)
        school = self.school

        def work(_state: TaskState) -> FamilyMember:
            school.save_family_members([member])
            return member

        def done(saved: FamilyMember) -> None:
            self.form.load(saved, self._households())
            self.message_label.show_message(self.tr("Saved {name}.").format(name=saved.name))
            self._load_family(select_id=saved.id)

        self._tasks.run(self.tr("Saving a contact"), work, done, self._changes(*member.pupil_ids))

    def remove_contact(self) -> QMessageBox | None:
        pupil, member = self._pupil, self.form.original
        if pupil is None or member is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a contact"),
            self.tr(
                "Take {name} off {pupil}'s contact list? The link book will no longer go to them."
            ).format(name=member.name, pupil=pupil.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("removeContactQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._remove(pupil, member))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _remove(self, pupil: Pupil, member: FamilyMember) -> None:
        school = self.school

        def work(_state: TaskState) -> None:
            school.remove_family_member(member.id, pupil.id)

        def done(_result: None) -> None:
            self.form.load(None, [])
            self.message_label.show_message(
                self.tr("{name} is off {pupil}'s contact list.").format(
                    name=member.name, pupil=pupil.display_name
                )
            )
            self._load_family()

        self._tasks.run(self.tr("Removing a contact"), work, done, self._changes(pupil.id))

    def _changes(self, *pupil_ids: str) -> Changes:
        changes = Changes(frozenset({Topic.PUPILS}), frozenset(pupil_ids))
        return self._tasks.own(changes)

    # State shown

    def _form_edited(self) -> None:
        self._enable()

    def _enable(self) -> None:
        has_pupil = self._pupil is not None
        for widget in (self.consent_box, self.given_by_box, self.record_consent_button):
            widget.setEnabled(has_pupil)
        self.add_button.setEnabled(has_pupil)
        self.remove_button.setEnabled(has_pupil and self.form.original is not None)
        self.form_box.setEnabled(has_pupil)
        self.save_button.setEnabled(has_pupil)
        self.undo_button.setEnabled(has_pupil and self.form.dirty)

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        """Drop every child's and family's details (the app is locking); nothing here is a draft."""
        self._tasks.closed = True
        self._pupil = None
        self._pupils = []
        self._family = []
        for widget in (self.class_box, self.pupil_list, self.contact_list, self.given_by_box):
            widget.blockSignals(True)
            widget.clear()
        self.form.clear()
        self.form_box.setTitle(self.tr("Contact"))
        self.pupil_heading.clear()
        self.message_label.hide_message()
        self._enable()

    def prepare_screenshot(self) -> None:
        """A pupil whose family has more than one contact, ideally in two homes."""
        settle(self.host.runner, lambda: self.busy)
        best, best_score = 0, -1
        for row, pupil in enumerate(self._pupils):
            family = self.school.family_of(pupil.id)
            score = len(family) + 2 * len({m.household for m in family if m.household})
            if score > best_score:
                best, best_score = row, score
        self.pupil_list.setCurrentRow(best)
        settle(self.host.runner, lambda: self.busy)


def create(host: ScreenHost) -> Screen:
    return FamiliesScreen(host)


SCREEN = FamiliesScreen
