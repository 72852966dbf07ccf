"""Paper > File returned pages… on the task runner, and the review queue's picture, reason and buttons."""

from pathlib import Path

from PIL import ImageDraw
from PySide6.QtCore import Qt

from desktop.domain.pupils import Pupil
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.filing import PaperReturnService
from desktop.ui.paper_returns import ReviewQueueDialog, file_returned_pages
from desktop.ui.tasks import TaskRunner
from tests.test_paper_returns_filing import printed_week, save_week, scan_file


def test_filing_in_the_background_then_reviewing_a_torn_page(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    zofia: Pupil = small_school["pupils"][0]  # type: ignore[index]
    save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, 150)
    torn = pictures[min(layouts) - 1]
    draw = ImageDraw.Draw(torn)
    draw.rectangle((0, 0, 160, torn.height), fill="white")
    draw.rectangle((torn.width - 160, 0, torn.width, torn.height), fill="white")
    folder = tmp_path / "scans"
    folder.mkdir()
    scan_file(folder / "torn.png", [torn])

    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    file_returned_pages(senco_context, runner, window, [folder])
    qtbot.waitUntil(lambda: not runner.busy, timeout=120_000)
    (waiting,) = PaperReturnService(senco_context).waiting()
    assert "no page code" in waiting.reason

    dialog = ReviewQueueDialog(senco_context)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    assert dialog.pages.count() == 1 and "torn.png" in dialog.pages.item(0).text()
    assert "no page code" in dialog.reason.text()
    assert not dialog.picture.pixmap().isNull(), "the page's picture is shown"
    dialog.grab().save(str(tmp_path / "review.png"))
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.count() == 0 and "No pages are waiting" in dialog.reason.text()
    assert PaperReturnService(senco_context).waiting() == []


def test_only_scans_and_folders_are_taken_from_a_drop(tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl

    from desktop.ui.paper_returns import dropped_scans

    (tmp_path / "stack.PDF").write_bytes(b"%PDF-")
    (tmp_path / "pupils.csv").write_text("name\n")
    urls = [QUrl.fromLocalFile(str(tmp_path / n)) for n in ("stack.PDF", "pupils.csv")]
    urls += [QUrl.fromLocalFile(str(tmp_path)), QUrl("https://example.org/x.pdf")]
    assert dropped_scans(urls) == [tmp_path / "stack.PDF", tmp_path]


def test_a_handwritten_reply_is_shown_beside_its_entry_in_the_timeline(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.printing.page_areas import AreaKind
    from tests.paper_scans import scribble
    from tests.test_paper_returns_filing import of_kind, run
    from tests.test_ui_timeline import open_window

    zofia: Pupil = small_school["pupils"][0]  # type: ignore[index]
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, 150)
    first = min(layouts)
    reply = of_kind(layouts[first], AreaKind.REPLY)[0]
    scribble(pictures[first - 1], reply, 150)
    report = run(senco_context, scan_file(tmp_path / "reply.png", [pictures[first - 1]]))
    assert report.filed == 1
    (page,) = PaperReturnService(senco_context).for_pupil(zofia.id)
    (cut,) = [c for c in page.cuttings if c[1] == "reply"]

    window = open_window(qtbot, senco_context, zofia)
    browser = window.timeline.browser
    qtbot.waitUntil(lambda: "Written on the returned page" in browser.toPlainText(), timeout=20_000)
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(f"paper:{cut[2]}"))
    assert image is not None and not image.isNull(), "the cut-out reply is drawn beside the entry"
    day = min(entries)
    assert f"{day:%A %d %B %Y}" in browser.toPlainText()
    window.resize(1100, 800)
    window.show()
    window.tabs.setCurrentIndex(1)
    browser.scrollToAnchor(f"entry-{entries[day].id}")
    assert not window.grab().isNull()


def test_file_to_records_the_reply_by_hand_and_the_page_leaves_the_queue(
    qtbot, senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    from desktop.domain.linkbook import Method
    from desktop.printing.page_areas import AreaKind
    from desktop.services.linkbook import LinkBookService
    from tests.paper_scans import dot
    from tests.test_paper_returns_filing import of_kind, run

    zofia: Pupil = small_school["pupils"][0]  # type: ignore[index]
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, 200)
    first = min(layouts)
    dot(pictures[first - 1], of_kind(layouts[first], AreaKind.TICK)[0], 200)
    assert run(senco_context, scan_file(tmp_path / "faint.png", [pictures[first - 1]])).to_review == 1

    dialog = ReviewQueueDialog(senco_context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "unsure mark" in dialog.reason.text()
    reply = dialog.file_to()
    assert reply is not None and reply.target is not None, "the page's reply code is looked up for the person"
    assert reply.target.pupil.id == zofia.id
    reply.who_box.setEditText("Parent of Zofia")
    reply.read_box.setChecked(True)
    with qtbot.waitSignal(reply.recorded, timeout=5000):
        qtbot.mouseClick(reply.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.count() == 0, "the page left the queue as filed"
    assert PaperReturnService(senco_context).waiting() == []
    acks = LinkBookService(senco_context).entry(entries[min(entries)].id).acknowledgements
    assert [a.method for a in acks] == [Method.PAPER]
