"""Preview a PDF made by desktop/printing and send it to a printer through the system print dialog.

Qt prints a PDF by rendering each page (QtPdf) into an image and painting it on the QPrinter, page by page:
an A4 page at 300 dpi is about 35 MB as an image, so only one page is held at a time, and the resolution
is capped at 300 dpi whatever the printer reports.
"""

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.atomic import write_atomically

MAX_PRINT_DPI = 300


class PdfBytes:
    """A QPdfDocument over PDF bytes, keeping the buffer it reads from alive as long as it is."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        self.data = QByteArray(pdf)
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)  # type: ignore[arg-type]  # None is allowed; the stubs disagree
        self.document.load(self.buffer)

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print every page of the PDF on the printer, each scaled to fit its printable area; returns pages.

    progress(done, total) is called after each page, for a progress bar.
    """
    source = PdfBytes(pdf)
    total = source.pages
    if total == 0:
        raise ValueError("The PDF has no pages to print.")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be opened; check that it is connected and switched on.")
    try:
        for page in range(total):
            if page:
                printer.newPage()
            area = painter.viewport()
            points = source.document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QSize(round(points.width() * scale), round(points.height() * scale))
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = source.document.render(page, pixels)
            left = area.x() + (area.width() - target.width()) // 2
            top = area.y() + (area.height() - target.height()) // 2
            painter.drawImage(QRect(left, top, target.width(), target.height()), image)
            del image
            if progress:
                progress(page + 1, total)
    finally:
        painter.end()
    return total


class PrintPreviewDialog(QDialog):
    """Shows the pages as they will print, with Print (system dialog) and Save as PDF."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", title))
        self.source = PdfBytes(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.source.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Pages to print"))
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.source.pages), self)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Where the PDF was saved"))
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 960)

    def choose_printer_and_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print packs"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.pdf, printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))

    def save_as_pdf(self) -> None:
        """Ask where; a name typed without ".pdf" gets it; say where the file went (or why it did not)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), "", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            # Written beside the target and renamed over it: a full disk leaves no half a PDF behind.
            write_atomically(target, self.pdf, 0o600)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                self.saved_label.setText(
                    self.tr(
                        "Not saved: the disk holding {folder} is full. Free some space or choose another "
                        "folder, then save again."
                    ).format(folder=str(target.parent))
                )
            else:
                self.saved_label.setText(
                    self.tr("Not saved: {reason}. Choose another folder or name.").format(
                        reason=exc.strerror or exc.__class__.__name__
                    )
                )
            return
        self.saved_label.setText(self.tr("Saved as {path}").format(path=str(target)))
