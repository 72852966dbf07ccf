"""Mixed-script text set line by line: font runs, HarfBuzz shaping, right-to-left order, line breaking.

reportlab 5.1 can shape (with uharfbuzz) but its paragraphs lay right-to-left words out left to right,
and shaping a whole Arabic line in one right-to-left HarfBuzz run reverses its numbers. So lines are set
here instead, as the Unicode bidi algorithm says (UAX #9):

1. each character gets an embedding level (python-bidi's reference algorithm) and a font (`fonts`);
2. words are measured (shaped) and lines filled greedily in logical order, breaking at spaces;
3. each line is cut into runs of one font and one level, the runs are put in visual order by rule L2
   (reverse every sequence at or above each odd level, highest first), and each run is shaped by HarfBuzz
   in its own direction, so Arabic letters join and read right to left while digits keep their order.

The shaped runs are reportlab `ShapedStr`s (glyphs plus HarfBuzz positions), which its canvas draws.
Text in Latin, Greek or Cyrillic only takes a fast path: one font, no bidi, no shaping.
"""

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.lib.colors import Color, black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.printing.fonts import Face, face_for_language, font_name, fonts_for, metrics

_SIMPLE = re.compile(
    r"[\u0000-\u02ff\u0370-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2100-\u214f]*"
)
"""Text made only of these needs one font (Noto Sans) and no shaping or reordering."""
_RTL_CHARS = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]")
_HB_FEATURES = {"kern": True, "liga": True}


class Align(enum.StrEnum):
    START = "start"
    """Left in a left-to-right paragraph, right in a right-to-left one."""
    CENTER = "center"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a piece of text is set: size in points, line height as a multiple of it, weight, colour."""

    size: float = 11.0
    leading: float = 1.35
    bold: bool = False
    colour: Color = black
    align: Align = Align.START
    language: str | None = None
    """The DfE code of the text's language, where it decides the face (Urdu: Nastaliq)."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of glyphs in one font, placed on a line; `text` is a ShapedStr when it was shaped."""

    text: str
    font: str
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    """One set line: its pieces in visual (left-to-right drawing) order."""

    pieces: tuple[Piece, ...]
    width: float
    height: float
    ascent: float
    rtl: bool

    @property
    def fonts(self) -> set[str]:
        return {p.font for p in self.pieces}


@dataclass(frozen=True, slots=True)
class _Para:
    """A paragraph's characters with their fonts and bidi levels."""

    text: str
    fonts: list[str]
    levels: list[int]
    rtl: bool


def is_right_to_left(text: str) -> bool:
    """Whether the text's first strong character is right-to-left (rule P2)."""
    if not _RTL_CHARS.search(text):
        return False
    level: int = bidi_algorithm.get_base_level(text)
    return level == 1


def layout(text: str, style: TextStyle, width: float, rtl: bool | None = None) -> list[Line]:
    """Set text in lines no wider than width; rtl forces the paragraph direction (else from the text)."""
    return list(_layout_text(text, style.size, style.leading, style.bold, style.language, width, rtl))


@lru_cache(maxsize=16384)
def _layout_text(
    text: str, size: float, leading: float, bold: bool, language: str | None, width: float, rtl: bool | None
) -> tuple[Line, ...]:
    """A text's lines, remembered whole as well as by paragraph: every page's header sets the same school
    name and title again, and a page's labels repeat on every pack."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\t", " "))
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        lines.extend(_layout_paragraph(paragraph, size, leading, bold, language, width, rtl))
    return tuple(lines)


@lru_cache(maxsize=32768)
def _layout_paragraph(
    text: str, size: float, leading: float, bold: bool, language: str | None, width: float, rtl: bool | None
) -> tuple[Line, ...]:
    """Set lines are immutable, and packs repeat their labels and headings: each is set once."""
    style = TextStyle(size, leading, bold, language=language)
    para_rtl = is_right_to_left(text) if rtl is None else rtl
    if not para_rtl and _SIMPLE.fullmatch(text):
        return tuple(_layout_simple(text, style, width))
    return tuple(_layout_complex(text, style, width, para_rtl))


def _line_box(fonts: set[str], size: float, leading: float) -> tuple[float, float]:
    """Line height and baseline depth from its top, tall enough for every font on it."""
    latin = metrics(font_name(Face.LATIN))
    ascent = max(metrics(f).ascent for f in fonts) * size
    descent = min(metrics(f).descent for f in fonts) * size
    natural = (latin.ascent - latin.descent) * size
    height = max(size * leading, (ascent - descent) + (size * leading - natural))
    return height, (height - (ascent - descent)) / 2 + ascent


def _layout_simple(text: str, style: TextStyle, width: float) -> list[Line]:
    font = font_name(Face.LATIN, style.bold)
    size = style.size
    height, ascent = _line_box({font}, size, style.leading)
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[Line] = []
    current: list[str] = []
    current_width = 0.0
    for word in text.split(" "):
        word_width = pdfmetrics.stringWidth(word, font, size)
        needed = word_width if not current else current_width + space + word_width
        if current and needed > width:
            joined = " ".join(current)
            lines.append(Line((Piece(joined, font, current_width),), current_width, height, ascent, False))
            current, current_width = [], 0.0
            needed = word_width
        while word_width > width and len(word) > 1:
            head = _longest_prefix(word, font, size, width)
            head_width = pdfmetrics.stringWidth(head, font, size)
            lines.append(Line((Piece(head, font, head_width),), head_width, height, ascent, False))
            word = word[len(head) :]
            word_width = needed = pdfmetrics.stringWidth(word, font, size)
        current.append(word)
        current_width = needed
    joined = " ".join(current).rstrip()
    final_width = pdfmetrics.stringWidth(joined, font, size)
    lines.append(Line((Piece(joined, font, final_width),), final_width, height, ascent, False))
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> str:
    for end in range(len(word) - 1, 0, -1):
        if pdfmetrics.stringWidth(word[:end], font, size) <= width:
            return word[:end]
    return word[:1]


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (UAX #9 up to rule I2)."""
    if not rtl and not _RTL_CHARS.search(text):
        return [0] * len(text)
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    return [int(c["level"]) for c in storage["chars"]]


def _layout_complex(text: str, style: TextStyle, width: float, rtl: bool) -> list[Line]:
    arabic = face_for_language(style.language) or Face.NASKH
    para = _Para(text, fonts_for(text, style.bold, arabic), bidi_levels(text, rtl), rtl)
    lines: list[Line] = []
    start = 0
    line_start = 0
    line_width = 0.0
    for word_start, word_end, space_end in _words(text):
        word_width = _span_width(para, word_start, word_end, style.size)
        space_width = _span_width(para, word_end, space_end, style.size)
        if word_end > word_start and line_width and line_width + word_width > width:
            lines.append(_set_line(para, line_start, word_start, style))
            line_start, line_width = word_start, 0.0
        line_width += word_width + space_width
        start = space_end
    if start >= line_start:
        lines.append(_set_line(para, line_start, len(text), style))
    return lines


def _words(text: str) -> list[tuple[int, int, int]]:
    """(start, end of the word, end of the spaces after it) for each word; a leading space is a word."""
    return [(m.start(), m.start() + len(m[1]), m.end()) for m in re.finditer(r"([^ ]*)( *)", text) if m[0]]


def _span_width(para: _Para, start: int, end: int, size: float) -> float:
    total = 0.0
    for run_start, run_end in _runs(para, start, end):
        font = para.fonts[run_start]
        rtl = para.levels[run_start] % 2 == 1
        total += shape(para.text[run_start:run_end], font, size, rtl)[1]
    return total


def _runs(para: _Para, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal spans of one font and one level."""
    runs: list[tuple[int, int]] = []
    run_start = start
    for i in range(start + 1, end + 1):
        if i == end or para.fonts[i] != para.fonts[run_start] or para.levels[i] != para.levels[run_start]:
            runs.append((run_start, i))
            run_start = i
    return runs


def _set_line(para: _Para, start: int, end: int, style: TextStyle) -> Line:
    while end > start and para.text[end - 1] == " ":
        end -= 1
    runs = _runs(para, start, end)
    levels = [para.levels[s] for s, _ in runs]
    order = visual_order(levels)
    pieces: list[Piece] = []
    for index in order:
        run_start, run_end = runs[index]
        font = para.fonts[run_start]
        shaped, run_width = shape(para.text[run_start:run_end], font, style.size, levels[index] % 2 == 1)
        pieces.append(Piece(shaped, font, run_width))
    if not pieces:
        font = font_name(Face.LATIN, style.bold)
        pieces.append(Piece("", font, 0.0))
    height, ascent = _line_box({p.font for p in pieces}, style.size, style.leading)
    return Line(tuple(pieces), sum(p.width for p in pieces), height, ascent, para.rtl)


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indexes of runs in drawing order, by rule L2: reverse runs at or above each level down to 1."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


@lru_cache(maxsize=65536)
def shape(text: str, font: str, size: float, rtl: bool) -> tuple[str, float]:
    """Glyphs for a run of one font and direction, and its width in points.

    Runs in a complex face (or right-to-left, or with combining marks) are shaped by HarfBuzz into a
    ShapedStr, the form reportlab's canvas draws glyph by glyph with HarfBuzz's offsets; others stay text.
    """
    if not text:
        return text, 0.0
    needs_shaping = rtl or not _is_latin(font) or _has_marks(text)
    if not needs_shaping:
        return text, pdfmetrics.stringWidth(text, font, size)
    ttf = cast(TTFont, pdfmetrics.getFont(font))  # the stubs' getFont returns the base Font
    hb_font = _hb_font(font)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, _HB_FEATURES)
    face = ttf.face
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        owners = face.glyphToChar.get(glyph)  # type: ignore[attr-defined]  # missing from reportlab's stubs
        point = (
            owners[0]
            if owners
            else ttf.hbAddPrivate(  # type: ignore[attr-defined]  # missing from reportlab's stubs
                hb_font.glyph_to_string(glyph), glyph, position.x_advance
            )
        )
        x_advance = ttf.pdfScale(position.x_advance)
        advance += x_advance
        chars.append(chr(point))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(position.y_advance),
                ttf.pdfScale(position.x_offset),
                ttf.pdfScale(position.y_offset),
                face.charWidths[point],
            )
        )
    shaped = ShapedStr(
        "".join(chars),
        shapeData=data,  # type: ignore[arg-type]  # the stubs say one ShapeData; reportlab takes a list
    )
    return shaped, advance * size / 1000


def _is_latin(font: str) -> bool:
    """Whether the font is Noto Sans itself (the Indic faces' names start the same way, "Sans...")."""
    return font in (font_name(Face.LATIN), font_name(Face.LATIN, bold=True))


def _has_marks(text: str) -> bool:
    return any(unicodedata.combining(c) for c in text)


@lru_cache(maxsize=32)
def _hb_font(font: str) -> "uharfbuzz.Font":
    """One HarfBuzz font per face (positions come back in font units; size does not change them)."""
    return cast(TTFont, pdfmetrics.getFont(font)).hbFont(1000)


def draw_line(canvas: Canvas, line: Line, x: float, top: float, size: float) -> None:
    """Draw a set line with its left edge at x and its top at `top`.

    Each piece is written as the text object reportlab's drawString writes for it, but a piece's glyph
    codes are worked out once per document (see _shown): a pack batch prints the same labels, headings
    and phrases on hundreds of pages, and encoding them again on each took a quarter of its time.
    """
    baseline = top - line.ascent
    if not canvas.bottomup:
        for piece in line.pieces:
            if piece.text:
                canvas.setFont(piece.font, size)
                canvas.drawString(x, baseline, piece.text)
            x += piece.width
        return
    code: list[str] = canvas._code  # type: ignore[attr-defined]  # the page's operators, not in the stubs
    for piece in line.pieces:
        if piece.text:
            set_font(canvas, piece.font, size)
            code.append(f"BT 1 0 0 1 {fp_str(x, baseline)} Tm {_shown(canvas, piece.text)} T* ET")
        x += piece.width


def set_font(canvas: Canvas, font: str, size: float) -> None:
    """canvas.setFont, left out when the canvas's graphics state already has that font at that size (with
    setFont's leading): a page sets the same font on most of its lines. The canvas keeps its font in the
    state that saveState and restoreState keep, so what it holds is what the PDF's state holds."""
    state = canvas.__dict__
    if state["_fontname"] != font or state["_fontsize"] != size or state["_leading"] != size * 1.2:
        canvas.setFont(font, size)


def set_fill(canvas: Canvas, colour: Color) -> None:
    """canvas.setFillColor, left out when the canvas's state already holds this ink: most pieces of a page
    are in the same ink. The print styles' colours are opaque, and an opaque colour is given as its red,
    green and blue alone (`_ink`), which reportlab writes as the same operator without setting the fill's
    transparency again each time (an ExtGState operator after every restored state)."""
    ink = _ink(colour)
    if canvas.__dict__["_fillColorObj"] is not ink:
        canvas.setFillColor(ink)


@lru_cache(maxsize=64)
def _ink(colour: Color) -> Color | tuple[float, float, float]:
    """One object for each colour, so that the canvas holding it says the ink is set (see set_fill)."""
    return (colour.red, colour.green, colour.blue) if colour.alpha == 1 else colour


def _shown(canvas: Canvas, text: str) -> str:
    """The operators showing text in the canvas's current font and size: what reportlab's text object
    writes for it (font subset, glyph codes and, for shaped text, HarfBuzz's offsets), remembered for the
    canvas's document. The codes a document gives a font's glyphs never change once given, so the same
    text in the same font and size is always written the same way in one document.

    Shaped text is remembered by identity (a ShapedStr equals any string of the same glyph codes, whatever
    its positions): `shape` hands out one ShapedStr per run, and the cache holds it so its id stays its own.
    """
    cache: dict[tuple[object, ...], tuple[str, str]] = canvas.__dict__.setdefault("_linkbook_shown", {})
    state = (canvas._fontname, canvas._fontsize, canvas._leading)  # type: ignore[attr-defined]  # set by setFont
    shaped = isinstance(text, ShapedStr)
    key = (*state, id(text) if shaped else text, shaped)
    found = cache.get(key)
    if found is None or (shaped and found[0] is not text):
        # reportlab's own encoder, on a text object that starts like drawString's
        shown: str = canvas.beginText()._formatText(text)  # type: ignore[attr-defined]  # not in the stubs
        found = cache[key] = (text, _rise_reset(shown) if shaped else shown)
    return found[1]


def _rise_reset(shown: str) -> str:
    """Shaped text raises or lowers marks with the text rise (`Ts`), which stays in force after the text
    object ends: reportlab sets it back to 0 after each raised glyph but not always after the last. The
    rise is set back to 0 at the end, or the next piece of text on the page would print raised."""
    return f"{shown} 0 Ts" if " Ts" in shown and not shown.endswith(" 0 Ts") else shown


def line_x(line: Line, style: TextStyle, x: float, width: float) -> float:
    """Where a line starts for the style's alignment in a box from x of the given width."""
    align = style.align
    if align is Align.START:
        align = Align.RIGHT if line.rtl else Align.LEFT
    if align is Align.RIGHT:
        return x + width - line.width
    if align is Align.CENTER:
        return x + (width - line.width) / 2
    return x


def draw_text(
    canvas: Canvas, text: str, style: TextStyle, x: float, top: float, width: float, rtl: bool | None = None
) -> float:
    """Set and draw text in a box from x (top edge at `top`); returns the height used."""
    set_fill(canvas, style.colour)
    used = 0.0
    for line in layout(text, style, width, rtl):
        draw_line(canvas, line, line_x(line, style, x, width), top - used, style.size)
        used += line.height
    return used


def text_width(text: str, style: TextStyle) -> float:
    """The width of text set on one line."""
    return max((line.width for line in layout(text, style, 1e9)), default=0.0)


class InPlace(Flowable):
    """A flowable that draws itself at an offset on its container's canvas (`draw_at`), changing no state but
    the ink (set_fill) and the font (set_font): a container (blocks.Keep) then draws it without platypus's
    saveState, translate and restoreState around each one (with spaces and blocks within blocks, about a
    tenth of a pack batch's drawing)."""

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        raise NotImplementedError


@dataclass(eq=False)
class Text(InPlace):
    """A paragraph of any script for platypus, set by this module; it splits between lines at a page end."""

    text: str
    style: TextStyle = field(default_factory=TextStyle)
    rtl: bool | None = None
    space_after: float = 0.0
    _lines: list[Line] = field(default_factory=list, init=False, repr=False)
    _width: float = field(default=0.0, init=False, repr=False)

    def __post_init__(self) -> None:
        Flowable.__init__(self)
        self.spaceAfter = self.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._lines or self._width != availWidth:
            self._lines = layout(self.text, self.style, availWidth, self.rtl)
            self._width = availWidth
        self.width = availWidth
        self.height = sum(line.height for line in self._lines)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for line in self._lines:
            if used + line.height > availHeight:
                break
            used += line.height
            count += 1
        if count == 0 or count == len(self._lines):
            return []
        first, rest = _from_lines(self, self._lines[:count]), _from_lines(self, self._lines[count:])
        first.spaceAfter = 0
        return [first, rest]

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        set_fill(canvas, self.style.colour)
        top = y + self.height
        for line in self._lines:
            draw_line(canvas, line, line_x(line, self.style, x, self.width), top, self.style.size)
            top -= line.height


def _from_lines(source: Text, lines: list[Line]) -> Text:
    part = Text(source.text, source.style, source.rtl, source.space_after)
    part._lines = lines
    part._width = source._width
    return part
