"""Every document the app prints embeds every font it uses.

A font a PDF only names (reportlab's built-in Helvetica, say) is drawn by whatever the printer or viewer
substitutes, so the page a family gets differs from the page the school checked. Each document is made
the way the app makes it, and every font resource on every page must carry its font file.
"""

import datetime as dt
import importlib
import inspect
import io
import pkgutil
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

import desktop.printing
from desktop.domain.calendar import Period
from desktop.printing.invitation import InvitationPrint, render_invitation
from desktop.printing.layout import Rendered
from desktop.printing.meeting_slip import booking_slips, reminders
from desktop.printing.packs import render_pack, render_packs
from desktop.printing.phrase_sample import phrase_sample
from desktop.printing.review_pack import render_review_pack
from desktop.printing.subject_access import render_subject_access
from desktop.printing.views_form import render_views_forms
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.school import SchoolService
from desktop.services.subject_access import SubjectAccessService
from tests import printing_fixtures
from tests.printing_fixtures import DEMO_WEEK
from tests.test_printing_documents import DOCUMENTS, SCHOOL

demo_context = printing_fixtures.demo_context
demo_vault = printing_fixtures.demo_vault

WEEK = Period.parse(DEMO_WEEK)
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def unembedded_fonts(pdf: bytes) -> list[str]:
    """'page N: /BaseFont' for each font resource on a page that carries no font file."""
    missing: list[str] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        seen: set[int] = set()
        for font in _page_fonts(page.get("/Resources"), seen):
            descriptor: Any = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else None
            if descriptor is None or not any(key in descriptor for key in FONT_FILES):
                missing.append(f"page {number}: {font.get('/BaseFont')}")
    return missing


def _page_fonts(resources: Any, seen: set[int]) -> list[Any]:
    """The fonts in a resource dictionary and in the forms (XObjects) it draws, recursively."""
    if resources is None:
        return []
    resources = resources.get_object()
    if id(resources) in seen:
        return []
    seen.add(id(resources))
    fonts = [f.get_object() for f in resources.get("/Font", DictionaryObject()).get_object().values()]
    for xobject in resources.get("/XObject", DictionaryObject()).get_object().values():
        form = xobject.get_object()
        if form.get("/Subtype") == "/Form":
            fonts += _page_fonts(form.get("/Resources"), seen)
    return fonts


@pytest.fixture(scope="module")
def documents(demo_vault: object) -> dict[str, bytes]:
    """Every kind of PDF the app prints, made through the same calls the app makes."""
    from desktop.domain.access import Actor
    from desktop.domain.school import StaffRole

    context = ServiceContext(
        demo_vault,  # type: ignore[arg-type]
        Actor("Ms Nowak-Okafor", StaffRole.ADMIN),
        clock=lambda: dt.datetime(2026, 11, 20, 16),
    )
    school = SchoolService(context)
    packs = PrintPackService(context)
    oak = school.classes()[0]
    pupils = school.pupils(oak.id)
    with_agreement = next(p for p in school.pupils() if AgreementService(context).for_pupil(p.id))
    agreement = AgreementService(context).for_pupil(with_agreement.id)[0]
    everything = PackOptions(folders=True, agreements=True, newsletter=True, teacher_list=True)
    made: dict[str, bytes] = {name: render_pack(pack, SCHOOL) for name, pack in DOCUMENTS.items()}
    made["class batch with hand-out list"] = packs.class_packs(oak.id, WEEK, everything).pdf
    made["one pupil's week"] = packs.pupil_week(pupils[0].id, WEEK)
    folder_pupil = next(p for p in pupils if packs._folder(p.id, WEEK) is not None)
    made["work folder"] = packs.folder(folder_pupil.id, WEEK)
    made["agreement"] = packs.agreement(agreement.id)
    made["class newsletter"] = packs.class_newsletter(oak.id, WEEK)
    record, _files = SubjectAccessService(context).gather(pupils[1].id)
    made["subject access export"] = render_subject_access(record)
    made["invitation slip"] = render_invitation(
        InvitationPrint(
            "Riverside Community Primary School",
            "K7QF-2XM9-BD4R",
            "family",
            "linkbook:join?code=K7QF-2XM9-BD4R",
            dt.datetime(2026, 11, 27, 16),
            "https://sync.example.org",
            "Hodan Warsame's laptop",
        )
    )
    for language in ("BNG", "URD", "PNJ", "ARA", "TAM", "GUJ"):
        made[f"phrase sample {language}"] = phrase_sample(language, "i_have_read", {})
    from desktop.domain.pupils import SenStatus
    from desktop.services.meetings import MeetingService
    from desktop.services.plan_reviews import PlanReviewService
    from desktop.services.review_views import ReviewViewsService

    meetings = MeetingService(context)
    evening = meetings.meetings(oak.id)[0]
    made["meeting booking slips"] = meetings.print_booking_slips(evening.id)
    made["meeting reminders"] = meetings.print_reminders(evening.id)
    views = ReviewViewsService(context)
    due = next(c for c in school.classes() if views.plans_due_for_views(c.id, 52))
    made["views forms before reviews"] = views.print_class_forms(due.id, weeks=52).pdf
    reviews = PlanReviewService(context)
    with_ehcp = {p.id for p in school.pupils() if p.sen_status is SenStatus.EHC_PLAN}
    plan = next(s.agreement for s in reviews.overview() if s.agreement.pupil_id in with_ehcp)
    made["annual review pack"] = reviews.annual_review_pack(plan.id)
    return made


PDF_MAKERS = {
    render_pack,
    render_packs,
    render_invitation,
    phrase_sample,
    render_subject_access,
    booking_slips,
    reminders,
    render_views_forms,
    render_review_pack,
}
"""The functions in desktop/printing that make a PDF, each reached by the documents above."""


def test_every_font_on_every_page_of_every_printed_document_is_embedded(documents: dict[str, bytes]) -> None:
    assert len(documents) >= 21
    problems = {name: missing for name, pdf in documents.items() if (missing := unembedded_fonts(pdf))}
    assert not problems, problems


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_agrees_that_every_font_is_embedded(documents: dict[str, bytes], tmp_path: Path) -> None:
    for name, pdf in documents.items():
        path = tmp_path / "document.pdf"
        path.write_bytes(pdf)
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows, f"{name}: no fonts at all"
        for row in rows:
            # name, type, encoding, then emb sub uni: the first of those three must say yes.
            flags = row.split()[-5:-2]
            assert flags[0] == "yes", f"{name}: {row}"


def test_the_documents_checked_are_every_pdf_the_printing_package_makes() -> None:
    """A new kind of printed document must be added to the fixture above (and so be checked)."""
    makers: set[Callable[..., object]] = set()
    for module_info in pkgutil.iter_modules(desktop.printing.__path__):
        module = importlib.import_module(f"desktop.printing.{module_info.name}")
        for _, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or function.__name__.startswith("_"):
                continue
            returns = inspect.signature(function).return_annotation
            if returns in (bytes, "bytes", Rendered, "Rendered"):
                makers.add(function)
    from desktop.printing.layout import render

    assert makers - {render} == PDF_MAKERS
