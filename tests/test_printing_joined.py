"""PDFs joined as they are (desktop/printing/joined.py): every page of each part, in order, looking and
reading as it did, with the fonts each part embedded, in a file qpdf finds sound."""

import io
from pathlib import Path

import pytest
from PIL import ImageChops
from pypdf import PdfReader

from desktop.domain.calendar import Period
from desktop.printing.joined import JoinedPdf, NotJoinable
from desktop.printing.packs import FamilyPack, PackBatch, Recipient, render_packs
from desktop.printing.week import LinkBookWeek
from tests.printing_fixtures import needs_poppler, needs_qpdf, page_texts, qpdf_check, render_page

WEEK = Period.parse("2026-W47")


def _class_pdf(title: str, families: list[tuple[str, str, bool]]) -> bytes:
    packs = tuple(
        FamilyPack(
            pupil,
            title,
            WEEK,
            Recipient((f"{pupil}'s family",), language=language, large_print=large),
            f"26W47-{index:04d}-AAAA",
            (LinkBookWeek(pupil, title, WEEK, tuple((day, None) for day in WEEK.school_days())),),
        )
        for index, (pupil, language, large) in enumerate(families)
    )
    return render_packs(PackBatch("Ysgol y Berllan", f"{title}, week {WEEK.label}", packs)).pdf


@pytest.fixture(scope="module")
def parts() -> list[bytes]:
    return [
        _class_pdf("Dosbarth Derw", [("Aled Jones", "WEL", False), ("Zofia Wiśniewska", "POL", True)]),
        _class_pdf("Year 2 Ash", [("Ayaan Hussain", "URD", False), ("Mei Lin", "CHI", False)]),
        _class_pdf("Year 3 Oak", [("Rahim Uddin", "BNG", True), ("Layla Haddad", "ARA", False)]),
    ]


@needs_qpdf
def test_joined_pdf_holds_every_part_page_for_page_under_its_title(
    parts: list[bytes], tmp_path: Path
) -> None:
    joined = JoinedPdf("Packs for the whole school, 2026-W47 — Ysgol y Berllan")
    for part in parts:
        joined.add(part)
    pdf = joined.pdf()
    expected = [text for part in parts for text in page_texts(part)]
    assert page_texts(pdf) == expected
    assert joined.pages == len(expected) == len(PdfReader(io.BytesIO(pdf)).pages)
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None and metadata.title == "Packs for the whole school, 2026-W47 — Ysgol y Berllan"
    qpdf_check(pdf, tmp_path)


@needs_poppler
def test_joined_pages_look_as_they_did(parts: list[bytes]) -> None:
    joined = JoinedPdf("Packs")
    for part in parts:
        joined.add(part)
    pdf = joined.pdf()
    page = 1
    for part in parts:
        for own in range(1, len(PdfReader(io.BytesIO(part)).pages) + 1):
            before, after = render_page(part, own), render_page(pdf, page)
            assert ImageChops.difference(before.convert("RGB"), after.convert("RGB")).getbbox() is None, page
            page += 1


def test_a_pdf_not_laid_out_as_reportlab_writes_them_is_refused(parts: list[bytes]) -> None:
    joined = JoinedPdf("Packs")
    with pytest.raises(NotJoinable):
        joined.add(b"%PDF-1.4\nnot really a PDF\n%%EOF\n")
    with pytest.raises(NotJoinable):
        joined.add(parts[0].replace(b"xref\n0 ", b"xref\n1 ", 1))
    joined.add(parts[1])
    assert page_texts(joined.pdf()) == page_texts(parts[1])
