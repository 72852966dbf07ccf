"""Small generated drawings that stand in for photos of children's work in the demo school."""

import io
import random
from functools import cache
from typing import Any

_PALETTE = ((239, 71, 111), (255, 209, 102), (6, 214, 160), (17, 138, 178), (7, 59, 76), (244, 162, 97))


@cache
def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def work_picture(rng: random.Random, title: str, child_name: str, heading: str = "My work") -> bytes:
    """A small PNG that looks like a photo of a child's drawing: shapes, a heading, a name and a title."""
    from PIL import Image, ImageDraw

    background = tuple(235 + rng.randrange(20) for _ in range(3))
    image = Image.new("RGB", (320, 240), background)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(3, 7)):
        colour = rng.choice(_PALETTE)
        x, y = rng.randrange(10, 250), rng.randrange(40, 170)
        w, h = rng.randrange(25, 90), rng.randrange(25, 70)
        shape = rng.randrange(4)
        if shape == 0:
            draw.ellipse((x, y, x + w, y + h), fill=colour, outline=(40, 40, 40), width=2)
        elif shape == 1:
            draw.rectangle((x, y, x + w, y + h), outline=colour, width=4)
        elif shape == 2:
            draw.polygon(((x, y + h), (x + w // 2, y), (x + w, y + h)), fill=colour)
        else:
            points = [(x + i * w // 6, y + (h if i % 2 else 0)) for i in range(7)]
            draw.line(points, fill=colour, width=3)
    draw.text((12, 8), heading, fill=(30, 30, 30), font=_font(24))
    draw.text((12, 214), f"{child_name}: {title}"[:44], fill=(60, 60, 60), font=_font(14))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()
