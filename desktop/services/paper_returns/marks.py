"""Reading what a family marked on a returned page: tick boxes, and whether anything was written.

The page's boxes are where the printing code recorded drawing them (desktop/printing/page_areas.py), in
page points; the two corner codes give where the page lies on the scan (`PageTransform`). Each area is
cut out of the scan upright, at a fixed resolution, whatever the scan's own rotation and resolution. A tick
box is read from the ink inside it, against its printed outline: when the outline is not where it was
printed the page is not trusted (unsure) rather than guessed.
"""

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

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


ANGLE_TOLERANCE = 0.6
"""Points the codes' corners may lie from where a flat page (turned and scaled only) puts them: further,
the page was photographed at an angle and is read through a perspective fit of the eight corners."""
FIT_TOLERANCE = 0.6
"""Points the perspective fit may miss a corner by: further, the page is bent or too steep to be read."""
CORNER_PIXELS = 1.5
"""Scan pixels a code's corner may be off by from where it is found (low resolutions make this the larger
tolerance: at 150 dpi a pixel and a half is 0.7 points)."""
ANGLED = "photographed at an angle: scan it flat or file by hand"
"""The review reason for an angled photo whose boxes cannot be found for sure."""

Matrix = tuple[float, float, float, float, float, float, float, float, float]


@dataclass(frozen=True, slots=True)
class PageTransform:
    """From page points (top-left origin, y down) to scan pixels: turn, scale and shift; or, for a page
    photographed at an angle, a perspective (homography) fitted to the codes' eight corners."""

    origin: tuple[float, float]
    """The top-left corner code's centre on the scan, in pixels."""
    rotation: float
    """Degrees the page is turned anticlockwise on the scan."""
    scale: float
    """Scan pixels per page point."""
    perspective: Matrix | None = None
    """Page points to scan pixels (row-major 3x3), when the page was photographed at an angle."""
    angled_by: float = 0.0
    """Points the furthest code corner lies from where a flat page puts it (0: not measured)."""
    fit_error: float = 0.0
    """Points the perspective fit misses its furthest corner by."""
    slack: float = 0.0
    """Points a code's corner may be off by on this scan from finding it alone (a pixel and a half)."""

    @staticmethod
    def of(reading: PageReading) -> "PageTransform | None":
        """The transform of a page read from both corners (None from one corner or none)."""
        if reading.top_left is None or reading.rotation is None or reading.dots_per_inch is None:
            return None
        scale = reading.dots_per_inch / 72
        flat = PageTransform(reading.top_left, reading.rotation, scale, slack=CORNER_PIXELS / scale)
        if len(reading.points) < 8:
            return flat
        angled_by = _worst(flat.to_scan, reading.points) / flat.scale
        if angled_by <= max(ANGLE_TOLERANCE, flat.slack):
            return replace(flat, angled_by=angled_by)
        matrix = _homography(reading.points)
        if matrix is None:
            return replace(flat, angled_by=angled_by, fit_error=math.inf)
        fitted = replace(flat, perspective=matrix, angled_by=angled_by)
        return replace(fitted, fit_error=_worst(fitted.to_scan, reading.points) / flat.scale)

    @property
    def angled(self) -> bool:
        """Whether the page was photographed at an angle (read through the perspective fit)."""
        return self.angled_by > max(ANGLE_TOLERANCE, self.slack)

    @property
    def trusted(self) -> bool:
        """Whether the boxes can be found: a flat page, or an angled one the fit matches closely."""
        fitted = self.perspective is not None and self.fit_error <= max(FIT_TOLERANCE, self.slack)
        return not self.angled or fitted

    def to_scan(self, x: float, y: float) -> tuple[float, float]:
        if self.perspective is not None:
            return _apply(self.perspective, x, y)
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
        fill = 255 if picture.mode == "L" else (255,) * len(picture.getbands())
        if self.perspective is not None:
            # Output pixel (u, v) is page point (x + u / per_point, y + v / per_point).
            a, b, c, d, e, f, g, h, i = self.perspective
            step = 1 / per_point
            m = (a * step, b * step, a * x + b * y + c, d * step, e * step, d * x + e * y + f)
            n = (g * step, h * step, g * x + h * y + i)
            data = (m[0] / n[2], m[1] / n[2], m[2] / n[2], m[3] / n[2], m[4] / n[2], m[5] / n[2])
            return picture.transform(
                size,
                Image.Transform.PERSPECTIVE,
                (*data, n[0] / n[2], n[1] / n[2]),
                resample=Image.Resampling.BILINEAR,
                fillcolor=fill,
            )
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
        return picture.transform(
            size, Image.Transform.AFFINE, matrix, resample=Image.Resampling.BILINEAR, fillcolor=fill
        )


Point = tuple[float, float]


def _worst(to_scan: Callable[[float, float], Point], points: tuple[tuple[Point, Point], ...]) -> float:
    """The furthest a mapping puts a printed point from where it was found, in scan pixels."""
    return max(math.dist(to_scan(*page), scan) for page, scan in points)


def _apply(matrix: Matrix, x: float, y: float) -> Point:
    a, b, c, d, e, f, g, h, i = matrix
    w = g * x + h * y + i
    return (a * x + b * y + c) / w, (d * x + e * y + f) / w


def _homography(points: tuple[tuple[Point, Point], ...]) -> Matrix | None:
    """The perspective mapping page points to scan pixels that best fits the points (least squares over
    normalised coordinates), or None when they do not determine one."""
    page_norm = _normaliser([p for p, _ in points])
    scan_norm = _normaliser([q for _, q in points])
    rows: list[list[float]] = []
    rhs: list[float] = []
    for page, scan in points:
        x, y = _apply(page_norm, *page)
        u, v = _apply(scan_norm, *scan)
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    normal = [[sum(r[i] * r[j] for r in rows) for j in range(8)] for i in range(8)]
    target = [sum(r[i] * t for r, t in zip(rows, rhs, strict=True)) for i in range(8)]
    solved = _solve(normal, target)
    if solved is None:
        return None
    fitted = (*solved, 1.0)
    # Undo the normalisations: H = scan_norm^-1 . fitted . page_norm.
    matrix = _multiply(_inverse_scaling(scan_norm), _multiply(fitted, page_norm))  # type: ignore[arg-type]
    scale = matrix[8]
    return tuple(v / scale for v in matrix)  # type: ignore[return-value]


def _normaliser(points: list[Point]) -> Matrix:
    """Moves the points' centroid to the origin and their mean distance from it to sqrt(2)."""
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    spread = sum(math.dist(p, (cx, cy)) for p in points) / len(points) or 1.0
    k = math.sqrt(2) / spread
    return (k, 0.0, -k * cx, 0.0, k, -k * cy, 0.0, 0.0, 1.0)


def _inverse_scaling(m: Matrix) -> Matrix:
    k = m[0]
    return (1 / k, 0.0, -m[2] / k, 0.0, 1 / k, -m[5] / k, 0.0, 0.0, 1.0)


def _multiply(p: Matrix, q: Matrix) -> Matrix:
    return tuple(  # type: ignore[return-value]
        sum(p[3 * r + k] * q[3 * k + c] for k in range(3)) for r in range(3) for c in range(3)
    )


def _solve(matrix: list[list[float]], target: list[float]) -> list[float] | None:
    """Gaussian elimination with partial pivoting; None when the system is singular."""
    size = len(target)
    rows = [[*matrix[i], target[i]] for i in range(size)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        if abs(rows[pivot][column]) < 1e-12:
            return None
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for r in range(size):
            if r != column:
                factor = rows[r][column] / rows[column][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[column], strict=True)]
    return [rows[i][size] / rows[i][i] for i in range(size)]


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
