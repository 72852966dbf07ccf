"""The pieces every paper document is made of: bilingual labels, reply boxes, tick boxes, signature lines.

Each is a platypus Flowable drawn with `text` (so any script prints shaped and in the right order), sized
from the family's PrintStyle so that large print gets bigger boxes and more room to write.
"""

import hashlib
from dataclasses import replace
from functools import lru_cache

from reportlab.lib.colors import Color, black, white
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable

from desktop.printing.corner_qr import best_mask_rows, corner_modules, corner_rows, qr_path, rows_path
from desktop.printing.fonts import Face, font_name
from desktop.printing.page_areas import AreaKind, record_area
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle
from desktop.printing.text import (
    Align,
    InPlace,
    Line,
    Text,
    TextStyle,
    draw_line,
    layout,
    line_x,
    set_fill,
    text_width,
)


class Bilingual(InPlace):
    """English at the start of the row, the home language at its end; stacked when both do not fit.

    A right-to-left translation always reads from the right edge, where its reader's eye starts.
    """

    def __init__(self, english: str, home: str | None, style: TextStyle, rtl: bool = False) -> None:
        super().__init__()
        self.english = english
        self.home = home
        self.style = style
        self.rtl = rtl
        self._lines: list[tuple[Line, TextStyle, float]] = []
        self._wrapped: float | None = None
        """The width the lines were set for (platypus asks again and again as it fills a page)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped == availWidth:
            return availWidth, self.height
        self._wrapped = availWidth
        english = layout(self.english, self.style, availWidth, rtl=False)
        self._lines = []
        top = 0.0
        if self.home:
            home_style = replace(self.style, align=Align.RIGHT)
            home = layout(self.home, home_style, availWidth, rtl=self.rtl)
            side_by_side = (
                len(english) == 1 and len(home) == 1 and english[0].width + home[0].width + 24 <= availWidth
            )
            if side_by_side:
                height = max(english[0].height, home[0].height)
                self._lines = [
                    (english[0], self.style, (height - english[0].height) / 2),
                    (home[0], home_style, (height - home[0].height) / 2),
                ]
                self.height = height
                self.width = availWidth
                return availWidth, height
            for line in english:
                self._lines.append((line, self.style, top))
                top += line.height
            start = replace(self.style, align=Align.START)
            for line in home:
                self._lines.append((line, start, top))
                top += line.height
        else:
            for line in english:
                self._lines.append((line, self.style, top))
                top += line.height
        self.width, self.height = availWidth, top
        return availWidth, top

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        set_fill(canvas, self.style.colour)
        for line, style, top in self._lines:
            draw_line(canvas, line, line_x(line, style, x, self.width), y + self.height - top, style.size)


def bilingual(book: Phrasebook, phrase: str, style: TextStyle) -> Bilingual:
    return Bilingual(book.english(phrase), book.home(phrase), style, book.right_to_left)


class WritingLines(Flowable):
    """A box of ruled lines to write on."""

    def __init__(self, lines: int, gap: float, colour: Color, ref: str = "") -> None:
        super().__init__()
        self.lines = lines
        self.gap = gap
        self.colour = colour
        self.ref = ref
        """What a reply written here answers (see page_areas); empty: not read back from a scan."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.lines * self.gap + self.gap * 0.4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.8)
        canvas.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        record_area(canvas, AreaKind.REPLY, self.ref, 0, 0, self.width, self.height)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        for n in range(1, self.lines + 1):
            y = self.height - n * self.gap
            canvas.line(8, y, self.width - 8, y)
        canvas.setDash()


class TickAndSign(Flowable):
    """A tick box with its label, then signature and date lines: the family's "I have read this".

    `also` adds a second box (`please_contact`: "Please contact me") beside the first when both labels fit
    on one line there, else under it.
    """

    def __init__(
        self,
        book: Phrasebook,
        style: PrintStyle,
        tick_phrase: str = "i_have_read",
        ref: str = "",
        also: str = "",
    ) -> None:
        super().__init__()
        self.book = book
        self.style = style
        self.tick_phrase = tick_phrase
        self.ref = ref
        self.also = also

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        phrases = [p for p in (self.tick_phrase, self.also) if p]
        half = availWidth / 2 - self.style.tick - 14
        self._side_by_side = len(phrases) < 2 or all(
            len(layout(self.book.both(p, "  /  "), self.style.body, half, rtl=False)) == 1 for p in phrases
        )
        rows = 1 if self._side_by_side else len(phrases)
        self.height = rows * (self.style.tick + 4) - 4 + self.style.writing_line + 6
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        tick = style.tick
        top = self.height
        phrases = [p for p in (self.tick_phrase, self.also) if p]
        for n, phrase in enumerate(phrases):
            left = n * self.width / 2 if self._side_by_side else 0.0
            row_top = top if self._side_by_side else top - n * (tick + 4)
            span = self.width / 2 - 6 if self._side_by_side and len(phrases) > 1 else self.width
            tick_box(canvas, self.book, style, phrase, self.ref, left, row_top, span)
        last_top = top if self._side_by_side else top - (len(phrases) - 1) * (tick + 4)
        _sign_row(canvas, self.book, style, 0, last_top - tick - style.writing_line, self.width, self.ref)


def tick_box(
    canvas: Canvas,
    book: Phrasebook,
    style: PrintStyle,
    phrase: str,
    ref: str,
    x: float,
    top: float,
    width: float,
) -> None:
    """A tick box with its label in both languages beside it, its top at `top`; recorded as the tick area
    of what ref names, with the phrase it answers."""
    tick = style.tick
    canvas.setStrokeColor(style.rule)
    canvas.setLineWidth(1.2)
    canvas.rect(x, top - tick, tick, tick, stroke=1, fill=0)
    record_area(canvas, AreaKind.TICK, ref, x, top - tick, tick, tick, phrase)
    label = book.both(phrase, "  /  ")
    lines = layout(label, style.body, width - tick - 8, rtl=False)
    canvas.setFillColor(style.body.colour)
    if lines:
        line = lines[0]
        draw_line(canvas, line, x + tick + 8, top - (tick - line.height) / 2, style.body.size)


def _sign_row(
    canvas: Canvas, book: Phrasebook, style: PrintStyle, x: float, y: float, width: float, ref: str = ""
) -> None:
    """'Signature ____  Date ____' with the labels in both languages, the line at y; the room above the
    line is recorded as the signature area of what ref names."""
    small = style.small
    date_width = width * 0.3
    sign_width = width - date_width - 12
    for phrase, left, span in (("signature", x, sign_width), ("date", x + sign_width + 12, date_width)):
        label = book.both(phrase, " / ")
        label_width = min(text_width(label, small), span * 0.6)
        lines = layout(label, small, span * 0.6, rtl=False)
        canvas.setFillColor(small.colour)
        draw_line(canvas, lines[0], left, y + lines[0].height - 2, small.size)
        canvas.setStrokeColor(style.rule)
        canvas.setLineWidth(0.8)
        canvas.line(left + label_width + 6, y, left + span, y)
        if phrase == "signature":
            start = left + label_width + 6
            record_area(
                canvas, AreaKind.SIGNATURE, ref, start, y + 1.5, left + span - start, style.writing_line - 4
            )


class SignatureBlock(Flowable):
    """One signer's line: who signs (in both languages), the line, the date; or who already signed.

    `agree` puts a tick box (`we_agree`: "We agree") above the line, read back with the signature.
    """

    def __init__(
        self, who: str, style: PrintStyle, book: Phrasebook, signed: str = "", ref: str = "", agree: str = ""
    ) -> None:
        super().__init__()
        self.who = who
        self.style = style
        self.book = book
        self.signed = signed
        self.ref = ref
        self.agree = agree

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._who = layout(self.who, self.style.label, availWidth, rtl=False)
        self._signed = layout(self.signed, self.style.muted, availWidth, rtl=False) if self.signed else []
        text_height = sum(line.height for line in self._who + self._signed)
        agree_height = self.style.tick + 6 if self.agree else 0.0
        self.height = text_height + agree_height + self.style.writing_line + 4
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for lines, style in ((self._who, self.style.label), (self._signed, self.style.muted)):
            canvas.setFillColor(style.colour)
            for line in lines:
                draw_line(canvas, line, 0, top, style.size)
                top -= line.height
        if self.agree:
            tick_box(canvas, self.book, self.style, self.agree, self.ref, 0, top - 3, self.width)
        _sign_row(canvas, self.book, self.style, 0, 4, self.width, self.ref)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float, quick: bool = False) -> None:
    """A QR code with its quiet zone, size points square, bottom-left corner at (x, y).

    The symbol is drawn once per document as a form (XObject) and placed on every page that carries it:
    encoding and drawing a QR code module by module on each page took most of a batch's time. `quick`
    codes (see quick_qr_modules) differ on every page: each is encoded fast and drawn in the page itself
    (a form of its own for every page cost more to write than its two copies in the page's stream).
    """
    if quick:
        count, path = _quick_symbol(value)
        scale = size / count
        canvas.addLiteral(f"q {fp_str(scale, 0, 0, scale, x, y)} cm {path} Q")
        return
    modules = qr_modules(value)
    count = len(modules) + 2 * QR_QUIET
    name = f"qr-{hashlib.sha1(value.encode()).hexdigest()[:16]}"
    forms: set[str] = canvas.__dict__.setdefault("_linkbook_qr_forms", set())
    if name not in forms:
        canvas.beginForm(name, 0, 0, count, count)
        canvas.setFillColor(white)
        canvas.rect(0, 0, count, count, stroke=0, fill=1)
        canvas.setFillColor(black)
        canvas.addLiteral(qr_path(modules, count, QR_QUIET))
        canvas.addLiteral("f*")  # fill (even-odd, the canvas's default), as drawPath(path, fill=1) did
        canvas.endForm()
        forms.add(name)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.doForm(name)
    canvas.restoreState()


@lru_cache(maxsize=16)
def _quick_symbol(value: str) -> tuple[int, str]:
    """A quick code's size in modules with its quiet zone, and the operators painting it in those units:
    its white square, then its dark modules (a page's two corners carry the same code)."""
    rows = corner_rows(value)
    count = len(rows) + 2 * QR_QUIET
    return count, f"1 1 1 rg n 0 0 {count} {count} re f* 0 0 0 rg {rows_path(rows, count, QR_QUIET)} f*"


QR_QUIET = 2
"""Modules of white round the symbol (the standard asks for 4; the page margin gives the rest)."""


@lru_cache(maxsize=4096)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The dark and light modules of the value's QR code (error correction level M), as reportlab's
    encoder makes it with the best of the eight masks (encoded by corner_qr, some forty times faster)."""
    rows = best_mask_rows(value)
    count = len(rows)
    return tuple(tuple(bool(row >> column & 1) for column in range(count)) for row in rows)


@lru_cache(maxsize=16)
def quick_qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The value's QR code (level M) with mask pattern 0 rather than the best of the eight.

    Any mask is a valid QR code (the symbol says which it uses); trying all eight to pick the one with the
    fewest confusing patterns costs eight encodings, about 19 ms a code, too slow for codes that differ on
    every page of a school's batch. One mask, encoded by corner_qr, takes well under a millisecond.
    """
    return corner_modules(value)


def rule(style: PrintStyle, thick: bool = False) -> HRFlowable:
    return HRFlowable(
        width="100%",
        thickness=1.2 if thick else 0.5,
        color=style.accent if thick else style.rule,
        spaceBefore=style.gap / 2,
        spaceAfter=style.gap,
    )


def table_font() -> tuple[str, tuple[int, int], tuple[int, int], str]:
    """A TableStyle command setting every cell's font to Noto Sans: a table sets its cells' font even
    when they hold flowables, and reportlab's default (Helvetica) would be referenced unembedded."""
    return ("FONTNAME", (0, 0), (-1, -1), font_name(Face.LATIN))


def gap(style: PrintStyle, times: float = 1.0) -> Spacer:
    return Spacer(1, style.gap * times)


def labelled(book: Phrasebook, phrase: str, body: str, style: PrintStyle) -> list[Flowable]:
    """A bilingual label over a paragraph of (English) text, kept together."""
    return [Keep([bilingual(book, phrase, style.label), Text(body, style.body)]), gap(style, 0.6)]


class Keep(Flowable):
    """Flowables kept on one page where they fit together, else left to flow.

    Like platypus's KeepTogether, without its deep copy of the frame on every measure (a tenth of a
    batch's time): the block moves whole to the next page when it fits a page, and splits into its parts
    only when it is taller than a page.
    """

    def __init__(self, items: list[Flowable]) -> None:
        super().__init__()
        self.items = items
        self._placed: list[tuple[Flowable, float]] = []
        self._wrapped: float | None = None
        """The width the parts were placed for: the parts are measured without a height limit, so the
        same width places them the same way, and platypus asks two or three times for each block."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped == availWidth:
            return availWidth, self.height
        self._wrapped = availWidth
        self._placed = []
        height = 0.0
        for index, item in enumerate(self.items):
            if index:
                height += item.getSpaceBefore()
            _, item_height = item.wrap(availWidth, 0x7FFFFFFF)
            self._placed.append((item, height + item_height))
            height += item_height
            if index < len(self.items) - 1:
                height += item.getSpaceAfter()
        self.width, self.height = availWidth, height
        return availWidth, height

    def getSpaceBefore(self) -> float:
        return self.items[0].getSpaceBefore() if self.items else 0.0

    def getSpaceAfter(self) -> float:
        return self.items[-1].getSpaceAfter() if self.items else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        document = getattr(self.canv, "_doctemplate", None)
        frame = document.frame if document is not None else None
        page_height = frame._height - frame._topPadding - frame._bottomPadding if frame else availHeight
        if self.height <= page_height and availHeight < page_height - 0.01:
            return []
        fitted: list[Flowable] = []
        used = 0.0
        rest: list[Flowable] = []
        self._wrapped = None  # the parts are measured again below, against the height left
        for index, item in enumerate(self.items):
            _, height = item.wrap(availWidth, availHeight)
            needed = height + (item.getSpaceBefore() if fitted else 0.0)
            if used + needed <= availHeight:
                fitted.append(item)
                used += needed + item.getSpaceAfter()
                continue
            parts = item.splitOn(self.canv, availWidth, availHeight - used) if used < availHeight else []
            if parts:
                fitted.append(parts[0])
                rest = [*parts[1:], *self.items[index + 1 :]]
            else:
                rest = list(self.items[index:])
            break
        if not fitted:
            return []
        return [Keep(fitted), *rest]

    def draw(self) -> None:
        canvas = self.canv
        state = canvas.__dict__
        self._draw_parts(
            canvas,
            0.0,
            0.0,
            (state["_fillColorObj"], state["_fontname"], state["_fontsize"], state["_leading"]),
        )

    def _draw_parts(
        self, canvas: Canvas, x: float, y: float, start: tuple[object, str, float, float]
    ) -> None:
        """Each part at its place, the block's bottom-left corner at (x, y): text in place (InPlace) and the
        parts of a block within it likewise, a space not at all (it draws nothing), anything else through
        platypus's drawOn, which saves and restores the state around it, after the ink and font that text
        left are set back to the block's at its start (so each part starts from the state it always did)."""
        state = canvas.__dict__
        ink, *font = start
        for item, bottom_from_top in self._placed:
            at = y + self.height - bottom_from_top
            if isinstance(item, InPlace):
                item.draw_at(canvas, x, at)
            elif type(item) is Keep:
                item._draw_parts(canvas, x, at, start)
            elif type(item) is not Spacer:
                if state["_fillColorObj"] is not ink:
                    canvas.setFillColor(ink)  # type: ignore[arg-type]  # whatever the canvas held
                if [state["_fontname"], state["_fontsize"], state["_leading"]] != font:
                    canvas.setFont(*font)  # type: ignore[arg-type]  # name, size and leading
                item.drawOn(canvas, x, at)
