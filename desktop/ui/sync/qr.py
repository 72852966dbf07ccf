"""The invitation's QR code as an image for the screen, from the same encoder the printed slip uses."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from desktop.printing.blocks import qr_modules

QUIET = 4
"""Modules of white round the symbol, as the QR standard asks (a phone camera needs them on a screen)."""


def qr_pixmap(payload: str, size: int) -> QPixmap:
    """A square pixmap of about size pixels, each module a whole number of pixels so it stays sharp."""
    modules = qr_modules(payload)
    count = len(modules) + 2 * QUIET
    scale = max(1, size // count)
    image = QImage(count * scale, count * scale, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(Qt.GlobalColor.black))
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                painter.drawRect((column + QUIET) * scale, (row + QUIET) * scale, scale, scale)
    painter.end()
    return QPixmap.fromImage(image)
