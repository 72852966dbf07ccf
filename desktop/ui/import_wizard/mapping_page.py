"""Step 2, for a CSV: which column holds which of Linkbook's fields, with the first rows to check against.

Each field is a combo box of the file's columns, filled in from the mapping remembered for this source
(the same MIS report has the same headers) or, the first time, proposed from the header names. A column
given to one field is taken from any other, as on the command line. The three fields a pupil cannot do
without are marked; Next waits until each has a column. Dates of birth are asked about only when the
file cannot tell day-first from month-first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.imports.csv_mapping import (
    CONTACT_PARTS,
    FIELDS,
    MAX_CONTACTS,
    PUPIL_FIELDS,
    REQUIRED,
)
from desktop.services.imports.detect import DateEvidence, DateOrder, date_evidence
from desktop.services.imports.mappings import choose_mapping
from desktop.ui.accessibility import caption
from desktop.ui.import_wizard.base import ImportPage, message_label
from desktop.ui.import_wizard.host import WizardHost
from desktop.ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.services.imports.csv_mapping import CsvTable

PREVIEW_ROWS = 5
NOT_IN_FILE = ""

FIELD_LABELS: dict[str, str] = {
    "upn": QT_TRANSLATE_NOOP("ImportWizard", "UPN"),
    "source_id": QT_TRANSLATE_NOOP("ImportWizard", "MIS id (admission number)"),
    "legal_first_name": QT_TRANSLATE_NOOP("ImportWizard", "Legal first name"),
    "legal_last_name": QT_TRANSLATE_NOOP("ImportWizard", "Legal last name"),
    "preferred_first_name": QT_TRANSLATE_NOOP("ImportWizard", "Preferred first name"),
    "preferred_last_name": QT_TRANSLATE_NOOP("ImportWizard", "Preferred last name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportWizard", "Date of birth"),
    "class_name": QT_TRANSLATE_NOOP("ImportWizard", "Class (registration group)"),
    "year_group": QT_TRANSLATE_NOOP("ImportWizard", "Year group"),
    "sen_status": QT_TRANSLATE_NOOP("ImportWizard", "SEN status"),
    "first_language": QT_TRANSLATE_NOOP("ImportWizard", "First language"),
    "home_language": QT_TRANSLATE_NOOP("ImportWizard", "Home language"),
}
CONTACT_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Title"),
    "forename": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "surname": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "relationship": QT_TRANSLATE_NOOP("ImportWizard", "Relationship"),
    "responsibility": QT_TRANSLATE_NOOP("ImportWizard", "Parental responsibility"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "Email"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_label(field: str) -> str:
    """A field's name as the person reads it, translated."""
    if field in FIELD_LABELS:
        return _tr(FIELD_LABELS[field])
    number, _, part = field.removeprefix("contact").partition("_")
    if field.startswith("contact") and part in CONTACT_LABELS:
        return QCoreApplication.translate("ImportWizard", "Contact {number}: {part}").format(
            number=number, part=_tr(CONTACT_LABELS[part]).lower()
        )
    return FIELDS.get(field, field)  # a field newer than this page's labels: the service's words


class MappingPage(ImportPage):
    """One combo box per field; the file's first rows beside, headed by the field each column feeds."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self._table: CsvTable | None = None
        self.chosen: dict[str, str] = {}
        """Field -> column, as the combo boxes show it (a column may be chosen twice, until corrected)."""
        self._evidence: DateEvidence | None = None
        self._updating = False

        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.origin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.origin_label.setAccessibleName(self.tr("Where the matching came from"))

        self.rows_view = QTableWidget()
        self.rows_view.setObjectName("importFirstRows")
        self.rows_view.setAccessibleName(self.tr("The file's first rows"))
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setWordWrap(False)
        self.rows_view.setAlternatingRowColors(True)
        self.rows_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows_view.horizontalHeader().setAccessibleName(self.tr("Columns and their fields"))
        self.rows_view.verticalHeader().setAccessibleName(self.tr("Line numbers"))
        rows_caption = caption(self.tr("First &rows of the file"), self.rows_view)

        self.combos: dict[str, QComboBox] = {}
        fields_widget = QWidget()
        fields_layout = QVBoxLayout(fields_widget)
        pupil_form = QFormLayout()
        pupil_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in PUPIL_FIELDS:
            pupil_form.addRow(*self._field_row(field))
        pupil_box = QGroupBox(self.tr("Pupil"))
        pupil_box.setLayout(pupil_form)
        fields_layout.addWidget(pupil_box)
        for number in range(1, MAX_CONTACTS + 1):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for part in CONTACT_PARTS:
                form.addRow(*self._field_row(f"contact{number}_{part}"))
            box = QGroupBox(self.tr("Contact {number} (parent or carer)").format(number=number))
            box.setLayout(form)
            fields_layout.addWidget(box)
        fields_layout.addStretch(1)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setWidget(fields_widget)
        self.fields_area.setAccessibleName(self.tr("Fields"))
        self.fields_area.setMinimumWidth(320)

        self.dates_box = QGroupBox(self.tr("Dates of birth"))
        self.dates_label = QLabel()
        self.dates_label.setWordWrap(True)
        self.dates_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dates_label.setAccessibleName(self.tr("How the dates read"))
        self.day_first = QRadioButton(self.tr("Da&y first (UK): 03/04/2018 is 3 April 2018"))
        self.day_first.setAccessibleName(self.tr("Day first"))
        self.month_first = QRadioButton(self.tr("Mo&nth first (US): 03/04/2018 is 4 March 2018"))
        self.month_first.setAccessibleName(self.tr("Month first"))
        self.date_choice = QButtonGroup(self)
        self.date_choice.addButton(self.day_first)
        self.date_choice.addButton(self.month_first)
        self.date_choice.buttonToggled.connect(lambda *_: self._complete_changed())
        dates_layout = QVBoxLayout(self.dates_box)
        dates_layout.addWidget(self.dates_label)
        dates_layout.addWidget(self.day_first)
        dates_layout.addWidget(self.month_first)

        self.message = message_label()
        self.message.setAccessibleName(self.tr("What is missing"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(rows_caption)
        left_layout.addWidget(self.rows_view, 1)
        left_layout.addWidget(self.dates_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(caption(self.tr("Linkbook's fields (* needed)"), self.fields_area))
        right_layout.addWidget(self.fields_area, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName(self.tr("First rows and fields"))
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _field_row(self, field: str) -> tuple[QLabel, QComboBox]:
        combo = QComboBox()
        combo.setObjectName(f"field_{field}")
        name = field_label(field)
        required = field in REQUIRED
        combo.setAccessibleName(self.tr("{field} (needed)").format(field=name) if required else name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(lambda _index, f=field: self._combo_changed(f))
        self.combos[field] = combo
        shown = _tr(CONTACT_LABELS[field.partition("_")[2]]) if field.startswith("contact") else name
        label = caption(f"{shown} *" if required else shown, combo, bold=required)
        label.setAccessibleName(name)
        return label, combo

    # filling in

    def initializePage(self) -> None:
        table = self.draft.table
        if table is None or table is self._table:
            self._refresh()
            return
        self._table = table
        remembered = self.draft.remembered
        self.chosen = {field: header for header, field in choose_mapping(table, remembered, {}).items()}
        if remembered is not None:
            self.origin_label.setText(
                self.tr(
                    "The columns are matched as at the last import of {name} (same columns), and will be "
                    "remembered again. Change any that are wrong."
                ).format(name=table.name)
            )
        else:
            self.origin_label.setText(
                self.tr(
                    "Linkbook matched the columns of {name} by their names. Check each field, and choose "
                    "a column for any left empty; the matching is remembered for the next file like it."
                ).format(name=table.name)
            )
        self._updating = True
        for combo in self.combos.values():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for header in table.headers:
                combo.addItem(header, header)
        self._updating = False
        self.date_choice.setExclusive(False)
        self.day_first.setChecked(False)
        self.month_first.setChecked(False)
        self.date_choice.setExclusive(True)
        if remembered is not None and remembered.day_first is not None:
            (self.day_first if remembered.day_first else self.month_first).setChecked(True)
        self._show_mapping()
        self._fill_rows(table)

    def _fill_rows(self, table: CsvTable) -> None:
        shown = table.rows[:PREVIEW_ROWS]
        self.rows_view.clear()
        self.rows_view.setColumnCount(len(table.headers))
        self.rows_view.setRowCount(len(shown))
        for row, (line, record) in enumerate(shown):
            self.rows_view.setVerticalHeaderItem(row, QTableWidgetItem(self.tr("line {n}").format(n=line)))
            for column in range(len(table.headers)):
                text = record[column].strip() if column < len(record) else ""
                self.rows_view.setItem(row, column, QTableWidgetItem(text))
        self._label_columns()

    def _label_columns(self) -> None:
        table = self._table
        if table is None:
            return
        for column, header in enumerate(table.headers):
            fields = [field_label(f) for f, h in self.chosen.items() if h == header]
            text = f"{header}\n→ {' + '.join(fields)}" if fields else f"{header}\n{self.tr('(not used)')}"
            self.rows_view.setHorizontalHeaderItem(column, QTableWidgetItem(text))

    def _show_mapping(self) -> None:
        self._updating = True
        for field, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(self.chosen.get(field, NOT_IN_FILE))))
        self._updating = False
        self._refresh()

    def _combo_changed(self, field: str) -> None:
        """Take the choice as it is; a column chosen twice is pointed out, never silently taken away
        (typing a column's first letters passes through other columns on the way)."""
        if self._updating:
            return
        header = self.combos[field].currentData()
        if header:
            self.chosen[field] = header
        else:
            self.chosen.pop(field, None)
        self._refresh()

    def _twice(self) -> dict[str, list[str]]:
        """Columns chosen for more than one field, with those fields."""
        fields_of: dict[str, list[str]] = {}
        for field, header in self.chosen.items():
            fields_of.setdefault(header, []).append(field)
        return {header: fields for header, fields in fields_of.items() if len(fields) > 1}

    # checking

    def _refresh(self) -> None:
        twice = self._twice()
        self.draft.mapping = {header: field for field, header in self.chosen.items() if header not in twice}
        self._label_columns()
        self._check_dates()
        problems = []
        missing = [field_label(f) for f in REQUIRED if f not in self.chosen]
        if missing:
            problems.append(
                self.tr(
                    "Choose the column that holds: {fields}. If the file has none, add it to the export "
                    "in your MIS and choose the file again; nothing is imported without it."
                ).format(fields=", ".join(m.lower() for m in missing))
            )
        for header, fields in twice.items():
            problems.append(
                self.tr(
                    "The column “{column}” is chosen for {fields}: choose it for one of them only."
                ).format(column=header, fields=self.tr(" and ").join(field_label(f).lower() for f in fields))
            )
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        self._complete_changed()

    def _check_dates(self) -> None:
        table = self._table
        header = self.chosen.get("date_of_birth")
        if table is None or header is None:
            self._evidence = None
            self.dates_box.hide()
            return
        column = table.headers.index(header)
        self._evidence = date_evidence(
            (f"line {line}", record[column] if column < len(record) else "") for line, record in table.rows
        )
        evidence = self._evidence
        self.dates_box.show()
        asking = evidence.ambiguous
        self.day_first.setVisible(asking)
        self.month_first.setVisible(asking)
        if not asking:
            if evidence.order is DateOrder.MONTH_FIRST:
                self.dates_label.setText(
                    self.tr("The dates read month first (US), as {where} shows.").format(
                        where=evidence.month_first[0]
                    )
                )
            elif evidence.order is DateOrder.DAY_FIRST:
                self.dates_label.setText(
                    self.tr("The dates read day first (UK), as {where} shows.").format(
                        where=evidence.day_first[0]
                    )
                )
            else:
                self.dates_label.setText(self.tr("The dates are written out in full; nothing to ask."))
        elif evidence.day_first:
            self.dates_label.setText(
                self.tr(
                    "The dates disagree: as many read only day first (as at {day}) as only month first "
                    "(as at {month}). Say which the file uses; the others will be listed as rejected."
                ).format(day=evidence.day_first[0], month=evidence.month_first[0])
            )
        else:
            self.dates_label.setText(
                self.tr(
                    "Every date in the file reads both ways (03/04/2018 could be 3 April or 4 March). "
                    "Which does the file use?"
                )
            )

    def date_order(self) -> DateOrder | None:
        """The order the person chose, or None when the file decides it."""
        if self._evidence is None or not self._evidence.ambiguous:
            return None
        if self.day_first.isChecked():
            return DateOrder.DAY_FIRST
        if self.month_first.isChecked():
            return DateOrder.MONTH_FIRST
        return None

    def ready(self) -> bool:
        if any(f not in self.chosen for f in REQUIRED) or self._twice():
            return False
        return not (self._evidence is not None and self._evidence.ambiguous and self.date_order() is None)

    def validatePage(self) -> bool:
        self.draft.date_order = self.date_order()
        self.draft.source = None
        return True

    def forget(self) -> None:
        self._table = None
        self.chosen = {}
        self.rows_view.clear()
        self.rows_view.setRowCount(0)
        for combo in self.combos.values():
            combo.clear()
