"""The entry editor: one child's page for the day, written from the keyboard.

Four short texts (what we learned, wins, reminders, a note), the class note if one was sent, and, for
classes that switch them on or children with SEN, the structured care sections (mood per session, food and
drink, personal care, first aid, medication). It knows nothing of the database: the teacher's-day view
loads it with a pupil's entry or draft, asks it for what is typed (as an EntryDraft), and hears `edited`
whenever anything changes so that it can autosave.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.linkbook import (
    Amount,
    FirstAidRecord,
    FoodRecord,
    LinkBookEntry,
    MedicationRecord,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    SchoolSession,
    SenSections,
)
from desktop.domain.pupils import Pupil
from desktop.domain.school import EntrySection
from desktop.services.drafts import EntryDraft
from desktop.services.phrases import PhraseSection
from desktop.ui.signals import emit

_C = "EntryEditor"
FIELD_CAPTIONS = {
    PhraseSection.LEARNING: QT_TRANSLATE_NOOP(_C, "What we &learned"),
    PhraseSection.WINS: QT_TRANSLATE_NOOP(_C, "&Wins"),
    PhraseSection.REMINDERS: QT_TRANSLATE_NOOP(_C, "&Reminders"),
    PhraseSection.NOTE: QT_TRANSLATE_NOOP(_C, "N&ote"),
}
SECTION_NAMES = {
    PhraseSection.LEARNING: QT_TRANSLATE_NOOP(_C, "What we learned"),
    PhraseSection.WINS: QT_TRANSLATE_NOOP(_C, "Wins"),
    PhraseSection.REMINDERS: QT_TRANSLATE_NOOP(_C, "Reminders"),
    PhraseSection.NOTE: QT_TRANSLATE_NOOP(_C, "Note"),
}
_FIELD_LINES = {
    PhraseSection.LEARNING: 3,
    PhraseSection.WINS: 2,
    PhraseSection.REMINDERS: 2,
    PhraseSection.NOTE: 2,
}
_SESSIONS = {
    SchoolSession.MORNING: QT_TRANSLATE_NOOP(_C, "Morning"),
    SchoolSession.LUNCHTIME: QT_TRANSLATE_NOOP(_C, "Lunchtime"),
    SchoolSession.AFTERNOON: QT_TRANSLATE_NOOP(_C, "Afternoon"),
}
_MOODS = {
    Mood.HAPPY: QT_TRANSLATE_NOOP(_C, "Happy"),
    Mood.CALM: QT_TRANSLATE_NOOP(_C, "Calm"),
    Mood.TIRED: QT_TRANSLATE_NOOP(_C, "Tired"),
    Mood.ANXIOUS: QT_TRANSLATE_NOOP(_C, "Anxious"),
    Mood.UPSET: QT_TRANSLATE_NOOP(_C, "Upset"),
    Mood.UNSETTLED: QT_TRANSLATE_NOOP(_C, "Unsettled"),
}
_AMOUNTS = {
    Amount.ALL: QT_TRANSLATE_NOOP(_C, "All"),
    Amount.MOST: QT_TRANSLATE_NOOP(_C, "Most"),
    Amount.SOME: QT_TRANSLATE_NOOP(_C, "Some"),
    Amount.LITTLE: QT_TRANSLATE_NOOP(_C, "A little"),
    Amount.NONE: QT_TRANSLATE_NOOP(_C, "None"),
}
MEALS = (
    QT_TRANSLATE_NOOP(_C, "Breakfast club"),
    QT_TRANSLATE_NOOP(_C, "Snack"),
    QT_TRANSLATE_NOOP(_C, "Lunch"),
    QT_TRANSLATE_NOOP(_C, "Drink"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _caption(text: str, buddy: QWidget | None = None, bold: bool = True) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(text.replace("&", ""))
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


@dataclass(frozen=True, slots=True)
class _Column:
    title: str
    is_time: bool = False


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
        self.table.horizontalHeader().setAccessibleName(tr("{title} columns").format(title=title))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: emit(self.edited))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add to {title}").format(title=title))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setAccessibleName(tr("Remove from {title}").format(title=title))
        self.remove_button.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(_caption(title, self.table))
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
            tr("Personal care"), (_Column(tr("Time"), True), _Column(tr("Care")), _Column(tr("Note")))
        )
        self.first_aid = RecordTable(
            tr("First aid"),
            (
                _Column(tr("Time"), True),
                _Column(tr("What happened")),
                _Column(tr("Treatment")),
                _Column(tr("Given by")),
            ),
        )
        self.medication = RecordTable(
            tr("Medication"),
            (
                _Column(tr("Time"), True),
                _Column(tr("Medicine")),
                _Column(tr("Dose")),
                _Column(tr("Given by")),
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
        grid.addWidget(_caption(tr("Mood")), 0, 0, 1, 3)
        self.mood_groups: dict[SchoolSession, QButtonGroup] = {}
        self.mood_notes: dict[SchoolSession, QLineEdit] = {}
        for row, (session, name) in enumerate(_SESSIONS.items(), start=1):
            label = QLabel(tr(name))
            label.setAccessibleName(tr(name))
            grid.addWidget(label, row, 0)
            choices = QHBoxLayout()
            group = QButtonGroup(box)
            for n, (mood, mood_name) in enumerate((("", QT_TRANSLATE_NOOP(_C, "—")), *_MOODS.items())):
                button = QRadioButton(tr(mood_name))
                button.setAccessibleName(
                    tr("{session}: {mood}").format(
                        session=tr(name), mood=tr(mood_name) if mood else tr("not recorded")
                    )
                )
                button.setProperty("mood", str(mood))
                group.addButton(button, n)
                choices.addWidget(button)
            choices.addStretch(1)
            group.idToggled.connect(lambda _id, on: on and emit(self.edited))
            grid.addLayout(choices, row, 1)
            note = QLineEdit()
            note.setPlaceholderText(tr("Note"))
            note.setAccessibleName(tr("{session} mood note").format(session=tr(name)))
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
        self.food_grid.addWidget(_caption(tr("Food and drink")), 0, 0, 1, 3)
        self.food_rows: list[tuple[str, QComboBox, QLineEdit]] = []
        for meal in MEALS:
            self._add_meal(tr(meal))
        self.food_grid.setColumnStretch(2, 1)
        self._groups[EntrySection.FOOD_AND_DRINK] = box
        return box

    def _add_meal(self, meal: str) -> None:
        row = len(self.food_rows) + 1
        amount = QComboBox()
        amount.addItem(tr("—"), "")
        for value, name in _AMOUNTS.items():
            amount.addItem(tr(name), value.value)
        amount.setAccessibleName(tr("{meal}: how much").format(meal=meal))
        amount.currentIndexChanged.connect(lambda _n: emit(self.edited))
        note = QLineEdit()
        note.setPlaceholderText(tr("Note"))
        note.setAccessibleName(tr("{meal} note").format(meal=meal))
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
            record = next((m for m in sections.mood if m.session is session), None)
            wanted = str(record.mood) if record else ""
            for button in group.buttons():
                button.setChecked(button.property("mood") == wanted)
            self.mood_notes[session].setText(record.note if record else "")
        known = {meal for meal, _amount, _note in self.food_rows}
        for record in sections.food_and_drink:
            if record.meal not in known:
                self._add_meal(record.meal)
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
            note = self.mood_notes[session].text().strip()
            if value:
                mood.append(MoodRecord(session, Mood(value), note))
        food = []
        for meal, amount, note in self.food_rows:
            value = amount.currentData()
            if value:
                food.append(FoodRecord(meal, Amount(value), note.text().strip()))
        care = [PersonalCareRecord(t, texts[0], texts[1]) for t, texts in self.care.rows()]
        aid = [FirstAidRecord(t, *texts) for t, texts in self.first_aid.rows()]  # type: ignore[call-arg]
        medication = [MedicationRecord(t, *texts) for t, texts in self.medication.rows()]  # type: ignore[call-arg]
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


class EntryEditor(QWidget):
    """One pupil's entry for the day. `edited` fires on every change made by the person."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.pupil: Pupil | None = None
        self._loading = False
        self._last_field: QPlainTextEdit | None = None
        self._build()
        self.clear()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName(self.tr("Pupil"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Entry state"))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state_label)

        self.class_note_label = QLabel()
        self.class_note_label.setObjectName("classNote")
        self.class_note_label.setWordWrap(True)
        self.class_note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.class_note_label.setAccessibleName(self.tr("Class note"))
        self.class_note_label.setStyleSheet(
            "#classNote { background: #eef4fb; border: 1px solid #b7cde6; border-radius: 4px; padding: 6px; }"
        )

        self.fields: dict[PhraseSection, QPlainTextEdit] = {}
        form = QVBoxLayout()
        form.setSpacing(4)
        line = QFontMetrics(self.font()).lineSpacing()
        for section, caption in FIELD_CAPTIONS.items():
            field = QPlainTextEdit()
            field.setObjectName(f"{section.value}Field")
            field.setAccessibleName(tr(SECTION_NAMES[section]))
            field.setTabChangesFocus(True)
            field.setFixedHeight(line * _FIELD_LINES[section] + 14)
            field.textChanged.connect(self._changed)
            field.installEventFilter(self)
            self.fields[section] = field
            form.addWidget(_caption(tr(caption), field))
            form.addWidget(field)

        self.sections_toggle = QToolButton()
        self.sections_toggle.setObjectName("sectionsToggle")
        self.sections_toggle.setText(self.tr("Care and wellbeing"))
        self.sections_toggle.setAccessibleName(self.tr("Care and wellbeing"))
        self.sections_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sections_toggle.setCheckable(True)
        self.sections_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.sections_toggle.toggled.connect(self._expand_sections)
        toggle_font = QFont(self.sections_toggle.font())
        toggle_font.setBold(True)
        self.sections_toggle.setFont(toggle_font)
        self.sections_toggle.setAutoRaise(True)
        self.sections = SectionsPanel()
        self.sections.edited.connect(self._changed)
        form.addSpacing(6)
        form.addWidget(self.sections_toggle)
        form.addWidget(self.sections)
        form.addStretch(1)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 6, 0)
        page_layout.addWidget(self.class_note_label)
        page_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Entry"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPlainTextEdit):
            self._last_field = watched
        return super().eventFilter(watched, event)

    def _changed(self) -> None:
        if not self._loading:
            emit(self.edited)

    def _expand_sections(self, expanded: bool) -> None:
        self.sections_toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.sections.setVisible(expanded)

    def clear(self) -> None:
        """Show nobody (no pupil chosen, or the app is locking)."""
        self._loading = True
        self.pupil = None
        self.heading.setText(self.tr("Choose a pupil"))
        self.state_label.clear()
        self.class_note_label.clear()
        self.class_note_label.hide()
        for field in self.fields.values():
            field.clear()
            field.setEnabled(False)
        self.sections.load(SenSections())
        self.sections_toggle.hide()
        self.sections.hide()
        self._loading = False

    def load(
        self,
        pupil: Pupil,
        entry: LinkBookEntry | None,
        draft: EntryDraft | None,
        class_sections: frozenset[EntrySection],
    ) -> None:
        """Show a pupil's entry, or the draft of it when there is one (the draft is the newer text)."""
        self._loading = True
        self.pupil = pupil
        # A direction mark first, so a name that starts in Arabic or Urdu still sits where the layout puts it.
        mark = "\u200f" if self.layoutDirection() is Qt.LayoutDirection.RightToLeft else "\u200e"
        self.heading.setText(mark + pupil.display_name)
        source: EntryDraft | LinkBookEntry | None = draft if draft is not None else entry
        for section, field in self.fields.items():
            field.setEnabled(True)
            field.setPlainText(getattr(source, section.value) if source is not None else "")
        self.show_class_note(entry.class_note if entry is not None else "")
        stored = source.sections if source is not None else SenSections()
        shown = set(class_sections) | self.sections.has_data(stored)
        if pupil.sen_status.has_sen and not shown:
            shown = set(EntrySection)
        self.sections.load(stored)
        self.sections.show_sections(shown)
        self.sections_toggle.setVisible(bool(shown))
        expanded = bool(shown) and (bool(class_sections) or not stored.is_empty)
        self.sections_toggle.setChecked(expanded)
        self._expand_sections(expanded)
        self._loading = False

    def show_class_note(self, note: str) -> None:
        """The class note is written once for the class (Class note…), so here it is shown, not edited."""
        self.class_note_label.setText(self.tr("Class note: {note}").format(note=note))
        self.class_note_label.setVisible(bool(note.strip()))

    def set_state_text(self, text: str) -> None:
        self.state_label.setText(text)

    def text_of(self, section: PhraseSection) -> str:
        return self.fields[section].toPlainText()

    def current_draft(self, pupil_id: str, day: dt.date, author_key: str) -> EntryDraft:
        """What is typed now, as a draft of the shown pupil's entry."""
        return EntryDraft(
            pupil_id=pupil_id,
            day=day,
            author_key=author_key,
            learning=self.text_of(PhraseSection.LEARNING).strip(),
            wins=self.text_of(PhraseSection.WINS).strip(),
            reminders=self.text_of(PhraseSection.REMINDERS).strip(),
            note=self.text_of(PhraseSection.NOTE).strip(),
            sections=self.sections.sections() if self.sections_toggle.isVisible() else SenSections(),
        )

    def focused_field(self) -> QPlainTextEdit | None:
        for field in self.fields.values():
            if field.hasFocus():
                return field
        return None

    def focus_field(self, section: PhraseSection | None = None) -> None:
        field = (
            self.fields[section]
            if section is not None
            else (self._last_field or self.fields[PhraseSection.LEARNING])
        )
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.moveCursor(QTextCursor.MoveOperation.End)

    def insert_phrase(self, text: str, section: PhraseSection) -> None:
        """Into the focused field (or the one last typed in, or the phrase's own), with a space before."""
        if self.pupil is None:
            return
        field = self.focused_field() or self._last_field or self.fields[section]
        cursor = field.textCursor()
        before = field.toPlainText()[: cursor.position()]
        spacer = " " if before and not before[-1].isspace() else ""
        cursor.insertText(spacer + text)
        field.setTextCursor(cursor)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
