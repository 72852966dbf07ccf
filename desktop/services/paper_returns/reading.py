"""Reading one scanned page: which returnable page it is, and how it lies on the scan.

Every returnable page carries a QR code naming it in its top-left and bottom-right corners (see
desktop/printing/page_codes.py). zxing-cpp finds every code on the picture, in any direction; the two
corner codes' centres, against where they were printed, give the page's rotation and scale (so its tick
boxes and reply area can be found on the scan). One corner is enough to know the page, with the rotation
that code's own orientation gives (to a degree or so); none, and the page waits for a person.
"""

import math
from dataclasses import dataclass, replace

import zxingcpp
from PIL import Image, ImageFilter

from desktop.printing.blocks import QR_QUIET, quick_qr_modules
from desktop.printing.page_codes import CORNER_SIZE, Corner, PageCode, corner_centres, parse_page_code
from desktop.printing.styles import PAGE_SIZE

FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


@dataclass(frozen=True, slots=True)
class FoundCode:
    """A corner code found on the picture: what it names and its centre in pixels (x right, y down)."""

    code: PageCode
    centre: tuple[float, float]
    orientation: float
    """zxing-cpp's angle of the symbol in degrees: minus the page's anticlockwise turn, to a degree."""
    corners: tuple[tuple[float, float], ...] = ()
    """The symbol's own four corners on the picture (its top left, top right, bottom right, bottom left)."""


@dataclass(frozen=True, slots=True)
class PageReading:
    """What one scanned page turned out to be: the page its codes name, or None when none could be read."""

    code: PageCode | None
    rotation: float | None = None
    """Degrees the page is turned anticlockwise on the scan (-180 to 180)."""
    dots_per_inch: float | None = None
    """The scan's resolution measured on the page (from the two corners), None from one corner."""
    codes_read: int = 0
    """How many of the page's two corner codes were read."""
    problem: str = ""
    """Why the page could not be read, in words for the person who reviews it."""
    top_left: tuple[float, float] | None = None
    """Where the top-left corner code's centre lies on the scan (pixels), when both corners were read."""
    points: tuple[tuple[tuple[float, float], tuple[float, float]], ...] = ()
    """(page point, scan pixel) for each corner of both codes' symbols, when both corners were read: eight
    points from which a page photographed at an angle is known (see marks.PageTransform)."""
    other_codes: tuple[str, ...] = ()
    """The text of every other QR code read on the page (the header's reply code, a code not ours)."""


def read_page(picture: Image.Image) -> PageReading:
    """Find the page's corner codes and, from them, the page and how it is turned."""
    grey = picture.convert("L")
    others: set[str] = set()
    found = _in_corners(grey, others)
    if len(found) < 2:
        found = _corner_codes(grey, others)
    if len(found) < 2:
        # Speckle and JPEG noise hide small codes; a light median filter, and a larger picture for low
        # resolutions, bring them back (tried only when the plain picture gave fewer than two codes):
        # first in the corners, then over the whole page, unless the page showed a code of another kind
        # and no corner code anywhere: a legible page without corner codes (the class news) that the slow
        # search of the whole page would not change.
        again = _in_corners(grey, others, cleaned=True)
        if len(again) < 2 and (found or again or not others):
            cleaned, factor = _cleaned(grey, enlarge=min(grey.size) < LOW_RESOLUTION_SIDE)
            whole = [_scaled(c, 1 / factor) for c in _corner_codes(cleaned, others)]
            again = max(again, whole, key=len)
        if len(again) > len(found):
            found = again
    reading = _reading(found)
    return replace(reading, other_codes=tuple(sorted(others)))


def _cleaned(picture: Image.Image, *, enlarge: bool) -> tuple[Image.Image, float]:
    """The picture with speckle smoothed away, doubled in size (`enlarge`, for a scan of low resolution),
    and by how much it was enlarged."""
    smooth = picture.filter(ImageFilter.MedianFilter(3))
    if enlarge:
        return smooth.resize((picture.width * 2, picture.height * 2), Image.Resampling.LANCZOS), 2.0
    return smooth, 1.0


LOW_RESOLUTION_SIDE = 2000
"""A scan whose shorter side has fewer pixels (under about 240 dpi for A4) is enlarged before a retry."""

CORNER_SHARE = 0.2
"""Share of the picture's shorter side searched at each corner first: a flat-bed or copier scan, however
turned by quarter turns or a few degrees, has the codes there, and four small searches take a fraction of
the time of one over the whole page (the whole page is searched when they find fewer than two)."""


def _in_corners(grey: Image.Image, others: set[str], *, cleaned: bool = False) -> list[FoundCode]:
    side = round(min(grey.size) * CORNER_SHARE)
    width, height = grey.size
    found: list[FoundCode] = []
    for left, top in ((0, 0), (width - side, 0), (0, height - side), (width - side, height - side)):
        corner = grey.crop((left, top, left + side, top + side))
        factor = 1.0
        if cleaned:
            corner, factor = _cleaned(corner, enlarge=min(grey.size) < LOW_RESOLUTION_SIDE)
        for code in _corner_codes(corner, others):
            code = _scaled(code, 1 / factor)
            centre = (code.centre[0] + left, code.centre[1] + top)
            corners = tuple((x + left, y + top) for x, y in code.corners)
            found.append(FoundCode(code.code, centre, code.orientation, corners))
    return found


def _corner_codes(picture: Image.Image, others: set[str]) -> list[FoundCode]:
    codes: list[FoundCode] = []
    for barcode in zxingcpp.read_barcodes(picture, formats=FORMATS):
        page_code = parse_page_code(barcode.text)
        if page_code is None:
            others.add(barcode.text)  # the header's reply code, or a code that is not ours
            continue
        p = barcode.position
        points = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        centre = (sum(q.x for q in points) / 4, sum(q.y for q in points) / 4)
        corners = tuple((q.x, q.y) for q in points)
        codes.append(FoundCode(page_code, centre, float(barcode.orientation), corners))
    return codes


def _scaled(found: FoundCode, factor: float) -> FoundCode:
    return FoundCode(
        found.code,
        (found.centre[0] * factor, found.centre[1] * factor),
        found.orientation,
        tuple((x * factor, y * factor) for x, y in found.corners),
    )


def _reading(found: list[FoundCode]) -> PageReading:
    if not found:
        return PageReading(None, problem="no page code could be read")
    if len({c.code for c in found}) > 1:
        return PageReading(
            None, problem="the page's corner codes name different pages (two pages scanned as one?)"
        )
    code = found[0].code
    rough = _normalised(-found[0].orientation)
    if len(found) < 2:
        return PageReading(code, rough, None, 1)
    first, second = found[0].centre, found[1].centre
    expected = corner_centres(PAGE_SIZE)
    (ax, ay), (bx, by) = expected[Corner.TOP_LEFT], expected[Corner.BOTTOM_RIGHT]
    printed = math.atan2(by - ay, bx - ax)
    # Which code is the top-left one: the order whose rotation agrees with the codes' own orientation
    # (the other order is half a turn away). y grows downwards in both, so a page turned anticlockwise
    # shows a smaller angle on the scan.
    turns = []
    for (sx, sy), (tx, ty) in ((first, second), (second, first)):
        turns.append((_normalised(math.degrees(printed - math.atan2(ty - sy, tx - sx))), (sx, sy)))
    rotation, top_left = min(turns, key=lambda turn: abs(_normalised(turn[0] - rough)))
    scale = math.hypot(second[0] - first[0], second[1] - first[1]) / math.hypot(bx - ax, by - ay)
    top, bottom = (found[0], found[1]) if found[0].centre == top_left else (found[1], found[0])
    points = _symbol_points(code, top, expected[Corner.TOP_LEFT]) + _symbol_points(
        code, bottom, expected[Corner.BOTTOM_RIGHT]
    )
    return PageReading(code, rotation, scale * 72, 2, top_left=top_left, points=points)


def _symbol_points(
    code: PageCode, found: FoundCode, centre: tuple[float, float]
) -> tuple[tuple[tuple[float, float], tuple[float, float]], ...]:
    """Each corner of a code's symbol where it was printed (page points) and where it was found (pixels).
    The symbol is printed upright, so its own top-left corner is the one nearest the page's top left."""
    if len(found.corners) != 4:
        return ()
    modules = len(quick_qr_modules(code.payload))
    half = CORNER_SIZE * modules / (modules + 2 * QR_QUIET) / 2
    cx, cy = centre
    printed = ((cx - half, cy - half), (cx + half, cy - half), (cx + half, cy + half), (cx - half, cy + half))
    return tuple(zip(printed, found.corners, strict=True))


def _normalised(degrees: float) -> float:
    turned = (degrees + 180) % 360 - 180
    return 180.0 if turned == -180 else turned
