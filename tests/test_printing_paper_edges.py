"""Paper without rough edges: what a teacher or a family would notice on the printed page."""

import datetime as dt
import io
from dataclasses import replace

import pdfplumber
import pypdfium2  # type: ignore[import-untyped]
import pytest
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.domain.agreements import Target
from desktop.printing.agreement import AgreementSheet
from desktop.printing.fonts import Face, font_name
from desktop.printing.layout import FOOTER_ROOM, HEADER_ROOM
from desktop.printing.packs import FamilyPack, PackBatch, Recipient, render_pack, render_packs
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import NORMAL
from desktop.services.context import ServiceContext
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.school import SchoolService
from tests import printing_fixtures
from tests.test_printing_documents import SCHOOL, WEEK, pack, sample_agreement, sample_week

demo_context = printing_fixtures.demo_context
demo_vault = printing_fixtures.demo_vault


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


def ink(picture: Image.Image) -> Image.Image:
    """The picture's dark pixels (white on black) without ruled lines, cut to their bounding box."""
    mask = picture.convert("L").point(lambda v: 255 if v < 160 else 0)
    for y in range(mask.height):
        row = mask.crop((0, y, mask.width, y + 1))
        if row.histogram()[255] > 0.8 * mask.width:
            mask.paste(0, (0, y, mask.width, y + 1))
    box = mask.getbbox()
    assert box is not None, "nothing drawn there"
    return mask.crop(box)


def rasterise(pdf: bytes, page: int, dpi: int) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[page - 1].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def harfbuzz_reference(text: str, font: str, size: float, dpi: int) -> Image.Image:
    """The text as reportlab draws HarfBuzz's shaping of it (a Paragraph with shaping on), in a tiny PDF."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(400, 4 * size), initialFontName=font)  # type: ignore[arg-type]
    style = ParagraphStyle("reference", fontName=font, fontSize=size, leading=size * 1.3, shaping=1)
    paragraph = Paragraph(text, style)
    paragraph.wrapOn(canvas, 390, 4 * size)
    paragraph.drawOn(canvas, 5, size)
    canvas.showPage()
    canvas.save()
    return ink(rasterise(buffer.getvalue(), 1, dpi))


def mismatch(actual: Image.Image, expected: Image.Image) -> float:
    """The share of inked pixels with no ink within a pixel of them in the other picture (so that
    anti-aliasing at another sub-pixel offset does not count, but a glyph in another place does)."""
    expected = expected.resize(actual.size)
    near_actual = actual.filter(ImageFilter.MaxFilter(3))
    near_expected = expected.filter(ImageFilter.MaxFilter(3))
    only_actual = ImageChops.subtract(actual, near_expected).point(lambda v: 255 if v > 127 else 0)
    only_expected = ImageChops.subtract(expected, near_actual).point(lambda v: 255 if v > 127 else 0)
    either = ImageChops.lighter(actual, expected).point(lambda v: 255 if v > 127 else 0)
    lonely = only_actual.histogram()[255] + only_expected.histogram()[255]
    return lonely / max(1, either.histogram()[255])


@pytest.mark.parametrize("dpi", [150, 300])
def test_the_bengali_day_heading_is_drawn_as_harfbuzz_shapes_it(dpi: int) -> None:
    """সোমবার (Monday) has a two-part vowel sign round its first consonant: drawn unshaped, the sign
    splits from its letter and a dotted circle stands where it should join."""
    pdf = render_pack(pack(sample_week("Ayaan Chowdhury"), "BNG", name="Ayaan Chowdhury"), SCHOOL)
    heading = NORMAL.heading
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        found = [
            m
            for m in page.search("Monday 16 November 2026")
            if abs(m["chars"][0]["size"] - heading.size) < 0.5
        ]
        assert found, "no day heading on the first page"
        row = found[0]
        width = float(page.width)
    scale = dpi / 72
    picture = rasterise(pdf, 1, dpi)
    box = (
        width / 2 * scale,
        (row["top"] - 8) * scale,
        (width - NORMAL.margin + 2) * scale,
        (row["bottom"] + 2) * scale,
    )
    actual = ink(picture.crop(box))
    home = f"{Phrasebook('BNG').home('monday')} 16.11.2026"
    assert home.startswith("সোমবার")
    expected = harfbuzz_reference(home, font_name(Face.BENGALI, bold=True), heading.size, dpi)
    assert abs(actual.width - expected.width) <= 2 and abs(actual.height - expected.height) <= 2, (
        actual.size,
        expected.size,
    )
    assert mismatch(actual, expected) < 0.1


def body_and_head(pdf: bytes) -> list[tuple[str, str]]:
    """Each page's text below the running head (and above the footer), and the running head's text."""
    pages: list[tuple[str, str]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            head_end = NORMAL.margin + HEADER_ROOM
            foot_start = float(page.height) - NORMAL.margin - FOOTER_ROOM
            body = page.crop((0, head_end, page.width, foot_start)).extract_text() or ""
            head = page.crop((0, 0, page.width, head_end)).extract_text() or ""
            pages.append((body, head))
    return pages


@pytest.mark.parametrize("language", ["ARA", "ENG", "BNG"])
def test_an_agreement_names_itself_once_and_its_targets_once(language: str) -> None:
    pdf = render_pack(pack(sample_agreement(), language, name="Amina Hassan"), SCHOOL)
    pages = body_and_head(pdf)
    body = "\n".join(b for b, _ in pages)
    assert body.count("Home-school agreement") == 1, body
    assert "Home-school agreement: Amina Hassan" in body
    assert body.count("Targets") == 1, body
    for _, head in pages:
        if head.strip():
            assert head.count("Home-school agreement") == 1, head


def with_targets(count: int) -> AgreementSheet:
    """The sample agreement with this many targets: enough of them push the signatures to a new page."""
    sheet = sample_agreement()
    version = sheet.agreement.current
    targets = tuple(
        Target(f"Target {n}: read a short book aloud to an adult at home.", dt.date(2027, 1, n))
        for n in range(1, count + 1)
    )
    version = replace(version, content=replace(version.content, targets=targets))
    return replace(sheet, agreement=replace(sheet.agreement, versions=(version,)))


@pytest.mark.parametrize("language", ["ENG", "ARA"])
def test_signature_lines_never_stand_alone_on_a_page(language: str) -> None:
    """However long the agreement, the page with the signature lines also shows what is being signed."""
    overflowed = 0
    for count in range(1, 13):
        pdf = render_pack(pack(with_targets(count), language, name="Amina Hassan"), SCHOOL)
        pages = body_and_head(pdf)
        overflowed += len([h for _, h in pages if h.strip()]) > 1  # blank backs carry no header
        for number, (body, _) in enumerate(pages, start=1):
            if "Signature" in body:
                assert "Target " in body or "Speech and language group" in body, (
                    f"{count} targets: page {number} has the signature lines alone"
                )
    assert overflowed >= 4, "the case is real: some agreements run over a page"


def test_the_hand_out_list_says_which_packs_are_in_english_for_want_of_labels() -> None:
    packs = (
        family_pack("Emre Yılmaz", "26W49-K7QF-2XM9", "TUR"),
        family_pack("Zofia Wiśniewska", "26W49-RQQA-XDC7", "POL"),
        family_pack("Deniz Kaya", "26W49-MWMW-WMMW", "TUR", household="Flat 2"),
        family_pack("Deniz Kaya", "26W49-MWMW-WMMW", "ENG", household="14 Mill Lane"),
        family_pack("Siân Llewellyn", "26W49-WWWW-WWWM", "ENG"),
        family_pack("Ana Popescu", "26W49-0123-4567", "OTH"),
    )
    pdf = render_packs(PackBatch(SCHOOL, "Year 3 Oak, week 2026-W49", packs)).pdf
    text = " ".join(" ".join(text_lines(pdf)).split())
    assert "Printed in English: no Turkish labels yet — Emre Yılmaz, Deniz Kaya" in text
    assert "home language is recorded only as “other than English” — Ana Popescu" in text
    assert text.count("Printed in English") == 2, "Polish has labels; English needs none"


def test_no_word_about_english_when_the_school_has_written_the_labels_itself() -> None:
    packs = (family_pack("Emre Yılmaz", "26W49-K7QF-2XM9", "TUR"),)
    overrides = {"TUR": {"link_book": "Okul-aile defteri", "your_reply": "Cevabınız"}}
    pdf = render_packs(PackBatch(SCHOOL, "Year 3 Oak, week 2026-W49", packs, overrides=overrides)).pdf
    assert "Printed in English" not in " ".join(text_lines(pdf))
    assert "Okul-aile defteri" in " ".join(text_lines(pdf, 3))


def test_a_demo_class_pack_tells_the_teacher_about_the_turkish_family(
    demo_context: ServiceContext,
) -> None:
    school = SchoolService(demo_context)
    turkish = [
        (school_class, pupil)
        for school_class in school.classes()
        for pupil in school.pupils(school_class.id)
        if any(m.home_language.upper() == "TUR" for m in school.family_of(pupil.id))
    ]
    assert turkish, "the demo school has a Turkish-speaking family"
    school_class, pupil = turkish[0]
    options = PackOptions(paper_only=False)
    pdf = PrintPackService(demo_context).class_packs(school_class.id, WEEK, options).pdf
    text = " ".join(" ".join(text_lines(pdf)).split())
    assert "Printed in English: no Turkish labels yet — " in text
    assert pupil.display_name in text.split("Printed in English: no Turkish labels yet — ", 1)[1]
