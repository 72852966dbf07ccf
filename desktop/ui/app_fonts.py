"""The fonts Linkbook ships, registered with Qt at start and used as fallbacks for the app's own font.

Children's names come in Gurmukhi, Bengali, Tamil, Arabic, Urdu and more. A school computer often has no
system font for some of these scripts, and Qt then draws empty boxes in the day list, the pupil tables and
the folders. The same Noto fonts that print the paper packs (resources/fonts) are registered with Qt's font
database, and the app font lists them after the system's family, so a name in any of these scripts is
drawn whether or not the computer has a font for it.
"""

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.printing.resources import resources_dir

log = logging.getLogger(__name__)

FALLBACK_ORDER = (
    "Noto Sans",
    "Noto Sans Bengali",
    "Noto Sans Gurmukhi",
    "Noto Sans Gujarati",
    "Noto Sans Tamil",
    "Noto Naskh Arabic",
    "Noto Nastaliq Urdu",
)
"""Latin first, then the Indic scripts, then Arabic (Naskh reads better than Nastaliq at UI sizes)."""


def register_shipped_fonts(fonts_dir: Path | None = None) -> list[str]:
    """Add every shipped .ttf to Qt's font database; returns the families now available, in fallback order."""
    folder = fonts_dir or resources_dir() / "fonts"
    families: set[str] = set()
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the shipped font %s", path.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    ordered = [family for family in FALLBACK_ORDER if family in families]
    return ordered + sorted(families - set(ordered))


def use_shipped_fonts(app: QApplication, fonts_dir: Path | None = None) -> list[str]:
    """Register the shipped fonts and make them the app font's fallbacks (the system's family stays first,
    at the size already chosen); returns the app font's families."""
    fallbacks = register_shipped_fonts(fonts_dir)
    font = QFont(app.font())
    first = font.family()
    families = [first, *(family for family in fallbacks if family != first)]
    font.setFamilies(families)
    app.setFont(font)
    return families
