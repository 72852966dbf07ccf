"""Paper > Correct printed translations: choose a language, edit a phrase (right to left for Urdu), see the
printed preview, save, reset; what is saved is what the packs print."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.printing.phrases import ENGLISH, shipped
from desktop.services.context import ServiceContext
from desktop.services.phrase_corrections import PhraseCorrectionService
from desktop.ui.phrase_corrections import SHIPPED, PhraseCorrectionsDialog
from desktop.ui.tasks import TaskRunner
from tests.ui_checks import unnamed_controls

CORRECTED = "براہ کرم جواب لکھیں، 3 خانوں پر نشان لگائیں۔"


def type_text(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def test_a_school_corrects_an_urdu_phrase_sees_it_printed_and_resets_it(
    qtbot, senco_context: ServiceContext
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = PhraseCorrectionsDialog(senco_context, TaskRunner(window), window)
    dialog.show()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("URD"))
    qtbot.waitUntil(
        lambda: dialog.language == "URD" and dialog.table.rowCount() == len(ENGLISH), timeout=10_000
    )
    row = list(ENGLISH).index("return_page")
    dialog.table.setCurrentCell(row, 0)
    assert dialog.table.item(row, SHIPPED).text() == shipped("URD")["return_page"]
    assert dialog.english_label.text() == ENGLISH["return_page"]
    assert dialog.editor.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert unnamed_controls(dialog) == []

    dialog.editor.clear()
    type_text(dialog.editor, CORRECTED)
    dialog.render_preview()
    qtbot.waitUntil(lambda: bool(getattr(dialog, "preview_pdf", b"")), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
    assert dialog.preview.pixmap().width() > 300, "the preview shows a picture of the printed strip"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=10_000)
    assert dialog.table.item(row, 2).text() == CORRECTED
    assert PhraseCorrectionService(senco_context).overrides() == {"URD": {"return_page": CORRECTED}}

    dialog.editor.setText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reset" in dialog.message.text(), timeout=10_000)
    assert PhraseCorrectionService(senco_context).overrides() == {"URD": {"return_page": CORRECTED}}

    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "shipped translation prints again" in dialog.message.text(), timeout=10_000)
    assert dialog.editor.text() == shipped("URD")["return_page"]
    assert dialog.table.item(row, 2).text() == ""
    assert PhraseCorrectionService(senco_context).overrides() == {}
    dialog.preview_timer.stop()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
