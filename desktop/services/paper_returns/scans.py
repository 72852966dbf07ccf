"""Scanned files as pictures, one page at a time: multi-page PDFs as copiers write them, PNG, JPEG, TIFF.

Pages are rendered and handed out one by one, so a 300-page scan never sits in memory whole. A file that
cannot be read gives one ScanProblem with a message saying what to do; the pages before it stay read.
"""

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image, ImageSequence, UnidentifiedImageError

PDF_DPI = 200
"""Resolution PDF pages are rendered at: enough for the corner codes and the tick boxes."""
PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
_PDFIUM = threading.Lock()
"""pdfium is not thread-safe: in this process one call into it at a time (scans are read on the app's
task runner, and a second import or the command line may read another file meanwhile)."""


class ScanProblem(Exception):
    """A scanned file that cannot be read; the message says what to do."""


@dataclass(frozen=True, slots=True)
class ScannedPage:
    """One page of a scanned file: where it came from and its picture."""

    source: Path
    number: int
    """1-based, within its file."""
    picture: Image.Image


def scanned_pages(path: Path, dpi: int = PDF_DPI) -> Iterator[ScannedPage]:
    """Each page of the file, in order, as a picture."""
    if not path.is_file():
        raise ScanProblem(f"{path} is not a file; choose the scanned PDF or pictures again.")
    if path.stat().st_size == 0:
        raise ScanProblem(f"{path.name} is empty; scan the pages again.")
    with path.open("rb") as handle:
        head = handle.read(5)
    if head == b"%PDF-":
        yield from _pdf_pages(path, dpi)
    elif path.suffix.lower() in PICTURE_SUFFIXES or head[:4] in (b"\x89PNG", b"II*\x00", b"MM\x00*"):
        yield from _picture_pages(path)
    else:
        raise ScanProblem(f"{path.name} is neither a PDF nor a PNG, JPEG or TIFF picture.")


def _pdf_pages(path: Path, dpi: int) -> Iterator[ScannedPage]:
    try:
        with _PDFIUM:
            document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise ScanProblem(
                f"{path.name} is protected by a password; save the scan again without one."
            ) from None
        raise ScanProblem(f"{path.name} is not a PDF that can be read ({error}); scan it again.") from None
    try:
        with _PDFIUM:
            count = len(document)
        for index in range(count):
            with _PDFIUM:
                page = document[index]
                try:
                    picture = page.render(scale=dpi / 72).to_pil()
                finally:
                    page.close()
            yield ScannedPage(path, index + 1, picture)
    finally:
        with _PDFIUM:
            document.close()


def _picture_pages(path: Path) -> Iterator[ScannedPage]:
    try:
        image = Image.open(path)
    except (UnidentifiedImageError, OSError) as error:
        raise ScanProblem(
            f"{path.name} is not a picture that can be read ({error}); scan it again."
        ) from None
    with image:
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            yield ScannedPage(path, index + 1, frame.convert("RGB"))
