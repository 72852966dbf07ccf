"""The whole school's packs in one PDF: from the service, the app (progress and a Cancel that stops it) and
the command line."""

import datetime as dt
import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton

from desktop.domain.access import Actor
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period, SchoolCalendar
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.demo import build_demo_school
from desktop.services.news import NewsService
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.school import SchoolService
from desktop.store.repositories.audit import AuditRepository
from desktop.store.vault import Vault
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.school_print import CANCEL_BUTTON, SchoolPrintDialog, print_whole_school
from desktop.ui.tasks import TaskRunner
from tests.printing_fixtures import page_texts
from tests.ui_checks import unnamed_controls

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Trzy klasy, sześć dzieci"
WEEK = Period.parse("2026-W47")


@pytest.fixture(scope="module")
def school_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A demo school of two classes of four, made once for the module."""
    data_dir = tmp_path_factory.mktemp("school-print") / "school"
    vault = Vault.create(data_dir, PASSPHRASE)
    build_demo_school(vault, classes=2, pupils_per_class=4, days=5, today=dt.date(2026, 11, 20), seed=5)
    vault.close()
    yield data_dir


@pytest.fixture
def context(school_dir: Path) -> Iterator[ServiceContext]:
    vault = Vault.unlock(school_dir, PASSPHRASE)
    yield ServiceContext(
        vault, Actor("Ms Haddad-Lindqvist", StaffRole.ADMIN), clock=lambda: dt.datetime(2026, 11, 20, 16)
    )
    vault.close()


def _printed(context: ServiceContext) -> list[str]:
    with context.vault.reading() as session:
        return [e.pupil_id for e in AuditRepository(session).events() if e.action is AuditAction.PRINTED]


def _teacher_list_pages(pdf: bytes) -> list[int]:
    return [
        n
        for n, text in enumerate(page_texts(pdf), start=1)
        if "Packs to hand out" in text and "Page 1" in text
    ]


def _open_dialog(
    qtbot, context: ServiceContext, runner: TaskRunner, window: QMainWindow
) -> SchoolPrintDialog:
    """Open the whole-school print dialog as the Paper menu does: it appears once the calendar is read."""
    opened: list[SchoolPrintDialog] = []
    print_whole_school(context, runner, window, workers=1, on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened) and opened[0].isVisible(), timeout=10_000)
    return opened[0]


def test_the_school_pdf_holds_every_class_each_starting_on_a_front(context: ServiceContext) -> None:
    classes = SchoolService(context).classes()
    fractions: list[float] = []
    result = PrintPackService(context).school_pdf(WEEK, PackOptions(), progress=fractions.append, workers=1)
    assert result.pdf is not None and not result.summary.cancelled
    pages = page_texts(result.pdf)
    assert len(pages) == result.summary.pages and len(pages) % 2 == 0
    starts = _teacher_list_pages(result.pdf)
    assert len(starts) == len(classes) and all(page % 2 == 1 for page in starts)
    for school_class, page in zip(classes, starts, strict=True):
        assert school_class.name in pages[page - 1]
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)


def test_worker_processes_give_the_same_pdf_in_the_schools_order(context: ServiceContext) -> None:
    """Classes rendered in two worker processes (largest first) come back joined in the school's order:
    page for page the text of the PDF made in one process, under the whole school's title."""
    from pypdf import PdfReader

    service = PrintPackService(context)
    alone = service.school_pdf(WEEK, PackOptions(), workers=1)
    fractions: list[float] = []
    both = service.school_pdf(WEEK, PackOptions(), progress=fractions.append, workers=2)
    assert alone.pdf is not None and both.pdf is not None
    assert page_texts(both.pdf) == page_texts(alone.pdf)
    assert both.summary == alone.summary
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    metadata = PdfReader(io.BytesIO(both.pdf)).metadata
    assert metadata is not None and metadata.title == f"Packs for the whole school, {WEEK.label}"


def test_a_cancelled_school_print_stops_between_classes_and_gives_no_pdf(context: ServiceContext) -> None:
    before = len(_printed(context))
    seen: list[float] = []
    result = PrintPackService(context).school_pdf(
        WEEK, PackOptions(), progress=seen.append, cancelled=lambda: bool(seen), workers=1
    )
    assert result.pdf is None and result.summary.cancelled
    assert result.summary.classes == 1, "it stopped after the first class"
    first_class = SchoolService(context).pupils(SchoolService(context).classes()[0].id)
    assert len(_printed(context)) - before == len(first_class), "only the first class was recorded as printed"


def test_paper_menu_prints_the_whole_school_on_the_task_runner_then_previews_it(
    qtbot, context: ServiceContext
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    progress: list[int] = []
    runner.progressed.connect(lambda _label, percent: progress.append(percent))
    dialog = _open_dialog(qtbot, context, runner, window)
    assert unnamed_controls(dialog) == []
    assert dialog.week_edit.text() == "2026-W47" and dialog.paper_only.isChecked()

    dialog.week_edit.setText("2026-W60")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert "not a week of 2026" in dialog.message.text() and dialog.isVisible()
    dialog.week_edit.setText("2026-W47")
    dialog.link_book.setChecked(False)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert "Choose what goes in the packs" in dialog.message.text()

    dialog.link_book.setChecked(True)
    dialog.everyone.setChecked(True)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QPushButton, CANCEL_BUTTON) is not None, "Cancel sits in the status bar"
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintPreviewDialog)), timeout=120_000)
    preview = window.findChildren(PrintPreviewDialog)[0]
    assert len(_teacher_list_pages(preview.pdf)) == len(SchoolService(context).classes())
    assert preview.source.pages == len(page_texts(preview.pdf))
    assert progress and progress[-1] == 100
    assert "packs for 2 classes" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.findChild(QPushButton, CANCEL_BUTTON) is None, timeout=2000)


def test_the_print_dialog_reads_the_calendar_off_the_gui_thread(
    qtbot, context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow calendar read never freezes the window: the menu item returns at once, the dialog follows."""
    threads: list[bool] = []
    real_calendar = NewsService.calendar

    def watched(service: NewsService) -> SchoolCalendar:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_calendar(service)

    monkeypatch.setattr(NewsService, "calendar", watched)
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = _open_dialog(qtbot, context, TaskRunner(window), window)
    assert threads == [False] and dialog.week_edit.text() == "2026-W47"


def test_cancel_in_the_status_bar_really_stops_the_school_print(qtbot, context: ServiceContext) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    before = len(_printed(context))
    dialog = _open_dialog(qtbot, context, runner, window)
    dialog.everyone.setChecked(True)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    cancel = window.findChild(QPushButton, CANCEL_BUTTON)
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not cancel.isEnabled() and cancel.text() == "Stopping…"
    assert not window.findChildren(PrintPreviewDialog)
    assert "stopped" in window.statusBar().currentMessage()
    everyone = len(SchoolService(context).pupils())
    assert len(_printed(context)) - before < everyone, "not every class was printed"


def test_the_command_line_prints_the_whole_school(school_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "school.pdf"
    env = {**os.environ, "LINKBOOK_PASSPHRASE": PASSPHRASE}
    args = [
        "print",
        "--data-dir",
        str(school_dir),
        "--school",
        "--week",
        "2026-W47",
        "--folders",
        "-o",
        str(out),
    ]
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "in 2 classes" in result.stdout and "100%" in result.stderr
    assert len(_teacher_list_pages(out.read_bytes())) == 2
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_work_folders_ticked_in_the_dialog_are_in_the_packs_even_when_opened_in_the_holidays(
    qtbot, tmp_path: Path
) -> None:
    """Made on the last Friday before October half-term, opened in the half-term week: the dialog offers
    the week that was taught, and the folders ticked in it are in the PDF, as `linkbook print --folders`."""
    vault = Vault.create(tmp_path / "school", PASSPHRASE)
    build_demo_school(vault, classes=2, pupils_per_class=3, days=5, today=dt.date(2026, 10, 23), seed=7)
    context = ServiceContext(
        vault, Actor("Ms Haddad-Lindqvist", StaffRole.ADMIN), clock=lambda: dt.datetime(2026, 10, 28, 10)
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    dialog = _open_dialog(qtbot, context, runner, window)
    assert dialog.week_edit.text() == "2026-W43", "the week of the last school day, not the holiday"
    dialog.everyone.setChecked(True)
    qtbot.mouseClick(dialog.folders, Qt.MouseButton.LeftButton)
    assert dialog.folders.isChecked()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintPreviewDialog)), timeout=120_000)
    preview = window.findChildren(PrintPreviewDialog)[0]
    folder_pages = [t for t in page_texts(preview.pdf) if "Work folder" in t and "Contents" in t]
    expected = PrintPackService(context).school_pdf(
        Period.parse("2026-W43"), PackOptions(folders=True), workers=1
    )
    assert expected.summary.folders > 0
    assert len(folder_pages) == expected.summary.folders
    assert f"{expected.summary.folders} work folders" in window.statusBar().currentMessage()
    runner.wait()
    vault.close()
