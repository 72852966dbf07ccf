"""Returned pages filed themselves: real packs printed, rasterised at 150 and 300 dpi, marked with a pen,
turned, speckled and JPEG-compressed, then imported: each page filed to the right record with the right
marks, or waiting for review with its reason; a second import of the same scan changes nothing."""

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from desktop.domain.access import Actor
from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.calendar import Period
from desktop.domain.linkbook import LinkBookEntry, Method
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.printing.page_areas import Area, AreaKind
from desktop.printing.page_codes import PageAreas
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.erasure import ErasureService
from desktop.services.linkbook import LinkBookService
from desktop.services.paper_returns.filing import (
    REPLY_ON_PAPER,
    FileProblem,
    ImportReport,
    PageOutcome,
    PaperReturnService,
)
from desktop.services.paper_returns.reading import read_page
from desktop.services.print_packs import PrintPackService
from tests.conftest import TODAY
from tests.paper_scans import dot, rasterise, scribble, spoil, tick

WEEK = Period.week_of(TODAY.date())
SCANNED = dt.datetime(2026, 11, 19, 8, 40)
"""When the office scanned the stack (the file's time): the acknowledgements are dated by it."""


def save_week(context: ServiceContext, pupil: Pupil) -> dict[dt.date, LinkBookEntry]:
    service = LinkBookService(context)
    return {
        day: service.save_entry(
            LinkBookEntry(pupil.id, day, "teacher", StaffRole.CLASS_TEACHER, learning=f"Fractions, day {n}")
        )
        for n, day in enumerate(WEEK.school_days())
    }


def printed_week(
    context: ServiceContext, pupil: Pupil, dpi: int
) -> tuple[list[Image.Image], dict[int, PageAreas]]:
    """The pupil's week as printed, rasterised, and for each returnable page (1-based) its boxes."""
    pictures = rasterise(PrintPackService(context).pupil_week(pupil.id, WEEK), dpi)
    layouts: dict[int, PageAreas] = {}
    for number, picture in enumerate(pictures, start=1):
        code = read_page(picture).code
        if code is not None:
            layouts[number] = _layout(context, code.reply_code, code.household, code.page)
    assert len(pictures) >= 3 and len(layouts) >= 3
    return pictures, layouts


def _layout(context: ServiceContext, reply_code: str, household: int, page: int) -> PageAreas:
    from desktop.printing.page_codes import PageCode
    from desktop.store.repositories.paper_returns import PaperReturnRepository

    with context.vault.reading() as session:
        (layout,) = PaperReturnRepository(session).layouts(reply_code, household, page)
    return PageAreas.from_json(PageCode(reply_code, household, page), layout)


def of_kind(page: PageAreas, kind: AreaKind) -> list[Area]:
    return [a for a in page.areas if a.kind is kind]


def read_boxes(page: PageAreas) -> list[Area]:
    """The "I have read this" boxes (a day also has "Please contact me")."""
    return [a for a in of_kind(page, AreaKind.TICK) if a.phrase == "i_have_read"]


def scan_file(path: Path, pictures: list[Image.Image], when: dt.datetime = SCANNED) -> Path:
    if path.suffix == ".pdf":
        pictures[0].save(path, "PDF", resolution=200, save_all=True, append_images=pictures[1:])
    else:
        (picture,) = pictures
        picture.save(path)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def run(context: ServiceContext, *paths: Path) -> ImportReport:
    return PaperReturnService(context).import_report(paths)


@pytest.fixture
def zofia(small_school: dict[str, object], senco_context: ServiceContext) -> Pupil:
    pupil: Pupil = small_school["pupils"][0]  # type: ignore[index]
    return pupil


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_marked_week_is_filed_to_the_right_entries_with_the_right_marks(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path, dpi: int
) -> None:
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, dpi)
    marked: dict[dt.date, tuple[bool, bool]] = {}
    turns = iter((0, 3, -4, 90, 180, 0, 0))
    scans: list[Image.Image] = []
    for number, picture in enumerate(pictures, start=1):
        layout = layouts.get(number)
        if layout is not None:
            for n, (box, reply) in enumerate(
                zip(read_boxes(layout), of_kind(layout, AreaKind.REPLY), strict=True)
            ):
                day = dt.date.fromisoformat(box.ref.split(":")[1])
                ticked, written = (number + n) % 2 == 1, (number + n) % 3 == 0
                if ticked:
                    tick(picture, box, dpi)
                if written:
                    scribble(picture, reply, dpi, seed=number)
                marked[day] = (ticked, written)
        scans.append(spoil(picture, next(turns), seed=number, noise=0.0005 if dpi == 150 else 0.002))
    assert set(marked) == set(entries), "every school day of the week was printed with its slip"
    assert any(t for t, _ in marked.values()) and any(not t for t, _ in marked.values())
    assert any(w for _, w in marked.values())

    report = run(senco_context, scan_file(tmp_path / "stack.pdf", scans))

    assert report.problems == []
    returnable = len(layouts)
    assert report.filed == returnable and report.to_review == 0, [p.line() for p in report.pages]
    assert report.not_returned == len(pictures) - returnable, "blank backs are not returned pages"
    linkbook = LinkBookService(senco_context)
    for day, (ticked, written) in marked.items():
        entry = linkbook.entry(entries[day].id)
        acks = [a for a in entry.acknowledgements if a.method is Method.PAPER]
        assert len(acks) == (1 if ticked else 0), f"{day}: tick read wrongly"
        if ticked:
            assert acks[0].at == SCANNED and acks[0].by_name == "Parent of Zofia"
        replies = [r for r in entry.replies if r.method is Method.PAPER]
        assert [r.text for r in replies] == ([REPLY_ON_PAPER] if written else []), f"{day}: reply misread"
    kept = PaperReturnService(senco_context).for_pupil(zofia.id)
    assert len(kept) == returnable and all(k.status is ReturnStatus.FILED for k in kept)
    cut = [c for k in kept for c in k.cuttings if c[1] == "reply"]
    assert len(cut) == sum(w for _, w in marked.values()), "each written reply area is cut out and kept"
    picture = Image.open(io.BytesIO(PaperReturnService(senco_context).picture(cut[0][2])))
    assert picture.width > picture.height * 3, "the reply area is kept upright, as wide as it was printed"
    lines = [p.line() for p in report.pages if p.status is ReturnStatus.FILED]
    assert all(line.startswith("page ") and "filed: Zofia Wiśniewska, link book" in line for line in lines)
    assert any(line.endswith("read: yes") for line in lines)


def test_the_same_scan_imported_again_changes_nothing(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, 200)
    first = min(layouts)
    tick(pictures[first - 1], of_kind(layouts[first], AreaKind.TICK)[0], 200)
    path = scan_file(tmp_path / "scan.pdf", [spoil(p, 0, seed=n) for n, p in enumerate(pictures)])
    before = run(senco_context, path)
    again = run(senco_context, path)

    assert (again.filed, again.to_review, again.not_returned) == (
        before.filed,
        before.to_review,
        before.not_returned,
    )
    assert all(p.again for p in again.pages if p.status is not None)
    entry = LinkBookService(senco_context).entry(entries[min(entries)].id)
    assert len([a for a in entry.acknowledgements if a.method is Method.PAPER]) == 1
    assert len(PaperReturnService(senco_context).for_pupil(zofia.id)) == before.filed


def _first_page(context: ServiceContext, pupil: Pupil, dpi: int = 200) -> tuple[Image.Image, PageAreas]:
    pictures, layouts = printed_week(context, pupil, dpi)
    first = min(layouts)
    return pictures[first - 1], layouts[first]


def _only(report: ImportReport) -> PageOutcome:
    (page,) = [p for p in report.pages if p.status is not None]
    return page


def test_a_page_whose_codes_cannot_be_read_waits_with_its_picture(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    save_week(senco_context, zofia)
    picture, _layout = _first_page(senco_context, zofia)
    draw = ImageDraw.Draw(picture)
    # Both corner codes torn off (and the header's code with them): the page can only be filed by a person.
    draw.rectangle((0, 0, 200, picture.height), fill="white")
    draw.rectangle((picture.width - 200, 0, picture.width, picture.height), fill="white")
    page = _only(run(senco_context, scan_file(tmp_path / "torn.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW and "no page code" in page.reason
    (waiting,) = PaperReturnService(senco_context).waiting()
    shown = Image.open(io.BytesIO(PaperReturnService(senco_context).picture(waiting.picture_id)))
    assert shown.size == picture.size, "the whole page is kept for the person to look at"
    assert page.line().startswith("page 1: to review: no page code")


def test_an_unsure_mark_waits_and_nothing_is_filed(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = _first_page(senco_context, zofia)
    dot(picture, of_kind(layout, AreaKind.TICK)[0], 200)
    page = _only(run(senco_context, scan_file(tmp_path / "faint.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW and "unsure mark" in page.reason
    assert all(not LinkBookService(senco_context).entry(e.id).acknowledgements for e in entries.values()), (
        "nothing half-filed"
    )


def test_a_page_of_a_pupil_who_was_erased_waits(
    senco_context: ServiceContext, small_school: dict[str, object], zofia: Pupil, tmp_path: Path
) -> None:
    save_week(senco_context, zofia)
    picture, layout = _first_page(senco_context, zofia)
    tick(picture, of_kind(layout, AreaKind.TICK)[0], 200)
    admin = ServiceContext(senco_context.vault, Actor("Ms Head", StaffRole.ADMIN), clock=lambda: TODAY)
    ErasureService(admin).erase_pupil(zofia.id, "Family asked for erasure")
    page = _only(run(senco_context, scan_file(tmp_path / "left.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW and "no pupil on roll" in page.reason


def test_a_page_already_filed_from_another_scan_waits(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = _first_page(senco_context, zofia)
    tick(picture, of_kind(layout, AreaKind.TICK)[0], 200)
    first = _only(run(senco_context, scan_file(tmp_path / "monday.png", [spoil(picture, 0, seed=1)])))
    second = _only(run(senco_context, scan_file(tmp_path / "again.png", [spoil(picture, 2, seed=2)])))
    assert first.status is ReturnStatus.FILED
    assert second.status is ReturnStatus.TO_REVIEW and "already filed" in second.reason
    entry = LinkBookService(senco_context).entry(entries[min(entries)].id)
    assert len(entry.acknowledgements) == 1, "never filed twice"
    service = PaperReturnService(senco_context)
    (waiting,) = service.waiting()
    service.discard(waiting.id)
    assert service.waiting() == []


def test_a_signed_agreement_is_signed_on_paper_with_its_signature_kept(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    agreements = AgreementService(senco_context)
    agreement = agreements.create(
        zofia.id,
        DocumentKind.AGREEMENT,
        "Reading at home",
        DocumentContent(commitments=(Commitment(Party.FAMILY, "Read together three times a week"),)),
    )
    agreements.activate(agreement.id)
    pdf = PrintPackService(senco_context).agreement(agreement.id)
    code = PrintPackService(senco_context).codes.code_for(zofia.id, WEEK)
    layout = _layout(senco_context, code, 1, 1)
    (family_line,) = [a for a in of_kind(layout, AreaKind.SIGNATURE) if a.ref.endswith(":family")]
    picture = rasterise(pdf, 300)[0]
    scribble(picture, family_line, 300)
    page = _only(run(senco_context, scan_file(tmp_path / "signed.jpg", [spoil(picture, -3)])))
    assert page.status is ReturnStatus.FILED and "family's signature (signed)" in page.what, page.line()
    signed = agreements.agreement(agreement.id).current.signatures
    assert [(s.party, s.method, s.signer_name, s.signed_on) for s in signed] == [
        (Party.FAMILY, Method.PAPER, "Parent of Zofia", SCANNED.date())
    ]
    (kept,) = PaperReturnService(senco_context).for_pupil(zofia.id)
    assert [c[1] for c in kept.cuttings] == ["signature"], "the signature area is kept beside the signature"


def test_unreadable_files_say_so_and_file_nothing(senco_context: ServiceContext, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + os.urandom(400))
    report = run(senco_context, empty, broken)
    assert report.pages == []
    assert [type(p) for p in report.problems] == [FileProblem, FileProblem]
    assert "empty" in report.problems[0].message and "scan it again" in report.problems[1].message
    assert PaperReturnService(senco_context).waiting() == []


def test_the_vault_keeps_no_page_in_plaintext(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path, data_dir: Path
) -> None:
    save_week(senco_context, zofia)
    picture, layout = _first_page(senco_context, zofia)
    scribble(picture, of_kind(layout, AreaKind.REPLY)[0], 200)
    run(senco_context, scan_file(tmp_path / "reply.png", [picture]))
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"\xff\xd8\xff" not in data[:16] and b"\x89PNG" not in data[:16], path


def test_a_printed_page_with_its_reply_code_but_no_corner_codes_waits_and_says_so(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    save_week(senco_context, zofia)
    picture, _layout = _first_page(senco_context, zofia)
    corner = round(22 / 25.4 * 200)  # 22 mm at 200 dpi: the corner code and its quiet zone
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, corner, corner), fill="white")
    draw.rectangle(
        (picture.width - corner, picture.height - corner, picture.width, picture.height), fill="white"
    )
    page = _only(run(senco_context, scan_file(tmp_path / "cornerless.png", [picture])))
    code = PrintPackService(senco_context).codes.code_for(zofia.id, WEEK)
    assert page.status is ReturnStatus.TO_REVIEW, "a printed page is never passed over unseen"
    assert f"it carries the reply code {code}" in page.reason and "discard it" in page.reason


def test_erasing_a_pupil_erases_their_returned_pages(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path, data_dir: Path
) -> None:
    from desktop.store.repositories.paper_returns import PaperReturnRepository

    save_week(senco_context, zofia)
    picture, layout = _first_page(senco_context, zofia)
    scribble(picture, of_kind(layout, AreaKind.REPLY)[0], 200)
    page = _only(run(senco_context, scan_file(tmp_path / "reply.png", [picture])))
    assert page.status is ReturnStatus.FILED and page.return_id is not None
    admin = ServiceContext(senco_context.vault, Actor("Ms Head", StaffRole.ADMIN), clock=lambda: TODAY)
    ErasureService(admin).erase_pupil(zofia.id, "Family asked for erasure")
    with senco_context.vault.reading() as session:
        assert PaperReturnRepository(session).get(page.return_id) is None


def test_a_folder_comment_page_is_filed_as_the_family_comment_with_its_picture(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    from desktop.domain.work_folders import FolderStatus, WorkItem
    from desktop.services.folders import WorkFolderService
    from desktop.services.paper_returns.filing import FOLDER_COMMENT_ON_PAPER

    folders = WorkFolderService(senco_context)
    folder = folders.open_folder(zofia.id, WEEK)
    folders.add_item(folder.id, WorkItem("Maths", "Number bonds to 20", dt.date(2026, 11, 17)))
    pictures = rasterise(PrintPackService(senco_context).folder(zofia.id, WEEK), 300)
    readings = [(picture, read_page(picture).code) for picture in pictures]
    code = PrintPackService(senco_context).codes.code_for(zofia.id, WEEK)
    marked = []
    for picture, page_code in readings:
        if page_code is None:
            continue
        layout = _layout(senco_context, code, page_code.household, page_code.page)
        if of_kind(layout, AreaKind.TICK):
            tick(picture, of_kind(layout, AreaKind.TICK)[0], 300)
            scribble(picture, of_kind(layout, AreaKind.REPLY)[0], 300)
            marked.append(picture)
    assert len(marked) == 1, "the folder has one comment page"
    page = _only(run(senco_context, scan_file(tmp_path / "folder.jpg", [spoil(marked[0], 90)])))
    assert page.status is ReturnStatus.FILED and page.read, page.line()
    assert "work folder comment page (ticked read, reply written)" in page.what
    saved = folders.folder(folder.id)
    assert saved.status is FolderStatus.RETURNED
    assert saved.family_comment is not None and saved.family_comment.text == FOLDER_COMMENT_ON_PAPER
    assert saved.family_comment.at == SCANNED
    (kept,) = PaperReturnService(senco_context).for_pupil(zofia.id)
    assert [c[:2] for c in kept.cuttings] == [("folder", "reply")]
