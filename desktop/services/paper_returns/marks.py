"""Reading what a family marked on a returned page: tick boxes, and whether anything was written.

The page's boxes are where the printing code recorded drawing them (desktop/printing/page_areas.py), in
page points; the two corner codes give where the page lies on the scan (`PageTransform`). Each area is
cut out of the scan upright, at a fixed resolution, whatever the scan's own rotation and resolution. A tick
box is read from the ink inside it, against its printed outline: when the outline is not where it was
printed the page is not trusted (unsure) rather than guessed.
"""

import enum
import math
from dataclasses import dataclass

from PIL import Image, ImageFilter

from desktop.printing.page_areas import Area
from desktop.printing.page_codes import Corner, corner_centres
from desktop.printing.styles import PAGE_SIZE
from desktop.services.paper_returns.reading import PageReading

TICK_PIXELS_PER_POINT = 4.0
"""Resolution tick boxes are cut out at (a 6 mm box is 68 pixels square)."""
CUTTING_PIXELS_PER_POINT = 2.0
"""Resolution reply and signature areas are kept at (144 dpi: legible handwriting, small files)."""
EMPTY_BELOW = 0.02
"""Share of a box's inside covered in ink below which it is empty (scanner noise, a stray dot)."""
TICKED_ABOVE = 0.06
"""Share above which it is ticked; in between, a person looks (a faint mark, a crossed-out tick)."""
WRITTEN_ABOVE = 0.004
"""Share of a reply or signature area covered in ink above which something was written there."""
OUTLINE_FOUND = 0.6
"""Share of a box's outline that must be seen where it was printed for its inside to be trusted."""


class Mark(enum.StrEnum):
    TICKED = "ticked"
    EMPTY = "empty"
    UNSURE = "unsure"


@dataclass(frozen=True, slots=True)
class PageTransform:
    """From page points (top-left origin, y down) to scan pixels: turn, scale and shift."""

    origin: tuple[float, float]
    """The top-left corner code's centre on the scan, in pixels."""
    rotation: float
    """Degrees the page is turned anticlockwise on the scan."""
    scale: float
    """Scan pixels per page point."""

    @staticmethod
    def of(reading: PageReading) -> "PageTransform | None":
        """The transform of a page read from both corners (None from one corner or none)."""
        if reading.top_left is None or reading.rotation is None or reading.dots_per_inch is None:
            return None
        return PageTransform(reading.top_left, reading.rotation, reading.dots_per_inch / 72)

    def to_scan(self, x: float, y: float) -> tuple[float, float]:
        px, py = corner_centres(PAGE_SIZE)[Corner.TOP_LEFT]
        dx, dy = x - px, y - py
        turn = math.radians(self.rotation)
        cos, sin = math.cos(turn), math.sin(turn)
        ox, oy = self.origin
        return ox + self.scale * (dx * cos + dy * sin), oy + self.scale * (-dx * sin + dy * cos)

    def cut(
        self, picture: Image.Image, x: float, y: float, width: float, height: float, per_point: float
    ) -> Image.Image:
        """The page's rectangle (points) cut out of the scan, upright, at per_point pixels a point."""
        size = (max(1, round(width * per_point)), max(1, round(height * per_point)))
        turn = math.radians(self.rotation)
        step = self.scale / per_point
        cx, cy = self.to_scan(x, y)
        matrix = (
            step * math.cos(turn),
            step * math.sin(turn),
            cx,
            -step * math.sin(turn),
            step * math.cos(turn),
            cy,
        )
        fill = 255 if picture.mode == "L" else (255,) * len(picture.getbands())
        return picture.transform(
            size, Image.Transform.AFFINE, matrix, resample=Image.Resampling.BILINEAR, fillcolor=fill
        )


def read_tick(grey: Image.Image, transform: PageTransform, area: Area) -> Mark:
    """Ticked, empty or unsure: the ink inside the box, once its printed outline is found where expected."""
    margin = 3.0
    k = TICK_PIXELS_PER_POINT
    box = transform.cut(
        grey, area.x - margin, area.y - margin, area.width + 2 * margin, area.height + 2 * margin, k
    )
    box = box.filter(ImageFilter.MedianFilter(3))
    paper = _paper_level(box)
    if not _outline_found(box, paper, margin * k, area.width * k, area.height * k):
        return Mark.UNSURE
    inset = max(area.width * 0.2, 2.5)
    inside = box.crop(
        (
            round((margin + inset) * k),
            round((margin + inset) * k),
            round((margin + area.width - inset) * k),
            round((margin + area.height - inset) * k),
        )
    )
    share = _ink_share(inside, paper - 110)
    if share < EMPTY_BELOW:
        return Mark.EMPTY
    if share > TICKED_ABOVE:
        return Mark.TICKED
    return Mark.UNSURE


def cutting(picture: Image.Image, transform: PageTransform, area: Area) -> Image.Image:
    """A reply or signature area, upright, to keep and show beside the entry or signature."""
    return transform.cut(picture, area.x, area.y, area.width, area.height, CUTTING_PIXELS_PER_POINT)


def has_writing(grey: Image.Image, transform: PageTransform, area: Area) -> bool:
    """Whether anything was written in a reply or signature area (its ruling and outline left out)."""
    inset = 5.0
    k = CUTTING_PIXELS_PER_POINT
    inside = transform.cut(
        grey, area.x + inset, area.y + 1, max(1.0, area.width - 2 * inset), max(1.0, area.height - 2), k
    )
    inside = inside.filter(ImageFilter.MedianFilter(3))
    return _ink_share(inside, _paper_level(inside) - 110) > WRITTEN_ABOVE


def _paper_level(picture: Image.Image) -> int:
    """The paper's grey level: the value 90 % of the pixels are darker than or equal to."""
    histogram = picture.histogram()
    total = sum(histogram)
    seen = 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= total * 0.9:
            return level
    return 255


def _ink_share(picture: Image.Image, below: int) -> float:
    histogram = picture.histogram()
    total = sum(histogram) or 1
    return sum(histogram[: max(0, below)]) / total


def _outline_found(box: Image.Image, paper: int, offset: float, width: float, height: float) -> bool:
    """Whether the printed outline is seen along the box's four sides (within a point or so)."""
    pixels = box.load()
    assert pixels is not None
    reach = max(2, round(TICK_PIXELS_PER_POINT * 1.5))
    dark = paper - 50
    seen = total = 0
    left, top = round(offset), round(offset)
    right, bottom = round(offset + width), round(offset + height)
    w, h = box.size

    def darkest(xs: range, ys: range) -> int:
        return min(
            int(pixels[min(w - 1, max(0, x)), min(h - 1, max(0, y))])  # type: ignore[arg-type]
            for x in xs
            for y in ys
        )

    for x in range(left + reach, right - reach, 2):
        for edge in (top, bottom):
            total += 1
            seen += darkest(range(x, x + 1), range(edge - reach, edge + reach + 1)) < dark
    for y in range(top + reach, bottom - reach, 2):
        for edge in (left, right):
            total += 1
            seen += darkest(range(edge - reach, edge + reach + 1), range(y, y + 1)) < dark
    return total > 0 and seen / total >= OUTLINE_FOUND
