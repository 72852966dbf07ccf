"""A phone photo of a returned page held at an angle (a perspective, not only a turn): the page is read
through a perspective fitted to its two corner codes' eight corners and filed with the right marks; a
photo whose codes fit no flat page (a bent corner), or whose marks cannot be read for sure, waits for a
person with a message saying to scan it flat or file it by hand."""

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.printing.page_areas import AreaKind
from desktop.printing.page_codes import PageAreas
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.paper_returns.marks import ANGLED, PageTransform
from desktop.services.paper_returns.reading import read_page
from tests.paper_scans import dot, folded_corner, photographed, scribble, tick
from tests.test_paper_returns_filing import (
    SCANNED,
    _only,
    of_kind,
    printed_week,
    read_boxes,
    run,
    save_week,
    scan_file,
)

DPI = 200


@pytest.fixture
def zofia(small_school: dict[str, object], senco_context: ServiceContext) -> Pupil:
    pupil: Pupil = small_school["pupils"][0]  # type: ignore[index]
    return pupil


def first_page(context: ServiceContext, pupil: Pupil) -> tuple[Image.Image, PageAreas]:
    pictures, layouts = printed_week(context, pupil, DPI)
    first = min(layouts)
    return pictures[first - 1], layouts[first]


@pytest.mark.parametrize("tilt", [0.08, 0.18])
def test_a_page_photographed_at_an_angle_is_filed_with_the_right_marks(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path, tilt: float
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = first_page(senco_context, zofia)
    ticked_box, empty_box = read_boxes(layout)[:2]
    tick(picture, ticked_box, DPI)
    scribble(picture, of_kind(layout, AreaKind.REPLY)[0], DPI)
    photo = photographed(picture, tilt)
    transform = PageTransform.of(read_page(photo))
    assert transform is not None and transform.angled, "a perspective, which a turn and scale cannot explain"
    page = _only(run(senco_context, scan_file(tmp_path / "phone.jpg", [photo])))
    assert page.status is ReturnStatus.FILED, page.line()
    ticked_day = dt.date.fromisoformat(ticked_box.ref[4:])
    empty_day = dt.date.fromisoformat(empty_box.ref[4:])
    assert f"link book {ticked_day:%a %d %b} (ticked read, reply written)" in page.what
    service = LinkBookService(senco_context)
    (ack,) = service.entry(entries[ticked_day].id).acknowledgements
    assert ack.method.value == "paper" and ack.at == SCANNED
    assert not service.entry(entries[empty_day].id).acknowledgements, "the empty box stays empty"


def test_a_bent_corner_that_fits_no_flat_page_waits_saying_to_scan_it_flat(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = first_page(senco_context, zofia)
    tick(picture, read_boxes(layout)[0], DPI)
    photo = photographed(folded_corner(picture, 15), 0.08)
    page = _only(run(senco_context, scan_file(tmp_path / "bent.jpg", [photo])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert page.reason.startswith("photographed at an angle: scan it flat or file by hand"), page.reason
    assert all(not LinkBookService(senco_context).entry(e.id).acknowledgements for e in entries.values())


def test_an_unsure_mark_on_an_angled_photo_says_to_scan_it_flat(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = first_page(senco_context, zofia)
    dot(picture, read_boxes(layout)[0], DPI)
    page = _only(run(senco_context, scan_file(tmp_path / "faint.jpg", [photographed(picture, 0.08)])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert page.reason.startswith(ANGLED) and "unsure mark" in page.reason, page.reason
    assert all(not LinkBookService(senco_context).entry(e.id).acknowledgements for e in entries.values())
