"""Paper without rough edges: what a teacher or a family would notice on the printed page."""

import io

import pdfplumber

from desktop.printing.packs import FamilyPack, PackBatch, Recipient, render_packs
from tests.test_printing_documents import SCHOOL, WEEK, sample_week


def text_lines(pdf: bytes, page: int = 1) -> list[str]:
    """The page's text read back line by line, as a reader sees it."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return (document.pages[page - 1].extract_text() or "").splitlines()


def family_pack(name: str, code: str, language: str = "ENG", household: str = "") -> FamilyPack:
    recipient = Recipient((f"Parent of {name}",), household, language)
    return FamilyPack(name, "Year 3 Oak", WEEK, recipient, code, (sample_week(name),))


def test_a_reply_code_is_on_one_line_of_the_hand_out_list() -> None:
    codes = ["26W49-MWMW-WMMW", "26W49-RQQA-XDC / 4", "26W49-WWWW-WWWM", "26W49-K7QF-2XM9"]
    packs = tuple(
        family_pack(name, code)
        for name, code in zip(
            ("Zofia Wiśniewska", "Oluwaseun Adeyemi-Okonkwo", "Nguyễn Thị Minh Khai", "Siân Llewellyn"),
            codes,
            strict=True,
        )
    )
    pdf = render_packs(PackBatch(SCHOOL, "Year 3 Oak, week 2026-W49", packs)).pdf
    lines = [line.replace("\u00a0", " ") for line in text_lines(pdf)]
    for code in codes:
        assert any(code in line for line in lines), f"{code} is broken across lines: {lines}"
