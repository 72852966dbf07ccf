"""Where the shipped fonts and phrase files live, in a source checkout and in a frozen app."""

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The top-level resources/ folder; PyInstaller puts it under sys._MEIPASS."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
