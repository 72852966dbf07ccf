"""The code that names one returnable page: a small QR code printed in two opposite corners of the page.

A page a family can send back carries, in its top-left and bottom-right corners (in the margins, clear
of the text), the same QR code saying which pack and which page of it this is: `LB1:26W47-K7QF-2XM9:1:3`
is reply code 26W47-K7QF-2XM9 (the pupil and period), the pupil's first household's pack, its third page.
A scan of the page, however it was turned, finds both; each code's own orientation says roughly how the
page is turned, which tells the two corners apart, and the line between them gives the page's rotation
and scale exactly. The two corners carry one code so that each page encodes one symbol, not two.
"""

import enum
import json
import re
from dataclasses import dataclass, fields

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.blocks import draw_qr
from desktop.printing.page_areas import Area, AreaKind

PREFIX = "LB1"
CORNER_SIZE = 11 * mm
"""Side of each corner code with its quiet zone: it fits the page margin, inside a printer's reach."""
CORNER_INSET = 4 * mm
"""Distance of a corner code from the paper's edges (printers leave 3 to 5 mm unprinted)."""
_AREA_FIELDS = tuple(f.name for f in fields(Area))
_PATTERN = re.compile(r"^LB1:([0-9A-Z]{5}-[0-9A-Z]{4}-[0-9A-Z]{4}):(\d{1,2}):(\d{1,3})$")


class Corner(enum.StrEnum):
    TOP_LEFT = "top left"
    BOTTOM_RIGHT = "bottom right"


@dataclass(frozen=True, slots=True)
class PageCode:
    """Which page of which pack a corner code names."""

    reply_code: str
    household: int
    """Which of the pupil's households the pack went to (1-based): each home gets its own pack."""
    page: int
    """The page's number within its pack (1-based)."""

    @property
    def payload(self) -> str:
        return f"{PREFIX}:{self.reply_code}:{self.household}:{self.page}"


@dataclass(frozen=True, slots=True)
class PageAreas:
    """A returnable page as printed: the code in its corners and the areas a family may mark."""

    code: PageCode
    areas: tuple[Area, ...]

    def to_json(self) -> str:
        """The areas as JSON objects of their fields (dataclasses.asdict's, without its deep copies: a
        school's batch has 13,000 returnable pages)."""
        return json.dumps(
            [{name: getattr(a, name) for name in _AREA_FIELDS} for a in self.areas],
            ensure_ascii=False,
            sort_keys=True,
        )

    @staticmethod
    def from_json(code: PageCode, text: str) -> "PageAreas":
        areas = tuple(
            Area(AreaKind(a["kind"]), a["ref"], a["phrase"], a["x"], a["y"], a["width"], a["height"])
            for a in json.loads(text)
        )
        return PageAreas(code, areas)


def parse_page_code(text: str) -> PageCode | None:
    """The page a corner code's text names, or None for any other text (a reply code, a stray code)."""
    found = _PATTERN.match(text.strip())
    if not found:
        return None
    code, household, page = found.groups()
    return PageCode(code, int(household), int(page))


def corner_centres(page_size: tuple[float, float]) -> dict[Corner, tuple[float, float]]:
    """Where each corner code's centre lies on the page, in points from the top-left corner (y down)."""
    width, height = page_size
    half = CORNER_INSET + CORNER_SIZE / 2
    return {Corner.TOP_LEFT: (half, half), Corner.BOTTOM_RIGHT: (width - half, height - half)}


def draw_page_codes(
    canvas: Canvas, reply_code: str, household: int, page: int, page_size: tuple[float, float]
) -> None:
    """Both corner codes of a returnable page."""
    height = page_size[1]
    payload = PageCode(reply_code, household, page).payload
    for x, y in corner_centres(page_size).values():
        draw_qr(canvas, payload, x - CORNER_SIZE / 2, height - y - CORNER_SIZE / 2, CORNER_SIZE, quick=True)
