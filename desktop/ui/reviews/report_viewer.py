"""An attached report shown on screen from memory: a PDF in the print preview, a scan as a picture.

The decrypted bytes never touch the disk (no temporary file for another program to open).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.print_preview import PrintPreviewDialog


class ScanViewer(QDialog):
    """A scanned or photographed report, at its own size, scrolled."""

    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportScanViewer")
        self.setWindowTitle(title)
        self.picture = QLabel()
        self.picture.setObjectName("reportScan")
        self.picture.setAccessibleName(title)
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea()
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)


def report_viewer(data: bytes, filename: str, title: str, parent: QWidget | None = None) -> QDialog | None:
    """A dialog showing the report, or None when the file is neither a PDF nor a picture Qt can read."""
    if data.startswith(b"%PDF"):
        return PrintPreviewDialog(data, title, parent)
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return ScanViewer(pixmap, title, parent)
