"""Quick phrases > Translations: a bilingual member of staff checks or writes the phrases in a home language.

At the top, what needs translating (a phrase with no version in a language its class's families read);
then, for the chosen language, every phrase with its English, the words families get, and whether a
member of staff has checked them (by whom, when). Choosing a phrase puts its words in the editor, right
to left for Arabic and Urdu; "Save translation" keeps the typed words as the school's, "Mark checked"
records that the words as they stand are right. Refusals (an empty translation, a character no shipped
font has) are shown under the editor and nothing is saved. Work runs on the task runner.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.languages import LANGUAGES
from desktop.services.context import ServiceContext
from desktop.services.phrase_translations import (
    PhraseTranslationService,
    TranslationLine,
    TranslationTask,
)
from desktop.ui.tasks import TaskRunner, TaskState

ENGLISH, WORDS, STATE = range(3)


def task_text(tasks: list[TranslationTask]) -> str:
    """One line a phrase: its English, and the languages it needs translating into."""
    by_phrase: dict[str, list[TranslationTask]] = {}
    for task in tasks:
        by_phrase.setdefault(task.phrase_id, []).append(task)
    return "\n".join(
        QCoreApplication.translate(
            "PhraseTranslationsDialog", "\u201c{english}\u201d needs translating into {languages}"
        ).format(english=found[0].english, languages=", ".join(t.language_name for t in found))
        for found in by_phrase.values()
    )


class _WordsDelegate(QStyledItemDelegate):
    """Draws the families' words right to left for Arabic and Urdu (the full stop at the reader's end)."""

    right_to_left = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.right_to_left:
            option.direction = Qt.LayoutDirection.RightToLeft


class PhraseTranslationsDialog(QDialog):
    """The phrases in one home language at a time, with what still needs translating."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        class_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phraseTranslationsDialog")
        self.setWindowTitle(self.tr("Quick phrases in the families' languages"))
        self.service = PhraseTranslationService(context)
        self.runner = runner
        self.class_id = class_id
        self.lines: list[TranslationLine] = []
        self.tasks: list[TranslationTask] = []

        self.tasks_label = QLabel(self)
        self.tasks_label.setWordWrap(True)
        self.tasks_label.setAccessibleName(self.tr("Phrases that need translating"))
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        for language in self.service.languages():
            self.language_box.addItem(f"{language.english_name} \u2014 {language.native_name}", language.code)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        language_label.setAccessibleName(self.tr("Language caption"))
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Phrases"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("English"), self.tr("For families"), self.tr("Checked")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Phrase columns"))
        header.setSectionResizeMode(ENGLISH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.words_delegate = _WordsDelegate(self.table)
        self.table.setItemDelegateForColumn(WORDS, self.words_delegate)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._show_current(row))
        self.editor = QLineEdit(self)
        self.editor.setAccessibleName(self.tr("Translation"))
        editor_label = QLabel(self.tr("&Translation:"), self)
        editor_label.setBuddy(self.editor)
        editor_label.setAccessibleName(self.tr("Translation caption"))
        self.save_button = QPushButton(self.tr("&Save translation"), self)
        self.save_button.setAccessibleName(self.tr("Save the translation"))
        self.save_button.clicked.connect(self.save)
        self.check_button = QPushButton(self.tr("&Mark checked"), self)
        self.check_button.setToolTip(
            self.tr("The words as they stand are right: record that you checked them.")
        )
        self.check_button.setAccessibleName(self.tr("Mark the translation checked"))
        self.check_button.clicked.connect(self.check)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.setAccessibleName(self.tr("Close"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box, 1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(editor_label)
        edit_row.addWidget(self.editor, 1)
        edit_row.addWidget(self.save_button)
        edit_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tasks_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 32)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.reload()

    def _language_chosen(self, _index: int) -> None:
        self.message.clear()
        self.reload()

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def reload(self, select: str | None = None) -> None:
        language, service, class_id = self.language, self.service, self.class_id

        def work(_state: TaskState) -> tuple[list[TranslationLine], list[TranslationTask]]:
            return service.lines(language), service.tasks(class_id)

        def done(found: tuple[list[TranslationLine], list[TranslationTask]]) -> None:
            if isValid(self) and language == self.language:
                self._show(*found, select)

        self.runner.run(self.tr("Loading the phrases' translations"), work, done, on_error=self._failed)

    def _show(self, lines: list[TranslationLine], tasks: list[TranslationTask], select: str | None) -> None:
        self.lines, self.tasks = lines, tasks
        self.tasks_label.setText(
            task_text(tasks) if tasks else self.tr("Every phrase is translated for the families who need it.")
        )
        self.table.setRowCount(len(lines))
        self.words_delegate.right_to_left = LANGUAGES[self.language].right_to_left
        for row, line in enumerate(lines):
            words = QTableWidgetItem(line.text or self.tr("needs translating"))
            self.table.setItem(row, ENGLISH, QTableWidgetItem(line.english))
            self.table.setItem(row, WORDS, words)
            self.table.setItem(row, STATE, QTableWidgetItem(self._state(line)))
        rows = [line.phrase_id for line in lines]
        self.table.setCurrentCell(rows.index(select) if select in rows else (0 if rows else -1), WORDS)
        self._show_current(self.table.currentRow())

    def _state(self, line: TranslationLine) -> str:
        if line.checked and line.checked_at is not None:
            return self.tr("by {name}, {day}").format(name=line.checked_by, day=f"{line.checked_at:%d %b %Y}")
        return self.tr("unchecked") if line.text else self.tr("needs translating")

    def _current(self) -> TranslationLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _show_current(self, row: int) -> None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        self.editor.setText(line.text if line else "")
        direction = LANGUAGES[self.language].right_to_left
        self.editor.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction else Qt.LayoutDirection.LeftToRight
        )
        self.save_button.setEnabled(line is not None)
        self.check_button.setEnabled(line is not None and bool(line.text) and not line.checked)

    def save(self) -> None:
        line = self._current()
        if line is None:
            return
        text, service, language = self.editor.text(), self.service, self.language

        def work(_state: TaskState) -> TranslationLine:
            return service.translate(line.phrase_id, language, text)

        self._change(self.tr("Saving a translation"), work, line.phrase_id)

    def check(self) -> None:
        line = self._current()
        if line is None:
            return
        service, language = self.service, self.language

        def work(_state: TaskState) -> TranslationLine:
            return service.check(line.phrase_id, language)

        self._change(self.tr("Marking a translation checked"), work, line.phrase_id)

    def _change(self, label: str, work: Callable[[TaskState], TranslationLine], phrase_id: str) -> None:
        self.message.clear()

        def done(_line: TranslationLine) -> None:
            if isValid(self):
                self.message.setText(self.tr("Saved."))
                self.reload(phrase_id)

        self.runner.run(label, work, done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.message.setText(str(exc))


def open_phrase_translations(
    context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None, class_id: str | None = None
) -> PhraseTranslationsDialog:
    dialog = PhraseTranslationsDialog(context, runner, parent, class_id)
    dialog.show()
    return dialog
