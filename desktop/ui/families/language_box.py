"""Choosing a home language: a box that lists every language the app knows and finds one as you type.

A school may see twenty languages in one class, so scrolling a list is slow; the person types any part of
the English name, the name in the language itself, or the DfE code, and the list narrows. Only a known
language can be chosen: whatever is typed is resolved to one, or the box goes back to what it held.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.domain.languages import LANGUAGES, Language
from desktop.ui.signals import emit


def language_text(language: Language) -> str:
    """How a language reads in the list: English name, then its own name where that differs."""
    native = language.native_name
    if native and native.casefold() != language.english_name.casefold():
        return f"{language.english_name} · {native}"
    return language.english_name


def matching(typed: str) -> list[Language]:
    """Languages whose English name, own name or code contains what was typed (any case)."""
    wanted = typed.strip().casefold()
    if not wanted:
        return []
    exact = [
        lang
        for lang in LANGUAGES.values()
        if wanted in {language_text(lang).casefold(), lang.code.casefold()}
    ]
    if exact:
        return exact
    return [
        lang
        for lang in LANGUAGES.values()
        if wanted in lang.english_name.casefold()
        or (lang.native_name and wanted in lang.native_name.casefold())
        or wanted == lang.code.casefold()
    ]


class LanguageBox(QComboBox):
    """An editable list of the app's languages; `code()` is the chosen DfE code, never free text."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        languages = sorted(LANGUAGES.values(), key=lambda lang: (lang.code == "OTH", lang.english_name))
        for language in languages:
            self.addItem(language_text(language), language.code)
        self._code = "ENG"
        self.set_code("ENG")

        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated[str].connect(self._typed)  # type: ignore[index]  # overloaded signal; stubs lack it
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(  # type: ignore[union-attr]  # the box is editable
            lambda: self._typed(self.currentText())
        )
        self.activated.connect(lambda index: self._choose(str(self.itemData(index))))

    def setAccessibleName(self, name: str) -> None:
        """The box and the field inside it are one control to a person; name both."""
        super().setAccessibleName(name)
        self.lineEdit().setAccessibleName(name)  # type: ignore[union-attr]  # the box is editable

    def code(self) -> str:
        """The DfE code of the language chosen."""
        return self._code

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper())
        if index < 0:
            index = self.findData("OTH")
        self.setCurrentIndex(index)
        self._code = str(self.itemData(index))

    def _typed(self, text: str) -> None:
        found = matching(text)
        if len(found) == 1:
            self._choose(found[0].code)
        else:
            self.set_code(self._code)  # nothing or several: keep what was there, shown in full

    def _choose(self, code: str) -> None:
        changed = code != self._code
        self.set_code(code)
        if changed:
            emit(self.chosen, code)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed(self.currentText())
        super().focusOutEvent(event)
