"""Paper > File returned pages… and the review queue: scans filed on the task runner, doubtful pages shown.

Filing runs on a worker thread (desktop.ui.tasks) with progress and cancel; what it filed, queued and
skipped is then shown, and the review queue opens when pages wait. The queue shows each waiting page's
picture and reason; the person types the reply in (Paper > Record a paper reply) and marks it filed, or
discards it.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.paper_returns import PaperReturn
from desktop.printing.page_codes import parse_page_code
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.filing import FileProblem, ImportReport, PaperReturnService
from desktop.services.paper_returns.scans import PICTURE_SUFFIXES
from desktop.store.errors import InvalidInput
from desktop.ui.paper_reply import PaperReplyDialog
from desktop.ui.tasks import Cancelled, Changes, TaskRunner, TaskState, Topic

translate = QCoreApplication.translate


def scan_files(paths: list[Path]) -> list[Path]:
    """The files chosen, a folder standing for the PDFs and pictures in it (in name order)."""
    wanted = PICTURE_SUFFIXES | {".pdf"}
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [p for p in sorted(path.iterdir()) if p.suffix.lower() in wanted]
        else:
            found.append(path)
    return found


def dropped_scans(urls: list[QUrl]) -> list[Path]:
    """The scans (or folders) among files dropped on the window; other files are not taken."""
    wanted = PICTURE_SUFFIXES | {".pdf"}
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() in wanted]


def file_returned_pages(
    context: ServiceContext, runner: TaskRunner, parent: QWidget, paths: list[Path] | None = None
) -> None:
    """Choose scans (or take the ones dropped on the window) and file them in the background."""
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("FileReturnedPages", "File returned pages"),
            "",
            translate("FileReturnedPages", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        paths = [Path(n) for n in names]
    files = scan_files(paths)
    if not files:
        return
    service = PaperReturnService(context)

    def work(state: TaskState) -> ImportReport:
        report = ImportReport()
        for index, path in enumerate(files):
            for item in service.import_files([path], cancelled=lambda: state.cancelled):
                if isinstance(item, FileProblem):
                    report.problems.append(item)
                else:
                    report.pages.append(item)
            state.progress((index + 1) / len(files))
            if state.cancelled:
                raise Cancelled()
        return report

    def done(report: ImportReport) -> None:
        show_report(report, parent)
        if report.to_review:
            open_review_queue(context, parent)

    # Filed pages change entries, folders and agreements: views showing them redraw.
    changed = Changes(frozenset({Topic.ENTRIES, Topic.FOLDERS, Topic.AGREEMENTS}))
    runner.run(translate("FileReturnedPages", "Filing returned pages"), work, done, changed)


def show_report(report: ImportReport, parent: QWidget) -> None:
    lines = [report.summary(), ""] + [p.line() for p in report.pages]
    lines += [f"{p.path.name}: {p.message}" for p in report.problems]
    box = QMessageBox(parent)
    box.setWindowTitle(translate("FileReturnedPages", "Returned pages filed"))
    box.setText(report.summary())
    box.setDetailedText("\n".join(lines))
    box.setIcon(QMessageBox.Icon.Warning if report.problems else QMessageBox.Icon.Information)
    box.open()


def open_review_queue(context: ServiceContext, parent: QWidget) -> "ReviewQueueDialog":
    dialog = ReviewQueueDialog(context, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class ReviewQueueDialog(QDialog):
    """The pages waiting for a person: the picture, why it waits, and what to do with it."""

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = PaperReturnService(context)
        self.setWindowTitle(self.tr("Returned pages to review"))
        self.pages = QListWidget(self)
        self.pages.setAccessibleName(self.tr("Pages waiting for review"))
        self.picture = QLabel(self)
        self.picture.setMinimumSize(360, 500)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&File to…"), self)
        self.record_button.setToolTip(
            self.tr("Record what the page says as a paper reply; the page then leaves the queue")
        )
        self.filed_button = QPushButton(self.tr("&Typed in by hand: mark filed"), self)
        self.filed_button.setToolTip(
            self.tr("After recording what the page says with Paper > Record a paper reply")
        )
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.filed_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.pages, 1)
        side.addWidget(self.reason)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.picture, 1)
        self.pages.currentRowChanged.connect(self._show)
        self.record_button.clicked.connect(self.file_to)
        self.filed_button.clicked.connect(self.mark_filed)
        self.discard_button.clicked.connect(self.discard)
        self.reload()

    def reload(self) -> None:
        self.pages.clear()
        for page in self.service.waiting():
            item = QListWidgetItem(page.source)
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.pages.addItem(item)
        empty = self.pages.count() == 0
        self.record_button.setEnabled(not empty)
        self.filed_button.setEnabled(not empty)
        self.discard_button.setEnabled(not empty)
        if empty:
            self.picture.clear()
            self.reason.setText(self.tr("No pages are waiting."))
        else:
            self.pages.setCurrentRow(0)

    def current(self) -> PaperReturn | None:
        item = self.pages.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, _row: int) -> None:
        page = self.current()
        if page is None:
            return
        self.reason.setText(self.tr("Waiting because: {reason}").format(reason=page.reason))
        pixmap = QPixmap()
        pixmap.loadFromData(self.service.picture(page.picture_id))
        self.picture.setPixmap(
            pixmap.scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def file_to(self) -> PaperReplyDialog | None:
        """Open Record a paper reply with the page's reply code (when its codes were read); once a reply,
        tick or folder comment is recorded there, the page leaves the queue as filed."""
        page = self.current()
        if page is None:
            return None
        dialog = PaperReplyDialog(self.context, self)
        code = parse_page_code(page.code) if page.code else None
        if code is not None:
            dialog.code_edit.setText(code.reply_code)
            dialog.find()

        def recorded(_record_id: str) -> None:
            self._act(lambda: self.service.mark_filed(page.id, "recorded by hand from the review queue"))

        dialog.recorded.connect(recorded)
        dialog.folder_commented.connect(recorded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def mark_filed(self) -> None:
        page = self.current()
        if page is not None:
            self._act(lambda: self.service.mark_filed(page.id, "typed in by hand"))

    def discard(self) -> None:
        page = self.current()
        if page is not None:
            self._act(lambda: self.service.discard(page.id))

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except InvalidInput as problem:
            self.reason.setText(str(problem))
        self.reload()
