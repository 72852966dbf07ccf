"""Making scans of returned pages for tests: printed packs rasterised, marked with a pen, turned, noisy.

A family's pen is drawn with Pillow into the boxes where the printing code recorded them, on the upright
page; the page is then turned, speckled and saved with JPEG loss the way a copier or a phone spoils it.
"""

import io
import random
from collections.abc import Iterator

import pypdfium2
from PIL import Image, ImageDraw

from desktop.printing.page_areas import Area

PEN = (25, 35, 110)
"""Blue-black ballpoint."""


def rasterise(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Every page of the PDF as an RGB picture at dpi, as a scanner sees paper."""
    return list(each_page(pdf, dpi))


def each_page(pdf: bytes, dpi: int) -> Iterator[Image.Image]:
    """The PDF's pages one at a time (a long stack is never in memory whole)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            yield document[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def _px(value: float, dpi: int) -> float:
    return value * dpi / 72


def tick(picture: Image.Image, area: Area, dpi: int, pen_points: float = 1.6) -> None:
    """A tick inside the box, as a hand draws it: down to the bottom third, then up past the top."""
    x, y, w, h = (_px(v, dpi) for v in (area.x, area.y, area.width, area.height))
    points = [(x + w * 0.18, y + h * 0.55), (x + w * 0.42, y + h * 0.85), (x + w * 0.9, y + h * 0.1)]
    ImageDraw.Draw(picture).line(points, fill=PEN, width=max(2, round(_px(pen_points, dpi))), joint="curve")


def dot(picture: Image.Image, area: Area, dpi: int) -> None:
    """A faint mark: a short stroke in the box's corner, neither empty nor a tick."""
    x, y, w, h = (_px(v, dpi) for v in (area.x, area.y, area.width, area.height))
    ImageDraw.Draw(picture).line(
        [(x + w * 0.35, y + h * 0.45), (x + w * 0.55, y + h * 0.5)],
        fill=PEN,
        width=max(2, round(_px(1.2, dpi))),
    )


def scribble(picture: Image.Image, area: Area, dpi: int, seed: int = 1) -> None:
    """Handwriting-like strokes across the area's first lines."""
    rng = random.Random(seed)
    x, y, w, h = (_px(v, dpi) for v in (area.x, area.y, area.width, area.height))
    draw = ImageDraw.Draw(picture)
    width = max(2, round(_px(1.2, dpi)))
    rows = max(1, min(3, int(h // _px(18, dpi))))
    for row in range(rows):
        base = y + h * (row + 0.6) / (rows + 0.4)
        cx = x + w * 0.05
        points = []
        while cx < x + w * 0.7:
            points.append((cx, base - rng.uniform(0, min(h / (rows + 1), _px(10, dpi)))))
            cx += _px(rng.uniform(3, 6), dpi)
        draw.line(points, fill=PEN, width=width)


def spoil(
    picture: Image.Image, degrees: float, seed: int = 7, noise: float = 0.002, quality: int = 70
) -> Image.Image:
    """The page turned anticlockwise, speckled and JPEG-compressed, as a copier's scan."""
    rng = random.Random(seed)
    turned = (
        picture.rotate(degrees, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
        if degrees
        else picture.copy()
    )
    pixels = turned.load()
    assert pixels is not None
    for _ in range(int(turned.width * turned.height * noise)):
        x, y = rng.randrange(turned.width), rng.randrange(turned.height)
        pixels[x, y] = (0, 0, 0) if rng.random() < 0.5 else (255, 255, 255)
    buffer = io.BytesIO()
    turned.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def photographed(picture: Image.Image, tilt: float, seed: int = 11, quality: int = 75) -> Image.Image:
    """The page as a phone photographs it held at an angle: the far side of the page smaller than the near
    side (a perspective, not only a turn), then speckled and JPEG-compressed. `tilt` is how much smaller
    the far corner comes out (0.1: a tenth)."""
    width, height = picture.size
    # Pillow maps each output pixel (x, y) back to the input ((a x + b y + c) / w, (d x + e y + f) / w)
    # with w = g x + h y + 1: a negative g and h shrink the page towards its right and bottom edges.
    g, h = -tilt / width, -tilt * 0.6 / height
    seen = picture.transform(
        picture.size,
        Image.Transform.PERSPECTIVE,
        (1.0, 0.02, 0.0, -0.015, 1.0, 0.0, g, h),
        resample=Image.Resampling.BICUBIC,
        fillcolor="white",
    )
    return spoil(seen, 0, seed=seed, quality=quality)


def folded_corner(picture: Image.Image, degrees: float) -> Image.Image:
    """The page with its bottom-right corner (and the corner code on it) bent out of the page's plane."""
    width, height = picture.size
    side = int(width * 0.12)
    box = (width - side, height - side, width, height)
    bent = picture.crop(box).rotate(degrees, fillcolor="white", resample=Image.Resampling.BICUBIC)
    out = picture.copy()
    out.paste(bent, box)
    return out
