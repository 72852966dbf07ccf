"""Small pictures of photos and scans of work, decoded off the GUI thread.

A phone photo can be 4,000 pixels wide and 8 MB; decoding it on the GUI thread would freeze the window for
a noticeable moment, so `thumbnail()` runs inside a task and hands back a small QImage (QImage, unlike
QPixmap, may be made on any thread). QImageReader decodes straight to the small size where the format
allows it (JPEG does), and turns photos the right way up from their EXIF orientation. A PDF scan shows
its first page, rendered by QtPdf.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument

THUMBNAIL_SIZE = 160
"""The longest side of a thumbnail, in pixels."""

PDF_MAGIC = b"%PDF-"


def thumbnail(data: bytes, size: int = THUMBNAIL_SIZE) -> QImage:
    """The picture scaled to fit a size x size box (never enlarged); a null QImage if it cannot be read."""
    if data.startswith(PDF_MAGIC):
        return _first_pdf_page(data, size)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QImage()
    return _fit(image, size)


def _first_pdf_page(data: bytes, size: int) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.pageCount() < 1:
            return QImage()
        points = document.pagePointSize(0)
        if points.isEmpty():
            return QImage()
        target = points.toSize().scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)
        image = document.render(0, target)
        if image.isNull():
            return QImage()
        page = QImage(image.size(), QImage.Format.Format_RGB32)
        page.fill(Qt.GlobalColor.white)  # PDF pages render on transparency; paper is white
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        return page
    finally:
        document.close()
        buffer.close()


def _fit(image: QImage, size: int) -> QImage:
    if image.width() <= size and image.height() <= size:
        return image
    return image.scaled(
        QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
