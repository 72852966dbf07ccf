"""The structured care sections of a day's entry: mood by session, food and drink, personal care, first aid.

Switched on per class (or for a child with SEN), they are tables a teaching assistant fills in during the
day, each row a time and a few short fields. The entry editor embeds a SectionsPanel and reads its
SenSections back when the entry is saved or its draft kept.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.linkbook import (
    Amount,
    FirstAidRecord,
    FoodRecord,
    MedicationRecord,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    SchoolSession,
    SenSections,
)
from desktop.domain.phrase_languages import SECTION_VALUES
from desktop.domain.school import EntrySection
from desktop.ui.accessibility import caption
from desktop.ui.signals import emit
from desktop.ui.translate import QT_TRANSLATE_NOOP

_C = "EntryEditor"
_SESSIONS = {
    SchoolSession.MORNING: QT_TRANSLATE_NOOP("EntryEditor", "Morning"),
    SchoolSession.LUNCHTIME: QT_TRANSLATE_NOOP("EntryEditor", "Lunchtime"),
    SchoolSession.AFTERNOON: QT_TRANSLATE_NOOP("EntryEditor", "Afternoon"),
}
_MOODS = {
    Mood.HAPPY: QT_TRANSLATE_NOOP("EntryEditor", "Happy"),
    Mood.CALM: QT_TRANSLATE_NOOP("EntryEditor", "Calm"),
    Mood.TIRED: QT_TRANSLATE_NOOP("EntryEditor", "Tired"),
    Mood.ANXIOUS: QT_TRANSLATE_NOOP("EntryEditor", "Anxious"),
    Mood.UPSET: QT_TRANSLATE_NOOP("EntryEditor", "Upset"),
    Mood.UNSETTLED: QT_TRANSLATE_NOOP("EntryEditor", "Unsettled"),
}
_AMOUNTS = {
    Amount.ALL: QT_TRANSLATE_NOOP("EntryEditor", "All"),
    Amount.MOST: QT_TRANSLATE_NOOP("EntryEditor", "Most"),
    Amount.SOME: QT_TRANSLATE_NOOP("EntryEditor", "Some"),
    Amount.LITTLE: QT_TRANSLATE_NOOP("EntryEditor", "A little"),
    Amount.NONE: QT_TRANSLATE_NOOP("EntryEditor", "None"),
}
MEALS = (
    QT_TRANSLATE_NOOP("EntryEditor", "Breakfast club"),
    QT_TRANSLATE_NOOP("EntryEditor", "Snack"),
    QT_TRANSLATE_NOOP("EntryEditor", "Lunch"),
    QT_TRANSLATE_NOOP("EntryEditor", "Drink"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


@dataclass(frozen=True, slots=True)
class _Column:
    title: str
    is_time: bool = False
    choices: tuple[str, ...] = ()
    """Values offered as the person types (the shipped care values, which families read translated)."""


def _values(*value_ids: str) -> tuple[str, ...]:
    return tuple(SECTION_VALUES[v][1] for v in value_ids)


CARE_VALUES = _values(
    "value:nappy_changed", "value:toilet_visit", "value:changed_clothes", "value:hands_washed"
)
HAPPENED_VALUES = _values("value:bumped_head", "value:grazed_knee", "value:fell_over")
TREATMENT_VALUES = _values("value:cold_compress", "value:cleaned_wound", "value:plaster")


class _ChoicesDelegate(QStyledItemDelegate):
    """A cell editor that offers the column's shipped values and still takes anything typed."""

    def __init__(self, choices: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(list(self.choices), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class RecordTable(QWidget):
    """Timed records (personal care, first aid, medication): a small table and an "Add" button."""

    edited = Signal()

    def __init__(self, title: str, columns: tuple[_Column, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("{title} columns").format(title=title))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for number, column in enumerate(columns):
            if column.choices:
                self.table.setItemDelegateForColumn(number, _ChoicesDelegate(column.choices, self.table))
        self.table.itemChanged.connect(lambda _item: emit(self.edited))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to {title}").format(title=title))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from {title}").format(title=title))
        self.remove_button.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(caption(title, self.table))
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._fit()

    def _fit(self) -> None:
        line = QFontMetrics(self.table.font()).height() + 10
        rows = max(1, self.table.rowCount())
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + line * rows + 6)
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def add_row(self, values: Iterable[object] = ()) -> None:
        given = list(values) if values else []
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, spec in enumerate(self.columns):
            item = QTableWidgetItem()
            value = given[column] if column < len(given) else None
            if spec.is_time:
                when = value if isinstance(value, dt.time) else _now_rounded()
                item.setData(Qt.ItemDataRole.EditRole, QTime(when.hour, when.minute))
            else:
                item.setText(str(value or ""))
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._fit()
        if not given:
            self.table.setCurrentCell(row, 1)
            self.table.setFocus()
            emit(self.edited)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit()
            emit(self.edited)

    def set_rows(self, rows: Iterable[tuple[object, ...]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self._fit()

    def rows(self) -> list[tuple[dt.time, list[str]]]:
        """Rows with any text, as (time, texts)."""
        found = []
        for row in range(self.table.rowCount()):
            time_item = self.table.item(row, 0)
            value = time_item.data(Qt.ItemDataRole.EditRole) if time_item is not None else None
            when = dt.time(value.hour(), value.minute()) if isinstance(value, QTime) else dt.time(12, 0)
            texts = []
            for column in range(1, len(self.columns)):
                item = self.table.item(row, column)
                texts.append(item.text().strip() if item is not None else "")
            if any(texts):
                found.append((when, texts))
        return found


def _now_rounded() -> dt.time:
    now = dt.datetime.now()
    return dt.time(now.hour, now.minute - now.minute % 5)


class SectionsPanel(QWidget):
    """The structured care sections; only those switched on are shown."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[EntrySection, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_mood())
        layout.addWidget(self._build_food())
        self.care = RecordTable(
            self.tr("Personal care"),
            (
                _Column(self.tr("Time"), True),
                _Column(self.tr("Care"), choices=CARE_VALUES),
                _Column(self.tr("Note")),
            ),
        )
        self.first_aid = RecordTable(
            self.tr("First aid"),
            (
                _Column(self.tr("Time"), True),
                _Column(self.tr("What happened"), choices=HAPPENED_VALUES),
                _Column(self.tr("Treatment"), choices=TREATMENT_VALUES),
                _Column(self.tr("Given by")),
            ),
        )
        self.medication = RecordTable(
            self.tr("Medication"),
            (
                _Column(self.tr("Time"), True),
                _Column(self.tr("Medicine")),
                _Column(self.tr("Dose")),
                _Column(self.tr("Given by")),
            ),
        )
        for section, table in (
            (EntrySection.PERSONAL_CARE, self.care),
            (EntrySection.FIRST_AID, self.first_aid),
            (EntrySection.MEDICATION, self.medication),
        ):
            table.edited.connect(lambda: emit(self.edited))
            self._groups[section] = table
            layout.addWidget(table)

    def _build_mood(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(caption(self.tr("Mood")), 0, 0, 1, 3)
        self.mood_groups: dict[SchoolSession, QButtonGroup] = {}
        self.mood_notes: dict[SchoolSession, QLineEdit] = {}
        for row, (session, name) in enumerate(_SESSIONS.items(), start=1):
            label = QLabel(tr(name))
            label.setAccessibleName(tr(name))
            grid.addWidget(label, row, 0)
            choices = QHBoxLayout()
            group = QButtonGroup(box)
            for n, (mood, mood_name) in enumerate(
                (("", QT_TRANSLATE_NOOP("EntryEditor", "—")), *_MOODS.items())
            ):
                button = QRadioButton(tr(mood_name))
                button.setAccessibleName(
                    self.tr("{session}: {mood}").format(
                        session=tr(name), mood=tr(mood_name) if mood else self.tr("not recorded")
                    )
                )
                button.setProperty("mood", str(mood))
                group.addButton(button, n)
                choices.addWidget(button)
            choices.addStretch(1)
            group.idToggled.connect(lambda _id, on: emit(self.edited) if on else None)
            grid.addLayout(choices, row, 1)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Note"))
            note.setAccessibleName(self.tr("{session} mood note").format(session=tr(name)))
            note.textEdited.connect(lambda _text: emit(self.edited))
            grid.addWidget(note, row, 2)
            self.mood_groups[session] = group
            self.mood_notes[session] = note
        grid.setColumnStretch(2, 1)
        self._groups[EntrySection.MOOD] = box
        return box

    def _build_food(self) -> QWidget:
        box = QWidget()
        self.food_grid = QGridLayout(box)
        self.food_grid.setContentsMargins(0, 0, 0, 0)
        self.food_grid.addWidget(caption(self.tr("Food and drink")), 0, 0, 1, 3)
        self.food_rows: list[tuple[str, QComboBox, QLineEdit]] = []
        for meal in MEALS:
            self._add_meal(tr(meal))
        self.food_grid.setColumnStretch(2, 1)
        self._groups[EntrySection.FOOD_AND_DRINK] = box
        return box

    def _add_meal(self, meal: str) -> None:
        row = len(self.food_rows) + 1
        amount = QComboBox()
        amount.addItem(self.tr("—"), "")
        for value, name in _AMOUNTS.items():
            amount.addItem(tr(name), value.value)
        amount.setAccessibleName(self.tr("{meal}: how much").format(meal=meal))
        amount.currentIndexChanged.connect(lambda _n: emit(self.edited))
        note = QLineEdit()
        note.setPlaceholderText(self.tr("Note"))
        note.setAccessibleName(self.tr("{meal} note").format(meal=meal))
        note.textEdited.connect(lambda _text: emit(self.edited))
        label = QLabel(meal)
        label.setAccessibleName(meal)
        label.setBuddy(amount)
        self.food_grid.addWidget(label, row, 0)
        self.food_grid.addWidget(amount, row, 1)
        self.food_grid.addWidget(note, row, 2)
        self.food_rows.append((meal, amount, note))

    def show_sections(self, sections: Iterable[EntrySection]) -> None:
        shown = set(sections)
        for section, group in self._groups.items():
            group.setVisible(section in shown)

    def load(self, sections: SenSections) -> None:
        for session, group in self.mood_groups.items():
            mood = next((m for m in sections.mood if m.session is session), None)
            wanted = str(mood.mood) if mood else ""
            for button in group.buttons():
                button.setChecked(button.property("mood") == wanted)
            self.mood_notes[session].setText(mood.note if mood else "")
        known = {meal for meal, _amount, _note in self.food_rows}
        for food in sections.food_and_drink:
            if food.meal not in known:
                self._add_meal(food.meal)
        for meal, amount, note in self.food_rows:
            record = next((f for f in sections.food_and_drink if f.meal == meal), None)
            amount.setCurrentIndex(amount.findData(record.amount.value) if record else 0)
            note.setText(record.note if record else "")
        self.care.set_rows((r.time, r.care, r.note) for r in sections.personal_care)
        self.first_aid.set_rows(
            (r.time, r.what_happened, r.treatment, r.given_by) for r in sections.first_aid
        )
        self.medication.set_rows((r.time, r.medicine, r.dose, r.given_by) for r in sections.medication)

    def sections(self) -> SenSections:
        mood = []
        for session, group in self.mood_groups.items():
            checked = group.checkedButton()
            value = str(checked.property("mood")) if checked is not None else ""
            note_text = self.mood_notes[session].text().strip()
            if value:
                mood.append(MoodRecord(session, Mood(value), note_text))
        food = []
        for meal, amount, note in self.food_rows:
            value = amount.currentData()
            if value:
                food.append(FoodRecord(meal, Amount(value), note.text().strip()))
        care = [PersonalCareRecord(t, texts[0], texts[1]) for t, texts in self.care.rows()]
        aid = [FirstAidRecord(t, *texts) for t, texts in self.first_aid.rows()]
        medication = [MedicationRecord(t, *texts) for t, texts in self.medication.rows()]
        return SenSections(tuple(mood), tuple(food), tuple(care), tuple(aid), tuple(medication))

    def has_data(self, sections: SenSections) -> set[EntrySection]:
        """The sections a stored entry has something in (shown whatever the class has switched on)."""
        present = {
            EntrySection.MOOD: sections.mood,
            EntrySection.FOOD_AND_DRINK: sections.food_and_drink,
            EntrySection.PERSONAL_CARE: sections.personal_care,
            EntrySection.FIRST_AID: sections.first_aid,
            EntrySection.MEDICATION: sections.medication,
        }
        return {s for s, records in present.items() if records}
