"""Normal and large print: sizes, spacing and the room left for handwriting.

Large print follows the UK Association for Accessible Formats' guidance: body text of 16 pt or more, a
plain sans face, generous line spacing, no text over pictures, more room to write.
"""

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.printing.text import Align, TextStyle

INK = HexColor("#1a1a1a")
ACCENT = HexColor("#1d4e89")
MUTED = HexColor("#555555")
RULE = HexColor("#8a8a8a")
PAGE_SIZE = A4


@dataclass(frozen=True, slots=True)
class PrintStyle:
    """Every size a document needs, for one family (normal or large print, in their language)."""

    large: bool
    body: TextStyle
    strong: TextStyle
    small: TextStyle
    label: TextStyle
    heading: TextStyle
    title: TextStyle
    muted: TextStyle
    gap: float
    """Space between blocks, in points."""
    writing_line: float
    """Distance between the ruled lines of a reply box: room for handwriting."""
    reply_lines: int
    tick: float
    margin: float
    qr: float
    accent: Color = ACCENT
    rule: Color = RULE

    def for_language(self, language: str | None) -> "PrintStyle":
        """The same sizes with the home language set where it decides the face (Urdu: Nastaliq)."""
        return replace(
            self,
            body=replace(self.body, language=language),
            strong=replace(self.strong, language=language),
            small=replace(self.small, language=language),
            label=replace(self.label, language=language),
            heading=replace(self.heading, language=language),
            title=replace(self.title, language=language),
            muted=replace(self.muted, language=language),
        )


def _styles(large: bool) -> PrintStyle:
    if large:
        body, small, heading, title, leading = 16.0, 14.0, 21.0, 28.0, 1.5
    else:
        body, small, heading, title, leading = 11.0, 9.0, 14.0, 20.0, 1.35
    return PrintStyle(
        large=large,
        body=TextStyle(body, leading, colour=INK),
        strong=TextStyle(body, leading, bold=True, colour=INK),
        small=TextStyle(small, leading, colour=INK),
        label=TextStyle(small, leading, bold=True, colour=ACCENT),
        heading=TextStyle(heading, 1.3, bold=True, colour=ACCENT),
        title=TextStyle(title, 1.25, bold=True, colour=INK),
        muted=TextStyle(small, leading, colour=MUTED),
        gap=(10 if large else 6),
        writing_line=(13 if large else 9) * mm,
        reply_lines=4 if large else 3,
        tick=(9 if large else 6) * mm,
        margin=16 * mm,
        qr=(24 if large else 20) * mm,
    )


NORMAL = _styles(False)
LARGE = _styles(True)


def print_style(large: bool, language: str | None = None) -> PrintStyle:
    """The style for a family: large print or not, labels in their language."""
    return (LARGE if large else NORMAL).for_language(language)


def centred(style: TextStyle) -> TextStyle:
    return replace(style, align=Align.CENTER)
