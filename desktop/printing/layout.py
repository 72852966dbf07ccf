"""The page: header with the reply code and its QR code, a footer naming the child, and duplex-safe packs.

A batch is one PDF with a pack per family. Each pack must start on the front of a new sheet even when
printed on both sides, so a `NewSheet` marker ends the page and, when the pack before ended on a front
(odd) page, adds a back page that says it is blank on purpose. Marks (what the header and footer say)
change at each pack; pages are decorated when they end, so a page always shows its own pack's marks.
"""

import gc
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

from desktop.printing.blocks import draw_qr
from desktop.printing.fonts import Face, font_name
from desktop.printing.page_areas import AreaRecorder
from desktop.printing.page_codes import PageAreas, PageCode, draw_page_codes
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import NORMAL, PAGE_SIZE, PrintStyle, centred
from desktop.printing.text import TextStyle, draw_text, layout

rl_config.useA85 = 0
"""Streams are stored as binary (Flate only): ASCII85 on top makes each a quarter bigger and costs a
school's batch seconds of encoding, for PDFs that are never sent through a 7-bit channel."""
HEADER_ROOM = 30 * mm
FOOTER_ROOM = 12 * mm


class Cancelled(Exception):
    """The person stopped a long print job; nothing was written."""


@dataclass(frozen=True, slots=True)
class PageMarks:
    """What each page of a pack carries: whose it is, what it is, and the code that brings a reply home."""

    school: str
    title: str
    footer: str
    style: PrintStyle
    book: Phrasebook
    code: str | None = None
    pack_index: int | None = None
    """Which pack this is in the batch (0-based), or None for the teacher's list."""
    household: int = 1
    """Which of the pupil's households the pack goes to (1-based)."""
    returnable: bool = False
    """A page the family may send back: it carries codes naming it in two corners (see page_codes)."""
    code_page_offset: int = 0
    """Added to the page's number in its corner codes: a page printed apart from the period's pack
    numbers its codes past the pack's (views forms from 101: views_form; booking slips from 901:
    meeting_slip), so the two never share a page code."""


class SetMarks(ActionFlowable):
    """From here on, pages carry these marks (None: a blank back page with no header)."""

    def __init__(self, marks: PageMarks | None) -> None:
        super().__init__()
        self.marks = marks

    def apply(self, doc: "PackDocument") -> None:  # type: ignore[override]  # only PackDocument runs these
        doc.set_marks(self.marks)


class NewSheet(Flowable):
    """Start what follows on the front of a new sheet, with these marks; with None, end the last sheet."""

    def __init__(self, marks: PageMarks | None) -> None:
        super().__init__()
        self.marks = marks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class BlankSide(Flowable):
    """The back of a sheet left blank so the next pack starts on a front; it says so."""

    def __init__(self, style: PrintStyle, book: Phrasebook | None) -> None:
        super().__init__()
        self.style = style
        self.book = book

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 40

    def draw(self) -> None:
        book = self.book or Phrasebook()
        text = book.english("blank_side")
        home = book.home("blank_side")
        style = centred(self.style.muted)
        used = draw_text(self.canv, text, style, 0, 40, self.width)
        if home:
            draw_text(self.canv, home, style, 0, 40 - used, self.width)


class PackDocument(BaseDocTemplate):
    """A4 pages with the pack's marks drawn when each page ends."""

    def __init__(
        self,
        buffer: io.BytesIO,
        title: str,
        on_pack: Callable[[int], None] | None = None,
    ) -> None:
        margin = NORMAL.margin
        super().__init__(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + HEADER_ROOM,
            bottomMargin=margin + FOOTER_ROOM,
            title=title,
            author="Linkbook",
            creator="Linkbook",
            invariant=True,
            # The canvas sets a font at the top of every page; reportlab's default (Helvetica) would be
            # referenced there without being embedded.
            initialFontName=font_name(Face.LATIN),
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])
        self.marks: PageMarks | None = None
        self.pack_first_page = 1
        self.pack_starts: list[int] = []
        """The page each pack starts on, in order (1-based)."""
        self._on_pack = on_pack
        self._pack_index: int | None = -1
        self.areas = AreaRecorder()
        """The boxes drawn on the page being laid out (see page_areas)."""
        self.returnable: list[PageAreas] = []
        """Each returnable page in order, with the areas a family may mark on it."""

    def set_marks(self, marks: PageMarks | None) -> None:
        if marks is not None and marks.pack_index != self._pack_index:
            self._pack_index = marks.pack_index
            self.pack_first_page = self.page
            if marks.pack_index is not None:
                self.pack_starts.append(self.page)
                if self._on_pack:
                    self._on_pack(marks.pack_index)
        self.marks = marks

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0]
        if isinstance(first, NewSheet):
            del flowables[0]
            flowables[0:0] = self._new_sheet(first.marks)
            return
        super().handle_flowable(flowables)

    def _new_sheet(self, marks: PageMarks | None) -> list[Flowable]:
        """Flowables that end this page and, if it was a front, add a blank back (marks None: the end)."""
        inserted: list[Flowable] = []
        next_page = self.page
        if self._curPageFlowableCount > 0:  # type: ignore[attr-defined]  # private, not in reportlab's stubs
            if marks is None and self.page % 2 == 0:
                return []
            inserted.append(PageBreak())
            next_page += 1
        if next_page % 2 == 0:
            previous = self.marks
            inserted += [
                SetMarks(None),
                BlankSide(previous.style if previous else NORMAL, previous.book if previous else None),
            ]
            if marks is not None:
                inserted.append(PageBreak())
        if marks is not None:
            inserted.append(SetMarks(marks))
        return inserted

    def _decorate(self, canvas: Canvas, _doc: object) -> None:
        marks = self.marks
        areas = self.areas.take()
        if marks is None:
            return
        style = marks.style
        width, height = PAGE_SIZE
        margin = NORMAL.margin
        top = height - margin
        qr = style.qr if marks.code else 0
        text_width = width - 2 * margin - qr - 8
        canvas.saveState()
        used = draw_text(canvas, marks.school, style.muted, margin, top, text_width, rtl=False)
        room = HEADER_ROOM - used - 3 * mm
        draw_text(
            canvas,
            marks.title,
            _fitted(marks.title, style, text_width, room),
            margin,
            top - used,
            text_width,
            rtl=False,
        )
        if marks.code:
            code_style = NORMAL.small
            draw_qr(canvas, marks.code, width - margin - qr, top - qr + 2 * mm, qr)
            draw_text(
                canvas, marks.code, centred(code_style), width - margin - qr - 30, top - qr + 2 * mm, qr + 30
            )
        canvas.setStrokeColor(style.rule)
        canvas.setLineWidth(0.5)
        canvas.line(margin, margin + FOOTER_ROOM - 3 * mm, width - margin, margin + FOOTER_ROOM - 3 * mm)
        page = self.page - self.pack_first_page + 1
        if marks.code and marks.returnable:
            coded = page + marks.code_page_offset
            draw_page_codes(canvas, marks.code, marks.household, coded, PAGE_SIZE)
            self.returnable.append(PageAreas(PageCode(marks.code, marks.household, coded), areas))
        footer = f"{marks.footer}  ·  {marks.book.english('page')} {page}"
        draw_text(
            canvas, footer, style.muted, margin, margin + FOOTER_ROOM - 5 * mm, width - 2 * margin, rtl=False
        )
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class Rendered:
    """A PDF and where in it each pack starts."""

    pdf: bytes
    pages: int
    pack_starts: tuple[int, ...]
    returnable: tuple[PageAreas, ...] = ()
    """The returnable pages, in order, with where their boxes were printed."""


def render(
    flowables: Sequence[Flowable],
    title: str,
    on_pack: Callable[[int], None] | None = None,
) -> Rendered:
    """Lay the flowables out on A4 pages; on_pack(i) is called as pack i starts (it may raise Cancelled)."""
    buffer = io.BytesIO()
    document = PackDocument(buffer, title, on_pack)
    with _collector_paused():
        document.build(list(flowables))
    return Rendered(buffer.getvalue(), document.page, tuple(document.pack_starts), tuple(document.returnable))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a document is built: a batch makes millions of short-lived
    objects, and the collector's repeated full passes over every live object cost a tenth of the time.
    What the build leaves in cycles is collected as soon as the collector is back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _fitted(title: str, style: PrintStyle, width: float, room: float) -> TextStyle:
    """The heading style, made smaller step by step (down to the body size) until the title fits the room
    above the page's body: a long bilingual title in large print must not run into the text below it."""
    heading = style.heading
    while heading.size > style.body.size:
        if sum(line.height for line in layout(title, heading, width, False)) <= room:
            break
        heading = replace(heading, size=max(style.body.size, heading.size - 1))
    return heading
