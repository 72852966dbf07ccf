"""The "Please contact me" and "We agree" boxes: printed with their labels in the family's language,
read back from a real scan, and filed where a teacher sees them (a contact request due today, a paper
signature); an unsure mark waits for a person and files nothing."""

from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.contact_log import ContactKind
from desktop.domain.linkbook import Method
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.printing.page_areas import Area, AreaKind
from desktop.printing.page_codes import PageAreas
from desktop.services.agreements import AgreementService
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.print_packs import PrintPackService
from tests.paper_scans import dot, rasterise, scribble, spoil, tick
from tests.printing_fixtures import page_texts
from tests.test_paper_returns_filing import (
    SCANNED,
    WEEK,
    _layout,
    _only,
    of_kind,
    printed_week,
    run,
    save_week,
    scan_file,
)


@pytest.fixture
def zofia(small_school: dict[str, object], senco_context: ServiceContext) -> Pupil:
    pupil: Pupil = small_school["pupils"][0]  # type: ignore[index]
    return pupil


def box(page: PageAreas, phrase: str) -> Area:
    """The page's first box with this phrase beside it."""
    return next(a for a in of_kind(page, AreaKind.TICK) if a.phrase == phrase)


def first_page(context: ServiceContext, pupil: Pupil) -> tuple[Image.Image, PageAreas]:
    pictures, layouts = printed_week(context, pupil, 200)
    first = min(layouts)
    return pictures[first - 1], layouts[first]


def test_every_day_prints_please_contact_me_in_both_languages(
    senco_context: ServiceContext, zofia: Pupil
) -> None:
    save_week(senco_context, zofia)
    pdf = PrintPackService(senco_context).pupil_week(zofia.id, WEEK)
    text = " ".join(page_texts(pdf))
    days = len(WEEK.school_days())
    assert text.count("Please contact me") == days
    assert text.count("Proszę o kontakt") == days, "the label in the family's language (Polish)"


def test_please_contact_me_puts_a_contact_request_on_the_teachers_follow_ups(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = first_page(senco_context, zofia)
    contact_box = box(layout, "please_contact")
    tick(picture, contact_box, 200)
    page = _only(run(senco_context, scan_file(tmp_path / "call-me.jpg", [spoil(picture, 2)])))
    assert page.status is ReturnStatus.FILED, page.line()
    assert "please contact me ticked" in page.what
    contacts = ContactLogService(senco_context)
    (due,) = contacts.follow_ups_due(today=SCANNED.date())
    assert due.pupil_name == zofia.display_name
    assert due.contact.kind is ContactKind.MESSAGE and not due.contact.reached
    assert "Please contact me" in due.contact.note and "Mon 16 Nov" in due.contact.note
    assert due.contact.on == SCANNED.date() and due.contact.follow_up_on == SCANNED.date()
    # Asking for a call is not an acknowledgement: "I have read this" was left empty.
    assert all(not LinkBookService(senco_context).entry(e.id).acknowledgements for e in entries.values())


def test_an_unsure_please_contact_me_waits_and_nothing_is_filed(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    entries = save_week(senco_context, zofia)
    picture, layout = first_page(senco_context, zofia)
    tick(picture, box(layout, "i_have_read"), 200)
    dot(picture, box(layout, "please_contact"), 200)
    page = _only(run(senco_context, scan_file(tmp_path / "faint.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert "unsure mark in the “Please contact me” box" in page.reason, page.reason
    assert ContactLogService(senco_context).of_pupil(zofia.id) == []
    assert all(not LinkBookService(senco_context).entry(e.id).acknowledgements for e in entries.values())


def _agreement_page(context: ServiceContext, pupil: Pupil) -> tuple[str, Image.Image, PageAreas]:
    agreements = AgreementService(context)
    agreement = agreements.create(
        pupil.id,
        DocumentKind.AGREEMENT,
        "Reading at home",
        DocumentContent(commitments=(Commitment(Party.FAMILY, "Read together three times a week"),)),
    )
    agreements.activate(agreement.id)
    pdf = PrintPackService(context).agreement(agreement.id)
    assert "We agree" in " ".join(page_texts(pdf)) and "Zgadzamy się" in " ".join(page_texts(pdf))
    code = PrintPackService(context).codes.code_for(pupil.id, WEEK)
    return agreement.id, rasterise(pdf, 300)[0], _layout(context, code, 1, 1)


def test_we_agree_ticked_and_signed_is_a_paper_signature(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    agreement_id, picture, layout = _agreement_page(senco_context, zofia)
    agree = box(layout, "we_agree")
    assert agree.ref.endswith(":family"), "the box belongs to the family's signature line"
    (family_line,) = [a for a in of_kind(layout, AreaKind.SIGNATURE) if a.ref == agree.ref]
    tick(picture, agree, 300)
    scribble(picture, family_line, 300)
    page = _only(run(senco_context, scan_file(tmp_path / "agreed.jpg", [spoil(picture, -2)])))
    assert page.status is ReturnStatus.FILED, page.line()
    assert "family's signature (we agree ticked, signed)" in page.what
    signed = AgreementService(senco_context).agreement(agreement_id).current.signatures
    assert [(s.party, s.method, s.signed_on) for s in signed] == [
        (Party.FAMILY, Method.PAPER, SCANNED.date())
    ]


def test_we_agree_ticked_without_a_signature_waits(
    senco_context: ServiceContext, zofia: Pupil, tmp_path: Path
) -> None:
    agreement_id, picture, layout = _agreement_page(senco_context, zofia)
    tick(picture, box(layout, "we_agree"), 300)
    page = _only(run(senco_context, scan_file(tmp_path / "unsigned.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert "“We agree” ticked but the line not signed" in page.reason, page.reason
    assert AgreementService(senco_context).agreement(agreement_id).current.signatures == ()


def test_an_unsure_we_agree_waits(senco_context: ServiceContext, zofia: Pupil, tmp_path: Path) -> None:
    agreement_id, picture, layout = _agreement_page(senco_context, zofia)
    agree = box(layout, "we_agree")
    dot(picture, agree, 300)
    scribble(picture, next(a for a in of_kind(layout, AreaKind.SIGNATURE) if a.ref == agree.ref), 300)
    page = _only(run(senco_context, scan_file(tmp_path / "faint.png", [picture])))
    assert page.status is ReturnStatus.TO_REVIEW
    assert "unsure mark in the “We agree” box" in page.reason, page.reason
    assert not AgreementService(senco_context).agreement(agreement_id).current.signatures
