"""Helpers and fixtures for the printing tests: a demo school, and ways to read PDFs back.

PDFs are read three ways: text through pypdf, glyphs with their positions through pdfplumber (mapped back
to font glyph ids), and pictures through poppler's pdftoppm.
"""

import datetime as dt
import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.demo import build_demo_school
from desktop.store.vault import Vault

DEMO_TODAY = dt.date(2026, 11, 20)
DEMO_WEEK = "2026-W47"
PASSPHRASE = "Kwiaty w maju, 7 rano"

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")


@pytest.fixture(scope="session")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A small demo school (two classes of ten, two weeks of entries, pictures of work), made once."""
    vault = Vault.create(tmp_path_factory.mktemp("printing") / "school", PASSPHRASE)
    build_demo_school(vault, classes=2, pupils_per_class=10, days=10, today=DEMO_TODAY, seed=11)
    yield vault
    vault.close()


@pytest.fixture
def demo_context(demo_vault: Vault) -> ServiceContext:
    """The school's administrator at 16:00 on the Friday the demo term reaches."""
    return ServiceContext(
        demo_vault, Actor("Ms Nowak-Okafor", StaffRole.ADMIN), clock=lambda: dt.datetime(2026, 11, 20, 16)
    )


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def render_page(pdf: bytes, page: int, dpi: int = 40) -> Image.Image:
    """One page (1-based) as an RGB picture, drawn by poppler."""
    result = subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(page), "-l", str(page), "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return Image.open(io.BytesIO(result.stdout)).convert("RGB")


def qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@dataclass(frozen=True, slots=True)
class Glyph:
    """A glyph drawn on a page: its font (our registered name), glyph id, left edge and top."""

    font: str
    gid: int
    x: float
    top: float


def registered_name(pdf_font: str) -> str:
    """'AAAAAA+NotoNaskhArabic-Regular' -> 'Linkbook-NaskhArabic' (the name reportlab knows it by)."""
    base = pdf_font.split("+", 1)[-1]
    family, _, weight = base.partition("-")
    name = "Linkbook-" + family.removeprefix("Noto")
    return name + ("-Bold" if weight == "Bold" else "")


def glyphs(pdf: bytes, page: int = 1) -> list[Glyph]:
    """Every glyph on a page with its glyph id in the font file, through the PDF's ToUnicode map.

    Glyphs that no character maps to (Nastaliq's joined forms, Indic conjuncts) are written under private
    code points that the font object records, so each maps back to exactly the glyph that was embedded.
    """
    found: list[Glyph] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for char in document.pages[page - 1].chars:
            name = registered_name(char["fontname"])
            char_to_glyph = pdfmetrics.getFont(name).face.charToGlyph
            found.append(Glyph(name, char_to_glyph[ord(char["text"])], char["x0"], char["top"]))
    return found


def lines_of(found: list[Glyph], tolerance: float = 3.0) -> list[list[Glyph]]:
    """Glyphs grouped into lines by their tops, each line in drawing order (left to right)."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(found, key=lambda g: g.top):
        if lines and abs(lines[-1][0].top - glyph.top) <= tolerance:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    return [sorted(line, key=lambda g: g.x) for line in lines]
