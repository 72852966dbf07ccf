"""The family profile of one pupil: languages at home, how and when to contact them, interpreter, how they
read, and what matters to the child, each item markable sensitive.

A sensitive item reaches this pane only for roles with a need to know (the service hides it otherwise and
audits each view); other roles see a line saying a sensitive note exists.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Capability, may
from desktop.domain.family_profile import ChildItem, ContactWay, FamilyProfile, ReadingPreference
from desktop.domain.pupils import Pupil
from desktop.services.family_profiles import FamilyProfileService, ProfileView
from desktop.ui.families.contact_log import interpreter_box
from desktop.ui.families.language_box import LanguageBox
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskState
from desktop.ui.translate import QT_TRANSLATE_NOOP

WAYS: dict[ContactWay, str] = {
    ContactWay.PHONE: QT_TRANSLATE_NOOP("ProfilePane", "Phone call"),
    ContactWay.TEXT_MESSAGE: QT_TRANSLATE_NOOP("ProfilePane", "Text message"),
    ContactWay.EMAIL: QT_TRANSLATE_NOOP("ProfilePane", "Email"),
    ContactWay.APP: QT_TRANSLATE_NOOP("ProfilePane", "The app"),
    ContactWay.IN_PERSON: QT_TRANSLATE_NOOP("ProfilePane", "In person at the gate"),
}
READING: dict[ReadingPreference, str] = {
    ReadingPreference.PAPER: QT_TRANSLATE_NOOP("ProfilePane", "Paper"),
    ReadingPreference.LARGE_PRINT: QT_TRANSLATE_NOOP("ProfilePane", "Large print"),
    ReadingPreference.READ_ALOUD: QT_TRANSLATE_NOOP("ProfilePane", "Read aloud"),
    ReadingPreference.PHONE: QT_TRANSLATE_NOOP("ProfilePane", "Told by phone"),
    ReadingPreference.APP: QT_TRANSLATE_NOOP("ProfilePane", "In the app"),
}
HIDDEN_ID = Qt.ItemDataRole.UserRole
HIDDEN_FLAG = Qt.ItemDataRole.UserRole + 1


def _combo(table: dict, context: str) -> QComboBox:
    box = QComboBox()
    for key, label in table.items():
        box.addItem(QCoreApplication.translate(context, label), key.value)
    return box


class ProfilePane(QWidget):
    """Read and keep one family's profile."""

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyProfilePane")
        self.host = host
        self.service = FamilyProfileService(host.context)
        self._tasks = ScreenTasks(
            host.runner, lambda text: self.message_label.show_message(text, error=True), self
        )
        self._pupil: Pupil | None = None
        self._view: ProfileView | None = None
        self._build()
        self._enable()

    def _build(self) -> None:
        self.language_box = LanguageBox()
        self.language_box.setAccessibleName(self.tr("Main language at home"))
        self.second_language = interpreter_box()
        self.second_language.setItemText(0, self.tr("No other language"))
        self.second_language.setAccessibleName(self.tr("Another language at home"))
        languages = QHBoxLayout()
        languages.addWidget(self.language_box, 1)
        languages.addWidget(self.second_language, 1)
        self.way_box = _combo(WAYS, "ProfilePane")
        self.way_box.setAccessibleName(self.tr("Preferred way to contact"))
        self.time_field = QLineEdit()
        self.time_field.setAccessibleName(self.tr("Best time to contact"))
        self.time_field.setPlaceholderText(self.tr("e.g. after 6pm, not on Fridays"))
        self.interpreter = interpreter_box()
        self.interpreter.setObjectName("profileInterpreter")
        self.interpreter.setItemText(0, self.tr("Not needed"))
        self.interpreter.setAccessibleName(self.tr("Interpreter needed"))
        self.reading_box = _combo(READING, "ProfilePane")
        self.reading_box.setAccessibleName(self.tr("How the family prefers to read"))
        form = QFormLayout()
        for caption, field in (
            (self.tr("&Languages at home"), self.language_box),
            (self.tr("Contact &by"), self.way_box),
            (self.tr("Best time"), self.time_field),
            (self.tr("&Interpreter"), self.interpreter),
            (self.tr("Prefers to r&ead"), self.reading_box),
        ):
            label = QLabel(caption)
            label.setAccessibleName(caption.replace("&", "") + self.tr(" (caption)"))
            label.setBuddy(field)
            form.addRow(label, languages if field is self.language_box else field)

        self.items = QListWidget()
        self.items.setObjectName("profileItems")
        self.items.setAccessibleName(self.tr("What matters to the child (ticked: sensitive)"))
        self.items.setMaximumHeight(self.fontMetrics().height() * 7)
        items_caption = QLabel(self.tr("What matters to the child (tick an item to mark it sensitive)"))
        items_caption.setAccessibleName(self.tr("What matters to the child (caption)"))
        self.new_item = QLineEdit()
        self.new_item.setObjectName("profileNewItem")
        self.new_item.setAccessibleName(self.tr("Something that matters to the child"))
        self.new_item.setPlaceholderText(
            self.tr("Traditions, pets, a bereavement, an illness…; Enter adds it")
        )
        self.new_item.returnPressed.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen item"))
        self.remove_button.clicked.connect(self.remove_item)
        self.save_button = QPushButton(self.tr("Save &profile"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.setAccessibleName(self.tr("Save the family profile"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_item, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        self.message_label = MessageBar("profileMessage", self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(form)
        layout.addWidget(items_caption)
        layout.addWidget(self.items)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addStretch(1)

    def show_pupil(self, pupil: Pupil | None) -> None:
        self._pupil = pupil
        self._view = None
        self.items.clear()
        self.message_label.hide_message()
        self._enable()
        if pupil is None:
            return
        service, pupil_id = self.service, pupil.id

        def work(_state: TaskState) -> ProfileView:
            return service.view(pupil_id)

        def done(view: ProfileView) -> None:
            if self._pupil is not None and self._pupil.id == pupil_id:
                self._show(view)

        self._tasks.run(self.tr("Loading the family profile"), work, done)

    def _show(self, view: ProfileView) -> None:
        self._view = view
        profile = view.profile
        languages = profile.home_languages or ((self._pupil.first_language,) if self._pupil else ())
        self.language_box.set_code(languages[0] if languages else "ENG")
        second = self.second_language.findData(languages[1]) if len(languages) > 1 else 0
        self.second_language.setCurrentIndex(max(second, 0))
        self.way_box.setCurrentIndex(max(self.way_box.findData(profile.contact_way.value), 0))
        self.time_field.setText(profile.contact_time)
        self.interpreter.setCurrentIndex(max(self.interpreter.findData(profile.interpreter_language), 0))
        self.reading_box.setCurrentIndex(max(self.reading_box.findData(profile.reading.value), 0))
        self.items.clear()
        for shown in view.items:
            if shown.hidden:
                item = QListWidgetItem(self.tr("A sensitive note (for the class teacher, SENCO and admin)"))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setData(HIDDEN_FLAG, True)
            else:
                item = self._item(shown.text or "", shown.sensitive)
            item.setData(HIDDEN_ID, shown.id)
            self.items.addItem(item)
        self._enable()

    def _item(self, text: str, sensitive: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if sensitive else Qt.CheckState.Unchecked)
        return item

    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if text:
            self.items.addItem(self._item(text, False))
            self.new_item.clear()

    def remove_item(self) -> None:
        row = self.items.currentRow()
        item = self.items.item(row)
        if item is not None and not item.data(HIDDEN_FLAG):
            self.items.takeItem(row)

    def profile(self) -> FamilyProfile | None:
        """The profile as the form shows it (hidden items are kept by the service, not sent from here)."""
        if self._pupil is None:
            return None
        items = []
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item is None or item.data(HIDDEN_FLAG):
                continue
            sensitive = item.checkState() == Qt.CheckState.Checked
            item_id = item.data(HIDDEN_ID)
            items.append(
                ChildItem(item.text(), sensitive, item_id) if item_id else ChildItem(item.text(), sensitive)
            )
        second = str(self.second_language.currentData() or "")
        languages = tuple(dict.fromkeys(c for c in (self.language_box.code(), second) if c))
        return FamilyProfile(
            pupil_id=self._pupil.id,
            home_languages=languages,
            contact_way=ContactWay(self.way_box.currentData()),
            contact_time=self.time_field.text(),
            interpreter_language=str(self.interpreter.currentData() or ""),
            reading=ReadingPreference(self.reading_box.currentData()),
            items=tuple(items),
        )

    def save(self) -> None:
        profile = self.profile()
        pupil = self._pupil
        if profile is None or pupil is None or self._tasks.closed:
            return
        service = self.service

        def work(_state: TaskState) -> ProfileView:
            service.save(profile)
            return service.view(profile.pupil_id)

        def done(view: ProfileView) -> None:
            self._show(view)
            self.message_label.show_message(
                self.tr("Saved {name}'s family profile.").format(name=pupil.display_name)
            )

        self._tasks.run(self.tr("Saving the family profile"), work, done)

    def _enable(self) -> None:
        editable = self._pupil is not None and may(self.host.context.actor.role, Capability.MANAGE_FAMILIES)
        for widget in (
            self.language_box,
            self.second_language,
            self.way_box,
            self.time_field,
            self.interpreter,
            self.reading_box,
            self.new_item,
            self.remove_button,
            self.save_button,
        ):
            widget.setEnabled(editable)

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        self._tasks.closed = True
        self._pupil = None
        self._view = None
        self.items.clear()
        self.time_field.clear()
        self.message_label.hide_message()
        self._enable()
