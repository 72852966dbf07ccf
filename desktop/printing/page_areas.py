"""Where a returnable page's boxes are: tick boxes, reply areas and signature lines, in page coordinates.

The blocks that draw a box also record it here, as they draw it, so the page that comes back on a scan is
read with the very rectangles that were printed (one source of truth for drawing and reading). Each area
says what it belongs to (`ref`): `day:2026-11-16` for a link-book day, `folder` for the period's work
folder, `agreement:<id>:<party>` for a signature line. Rectangles are in points from the page's top-left
corner, y downwards, the way a scan is read.
"""

import enum
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from desktop.printing.styles import PAGE_SIZE


class AreaKind(enum.StrEnum):
    TICK = "tick"
    """A tick box: ticked, empty or unsure, read from the ink inside its printed outline."""
    REPLY = "reply"
    """Ruled lines for a handwritten reply: cut out and kept as a picture."""
    SIGNATURE = "signature"
    """A signature and date line: cut out and kept beside the signature."""


@dataclass(frozen=True, slots=True)
class Area:
    kind: AreaKind
    ref: str
    """What the area belongs to: `day:ISO-DATE`, `folder`, or `agreement:ID:PARTY`."""
    phrase: str
    """For a tick box, the phrase beside it (`i_have_read`); empty otherwise."""
    x: float
    y: float
    width: float
    height: float


class AreaRecorder:
    """Collects the areas drawn on the page being laid out (the document template owns one)."""

    def __init__(self) -> None:
        self.areas: list[Area] = []

    def take(self) -> tuple[Area, ...]:
        areas, self.areas = tuple(self.areas), []
        return areas


def record_area(
    canvas: Canvas,
    kind: AreaKind,
    ref: str,
    x: float,
    y: float,
    width: float,
    height: float,
    phrase: str = "",
) -> None:
    """Record a rectangle drawn at (x, y) (its bottom-left, in the flowable's own coordinates)."""
    recorder = getattr(getattr(canvas, "_doctemplate", None), "areas", None)
    if not ref or not isinstance(recorder, AreaRecorder):
        return
    left, bottom = canvas.absolutePosition(x, y)
    right, top = canvas.absolutePosition(x + width, y + height)
    page_height = PAGE_SIZE[1]
    recorder.areas.append(
        Area(
            kind,
            ref,
            phrase,
            round(left, 2),
            round(page_height - top, 2),
            round(right - left, 2),
            round(top - bottom, 2),
        )
    )
