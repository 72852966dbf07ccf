"""Agreements and folders go to every home: parents who live apart each get a copy in their own language
and print size, and a class batch can carry the agreements that wait for the family's signature."""

import io
from dataclasses import replace

import pdfplumber
import pytest

from desktop.domain.agreements import Agreement, Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.calendar import Period
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import WorkItem
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.school import SchoolService
from tests.conftest import TODAY
from tests.printing_fixtures import page_texts

WEEK = Period.week_of(TODAY.date())
PROMISE = "Read together three times a week"


@pytest.fixture
def two_homes(small_school: dict[str, object], senco_context: ServiceContext) -> dict[str, object]:
    """Ayaan (Bengali) lives between his mother's home on Brick Lane and his father's in Whitechapel."""
    ayaan = small_school["pupils"][1]  # type: ignore[index]
    mum = replace(
        small_school["parents"][1],  # type: ignore[index]
        name="Sadia Begum",
        household="Brick Lane",
        channel=Channel.PAPER,
    )
    dad = FamilyMember(
        "Rahim Chowdhury",
        Relationship.FATHER,
        (ayaan.id,),
        channel=Channel.PAPER,
        home_language="ENG",
        large_print=True,
        household="Whitechapel",
        contact_order=2,
    )
    SchoolService(senco_context).save_family_members([mum, dad])
    return {"pupil": ayaan, "class": small_school["class"]}


def _agreement(context: ServiceContext, pupil_id: str, activate: bool = True) -> Agreement:
    service = AgreementService(context)
    agreement = service.create(
        pupil_id,
        DocumentKind.AGREEMENT,
        "Reading at home",
        DocumentContent(commitments=(Commitment(Party.FAMILY, PROMISE),)),
    )
    return service.activate(agreement.id) if activate else agreement


def _sizes_of(pdf: bytes, page: int, words: str) -> set[float]:
    """The font sizes the words are set in on a page (1-based)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        found = document.pages[page - 1].search(words)
        assert found, f"{words!r} is not on page {page}"
        return {round(c["size"]) for match in found for c in match["chars"]}


def _pack_pages(pages: list[str]) -> dict[str, int]:
    """The page (1-based) each household's pack starts on, by household."""
    return {
        home: number
        for number, text in enumerate(pages, start=1)
        for home in ("Brick Lane", "Whitechapel")
        if f"({home})" in text and "For" in text.split(f"({home})")[0][-200:]
    }


def test_an_agreement_prints_a_copy_for_each_home_in_its_language_and_size(
    two_homes: dict[str, object], senco_context: ServiceContext
) -> None:
    agreement = _agreement(senco_context, two_homes["pupil"].id)  # type: ignore[attr-defined]
    pdf = PrintPackService(senco_context).agreement(agreement.id)
    pages = page_texts(pdf)
    starts = _pack_pages(pages)
    assert set(starts) == {"Brick Lane", "Whitechapel"}
    assert starts["Brick Lane"] == 1 and starts["Whitechapel"] % 2 == 1, "each copy starts on a front"
    mum, dad = pages[starts["Brick Lane"] - 1], pages[starts["Whitechapel"] - 1]
    assert "Sadia Begum" in mum and "Rahim Chowdhury" in dad
    assert PROMISE in mum and PROMISE in dad
    # The mother's copy is bilingual (Bengali beside the English), the father's English only, large print.
    assert "Home-school agreement /" in mum and "Home-school agreement /" not in dad
    assert _sizes_of(pdf, starts["Brick Lane"], PROMISE) == {11}
    assert min(_sizes_of(pdf, starts["Whitechapel"], PROMISE)) >= 16


def test_a_work_folder_prints_a_copy_for_each_home(
    two_homes: dict[str, object], senco_context: ServiceContext
) -> None:
    pupil = two_homes["pupil"]
    folders = WorkFolderService(senco_context)
    folder = folders.open_folder(pupil.id, WEEK)  # type: ignore[attr-defined]
    folders.add_item(folder.id, WorkItem("Science", "Floating and sinking", TODAY.date(), "Careful tests"))
    pdf = PrintPackService(senco_context).folder(pupil.id, WEEK)  # type: ignore[attr-defined]
    pages = page_texts(pdf)
    assert set(_pack_pages(pages)) == {"Brick Lane", "Whitechapel"}
    assert sum("Floating and sinking" in page for page in pages) >= 2


def test_the_class_batch_carries_agreements_awaiting_the_familys_signature(
    two_homes: dict[str, object], small_school: dict[str, object], senco_context: ServiceContext
) -> None:
    ayaan = two_homes["pupil"]
    zofia = small_school["pupils"][0]  # type: ignore[index]
    hodan = small_school["pupils"][5]  # type: ignore[index]
    waiting = _agreement(senco_context, ayaan.id)  # type: ignore[attr-defined]
    signed = _agreement(senco_context, zofia.id)
    AgreementService(senco_context).sign(signed.id, Party.FAMILY, "Parent of Zofia", Method.DIGITAL)
    _agreement(senco_context, hodan.id, activate=False)  # a draft stays at school
    service = PrintPackService(senco_context)
    oak = small_school["class"].id  # type: ignore[attr-defined]

    batch = service.class_batch(oak, WEEK, PackOptions(agreements=True))
    with_agreement = [
        (p.pupil_name, p.recipient.household)
        for p in batch.packs
        if any(getattr(d, "agreement", None) for d in p.documents)
    ]
    name = ayaan.display_name  # type: ignore[attr-defined]
    assert sorted(with_agreement) == [(name, "Brick Lane"), (name, "Whitechapel")]
    assert waiting.id in {d.agreement.id for p in batch.packs for d in p.documents if hasattr(d, "agreement")}

    rendered = service.class_packs(oak, WEEK, PackOptions(agreements=True, paper_only=True))
    pages = page_texts(rendered.pdf)
    listing = " ".join(pages[0].split())
    assert listing.count("Link book, Home-school agreement") == 2, (
        "the teacher's list says what each pack holds"
    )
    assert sum(PROMISE in page for page in pages) == 2
    assert not any(PROMISE in page for page in page_texts(service.class_packs(oak, WEEK).pdf))
