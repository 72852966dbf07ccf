"""The work folders screen, driven through its widgets: folders for a class, a photo dropped in and shown
as a thumbnail, feedback and a mark typed and still there after reopening, status, refusals, printing."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QInputMethodEvent,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from desktop.domain.calendar import Period
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FolderStatus, WorkItem
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.store.errors import InvalidInput
from desktop.ui.folders.bidi import plain
from desktop.ui.folders.family_comment import FamilyCommentDialog
from desktop.ui.folders.roster import FolderRosterModel
from desktop.ui.folders.screen import WorkFoldersScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls, visible_text

WAIT_MS = 10_000
WEEK = Period.week_of(TODAY.date())


@pytest.fixture
def open_screen(
    qtbot, senco_context: ServiceContext, small_school
) -> Iterator[Callable[[], WorkFoldersScreen]]:
    """Opens work-folder screens on the small school, as the main window would; closes them at the end."""
    opened: list[tuple[WorkFoldersScreen, QMainWindow, TaskRunner]] = []
    messages: list[str] = []

    def open_one() -> WorkFoldersScreen:
        window = QMainWindow()
        runner = TaskRunner(window)
        host = ScreenHost(
            senco_context, runner, window, lambda title: window.menuBar().addMenu(title), messages.append
        )
        screen = WorkFoldersScreen(host)
        window.setCentralWidget(screen)
        window.resize(1280, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: screen.roster.rowCount() == 10 and not runner.busy, timeout=WAIT_MS)
        opened.append((screen, window, runner))
        return screen

    yield open_one
    for screen, window, runner in opened:
        runner.wait()
        if shiboken6.isValid(window):
            screen.forget()
            window.close()
            window.deleteLater()


def idle(qtbot, screen: WorkFoldersScreen) -> None:
    qtbot.waitUntil(lambda: not screen.runner.busy, timeout=WAIT_MS)
    QApplication.processEvents()


def roster_column(screen: WorkFoldersScreen, column: int) -> list[str]:
    model = screen.roster
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose_pupil(qtbot, screen: WorkFoldersScreen, first_name: str) -> None:
    pupils = [screen.roster.pupil_at(n) for n in range(screen.roster.rowCount())]
    row = next(n for n, pupil in enumerate(pupils) if pupil.legal_first_name == first_name)
    screen.roster_view.setFocus()
    screen.roster_view.selectRow(row)
    idle(qtbot, screen)


def drop_files(view: QWidget, paths: list[Path]) -> bool:
    """Drag the files over the view and let go, as a file manager would; True if the view took the drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = view.rect().center()
    enter = QDragEnterEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, drop)
    return True


def photo(path: Path, width: int = 3000, height: int = 2000, fmt: str = "PNG") -> Path:
    """A large photo-like picture: a sky over a green field with a red sun."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(120, 180, 240))
    painter = QPainter(image)
    painter.fillRect(0, height * 2 // 3, width, height // 3, QColor(60, 160, 70))
    painter.setBrush(QColor(230, 50, 40))
    painter.drawEllipse(QPoint(width // 4, height // 4), height // 8, height // 8)
    painter.end()
    assert image.save(str(path), fmt)
    return path


def scan(path: Path) -> Path:
    """A one-page PDF, like a scanner makes."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(400, 800, "Times tables, page 1")
    painter.fillRect(400, 1200, 3000, 1500, QColor(30, 30, 160))
    painter.end()
    return path


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does (QTest.keyClicks cannot send letters beyond Latin-1)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def folder_of(context: ServiceContext, pupil_id: str):
    found = WorkFolderService(context).for_pupil(pupil_id)
    return found[0] if found else None


def test_creating_the_whole_classs_folders_shows_each_as_a_draft(
    qtbot, open_screen, senco_context, small_school
) -> None:
    screen = open_screen()
    assert set(roster_column(screen, FolderRosterModel.STATE)) == {"No folder"}
    assert "No folder for this period yet" in screen.folder_view.hint.text()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(roster_column(screen, FolderRosterModel.STATE)) == {"Draft"}, timeout=WAIT_MS)
    assert roster_column(screen, FolderRosterModel.PIECES) == ["0"] * 10
    for pupil in small_school["pupils"]:
        folder = folder_of(senco_context, pupil.id)
        assert folder is not None and folder.period == WEEK
    assert screen.folder_view.add_button.isEnabled()
    assert not screen.create_one.isEnabled(), "the chosen pupil has a folder now"


def test_one_pupils_folder_is_made_for_the_chosen_month(
    qtbot, open_screen, senco_context, small_school
) -> None:
    screen = open_screen()
    screen.period_bar.kind.setCurrentIndex(1)
    idle(qtbot, screen)
    assert screen.period_bar.caption.text() == "November 2026"
    choose_pupil(qtbot, screen, "Hodan")
    qtbot.mouseClick(screen.create_one, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Draft" in roster_column(screen, FolderRosterModel.STATE), timeout=WAIT_MS)
    states = dict(
        zip(
            roster_column(screen, FolderRosterModel.NAME),
            roster_column(screen, FolderRosterModel.STATE),
            strict=True,
        )
    )
    assert states["Hodan Warsame"] == "Draft"
    assert list(states.values()).count("Draft") == 1
    hodan = next(p for p in small_school["pupils"] if p.legal_first_name == "Hodan")
    assert folder_of(senco_context, hodan.id).period == Period.month_of(TODAY.date())


def test_a_dropped_photo_and_scan_become_pieces_of_work_with_thumbnails(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Kavya")
    view = screen.folder_view
    big_photo = photo(tmp_path / "leaf-printing_art.jpg", 4000, 3000, "JPG")
    pdf = scan(tmp_path / "times-tables.pdf")
    assert drop_files(view, [big_photo, pdf])
    qtbot.waitUntil(lambda: view.items.rowCount() == 2 and not screen.runner.busy, timeout=WAIT_MS)
    titles = [view.items.item_at(n).title for n in range(2)]
    assert titles == ["Leaf printing art", "Times tables"]
    for row in range(2):
        icon = view.items.index(row).data(Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull(), f"no thumbnail for {titles[row]}"
        size = icon.availableSizes()[0]
        assert max(size.width(), size.height()) <= 160
    photo_icon = view.items.index(0).data(Qt.ItemDataRole.DecorationRole).pixmap(120, 90).toImage()
    centre_bottom = photo_icon.pixelColor(photo_icon.width() // 2, photo_icon.height() - 5)
    assert centre_bottom.green() > centre_bottom.red() + 40, "the thumbnail shows the photo's green field"
    kavya = next(p for p in small_school["pupils"] if p.legal_first_name == "Kavya")
    stored = folder_of(senco_context, kavya.id)
    service = WorkFolderService(senco_context)
    assert service.attachment_bytes(stored.items[0].attachment_ids[0]) == big_photo.read_bytes()
    assert service.attachment(stored.items[1].attachment_ids[0]).media_type == "application/pdf"
    assert (
        dict(
            zip(
                roster_column(screen, FolderRosterModel.NAME),
                roster_column(screen, FolderRosterModel.PIECES),
                strict=True,
            )
        )[kavya.display_name]
        == "2"
    )


def test_thumbnails_of_saved_work_show_when_the_folder_is_opened_again(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    zofia = small_school["pupils"][0]
    service = WorkFolderService(senco_context)
    folder = service.open_folder(zofia.id, WEEK)
    attachment = service.attach(zofia.id, photo(tmp_path / "bridge.png", 800, 600).read_bytes(), "bridge.png")
    service.add_item(
        folder.id, WorkItem("DT", "Lolly-stick bridge", TODAY.date(), attachment_ids=(attachment.id,))
    )
    screen = open_screen()
    choose_pupil(qtbot, screen, "Zofia")
    view = screen.folder_view
    qtbot.waitUntil(
        lambda: view.items.index(0).data(Qt.ItemDataRole.DecorationRole) is not None, timeout=WAIT_MS
    )
    assert view.items.index(0).data().startswith("Lolly-stick bridge\nDT")


def test_feedback_and_a_mark_typed_at_the_keyboard_are_there_after_reopening(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Ionuț")
    assert drop_files(screen.folder_view, [photo(tmp_path / "castle.png", 640, 480)])
    qtbot.waitUntil(lambda: screen.folder_view.items.rowCount() == 1, timeout=WAIT_MS)
    idle(qtbot, screen)
    editor = screen.folder_view.editor
    assert editor.item is not None
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Castle model")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Art")
    editor.mark_edit.setFocus()
    qtbot.keyClicks(editor.mark_edit, "9/10")
    editor.feedback_edit.setFocus()
    qtbot.keyClicks(editor.feedback_edit, "Strong walls. ")
    type_text(editor.feedback_edit, "Foarte frumos, Ionuț!")
    assert editor.dirty
    qtbot.keyClick(editor.mark_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.state_label.text() == "Saved", timeout=WAIT_MS)
    idle(qtbot, screen)
    assert screen.folder_view.items.index(0).data() == "Castle model\nArt · 9/10"

    reopened = open_screen()
    choose_pupil(qtbot, reopened, "Ionuț")
    shown = reopened.folder_view.editor
    assert shown.title_edit.text() == "Castle model"
    assert shown.topic_edit.text() == "Art"
    assert shown.mark_edit.text() == "9/10"
    assert shown.feedback_edit.toPlainText() == "Strong walls. Foarte frumos, Ionuț!"


def test_moving_to_another_piece_saves_what_was_typed(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Amina")
    assert drop_files(
        screen.folder_view, [photo(tmp_path / "one.png", 200, 100), photo(tmp_path / "two.png", 100, 200)]
    )
    qtbot.waitUntil(
        lambda: screen.folder_view.items.rowCount() == 2 and not screen.runner.busy, timeout=WAIT_MS
    )
    view = screen.folder_view
    view.item_list.setCurrentIndex(view.items.index(0))
    view.editor.feedback_edit.setFocus()
    type_text(view.editor.feedback_edit, "أحسنت")
    view.item_list.setFocus()
    qtbot.keyClick(view.item_list, Qt.Key.Key_Down)
    idle(qtbot, screen)
    amina = next(p for p in small_school["pupils"] if p.legal_first_name == "Amina")
    assert folder_of(senco_context, amina.id).items[0].feedback == "أحسنت"
    assert view.editor.item.title == "Two"


def test_status_goes_from_draft_to_sent_and_an_empty_folder_is_not_sent(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Oisín")
    view = screen.folder_view
    view.status_combo.setFocus()
    qtbot.keyClick(view.status_combo, Qt.Key.Key_Down)
    idle(qtbot, screen)
    assert "empty" in view.message.text() and view.message.isVisible()
    assert view.status_combo.currentData() == FolderStatus.DRAFT

    assert drop_files(view, [photo(tmp_path / "rainbow.png", 300, 200)])
    qtbot.waitUntil(lambda: view.items.rowCount() == 1 and not screen.runner.busy, timeout=WAIT_MS)
    view.status_combo.setFocus()
    qtbot.keyClick(view.status_combo, Qt.Key.Key_Down)
    idle(qtbot, screen)
    oisin = next(p for p in small_school["pupils"] if p.legal_first_name == "Oisín")
    assert folder_of(senco_context, oisin.id).status is FolderStatus.SENT
    qtbot.waitUntil(lambda: "Sent home" in roster_column(screen, FolderRosterModel.STATE), timeout=WAIT_MS)
    assert not view.remove_button.isEnabled(), "work that went home stays as the family saw it"
    assert "no comment from the family yet" in view.comment.text()


def test_the_familys_comment_is_shown_with_who_when_and_how(
    qtbot, open_screen, senco_context, small_school
) -> None:
    hodan = next(p for p in small_school["pupils"] if p.legal_first_name == "Hodan")
    service = WorkFolderService(senco_context)
    folder = service.open_folder(hodan.id, WEEK)
    service.add_item(folder.id, WorkItem("Maths", "Number bonds", TODAY.date(), mark="7/10"))
    service.add_family_comment(folder.id, "Aad baad u mahadsantahay!", "Parent of Hodan", Method.PAPER)
    screen = open_screen()
    choose_pupil(qtbot, screen, "Hodan")
    text = plain(screen.folder_view.comment.text())
    assert "From home, on paper: Parent of Hodan, 20 Nov 2026 15:30" in text
    assert "Aad baad u mahadsantahay!" in text
    row = screen.roster.row_of(hodan.id)
    assert screen.roster.index(row, FolderRosterModel.STATE).data() == "Returned"
    assert screen.roster.index(row, FolderRosterModel.COMMENT).data() == "Yes"


def test_a_text_file_dropped_on_the_folder_is_refused_with_a_message(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Mariana")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    fake = tmp_path / "holiday.png"
    fake.write_bytes(b"this is not a picture at all")
    assert drop_files(screen.folder_view, [notes, fake])
    idle(qtbot, screen)
    message = screen.folder_view.message.text()
    assert "notes.txt is not a photo or a scan" in message
    assert "holiday.png does not hold a photo or a PDF" in message
    assert screen.folder_view.message.isVisible()
    assert screen.folder_view.items.rowCount() == 0
    mariana = next(p for p in small_school["pupils"] if p.legal_first_name == "Mariana")
    assert folder_of(senco_context, mariana.id).items == ()


def test_what_the_service_refuses_is_shown_as_its_own_message(
    qtbot, open_screen, senco_context, small_school, tmp_path, monkeypatch
) -> None:
    refusal = "Gurpreet's family has not agreed to photos of him in other children's folders."

    def refuse(self: WorkFolderService, folder_id: str, item: WorkItem) -> None:
        raise InvalidInput(refusal)

    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Fatima")
    view = screen.folder_view
    assert drop_files(view, [photo(tmp_path / "class-trip.png", 400, 300)])
    qtbot.waitUntil(lambda: view.items.rowCount() == 1 and not screen.runner.busy, timeout=WAIT_MS)

    monkeypatch.setattr(WorkFolderService, "update_item", refuse)
    view.editor.feedback_edit.setFocus()
    type_text(view.editor.feedback_edit, "شاباش، بہت اچھا")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert view.message.text() == refusal and view.message.isVisible()
    assert view.editor.state_label.text() == "Not saved"
    assert view.editor.feedback_edit.toPlainText() == "شاباش، بہت اچھا", "what was typed is kept"

    monkeypatch.setattr(WorkFolderService, "add_item", refuse)
    assert drop_files(view, [photo(tmp_path / "group-photo.png", 400, 300)])
    idle(qtbot, screen)
    assert view.message.text() == refusal
    assert view.items.rowCount() == 1


def test_a_draft_piece_is_removed_after_confirming(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Gurpreet")
    view = screen.folder_view
    assert drop_files(
        view, [photo(tmp_path / "keep.png", 300, 200), photo(tmp_path / "blurred.png", 300, 200)]
    )
    qtbot.waitUntil(lambda: view.items.rowCount() == 2 and not screen.runner.busy, timeout=WAIT_MS)
    assert view.editor.item.title == "Blurred"
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.confirm_box is not None and view.confirm_box.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(view.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.items.rowCount() == 1 and not screen.runner.busy, timeout=WAIT_MS)
    gurpreet = next(p for p in small_school["pupils"] if p.legal_first_name == "Gurpreet")
    assert [i.title for i in folder_of(senco_context, gurpreet.id).items] == ["Keep"]


def test_printing_the_folder_opens_a_preview_of_its_pages(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Zofia")
    view = screen.folder_view
    assert drop_files(view, [photo(tmp_path / "autumn-tree.png", 1200, 900)])
    qtbot.waitUntil(lambda: view.items.rowCount() == 1 and not screen.runner.busy, timeout=WAIT_MS)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.isVisible(), timeout=WAIT_MS)
    assert view.preview.source.pages >= 2
    assert "Zofia Wiśniewska" in plain(view.preview.windowTitle())
    view.preview.reject()


def test_every_control_has_an_accessible_name(qtbot, open_screen, small_school, tmp_path) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert drop_files(screen.folder_view, [photo(tmp_path / "map.png", 300, 200)])
    qtbot.waitUntil(lambda: screen.folder_view.items.rowCount() == 1, timeout=WAIT_MS)
    idle(qtbot, screen)
    assert unnamed_controls(screen) == []


def test_nothing_of_a_child_is_left_after_forget(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Kavya")
    assert drop_files(screen.folder_view, [photo(tmp_path / "kavya-rangoli.png", 300, 200)])
    qtbot.waitUntil(lambda: screen.folder_view.items.rowCount() == 1, timeout=WAIT_MS)
    idle(qtbot, screen)
    assert "காவ்யா Subramanian" in plain(visible_text(screen))
    screen.forget()
    QApplication.processEvents()
    text = visible_text(screen)
    for pupil in small_school["pupils"]:
        assert pupil.last_name not in text
    assert "rangoli" not in text.casefold()
    assert screen.folder_view.items.rowCount() == 0 and screen.roster.rowCount() == 0


def test_work_chosen_in_the_file_dialog_is_added_like_a_drop(
    qtbot, open_screen, senco_context, small_school, tmp_path, monkeypatch
) -> None:
    chosen = [str(photo(tmp_path / "number-line.png", 500, 300)), str(scan(tmp_path / "spellings.pdf"))]
    asked: list[str] = []

    def pick(parent: QWidget, caption: str, directory: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return chosen, filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Zofia")
    qtbot.mouseClick(screen.folder_view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.folder_view.items.rowCount() == 2, timeout=WAIT_MS)
    assert "*.pdf" in asked[0] and "*.jpg" in asked[0]
    zofia = small_school["pupils"][0]
    assert [i.title for i in folder_of(senco_context, zofia.id).items] == ["Number line", "Spellings"]


def test_the_services_behind_the_screen(senco_context, small_school) -> None:
    """Reading a class's folders makes none; a piece leaves a draft folder, never one that went home."""
    service = WorkFolderService(senco_context)
    oak, pupils = small_school["class"], small_school["pupils"]
    assert service.for_class(oak.id, WEEK) == {}
    folder = service.open_folder(pupils[2].id, WEEK)
    assert list(service.for_class(oak.id, WEEK)) == [pupils[2].id]
    assert service.for_class(oak.id, Period.month_of(TODAY.date())) == {}
    first = WorkItem("Maths", "Bar charts", TODAY.date(), mark="5/10")
    second = WorkItem("Art", "Clay tile", TODAY.date())
    service.add_item(folder.id, first)
    service.add_item(folder.id, second)
    assert [i.title for i in service.remove_item(folder.id, first.id).items] == ["Clay tile"]
    service.set_status(folder.id, FolderStatus.SENT)
    with pytest.raises(InvalidInput, match="gone home"):
        service.remove_item(folder.id, second.id)
    assert [i.title for i in service.folder(folder.id).items] == ["Clay tile"]
    with pytest.raises(InvalidInput, match="not in this school"):
        service.attachment("no-such-attachment")


def test_a_comment_returned_on_paper_is_typed_in_and_shown_as_from_paper(
    qtbot, open_screen, senco_context, small_school, tmp_path
) -> None:
    screen = open_screen()
    qtbot.mouseClick(screen.create_all, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    choose_pupil(qtbot, screen, "Fatima")
    view = screen.folder_view
    assert drop_files(view, [photo(tmp_path / "mosque-drawing.png", 300, 200)])
    qtbot.waitUntil(lambda: view.items.rowCount() == 1 and not screen.runner.busy, timeout=WAIT_MS)
    qtbot.mouseClick(view.comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(FamilyCommentDialog) is not None, timeout=WAIT_MS)
    dialog = view.findChild(FamilyCommentDialog)
    assert dialog.author_name == "Parent of فاطمہ", "the family's name is offered"
    assert unnamed_controls(dialog) == []
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Type what the family wrote" in dialog.problem.text()
    type_text(dialog.text, "بہت خوب، شکریہ استانی صاحبہ")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "بہت خوب" in view.comment.text(), timeout=WAIT_MS)
    shown = plain(view.comment.text())
    assert shown.startswith("From home, on paper: Parent of فاطمہ, 20 Nov 2026 15:30")
    fatima = next(p for p in small_school["pupils"] if p.legal_first_name == "Fatima")
    stored = folder_of(senco_context, fatima.id)
    assert stored.status is FolderStatus.RETURNED and stored.family_comment.method is Method.PAPER
    qtbot.waitUntil(
        lambda: (
            screen.roster.index(screen.roster.row_of(fatima.id), FolderRosterModel.COMMENT).data() == "Yes"
        ),
        timeout=WAIT_MS,
    )
