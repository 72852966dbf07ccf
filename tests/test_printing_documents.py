"""Each paper document says what it should, is a valid PDF, and looks as it did when a person checked it.

Page snapshots: every page is drawn by poppler at 30 dpi and compared with tests/printing_expected/. After
a deliberate change, regenerate with LINKBOOK_UPDATE_SNAPSHOTS=1 and look at the new pictures before
committing them.
"""

import datetime as dt
import os
import random
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib.units import mm

from desktop.domain.agreements import (
    Agreement,
    Commitment,
    DocumentContent,
    DocumentKind,
    DocumentVersion,
    Party,
    Provision,
    Signature,
    Target,
    VersionStatus,
)
from desktop.domain.calendar import Period
from desktop.domain.linkbook import (
    Amount,
    FoodRecord,
    LinkBookEntry,
    MedicationRecord,
    Method,
    Mood,
    MoodRecord,
    SchoolSession,
    SenSections,
)
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import WorkItem
from desktop.printing.agreement import AgreementSheet
from desktop.printing.folder import FolderPiece, WorkFolderSheet
from desktop.printing.newsletter import Newsletter
from desktop.printing.packs import Document, FamilyPack, PackBatch, Recipient, render_pack, render_packs
from desktop.printing.week import LinkBookWeek
from desktop.services.demo_pictures import work_picture
from tests.printing_fixtures import needs_poppler, needs_qpdf, page_texts, qpdf_check, render_page

EXPECTED = Path(__file__).parent / "printing_expected"
UPDATE = os.environ.get("LINKBOOK_UPDATE_SNAPSHOTS") == "1"
SCHOOL = "Riverside Community Primary School"
WEEK = Period.parse("2026-W47")
CODE = "26W47-K7QF-2XM9"


def entry(day: dt.date, **text: str) -> LinkBookEntry:
    return LinkBookEntry(pupil_id="p1", day=day, author_id="t1", author_role=StaffRole.CLASS_TEACHER, **text)


def sample_week(name: str = "Zofia Wiśniewska") -> LinkBookWeek:
    days = WEEK.school_days()
    sections = SenSections(
        mood=(
            MoodRecord(SchoolSession.MORNING, Mood.HAPPY, "Settled quickly with her visual timetable."),
            MoodRecord(SchoolSession.AFTERNOON, Mood.TIRED),
        ),
        food_and_drink=(FoodRecord("Lunch", Amount.MOST, "Ate the pasta, left the peas."),),
        medication=(MedicationRecord(dt.time(12, 15), "Methylphenidate", "10 mg", "Mr Reece Dawson"),),
    )
    entries = (
        entry(
            days[0],
            learning="We read 'Owl Babies' and wrote 3 sentences about night animals.",
            wins=f"{name.split()[0]} helped Oisín with his coat.",
            sections=sections,
        ),
        entry(
            days[1], learning="Column addition with exchanging, up to 999.", reminders="PE kit on Thursday."
        ),
        None,
        entry(days[3], learning="Forest School: we built a shelter for a hedgehog.", note="Wellies, please!"),
        entry(days[4], class_note="The winter fair is on 11 December; all families are welcome."),
    )
    return LinkBookWeek(name, "Year 3 Oak", WEEK, tuple(zip(days, entries, strict=True)))


def sample_folder() -> WorkFolderSheet:
    picture = work_picture(random.Random(4), "Autumn leaves", "Ayaan")
    return WorkFolderSheet(
        "Ayaan Chowdhury",
        "Year 3 Oak",
        WEEK,
        (
            FolderPiece(
                WorkItem(
                    "Art",
                    "Autumn leaves in secondary colours",
                    dt.date(2026, 11, 17),
                    "Bold colours!",
                    "Good",
                ),
                picture,
            ),
            FolderPiece(WorkItem("Maths", "Fractions of shapes", dt.date(2026, 11, 18), "", "8/10")),
        ),
    )


def sample_agreement() -> AgreementSheet:
    content = DocumentContent(
        commitments=(
            Commitment(Party.SCHOOL, "Give Amina a quiet place to calm down when she needs it."),
            Commitment(Party.FAMILY, "Read with Amina for ten minutes most evenings."),
            Commitment(Party.PUPIL, "Use my card to ask for a break."),
        ),
        targets=(
            Target("Ask for help with words instead of leaving the room.", dt.date(2026, 12, 11)),
            Target("Read a short book aloud to an adult.", dt.date(2027, 1, 29), "Nearly there"),
        ),
        provision=(Provision("Speech and language group", "Mrs Begum", "Twice a week"),),
        review_date=dt.date(2026, 12, 11),
    )
    version = DocumentVersion(
        number=2,
        content=content,
        status=VersionStatus.ACTIVE,
        created_at=dt.datetime(2026, 11, 9, 16),
        created_by="Mrs Adebayo-Kowalska",
        signatures=(Signature("Mrs Adebayo-Kowalska", Party.SCHOOL, Method.DIGITAL, dt.date(2026, 11, 9)),),
    )
    agreement = Agreement(
        pupil_id="p3",
        kind=DocumentKind.AGREEMENT,
        title="Home-school agreement: Amina Hassan",
        versions=(version,),
    )
    return AgreementSheet(agreement, "Amina Hassan", "Year 3 Oak")


def sample_newsletter() -> Newsletter:
    return Newsletter(
        "Year 3 Oak",
        WEEK,
        (
            NewsItem(
                "Forest School",
                "We are outside every Thursday: wellies and a coat, please.",
                dt.date(2026, 11, 16),
                "Mr Okonkwo-Jones",
            ),
        ),
        (
            SchoolEvent(
                "Parents' evening",
                dt.date(2026, 11, 30),
                "Book a slot with your child's teacher.",
                dt.time(15, 30),
                "School hall",
            ),
            SchoolEvent("Winter fair", dt.date(2026, 12, 11), "Stalls, crafts and food."),
        ),
    )


def pack(
    document: Document, language: str, large: bool = False, name: str = "Zofia Wiśniewska"
) -> FamilyPack:
    recipient = Recipient(("Agnieszka Wiśniewska",), "12 Orchard Road", language, large)
    return FamilyPack(name, "Year 3 Oak", WEEK, recipient, CODE, (document,))


DOCUMENTS: dict[str, FamilyPack] = {
    "week-pol": pack(sample_week(), "POL"),
    "week-urd-large": pack(sample_week("Fatima Qureshi"), "URD", large=True, name="Fatima Qureshi"),
    "folder-bng": pack(sample_folder(), "BNG", name="Ayaan Chowdhury"),
    "agreement-ara": pack(sample_agreement(), "ARA", name="Amina Hassan"),
    "newsletter-tam": pack(sample_newsletter(), "TAM", name="Kavya Subramanian"),
}


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {name: render_pack(p, SCHOOL) for name, p in DOCUMENTS.items()}


def test_week_has_every_day_its_sections_and_a_reply_slip_for_each(rendered: dict[str, bytes]) -> None:
    text = "\n".join(page_texts(rendered["week-pol"]))
    for expected in (
        "Link book",
        "Zofia Wiśniewska",
        "Monday 16 November 2026",
        "Friday 20 November 2026",
        "Owl Babies",
        "Oisín",
        "How I felt",
        "Medicine given",
        "Methylphenidate",
        "No link-book page for this day",
        "Wellies, please!",
        "winter fair",
        "Czego dziś się nauczyliśmy",
        CODE,
    ):
        assert expected in text, expected
    for phrase in ("Your reply", "I have read this", "Signature", "Date"):
        assert text.count(phrase) == 5, phrase


def test_folder_has_cover_contents_pieces_and_a_comment_page(rendered: dict[str, bytes]) -> None:
    pages = page_texts(rendered["folder-bng"])
    text = "\n".join(pages)
    for expected in (
        "Work folder",
        "Ayaan Chowdhury",
        "Contents",
        "Autumn leaves",
        "Fractions of shapes",
        "8/10",
    ):
        assert expected in text, expected
    assert "Your comments on this work" in pages[-1]
    assert "Signature" in pages[-1]


def test_agreement_has_commitments_targets_review_dates_version_and_a_line_per_signer(
    rendered: dict[str, bytes],
) -> None:
    text = "\n".join(page_texts(rendered["agreement-ara"]))
    for expected in (
        "Home-school agreement: Amina Hassan",
        "Version 2",
        "The school will",
        "The family will",
        "I will",
        "Use my card to ask for a break.",
        "Targets",
        "11.12.2026",
        "29.01.2027",
        "Speech and language group",
        "For the school",
        "Parent or carer",
        "Pupil",
        "Signed in the app: Mrs Adebayo-Kowalska",
    ):
        assert expected in text, expected
    assert text.count("Signature") == 3


def test_newsletter_has_news_and_dates(rendered: dict[str, bytes]) -> None:
    text = "\n".join(page_texts(rendered["newsletter-tam"]))
    for expected in (
        "Class news",
        "Forest School",
        "Parents' evening",
        "Monday 30 November 2026, 15:30",
        "Winter fair",
    ):
        assert expected in text, expected


@needs_qpdf
def test_every_document_passes_qpdf_check(rendered: dict[str, bytes], tmp_path: Path) -> None:
    for pdf in rendered.values():
        qpdf_check(pdf, tmp_path)


def test_large_print_body_is_at_least_16_points(rendered: dict[str, bytes]) -> None:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(rendered["week-urd-large"])) as document:
        sizes = {round(c["size"]) for page in document.pages for c in page.chars}
    with pdfplumber.open(io.BytesIO(rendered["week-pol"])) as document:
        normal = {round(c["size"]) for page in document.pages for c in page.chars}
    assert 16 in sizes and min(sizes) >= 14 - 5, sizes  # footer and header marks may be smaller
    assert max(normal) < max(sizes)


def difference(actual: Image.Image, expected: Image.Image) -> float:
    """The share of pixels that differ by more than a quarter of the grey scale."""
    if actual.size != expected.size:
        return 1.0
    diff = ImageChops.difference(actual.convert("L"), expected.convert("L")).point(
        lambda v: 255 if v > 64 else 0
    )
    return sum(diff.histogram()[255:]) / (actual.width * actual.height)


@needs_poppler
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_pages_look_as_they_did_when_checked(rendered: dict[str, bytes], name: str) -> None:
    pdf = rendered[name]
    pages = len(page_texts(pdf))
    EXPECTED.mkdir(exist_ok=True)
    for page in range(1, pages + 1):
        actual = render_page(pdf, page, dpi=30)
        path = EXPECTED / f"{name}-{page}.png"
        if UPDATE:
            actual.save(path, optimize=True)
            continue
        assert path.exists(), (
            f"no expected picture {path.name}: run with LINKBOOK_UPDATE_SNAPSHOTS=1 and look"
        )
        share = difference(actual, Image.open(path))
        assert share < 0.004, f"{path.name}: {share:.2%} of the page changed"
    assert not (EXPECTED / f"{name}-{pages + 1}.png").exists() or UPDATE, "the document lost pages"


@needs_poppler
def test_teacher_list_and_pack_pages_look_as_they_did(tmp_path: Path) -> None:
    packs = (
        pack(sample_week("Gurpreet Sandhu"), "PNJ", name="Gurpreet Sandhu"),
        pack(sample_week("Hodan Warsame"), "SOM", name="Hodan Warsame"),
    )
    pdf = render_packs(PackBatch(SCHOOL, "Year 3 Oak, week 2026-W47", packs)).pdf
    for page in (1, 3):
        actual = render_page(pdf, page, dpi=30)
        path = EXPECTED / f"batch-{page}.png"
        if UPDATE:
            actual.save(path, optimize=True)
            continue
        assert difference(actual, Image.open(path)) < 0.004, path.name


def test_a_header_title_too_long_for_its_room_is_set_smaller_down_to_the_body_size() -> None:
    """The header's room is fixed; a long bilingual title in large print must not run into the body."""
    from desktop.printing.layout import HEADER_ROOM, _fitted
    from desktop.printing.styles import LARGE
    from desktop.printing.text import layout

    title = "Support plan and one-page profile for the spring term / سپورٹ پلان اور ایک صفحے کا پروفائل"
    width, room = 120 * mm, HEADER_ROOM - 8 * mm
    fitted = _fitted(title, LARGE, width, room)
    assert sum(line.height for line in layout(title, LARGE.heading, width, False)) > room, "the case is real"
    assert LARGE.body.size <= fitted.size < LARGE.heading.size
    assert sum(line.height for line in layout(title, fitted, width, False)) <= room
    short = _fitted("Link book", LARGE, width, room)
    assert short.size == LARGE.heading.size, "a title that fits keeps the heading size"
