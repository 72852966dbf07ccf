"""Render the app's icon (resources/icons/linkbook.svg) to the PNG, .ico and .icns files installers need.

`python installer/render_icons.py` writes resources/icons/linkbook-<size>.png (16 to 512, committed, so the
app and the Linux packages use them as they are) and, with `--platform-icons DIR`, linkbook.ico (Windows:
Inno Setup and the .exe) and linkbook.icns (macOS: the .app) into DIR. Each size is rendered from the SVG
by Qt's QSvgRenderer, not scaled down from a big bitmap, so small sizes stay sharp.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "linkbook.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"linkbook-{size}.png"


def render_pngs(svg: Path = SVG, sizes: tuple[int, ...] = SIZES) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size (square, transparent corners, antialiased)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can read.")
    rendered: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        rendered[size] = bytes(data.data())
    return rendered


def write_platform_icons(pngs: dict[int, bytes], folder: Path) -> list[Path]:
    """linkbook.ico (every size up to 256, each its own rendering) and linkbook.icns, with Pillow."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    ico = folder / "linkbook.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = folder / "linkbook.icns"
    images[max(images)].save(icns, format="ICNS")
    return [ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform-icons", type=Path, help="also write linkbook.ico and linkbook.icns here")
    args = parser.parse_args(argv)
    pngs = render_pngs()
    for size, data in pngs.items():
        (ICONS / png_name(size)).write_bytes(data)
    written = [ICONS / png_name(s) for s in pngs]
    if args.platform_icons:
        written += write_platform_icons(pngs, args.platform_icons)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
