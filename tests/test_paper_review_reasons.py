"""Every reason a returned page waits for a person (docs/paper-returns.md, "The review queue") that the
filing tests do not already show, and bad input page by page: a password-protected PDF beside a good
scan, and a stack with three unreadable pages among good ones. Each page gets its own clear message and
nothing is half-filed."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.printing.packs import FamilyPack, PackBatch, Recipient, render_packs
from desktop.printing.page_areas import AreaKind
from desktop.printing.page_codes import CORNER_INSET, CORNER_SIZE
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.paper_returns.filing import FileProblem, PaperReturnService
from desktop.services.paper_returns.reading import read_page
from desktop.services.print_packs import PrintPackService
from tests.paper_scans import rasterise, scribble, spoil, tick
from tests.test_paper_returns_filing import (
    WEEK,
    _only,
    of_kind,
    printed_week,
    read_boxes,
    run,
    save_week,
    scan_file,
)
from tests.test_printing_documents import SCHOOL, sample_week

DPI = 200


@pytest.fixture
def zofia(small_school: dict[str, object], senco_context: ServiceContext) -> Pupil:
    pupil: Pupil = small_school["pupils"][0]  # type: ignore[index]
    return pupil


def no_acknowledgements(context: ServiceContext, pupil: Pupil) -> bool:
    day = WEEK.school_days()
    entries = LinkBookService(context).timeline(pupil.id, day[0], day[-1])
    return all(not LinkBookService(context).entry(e.id).acknowledgements for e in entries)


def test_a_page_with_only_one_readable_corner_code_waits(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, DPI)
    first = min(layouts)
    picture = pictures[first - 1]
    tick(picture, read_boxes(layouts[first])[0], DPI)
    # The bottom-right corner code under a coffee stain.
    reach = round((CORNER_INSET + CORNER_SIZE + 6) * DPI / 72)
    ImageDraw.Draw(picture).rectangle(
        (picture.width - reach, picture.height - reach, picture.width, picture.height), fill=(120, 90, 60)
    )
    page = _only(run(senco_context, scan_file(tmp_path / "stain.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert "only one of the page's two corner codes could be read" in page.reason, page.reason
    assert no_acknowledgements(senco_context, zofia)


def test_a_page_printed_on_another_computer_waits(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    save_week(senco_context, zofia)
    code = PrintPackService(senco_context).codes.code_for(zofia.id, WEEK)
    # The same pupil's reply code, printed by a copy of the app that kept its layout to itself.
    recipient = Recipient(("Parent of Zofia",), "", "POL")
    pack = FamilyPack(zofia.display_name, "Year 3 Oak", WEEK, recipient, code, (sample_week(),))
    pictures = rasterise(render_packs(PackBatch(SCHOOL, "elsewhere", (pack,))).pdf, DPI)
    returnable = next(p for p in pictures if read_page(p).code is not None)
    page = _only(run(senco_context, scan_file(tmp_path / "elsewhere.pdf", [returnable])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert "printed layout is not known here" in page.reason, page.reason


def test_a_page_printed_twice_with_different_contents_waits(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, DPI)
    first = min(layouts)
    tick(pictures[first - 1], read_boxes(layouts[first])[0], DPI)
    monday = entries[min(entries)]
    longer = "Fractions: halves and quarters of shapes, then of numbers up to 20. " * 6
    LinkBookService(senco_context).save_entry(
        LinkBookEntry(zofia.id, monday.day, "teacher", StaffRole.CLASS_TEACHER, learning=longer, id=monday.id)
    )
    PrintPackService(senco_context).pupil_week(zofia.id, WEEK)  # printed again, Monday now longer
    page = _only(run(senco_context, scan_file(tmp_path / "first-print.png", [pictures[first - 1]])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert "printed more than once with different contents" in page.reason, page.reason
    assert no_acknowledgements(senco_context, zofia)


def test_marks_for_a_day_without_a_link_book_entry_wait(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    monday, *rest = WEEK.school_days()
    service = LinkBookService(senco_context)
    for day in rest:  # nothing written on Monday: its page says so, and still has its boxes
        service.save_entry(
            LinkBookEntry(zofia.id, day, "teacher", StaffRole.CLASS_TEACHER, learning="Number bonds")
        )
    pictures, layouts = printed_week(senco_context, zofia, DPI)
    found = [
        (number, box)
        for number, page in layouts.items()
        for box in read_boxes(page)
        if box.ref == f"day:{monday}"
    ]
    number, box = found[0]
    tick(pictures[number - 1], box, DPI)
    page = _only(run(senco_context, scan_file(tmp_path / "monday.png", [pictures[number - 1]])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert f"marks for link book {monday:%a %d %b}, which has no link-book entry" in page.reason, page.reason


def test_a_password_protected_pdf_says_so_and_the_other_files_are_filed(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, DPI)
    first = min(layouts)
    tick(pictures[first - 1], read_boxes(layouts[first])[0], DPI)
    good = scan_file(tmp_path / "good.pdf", [pictures[first - 1]])
    writer = PdfWriter()
    for page in PdfReader(good).pages:
        writer.add_page(page)
    writer.encrypt("office-copier-2026")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    report = run(senco_context, locked, good)
    (problem,) = report.problems
    assert isinstance(problem, FileProblem) and problem.path == locked
    assert "password" in problem.message, problem.message
    assert [p.status for p in report.pages] == [ReturnStatus.FILED], "the good file went on and was filed"


def test_a_stack_with_three_unreadable_pages_files_the_good_ones_and_says_why_for_each_other(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, DPI)
    good = sorted(layouts)[:2]
    for number in good:
        tick(pictures[number - 1], read_boxes(layouts[number])[0], DPI)
        scribble(pictures[number - 1], of_kind(layouts[number], AreaKind.REPLY)[0], DPI)
    torn = pictures[good[0] - 1].copy()
    draw = ImageDraw.Draw(torn)
    draw.rectangle((0, 0, 260, torn.height), fill="white")  # both corners torn off down the left...
    draw.rectangle((torn.width - 260, 0, torn.width, torn.height), fill="white")  # ...and the right
    black = Image.new("RGB", pictures[0].size, (20, 20, 20))  # the lid left open
    smudged = pictures[good[1] - 1].resize((160, 226)).resize(pictures[0].size)  # far too coarse
    stack = [
        spoil(pictures[good[0] - 1], 1, seed=1),
        torn,
        black,
        spoil(pictures[good[1] - 1], -2, seed=2),
        smudged,
    ]
    report = run(senco_context, scan_file(tmp_path / "stack.pdf", stack))
    assert report.problems == []
    statuses = [p.status for p in report.pages]
    assert statuses == [
        ReturnStatus.FILED,
        ReturnStatus.TO_REVIEW,
        ReturnStatus.TO_REVIEW,
        ReturnStatus.FILED,
        ReturnStatus.TO_REVIEW,
    ], [p.line() for p in report.pages]
    for number in (2, 3, 5):
        line = report.pages[number - 1].line()
        assert line.startswith(f"page {number}: to review: no page code could be read"), line
    assert report.summary() == "2 filed, 3 to review, 0 not returned pages"
    acknowledged = [
        e for e in entries.values() if LinkBookService(senco_context).entry(e.id).acknowledgements
    ]
    assert len(acknowledged) == 2, "each good page filed once; nothing from the unreadable pages"
    assert len(PaperReturnService(senco_context).waiting()) == 3, (
        "each unreadable page waits with its picture"
    )
