"""The entry editor: one child's page for the day, written from the keyboard.

Four short texts (what we learned, wins, reminders, a note), the class note if one was sent, and, for
classes that switch them on or children with SEN, the structured care sections (mood per session, food and
drink, personal care, first aid, medication). It knows nothing of the database: the teacher's-day view
loads it with a pupil's entry or draft, asks it for what is typed (as an EntryDraft), and hears `edited`
whenever anything changes so that it can autosave.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.linkbook import (
    LinkBookEntry,
    SenSections,
)
from desktop.domain.pupils import Pupil
from desktop.domain.school import EntrySection
from desktop.services.drafts import EntryDraft
from desktop.services.phrases import PhraseSection
from desktop.ui.accessibility import caption
from desktop.ui.sen_sections import SectionsPanel
from desktop.ui.signals import emit
from desktop.ui.translate import QT_TRANSLATE_NOOP

_C = "EntryEditor"
FIELD_CAPTIONS = {
    PhraseSection.LEARNING: QT_TRANSLATE_NOOP("EntryEditor", "What we &learned"),
    PhraseSection.WINS: QT_TRANSLATE_NOOP("EntryEditor", "&Wins"),
    PhraseSection.REMINDERS: QT_TRANSLATE_NOOP("EntryEditor", "&Reminders"),
    PhraseSection.NOTE: QT_TRANSLATE_NOOP("EntryEditor", "N&ote"),
}
SECTION_NAMES = {
    PhraseSection.LEARNING: QT_TRANSLATE_NOOP("EntryEditor", "What we learned"),
    PhraseSection.WINS: QT_TRANSLATE_NOOP("EntryEditor", "Wins"),
    PhraseSection.REMINDERS: QT_TRANSLATE_NOOP("EntryEditor", "Reminders"),
    PhraseSection.NOTE: QT_TRANSLATE_NOOP("EntryEditor", "Note"),
}
_FIELD_LINES = {
    PhraseSection.LEARNING: 3,
    PhraseSection.WINS: 2,
    PhraseSection.REMINDERS: 2,
    PhraseSection.NOTE: 2,
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


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
        for section, text in FIELD_CAPTIONS.items():
            field = QPlainTextEdit()
            field.setObjectName(f"{section.value}Field")
            field.setAccessibleName(tr(SECTION_NAMES[section]))
            field.setTabChangesFocus(True)
            field.setFixedHeight(line * _FIELD_LINES[section] + 14)
            field.textChanged.connect(self._changed)
            field.installEventFilter(self)
            self.fields[section] = field
            form.addWidget(caption(tr(text), field))
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
        self.scroll = scroll  # type: ignore[method-assign, assignment]  # shadows QWidget.scroll(), unused here

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
