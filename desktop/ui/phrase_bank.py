"""Quick phrases in the teacher's day: the panel beside the entry, and the dialog that edits the bank.

The panel numbers the first nine phrases; Ctrl+1 … Ctrl+9 (or a click, or Enter on one) puts that
phrase into the field being typed in. The dialog changes the bank through the phrase service, one task per
change, so what the teacher sees is always what is stored.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.context import ServiceContext
from desktop.services.phrase_translations import PhraseTranslationService, TranslationTask
from desktop.services.phrases import PhraseSection, PhraseService, QuickPhrase
from desktop.ui.entry_editor import SECTION_NAMES
from desktop.ui.phrase_translations import open_phrase_translations, task_text
from desktop.ui.signals import emit
from desktop.ui.tasks import TaskRunner, TaskState

SHORTCUT_COUNT = 9
PhraseRole = int(Qt.ItemDataRole.UserRole) + 21


def section_name(section: PhraseSection) -> str:
    return QCoreApplication.translate("EntryEditor", SECTION_NAMES[section])


class PhrasePanel(QWidget):
    """The bank beside the editor, grouped by section; emits chosen(phrase) on click, Enter or Ctrl+n."""

    chosen = Signal(object)
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._numbered: list[QuickPhrase] = []
        caption = QLabel(self.tr("&Quick phrases"))
        caption.setAccessibleName(self.tr("Quick phrases caption"))
        bold = QFont(caption.font())
        bold.setBold(True)
        caption.setFont(bold)
        self.list = QListWidget()
        self.list.setObjectName("phraseList")
        self.list.setAccessibleName(self.tr("Quick phrases"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(1)
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)
        caption.setBuddy(self.list)
        self.hint = QLabel(self.tr("Ctrl+1 … Ctrl+9 puts a phrase where you are typing."))
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Quick phrase keys"))
        self.edit_button = QPushButton(self.tr("Edit &phrases…"))
        self.edit_button.setAccessibleName(self.tr("Edit quick phrases"))
        self.edit_button.clicked.connect(lambda: emit(self.edit_requested))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        self.tasks_label = QLabel()
        self.tasks_label.setWordWrap(True)
        self.tasks_label.setAccessibleName(self.tr("Phrases that need translating"))
        self.tasks_label.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.tasks_label)
        layout.addWidget(self.edit_button)

    def set_phrases(self, phrases: list[QuickPhrase]) -> None:
        """Group by section (in the order fields appear) and number the first nine as shown."""
        self.list.clear()
        self._numbered = []
        for section in PhraseSection:
            mine = [p for p in phrases if p.section is section]
            if not mine:
                continue
            heading = QListWidgetItem(section_name(section))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.list.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setForeground(self.list.palette().color(QPalette.ColorRole.Text))
            self.list.addItem(heading)
            for phrase in mine:
                self._numbered.append(phrase)
                number = len(self._numbered)
                text = f"{number}  {phrase.text}" if number <= SHORTCUT_COUNT else f"    {phrase.text}"
                item = QListWidgetItem(text)
                item.setData(PhraseRole, phrase)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, phrase.text)
                if number <= SHORTCUT_COUNT:
                    item.setToolTip(self.tr("Ctrl+{number}").format(number=number))
                self.list.addItem(item)

    def set_tasks(self, tasks: list[TranslationTask]) -> None:
        """Say which phrases the class's families still need translating (Edit phrases… > Translations)."""
        self.tasks_label.setText(task_text(tasks))
        self.tasks_label.setVisible(bool(tasks))

    def clear(self) -> None:
        self.list.clear()
        self._numbered = []

    def numbered(self, number: int) -> QuickPhrase | None:
        return self._numbered[number - 1] if 0 < number <= len(self._numbered) else None

    def _picked(self, item: QListWidgetItem) -> None:
        phrase = item.data(PhraseRole)
        if isinstance(phrase, QuickPhrase):
            emit(self.chosen, phrase)


class PhraseBankDialog(QDialog):
    """Add, change, remove and reorder quick phrases; every change is saved as it is made."""

    bank_changed = Signal()

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick phrases"))
        self.setObjectName("phraseBankDialog")
        self._service = PhraseService(context)
        self._context = context
        self._runner = runner
        self._phrases: list[QuickPhrase] = []
        self._busy = False
        self._build()
        self.reload()

    def _build(self) -> None:
        intro = QLabel(
            self.tr("Phrases for every class. Each belongs to a part of the entry; order them as you like.")
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About quick phrases"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Quick phrases"))
        self.list.currentRowChanged.connect(self._show_current)
        self.text_field = QLineEdit()
        self.text_field.setAccessibleName(self.tr("Phrase"))
        self.section_box = QComboBox()
        self.section_box.setAccessibleName(self.tr("Part of the entry"))
        for section in PhraseSection:
            self.section_box.addItem(section_name(section), section.value)
        text_caption = QLabel(self.tr("P&hrase"))
        text_caption.setBuddy(self.text_field)
        text_caption.setAccessibleName(self.tr("Phrase caption"))
        section_caption = QLabel(self.tr("&Goes in"))
        section_caption.setBuddy(self.section_box)
        section_caption.setAccessibleName(self.tr("Goes in caption"))
        form = QGridLayout()
        form.addWidget(text_caption, 0, 0)
        form.addWidget(self.text_field, 0, 1)
        form.addWidget(section_caption, 1, 0)
        form.addWidget(self.section_box, 1, 1)

        self.add_button = QPushButton(self.tr("&Add as new"))
        self.change_button = QPushButton(self.tr("&Change"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        buttons = QHBoxLayout()
        for button, name, slot in (
            (self.add_button, self.tr("Add phrase"), self._add),
            (self.change_button, self.tr("Change phrase"), self._change),
            (self.remove_button, self.tr("Remove phrase"), self._remove),
            (self.up_button, self.tr("Move phrase up"), lambda: self._move(-1)),
            (self.down_button, self.tr("Move phrase down"), lambda: self._move(1)),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.translations_button = QPushButton(self.tr("&Translations…"))
        self.translations_button.setAccessibleName(self.tr("The phrases in the families' languages"))
        self.translations_button.clicked.connect(
            lambda: open_phrase_translations(self._context, self._runner, self)
        )
        buttons.addWidget(self.translations_button)
        self.tasks_label = QLabel()
        self.tasks_label.setWordWrap(True)
        self.tasks_label.setAccessibleName(self.tr("Phrases that need translating"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.tasks_label)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 28)

    def _run(
        self, label: str, work: Callable[[TaskState], Any], select: str | None = None, changes: bool = True
    ) -> None:
        self._busy = True
        self.message.clear()

        def done(phrases: list[QuickPhrase]) -> None:
            self._busy = False
            self._show(phrases, select)
            self._show_tasks()
            if changes:
                emit(self.bank_changed)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.message.setText(str(exc))

        self._runner.run(label, work, done, on_error=failed)

    def _show_tasks(self) -> None:
        """Under the buttons: the phrases the school's families need in a language they have none in."""
        service = PhraseTranslationService(self._context)

        def shown(tasks: list[TranslationTask]) -> None:
            if isValid(self):
                self.tasks_label.setText(task_text(tasks))

        self._runner.run(self.tr("Finding phrases to translate"), lambda _s: service.tasks(), shown)

    def reload(self) -> None:
        self._run(self.tr("Loading quick phrases"), lambda _state: self._service.phrases(), changes=False)

    @property
    def busy(self) -> bool:
        return self._busy

    def _show(self, phrases: list[QuickPhrase], select: str | None) -> None:
        row = self.list.currentRow()
        self._phrases = [p for p in phrases if p.class_id is None]
        self.list.clear()
        for phrase in self._phrases:
            item = QListWidgetItem(f"{phrase.text}  ({section_name(phrase.section)})")
            item.setData(PhraseRole, phrase)
            self.list.addItem(item)
        ids = [p.id for p in self._phrases]
        if select == "":
            row = len(ids) - 1
        elif select in ids:
            row = ids.index(select)
        self.list.setCurrentRow(min(max(row, 0), len(ids) - 1) if ids else -1)

    def _show_current(self, row: int) -> None:
        phrase = self._phrases[row] if 0 <= row < len(self._phrases) else None
        self.text_field.setText(phrase.text if phrase else "")
        if phrase is not None:
            self.section_box.setCurrentIndex(self.section_box.findData(phrase.section.value))
        for button in (self.change_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(phrase is not None)

    def _current(self) -> QuickPhrase | None:
        row = self.list.currentRow()
        return self._phrases[row] if 0 <= row < len(self._phrases) else None

    def _section(self) -> PhraseSection:
        return PhraseSection(self.section_box.currentData())

    def _changed(self) -> list[QuickPhrase]:
        return self._service.phrases()

    def _add(self) -> None:
        text, section = self.text_field.text(), self._section()

        def work(_state: TaskState) -> list[QuickPhrase]:
            self._service.add(text, section)
            return self._changed()

        self._run(self.tr("Adding a quick phrase"), work, select="")

    def _change(self) -> None:
        phrase = self._current()
        if phrase is None:
            return
        text, section = self.text_field.text(), self._section()

        def work(_state: TaskState) -> list[QuickPhrase]:
            self._service.edit(phrase.id, text, section)
            return self._changed()

        self._run(self.tr("Changing a quick phrase"), work, select=phrase.id)

    def _remove(self) -> None:
        phrase = self._current()
        if phrase is None:
            return

        def work(_state: TaskState) -> list[QuickPhrase]:
            self._service.remove(phrase.id)
            return self._changed()

        self._run(self.tr("Removing a quick phrase"), work)

    def _move(self, step: int) -> None:
        phrase = self._current()
        if phrase is None:
            return
        ids = [p.id for p in self._phrases]
        at = ids.index(phrase.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]

        def work(_state: TaskState) -> list[QuickPhrase]:
            self._service.reorder(ids)
            return self._changed()

        self._run(self.tr("Reordering quick phrases"), work, select=phrase.id)
