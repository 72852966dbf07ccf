"""One family contact, as a form: who they are to the child, how they want the link book, what they have.

The form edits a copy; nothing is saved until the screen saves it through the school service. It knows
which contact it started from, so saving keeps the contact's links to brothers and sisters, and it can say
before saving what is missing or wrong, and which field to go to.
"""

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.domain.families import Channel, Connectivity, Device, FamilyMember, Relationship
from desktop.ui.accessibility import name_spin_box
from desktop.ui.families.language_box import LanguageBox
from desktop.ui.signals import emit
from desktop.ui.translate import QT_TRANSLATE_NOOP

RELATIONSHIPS: dict[Relationship, str] = {
    Relationship.MOTHER: QT_TRANSLATE_NOOP("ContactForm", "Mother"),
    Relationship.FATHER: QT_TRANSLATE_NOOP("ContactForm", "Father"),
    Relationship.STEP_PARENT: QT_TRANSLATE_NOOP("ContactForm", "Step-parent"),
    Relationship.CARER: QT_TRANSLATE_NOOP("ContactForm", "Carer"),
    Relationship.FOSTER_CARER: QT_TRANSLATE_NOOP("ContactForm", "Foster carer"),
    Relationship.GRANDPARENT: QT_TRANSLATE_NOOP("ContactForm", "Grandparent"),
    Relationship.OTHER_RELATIVE: QT_TRANSLATE_NOOP("ContactForm", "Other relative"),
    Relationship.OTHER: QT_TRANSLATE_NOOP("ContactForm", "Other"),
}
CHANNELS: dict[Channel, str] = {
    Channel.APP: QT_TRANSLATE_NOOP("ContactForm", "In the app"),
    Channel.PAPER: QT_TRANSLATE_NOOP("ContactForm", "On paper"),
    Channel.BOTH: QT_TRANSLATE_NOOP("ContactForm", "In the app and on paper"),
}
CONNECTIVITY: dict[Connectivity, str] = {
    Connectivity.GOOD: QT_TRANSLATE_NOOP("ContactForm", "Good"),
    Connectivity.PATCHY: QT_TRANSLATE_NOOP("ContactForm", "Patchy"),
    Connectivity.NONE: QT_TRANSLATE_NOOP("ContactForm", "None at home"),
}
DEVICES: dict[Device, str] = {
    Device.SMARTPHONE: QT_TRANSLATE_NOOP("ContactForm", "Smartphone"),
    Device.TABLET: QT_TRANSLATE_NOOP("ContactForm", "Tablet"),
    Device.COMPUTER: QT_TRANSLATE_NOOP("ContactForm", "Computer"),
}

_PHONE = re.compile(r"^[0-9 +()\-./]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def words(table: dict, key: object) -> str:
    """A label from one of the tables above, translated."""
    return QCoreApplication.translate("ContactForm", table[key])


class ContactForm(QWidget):
    """Edits one FamilyMember; emits edited() whenever the person changes something."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: FamilyMember | None = None
        self._loading = False
        self.dirty = False
        self._build()

    def _build(self) -> None:
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(self.tr("Contact's name"))
        self.name_field.setPlaceholderText(self.tr("Full name, as they write it"))
        self.relationship_box = QComboBox()
        self.relationship_box.setAccessibleName(self.tr("Relationship to the child"))
        for relationship in RELATIONSHIPS:
            self.relationship_box.addItem(words(RELATIONSHIPS, relationship), relationship.value)
        self.responsibility_box = QCheckBox(self.tr("Has &parental responsibility"))
        self.responsibility_box.setAccessibleName(self.tr("Has parental responsibility"))
        self.language_box = LanguageBox()
        self.language_box.setAccessibleName(self.tr("Home language"))
        self.channel_box = QComboBox()
        self.channel_box.setAccessibleName(self.tr("Gets the link book"))
        for channel in CHANNELS:
            self.channel_box.addItem(words(CHANNELS, channel), channel.value)
        self.large_print_box = QCheckBox(self.tr("&Large print on paper"))
        self.large_print_box.setAccessibleName(self.tr("Large print on paper"))

        self.device_boxes: dict[Device, QCheckBox] = {}
        devices_row = QWidget()
        devices_layout = QHBoxLayout(devices_row)
        devices_layout.setContentsMargins(0, 0, 0, 0)
        for device in DEVICES:
            box = QCheckBox(words(DEVICES, device))
            box.setAccessibleName(
                self.tr("Has a {device} at home").format(device=words(DEVICES, device).lower())
            )
            self.device_boxes[device] = box
            devices_layout.addWidget(box)
        devices_layout.addStretch(1)
        self.connectivity_box = QComboBox()
        self.connectivity_box.setAccessibleName(self.tr("Internet at home"))
        for connectivity in CONNECTIVITY:
            self.connectivity_box.addItem(words(CONNECTIVITY, connectivity), connectivity.value)
        self.phone_field = QLineEdit()
        self.phone_field.setAccessibleName(self.tr("Phone"))
        self.phone_field.setPlaceholderText(self.tr("e.g. 07700 900123"))
        self.email_field = QLineEdit()
        self.email_field.setAccessibleName(self.tr("Email"))
        self.email_field.setPlaceholderText(self.tr("e.g. name@example.org"))
        self.household_box = QComboBox()
        self.household_box.setEditable(True)
        self.household_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.household_box.setAccessibleName(self.tr("Household"))
        self.household_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.household_box.lineEdit().setAccessibleName(self.tr("Household"))  # type: ignore[union-attr]  # editable
        self.household_box.lineEdit().setPlaceholderText(  # type: ignore[union-attr]  # editable
            self.tr("Only if the child has two homes, e.g. Dad's")
        )
        self.order_box = QSpinBox()
        self.order_box.setRange(1, 9)
        name_spin_box(self.order_box, self.tr("Contact order (1 is called first)"))

        left = QFormLayout()
        right = QFormLayout()
        for layout, rows in (
            (
                left,
                (
                    (self.tr("&Name"), self.name_field),
                    (self.tr("&Relationship"), self.relationship_box),
                    ("", self.responsibility_box),
                    (self.tr("Home lan&guage"), self.language_box),
                    (self.tr("Gets the link &book"), self.channel_box),
                    ("", self.large_print_box),
                ),
            ),
            (
                right,
                (
                    (self.tr("Devices at home"), devices_row),
                    (self.tr("&Internet at home"), self.connectivity_box),
                    (self.tr("P&hone"), self.phone_field),
                    (self.tr("&Email"), self.email_field),
                    (self.tr("Hous&ehold"), self.household_box),
                    (self.tr("Contact &order"), self.order_box),
                ),
            ),
        ):
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for caption, widget in rows:
                if not caption:
                    layout.addRow(widget)
                    continue
                label = QLabel(caption)
                label.setAccessibleName(caption.replace("&", "") + self.tr(" (caption)"))
                if widget is not devices_row:
                    label.setBuddy(widget)
                layout.addRow(label, widget)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)

        for field in (self.name_field, self.phone_field, self.email_field):
            field.textEdited.connect(self._changed)
        self.household_box.editTextChanged.connect(self._changed)
        for combo in (self.relationship_box, self.channel_box, self.connectivity_box):
            combo.currentIndexChanged.connect(self._changed)
        for check in (self.responsibility_box, self.large_print_box, *self.device_boxes.values()):
            check.toggled.connect(self._changed)
        self.language_box.chosen.connect(self._changed)
        self.order_box.valueChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            emit(self.edited)

    @property
    def original(self) -> FamilyMember | None:
        """The saved contact being edited, or None for a new one."""
        return self._original

    def load(self, member: FamilyMember | None, households: list[str], next_order: int = 1) -> None:
        """Show a saved contact, or (None) an empty form for a new one; offers the child's homes."""
        self._loading = True
        try:
            self._original = member
            shown = member or FamilyMember("", Relationship.MOTHER, (), contact_order=next_order)
            self.name_field.setText(shown.name)
            self._select(self.relationship_box, shown.relationship.value)
            self.responsibility_box.setChecked(shown.parental_responsibility)
            self.language_box.set_code(shown.home_language)
            self._select(self.channel_box, shown.channel.value)
            self.large_print_box.setChecked(shown.large_print)
            for device, box in self.device_boxes.items():
                box.setChecked(device in shown.devices)
            self._select(self.connectivity_box, shown.connectivity.value)
            self.phone_field.setText(shown.phone)
            self.email_field.setText(shown.email)
            self.household_box.clear()
            self.household_box.addItems(sorted({h for h in households if h.strip()}))
            self.household_box.setEditText(shown.household)
            self.order_box.setValue(max(1, min(9, shown.contact_order)))
        finally:
            self._loading = False
        self.dirty = False

    def clear(self) -> None:
        """Empty every field (the app is locking)."""
        self.load(None, [])

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    def problem(self) -> tuple[str, QWidget] | None:
        """What to put right before saving, and the field to go to; None when all is well."""
        if not self.name_field.text().strip():
            return self.tr("Type the contact's name, then save."), self.name_field
        if not _PHONE.match(self.phone_field.text()):
            return (
                self.tr("A phone number has only digits, spaces and + ( ) -. Check it, then save."),
                self.phone_field,
            )
        email = self.email_field.text().strip()
        if email and not _EMAIL.match(email):
            return (
                self.tr(
                    "Check the email address: it looks like name@example.org. Correct it, or leave it empty."
                ),
                self.email_field,
            )
        return None

    def member(self, pupil_id: str) -> FamilyMember:
        """The contact as the form shows it, still linked to every pupil it was (and to this one)."""
        base = self._original or FamilyMember("", Relationship.MOTHER, ())
        pupil_ids = base.pupil_ids if pupil_id in base.pupil_ids else (*base.pupil_ids, pupil_id)
        return replace(
            base,
            name=self.name_field.text().strip(),
            relationship=Relationship(self.relationship_box.currentData()),
            pupil_ids=pupil_ids,
            parental_responsibility=self.responsibility_box.isChecked(),
            channel=Channel(self.channel_box.currentData()),
            home_language=self.language_box.code(),
            large_print=self.large_print_box.isChecked(),
            devices=frozenset(d for d, box in self.device_boxes.items() if box.isChecked()),
            connectivity=Connectivity(self.connectivity_box.currentData()),
            phone=self.phone_field.text().strip(),
            email=self.email_field.text().strip(),
            household=self.household_box.currentText().strip(),
            contact_order=self.order_box.value(),
        )
