"""Paper > Translations wanted: a bilingual assistant picks Arabic, reads the English, types the
translation (right to left), saves and moves to the next; the list shrinks; an empty or unprintable
translation is refused with the reason; the menu item opens the dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.entry_translations import EntryTranslationService
from desktop.services.linkbook import LinkBookService
from desktop.store.vault import Vault
from desktop.ui.tasks import TaskRunner
from desktop.ui.translations_wanted import PART, PUPIL, STATE, TranslationsWantedDialog
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls

ARABIC = "قرأت أمينة اليوم قصة للصف بصوت واضح."
WAIT_MS = 10_000


def type_text(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


@pytest.fixture
def assistant(vault: Vault, senco_context: ServiceContext, small_school: dict) -> ServiceContext:
    amina = small_school["pupils"][2]
    linkbook = LinkBookService(senco_context)
    for offset, wins, note in (
        (0, "Amina read a story to the class.", "Amina has a wobbly tooth."),
        (2, "Amina helped tidy the library.", ""),
    ):
        linkbook.save_entry(
            LinkBookEntry(
                amina.id,
                TODAY.date() - dt.timedelta(days=offset),
                "t",
                StaffRole.CLASS_TEACHER,
                wins=wins,
                note=note,
            )
        )
    return ServiceContext(vault, Actor("Layla Haddad", StaffRole.TEACHING_ASSISTANT), clock=lambda: TODAY)


def test_an_assistant_works_through_the_arabic_list_newest_first(
    qtbot, assistant: ServiceContext, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = TranslationsWantedDialog(assistant, TaskRunner(window), window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.language_box.count() > 0, timeout=WAIT_MS)
    dialog.choose_language("ARA")
    qtbot.waitUntil(lambda: dialog.language == "ARA" and dialog.table.rowCount() == 3, timeout=WAIT_MS)
    rows = [
        (
            dialog.table.item(r, PUPIL).text(),
            dialog.table.item(r, PART).text(),
            dialog.table.item(r, STATE).text(),
        )
        for r in range(3)
    ]
    assert rows == [
        ("أمينة Hassan", "Wins", "Not translated"),
        ("أمينة Hassan", "A note from school", "Not translated"),
        ("أمينة Hassan", "Wins", "Not translated"),
    ]
    assert dialog.english.toPlainText() == "Amina read a story to the class."
    assert dialog.editor.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert "3 to translate into Arabic" in dialog.count_label.text()
    assert unnamed_controls(dialog) == []

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "empty" in dialog.message.text(), timeout=WAIT_MS)
    type_text(dialog.editor, "مرحبا 😀")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "U+1F600" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.table.rowCount() == 3

    dialog.editor.clear()
    type_text(dialog.editor, ARABIC)
    dialog.grab().save(str(tmp_path / "translations-wanted.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    assert "Saved" in dialog.message.text()
    assert dialog.english.toPlainText() == "Amina has a wobbly tooth."  # the next one, ready to type
    assert dialog.editor.toPlainText() == ""
    assert "2 to translate into Arabic" in dialog.count_label.text()
    saved = EntryTranslationService(assistant).wanted("ARA")
    assert [w.wanted for w in saved] == [("note",), ("wins",)]
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=WAIT_MS)


def test_the_paper_menu_opens_translations_wanted(qtbot, vault: Vault, small_school: dict) -> None:
    from desktop.ui.main_window import MainWindow

    actor = Actor("Layla Haddad", StaffRole.TEACHING_ASSISTANT)
    window = MainWindow(vault, actor)
    qtbot.addWidget(window)
    assert window.translations_wanted_action.isEnabled()
    window.translations_wanted_action.trigger()
    dialog = window.findChild(TranslationsWantedDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    dialog.close()
