"""A family's comment on a printed work folder, typed in from the returned page through "Record a paper
reply": the code finds the folder, and the comment is saved as written on paper."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.calendar import Period
from desktop.domain.linkbook import LinkBookEntry, Method
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import FolderStatus, WorkItem
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.reply_codes import ReplyCodeService
from desktop.ui.paper_reply import PaperReplyDialog
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls

MONTH = Period.month_of(TODAY.date())
WEEK = Period.week_of(TODAY.date())
COMMENT = "Świetne prace, dziękujemy! Zofia była dumna z rysunku."


def type_text(widget, text: str) -> None:
    """Type as an input method does (QTest.keyClicks cannot type beyond Latin-1)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget.focusProxy() or widget, event)


@pytest.fixture
def zofia_folders(small_school: dict[str, object], senco_context: ServiceContext) -> dict[str, object]:
    """Zofia has a monthly folder for November and a weekly one for week 47."""
    zofia = small_school["pupils"][0]  # type: ignore[index]
    folders = WorkFolderService(senco_context)
    month = folders.open_folder(zofia.id, MONTH)
    folders.add_item(month.id, WorkItem("Art", "Autumn leaves collage", dt.date(2026, 11, 4)))
    week = folders.open_folder(zofia.id, WEEK)
    folders.add_item(week.id, WorkItem("Maths", "Number bonds to 20", dt.date(2026, 11, 17)))
    return {"pupil": zofia, "month": month, "week": week}


def test_a_folder_code_opens_the_folder_comment_and_saves_it_as_from_paper(
    qtbot, zofia_folders: dict[str, object], senco_context: ServiceContext
) -> None:
    pupil, month = zofia_folders["pupil"], zofia_folders["month"]
    code = ReplyCodeService(senco_context).code_for(pupil.id, MONTH)  # type: ignore[attr-defined]
    dialog = PaperReplyDialog(senco_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)

    assert dialog.chosen_folder().id == month.id, "a month's code names its folder, so the folder is chosen"
    assert "Autumn leaves collage" in dialog.entry_text.text()
    assert dialog.reply_label.text() == "Their &comment:"
    assert not dialog.read_box.isVisible(), "a folder has no 'I have read this' tick"
    assert unnamed_controls(dialog) == []

    dialog.who_box.setEditText("Parent of Zofia")
    type_text(dialog.reply_edit, COMMENT)
    with qtbot.waitSignal(dialog.folder_commented, timeout=2000) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == [month.id]  # type: ignore[attr-defined]
    saved = WorkFolderService(senco_context).folder(month.id)  # type: ignore[attr-defined]
    assert saved.family_comment is not None
    assert saved.family_comment.text == COMMENT
    assert saved.family_comment.by_name == "Parent of Zofia"
    assert saved.family_comment.method is Method.PAPER
    assert saved.status is FolderStatus.RETURNED
    assert "Saved" in dialog.message.text() and dialog.code_edit.text() == ""


def test_with_a_week_code_the_person_chooses_the_folder_among_the_days(
    qtbot, zofia_folders: dict[str, object], senco_context: ServiceContext
) -> None:
    pupil, week, month = zofia_folders["pupil"], zofia_folders["week"], zofia_folders["month"]
    entry = LinkBookService(senco_context).save_entry(
        LinkBookEntry(
            pupil.id, dt.date(2026, 11, 18), "teacher", StaffRole.CLASS_TEACHER, learning="Fractions"
        )  # type: ignore[attr-defined]
    )
    dialog = PaperReplyDialog(senco_context)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText(ReplyCodeService(senco_context).code_for(pupil.id, WEEK))  # type: ignore[attr-defined]
    dialog.find()
    items = [dialog.day_box.itemText(n) for n in range(dialog.day_box.count())]
    assert items == ["Wednesday 18 November", "Work folder, week 2026-W47", "Work folder, month 2026-11"]
    assert dialog.day_box.currentData() == entry.id and dialog.chosen_folder() is None
    dialog.day_box.setCurrentIndex(1)
    assert dialog.chosen_folder().id == week.id and "Number bonds to 20" in dialog.entry_text.text()

    dialog.who_box.setEditText("Parent of Zofia")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "comment is empty" in dialog.message.text(), "an empty comment is refused with what to do"
    assert WorkFolderService(senco_context).folder(week.id).family_comment is None  # type: ignore[attr-defined]

    type_text(dialog.reply_edit, "Dziękujemy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert WorkFolderService(senco_context).folder(week.id).family_comment.text == "Dziękujemy"  # type: ignore[attr-defined,union-attr]
    assert WorkFolderService(senco_context).folder(month.id).family_comment is None  # type: ignore[attr-defined]
    assert not LinkBookService(senco_context).entry(entry.id).replies, "the day's entry got no reply"
