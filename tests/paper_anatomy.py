"""Draws docs/paper-return-anatomy.png: a real printed link-book page with the parts the import reads
marked over it, from the rectangles the printing code recorded as it drew them.

    python -m tests.paper_anatomy docs/paper-return-anatomy.png
"""

import sys
from pathlib import Path

from PIL import Image, ImageDraw

from desktop.printing.packs import FamilyPack, PackBatch, Recipient, render_packs
from desktop.printing.page_areas import AreaKind
from desktop.printing.page_codes import CORNER_SIZE, corner_centres
from desktop.printing.styles import PAGE_SIZE
from tests.paper_scans import rasterise
from tests.test_printing_documents import SCHOOL, WEEK, sample_week

DPI = 80
COLOURS = {"A": (120, 0, 140), "B": (150, 120, 0), "C": (30, 100, 190), "D": (200, 30, 30)}
COLOURS |= {"E": (30, 150, 60), "F": (220, 110, 0)}


def anatomy() -> Image.Image:
    recipient = Recipient(("Parent of Zofia Wiśniewska",), "", "POL")
    pack = FamilyPack("Zofia Wiśniewska", "Year 3 Oak", WEEK, recipient, "26W47-K7QF-2XM9", (sample_week(),))
    rendered = render_packs(PackBatch(SCHOOL, "Year 3 Oak", (pack,)))
    page = rendered.returnable[1]
    number = rendered.pack_starts[0] + page.code.page - 1
    picture = rasterise(rendered.pdf, DPI)[number - 1]
    draw = ImageDraw.Draw(picture)
    k = DPI / 72

    def mark(
        letter: str, box: tuple[float, float, float, float], words: str, below: bool = False, aside: float = 0
    ) -> None:
        x, y, w, h = (v * k for v in box)
        colour = COLOURS[letter]
        draw.rectangle((x - 2, y - 2, x + w + 2, y + h + 2), outline=colour, width=2)
        label = f"{letter}  {words}"
        tx, ty = (x + w + 8 + aside * k, y) if not below else (x, y + h + 4)
        width = draw.textlength(label)
        tx = min(tx, picture.width - width - 8)
        draw.rectangle((tx - 2, ty - 1, tx + width + 4, ty + 15), fill=(255, 253, 225), outline=colour)
        draw.text((tx + 1, ty + 1), label, fill=colour)

    half = CORNER_SIZE / 2
    for n, (cx, cy) in enumerate(corner_centres(PAGE_SIZE).values()):
        words = "corner code LB1:code:household:page" if n == 0 else "the same corner code, bottom right"
        box = (cx - half, cy - half, 2 * half, 2 * half)
        if n == 0:
            mark("A", box, words)
        else:
            x, y = (cx - half) * k, (cy - half) * k
            draw.rectangle(
                (x - 2, y - 2, x + 2 * half * k + 2, y + 2 * half * k + 2), outline=COLOURS["A"], width=2
            )
            label = f"A  {words}"
            tx = x - draw.textlength(label) - 20
            draw.rectangle((tx - 2, y, tx + draw.textlength(label) + 4, y + 16), fill=(255, 253, 225))
            draw.text((tx + 1, y + 1), label, fill=COLOURS["A"])
    mark("B", (PAGE_SIZE[0] - 100, 42, 52, 60), "header QR and reply code (typed by hand)", below=True)
    for area in page.areas:
        if area.kind is AreaKind.REPLY:
            mark("C", (area.x, area.y, area.width, area.height), f"reply area ({area.ref})")
        elif area.kind is AreaKind.TICK and area.phrase == "i_have_read":
            mark("D", (area.x, area.y, area.width, area.height), "tick box: I have read this", aside=250)
        elif area.kind is AreaKind.TICK:
            mark("F", (area.x, area.y, area.width, area.height), "tick box: Please contact me", aside=250)
        elif area.kind is AreaKind.SIGNATURE:
            mark("E", (area.x, area.y, area.width, area.height), "signature line")
    return picture


if __name__ == "__main__":
    anatomy().save(Path(sys.argv[1]), optimize=True)
