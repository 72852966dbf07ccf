"""Quick phrases > Translations: a bilingual member of staff sees what needs translating, checks a starter
translation, writes one, and is told plainly why a bad one is refused."""

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.domain.linkbook import EntryText
from desktop.printing.quick_phrase_words import shipped_words
from desktop.services.context import ServiceContext
from desktop.services.phrase_translations import PhraseTranslationService
from desktop.services.phrases import PhraseService
from desktop.ui.phrase_bank import PhraseBankDialog
from desktop.ui.phrase_translations import STATE, WORDS, PhraseTranslationsDialog
from desktop.ui.tasks import TaskRunner
from tests.ui_checks import unnamed_controls

ADDED = "Please send in wellies for Forest School on Thursday."
POLISH = "Prosimy przysłać kalosze na zajęcia w lesie w czwartek."
SHOTS = Path(os.environ.get("LINKBOOK_SHOTS", "/tmp"))


def type_text(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def test_staff_check_and_write_translations_and_see_what_needs_translating(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    oak = small_school["class"]
    PhraseService(senco_context).phrases()
    PhraseService(senco_context).add(ADDED, EntryText.REMINDERS, class_id=oak.id)  # type: ignore[attr-defined]
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = PhraseTranslationsDialog(senco_context, TaskRunner(window), window)
    dialog.show()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("POL"))
    qtbot.waitUntil(lambda: dialog.language == "POL" and dialog.table.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: ADDED in dialog.tasks_label.text(), timeout=10_000)
    assert (
        f"\u201c{ADDED}\u201d needs translating into Arabic, Bengali, Panjabi, Polish"
        in dialog.tasks_label.text()
    )
    assert "Gujarati" not in dialog.tasks_label.text(), "no family of the class reads Gujarati"
    assert unnamed_controls(dialog) == []

    english = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    row = english.index("Super reading!")
    dialog.table.setCurrentCell(row, WORDS)
    assert dialog.editor.text() == shipped_words("POL")["Super reading!"]
    assert dialog.table.item(row, STATE).text() == "unchecked"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mrs Adebayo-Kowalska" in dialog.table.item(row, STATE).text(), timeout=10_000)

    added = english.index(ADDED)
    dialog.table.setCurrentCell(added, WORDS)
    assert dialog.table.item(added, WORDS).text() == "needs translating"
    dialog.editor.clear()
    type_text(dialog.editor, "Prosimy 😀")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "U+1F600" in dialog.message.text(), timeout=10_000)
    assert (
        PhraseTranslationService(senco_context)
        .line(
            next(p.id for p in PhraseService(senco_context).phrases(oak.id) if p.text == ADDED),  # type: ignore[attr-defined]
            "POL",
        )
        .text
        == ""
    )
    dialog.editor.clear()
    type_text(dialog.editor, POLISH)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(added, WORDS).text() == POLISH, timeout=10_000)
    qtbot.waitUntil(lambda: "Polish" not in dialog.tasks_label.text(), timeout=10_000)
    assert "Arabic" in dialog.tasks_label.text()

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ARA"))
    qtbot.waitUntil(lambda: dialog.language == "ARA" and dialog.table.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
    dialog.table.setCurrentCell(0, WORDS)
    assert dialog.editor.layoutDirection() is Qt.LayoutDirection.RightToLeft
    qtbot.wait(100)
    dialog.grab().save(str(SHOTS / "phrase_translations_dialog.png"))


def test_the_phrase_bank_lists_what_needs_translating(
    qtbot, senco_context: ServiceContext, small_school
) -> None:
    PhraseService(senco_context).add(ADDED, EntryText.REMINDERS)
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = PhraseBankDialog(senco_context, TaskRunner(window), window)
    dialog.show()
    qtbot.waitUntil(lambda: ADDED in dialog.tasks_label.text(), timeout=10_000)
    assert "needs translating into" in dialog.tasks_label.text() and "Polish" in dialog.tasks_label.text()
    assert unnamed_controls(dialog) == []
    qtbot.wait(100)
    dialog.grab().save(str(SHOTS / "phrase_bank_tasks.png"))


def test_the_teachers_day_says_which_phrases_the_classs_families_need_translated(
    qtbot, vault, small_school: dict[str, object]
) -> None:
    from desktop.domain.access import Actor
    from desktop.ui.teacher_day import TeacherDayView
    from tests.conftest import TODAY

    teacher = small_school["teacher"]
    oak = small_school["class"]
    context = ServiceContext(
        vault,
        Actor(teacher.name, teacher.role, teacher.id),  # type: ignore[attr-defined]
        clock=lambda: TODAY,
    )
    PhraseService(context).phrases()
    PhraseService(context).add(ADDED, EntryText.REMINDERS, class_id=oak.id)  # type: ignore[attr-defined]
    runner = TaskRunner()
    view = TeacherDayView(context, runner)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    label = view.phrase_panel.tasks_label
    qtbot.waitUntil(lambda: label.isVisible() and ADDED in label.text(), timeout=20_000)
    assert "needs translating into" in label.text() and "Polish" in label.text()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    view.close()
    runner.wait()
