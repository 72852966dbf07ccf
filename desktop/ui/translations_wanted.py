"""Paper > Translations wanted: a bilingual member of staff translates what teachers wrote, entry by entry.

Choose a language: the list shows each part of an entry whose family reads it and that has no translation
yet (or one made before the English changed, marked out of date), newest first. Choose a row to see the
English, type the translation, and "Save and next" saves it under your name and moves to the next row.
Nothing here translates by machine. Reading and saving run on the task runner, and their results are
dropped if the dialog has been closed meanwhile.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.entry_translations import EntryTranslation, WantedTranslation
from desktop.domain.languages import LANGUAGES, Language
from desktop.services.context import ServiceContext
from desktop.services.entry_translations import EntryTranslationService
from desktop.store.errors import InvalidInput
from desktop.ui.tasks import Changes, TaskRunner, Topic
from desktop.ui.translate import QT_TRANSLATE_NOOP

PART_NAMES: dict[str, str] = {
    "class_note": QT_TRANSLATE_NOOP("TranslationsWanted", "Message for the class"),
    "learning": QT_TRANSLATE_NOOP("TranslationsWanted", "What we learned"),
    "wins": QT_TRANSLATE_NOOP("TranslationsWanted", "Wins"),
    "reminders": QT_TRANSLATE_NOOP("TranslationsWanted", "Reminders"),
    "note": QT_TRANSLATE_NOOP("TranslationsWanted", "A note from school"),
}
"""How the list names each text field of an entry (ENTRY_TEXT_FIELDS), untranslated."""
DAY, PUPIL, PART, STATE = range(4)


@dataclass(frozen=True, slots=True)
class WantedPart:
    """One row: one text field of one entry, to translate."""

    wanted: WantedTranslation
    text_field: str

    @property
    def english(self) -> str:
        return str(getattr(self.wanted.entry, self.text_field))

    @property
    def earlier(self) -> EntryTranslation | None:
        """The out-of-date translation of this part, if there is one."""
        return self.wanted.translations.get(self.text_field)


def part_name(text_field: str) -> str:
    return QCoreApplication.translate("TranslationsWanted", PART_NAMES[text_field])


class TranslationsWantedDialog(QDialog):
    """The wanted list for one language at a time, and the editor for the chosen row."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = EntryTranslationService(context)
        self.runner = runner
        self.language = ""
        self.parts: list[WantedPart] = []
        self.setWindowTitle(self.tr("Translations wanted"))

        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("How many parts wait for a translation"))

        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Entries waiting for a translation, newest first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Pupil"), self.tr("Part"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns of the list"))

        self.english = QPlainTextEdit(self)
        self.english.setReadOnly(True)
        self.english.setAccessibleName(self.tr("The English, as the teacher wrote it"))
        english_label = QLabel(self.tr("&English:"), self)
        english_label.setBuddy(self.english)
        self.earlier = QLabel(self)
        self.earlier.setWordWrap(True)
        self.earlier.setAccessibleName(self.tr("The earlier translation"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Your translation"))
        self.editor.setTabChangesFocus(True)
        self.editor_label = QLabel(self.tr("&Translation:"), self)
        self.editor_label.setBuddy(self.editor)
        self.save_button = QPushButton(self.tr("&Save and next"), self)
        self.save_button.setAccessibleName(self.tr("Save the translation and go to the next"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        note = QLabel(
            self.tr(
                "Type the translation yourself: families see it beside the English, with your name. "
                "Nothing is translated by machine."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About translating"))

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 3)
        layout.addWidget(english_label)
        layout.addWidget(self.english, 1)
        layout.addWidget(self.earlier)
        layout.addWidget(self.editor_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for label in (language_label, english_label, self.editor_label):
            label.setAccessibleName(label.text().replace("&", "").rstrip(":"))

        self.language_box.currentIndexChanged.connect(lambda _index: self.load_language())
        self.table.currentCellChanged.connect(lambda row, *_: self._show_part(row))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._set_editing(False)
        self.resize(900, 780)
        self.runner.run(
            self.tr("Reading the families' languages"), lambda _s: self.service.languages(), self._languages
        )

    # Loading

    def _languages(self, languages: list[Language]) -> None:
        if not isValid(self):
            return
        self.language_box.blockSignals(True)
        for language in languages:
            self.language_box.addItem(f"{language.english_name} \u2014 {language.native_name}", language.code)
        self.language_box.blockSignals(False)
        if not languages:
            self.message.setText(self.tr("No family reads a language other than English."))
            return
        self.load_language()

    def choose_language(self, code: str) -> None:
        index = self.language_box.findData(code)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def load_language(self, then: Callable[[], None] | None = None) -> None:
        code = self.language_box.currentData()
        if not code:
            return
        self.language = code
        rtl = LANGUAGES[code].right_to_left
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.editor.setLayoutDirection(direction)
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)  # the text starts at the right for Arabic and Urdu
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.editor.document().setDefaultTextOption(option)
        self.earlier.setLayoutDirection(direction)
        self._set_editing(False)

        def fill(wanted: list[WantedTranslation]) -> None:
            if not isValid(self) or code != self.language:
                return
            self._fill(wanted)
            if then is not None:
                then()

        self.runner.run(
            self.tr("Reading the entries to translate"), lambda _s: self.service.wanted(code), fill
        )

    def _fill(self, wanted: list[WantedTranslation]) -> None:
        self.parts = [WantedPart(w, name) for w in wanted for name in w.wanted]
        self.table.setRowCount(len(self.parts))
        for row, part in enumerate(self.parts):
            entry = part.wanted.entry
            stale = part.text_field in part.wanted.out_of_date
            cells = (
                f"{entry.day:%a %d %b %Y}",
                part.wanted.pupil_name,
                part_name(part.text_field),
                self.tr("Out of date: the English changed") if stale else self.tr("Not translated"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._count()
        if self.parts:
            self.table.setCurrentCell(0, DAY)
        else:
            self._show_part(-1)

    def _count(self) -> None:
        language = LANGUAGES[self.language].english_name if self.language else ""
        self.count_label.setText(
            self.tr("{count} to translate into {language}").format(count=len(self.parts), language=language)
        )

    # Editing

    def current_part(self) -> WantedPart | None:
        row = self.table.currentRow()
        return self.parts[row] if 0 <= row < len(self.parts) else None

    def _set_editing(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _show_part(self, row: int) -> None:
        part = self.parts[row] if 0 <= row < len(self.parts) else None
        self._set_editing(part is not None)
        if part is None:
            self.english.clear()
            self.earlier.clear()
            self.editor.clear()
            return
        self.english.setPlainText(part.english)
        earlier = part.earlier
        if earlier is not None:
            self.earlier.setText(
                self.tr("Translated by {name} before the English changed: {text}").format(
                    name=earlier.translator_name, text=earlier.text
                )
            )
            self.editor.setPlainText(earlier.text)
        else:
            self.earlier.clear()
            self.editor.clear()
        self.editor_label.setText(
            self.tr("&Translation into {language}:").format(language=LANGUAGES[self.language].english_name)
        )

    def save(self) -> None:
        part = self.current_part()
        if part is None:
            return
        row, code, text = self.table.currentRow(), self.language, self.editor.toPlainText()
        entry = part.wanted.entry
        field, english = part.text_field, part.english
        self._set_editing(False)

        def done(_saved: EntryTranslation) -> None:
            if not isValid(self) or code != self.language:
                return
            self.parts.pop(row)
            self.table.removeRow(row)
            self._count()
            self.message.setText(self.tr("Saved under your name."))
            if self.parts:
                self.table.setCurrentCell(min(row, len(self.parts) - 1), DAY)
                self._show_part(self.table.currentRow())
                self.editor.setFocus()
            else:
                self._show_part(-1)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_editing(True)
            if isinstance(exc, InvalidInput | PermissionError):
                self.message.setText(str(exc))
            self.editor.setFocus()

        self.runner.run(
            self.tr("Saving the translation"),
            lambda _s: self.service.translate(entry.id, field, code, text, english),
            done,
            Changes(frozenset({Topic.ENTRIES}), frozenset({entry.pupil_id})),
            failed,
        )


def open_translations_wanted(context: ServiceContext, runner: TaskRunner, window: QMainWindow) -> None:
    """Paper > Translations wanted…"""
    dialog = TranslationsWantedDialog(context, runner, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
