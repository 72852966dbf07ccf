"""Views before a support plan's review: the forms printed for the reviews due in a class (the family's in
their language beside English, the child's in faces and simple words), read back from the real PDF, their
code decoded, and the answers filed: typed in from the paper, and read from a scan with faces ticked."""

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.agreements import Agreement, DocumentContent, DocumentKind, Target
from desktop.domain.calendar import Period
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.review_views import ChildViews, Face, FamilyViews, ViewsFrom, ViewsReceived
from desktop.printing.page_areas import Area, AreaKind
from desktop.printing.page_codes import PageAreas, PageCode
from desktop.printing.views_form import VIEWS_FIRST_PAGE
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.erasure import ErasureService
from desktop.services.paper_returns.filing import PaperReturnService
from desktop.services.paper_returns.reading import read_page
from desktop.services.paper_returns.views import WRITTEN_ON_PAPER
from desktop.services.reply_codes import MistypedCode, ReplyCodeService
from desktop.services.review_views import ReviewViewsService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.paper_returns import PaperReturnRepository
from tests import printing_fixtures
from tests.conftest import TODAY
from tests.paper_scans import rasterise, scribble, spoil, tick
from tests.printing_fixtures import glyphs, page_texts
from tests.test_paper_returns_filing import scan_file

demo_context = printing_fixtures.demo_context
demo_vault = printing_fixtures.demo_vault
DPI = 200
WEEK = Period.week_of(TODAY.date())


def plan_for(
    context: ServiceContext, pupil: Pupil, review_in_days: int, today: dt.date | None = None
) -> Agreement:
    """An active support plan for the pupil, reviewed so many days from today."""
    review = (today or TODAY.date()) + dt.timedelta(days=review_in_days)
    service = AgreementService(context)
    plan = service.create(
        pupil.id,
        DocumentKind.SUPPORT_PLAN,
        f"SEN support plan: {pupil.display_name}",
        DocumentContent(targets=(Target("Asks for help with a help card", review),), review_date=review),
    )
    return service.activate(plan.id)


def pupils(school: dict[str, object]) -> dict[str, Pupil]:
    return {p.legal_first_name: p for p in school["pupils"]}  # type: ignore[attr-defined]


def layout_of(context: ServiceContext, code: PageCode) -> PageAreas:
    with context.vault.reading() as session:
        (text,) = PaperReturnRepository(session).layouts(code.reply_code, code.household, code.page)
    return PageAreas.from_json(code, text)


def test_only_the_classs_plans_due_or_overdue_are_chosen(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    by_name = pupils(small_school)
    soon = plan_for(senco_context, by_name["Zofia"], 14)
    overdue = plan_for(senco_context, by_name["Ayaan"], -3)
    plan_for(senco_context, by_name["Amina"], 80)
    draft = AgreementService(senco_context).create(
        by_name["Fatima"].id,
        DocumentKind.SUPPORT_PLAN,
        "Not yet agreed",
        DocumentContent(review_date=TODAY.date() + dt.timedelta(days=7)),
    )
    due = ReviewViewsService(senco_context).plans_due_for_views(small_school["class"].id, weeks=6)  # type: ignore[attr-defined]
    assert [p.id for p in due] == [overdue.id, soon.id], "overdue first, then the soonest; drafts never"
    assert draft.id not in [p.id for p in due]


def test_views_forms_print_in_the_familys_language_beside_english_and_their_code_names_the_child(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    by_name = pupils(small_school)
    zofia = by_name["Zofia"]
    plan = plan_for(senco_context, zofia, 14)
    plan_for(senco_context, by_name["Amina"], 80)
    rendered = ReviewViewsService(senco_context).print_class_forms(small_school["class"].id)  # type: ignore[attr-defined]

    texts = page_texts(rendered.pdf)
    whole = "\n".join(texts)
    for english, polish in (
        ("Your views", "Pana/Pani opinia"),
        ("What is going well", "Co idzie dobrze"),
        ("What helps at home", "Co pomaga w domu"),
        ("I like coming to school", "Lubię chodzić do szkoły"),
        ("What helps me", "Co mi pomaga"),
    ):
        assert english in whole and polish in whole, english
    assert "Zofia Wiśniewska" in whole and plan.title in whole
    assert "Amina" not in whole, "a plan reviewed in 80 days has no form yet"
    code = ReplyCodeService(senco_context).code_for(zofia.id, WEEK)
    assert code in whole

    pictures = rasterise(rendered.pdf, DPI)
    readings = [read_page(p) for p in pictures]
    codes = [r.code for r in readings if r.code is not None]
    assert codes and codes[0] == PageCode(code, 1, VIEWS_FIRST_PAGE), "the first page is page 101 of the pack"
    assert ReplyCodeService(senco_context).lookup(codes[0].reply_code).pupil.id == zofia.id
    family_page = layout_of(senco_context, codes[0])
    refs = {a.ref for a in family_page.areas if a.kind is AreaKind.REPLY}
    assert refs == {f"views:{plan.id}:family:{q}" for q in ("going_well", "hard", "helps_at_home", "hopes")}
    faces = [
        a
        for c in codes
        for a in layout_of(senco_context, c).areas
        if a.kind is AreaKind.TICK and a.ref.startswith(f"views:{plan.id}:child:")
    ]
    assert len(faces) == 5 * 3, "three faces for each of the five statements"
    assert {a.phrase for a in faces} == {"happy", "okay", "sad"}


def test_urdu_and_bengali_families_get_their_own_script_on_the_form(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    by_name = pupils(small_school)
    plan_for(senco_context, by_name["Fatima"], 10)
    plan_for(senco_context, by_name["Ayaan"], 20)
    rendered = ReviewViewsService(senco_context).print_class_forms(small_school["class"].id)  # type: ignore[attr-defined]
    (tmp_path / "views.pdf").write_bytes(rendered.pdf)
    fonts = {g.font for page in range(1, rendered.pages + 1) for g in glyphs(rendered.pdf, page)}
    assert any("Bengali" in f for f in fonts), fonts
    assert any("Nastaliq" in f or "Naskh" in f for f in fonts), fonts
    whole = "\n".join(page_texts(rendered.pdf))
    assert "Your views" in whole and "My views" in whole


def test_views_typed_from_the_paper_form_are_filed_to_the_plan(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    zofia = pupils(small_school)["Zofia"]
    plan = plan_for(senco_context, zofia, 14)
    service = ReviewViewsService(senco_context)
    code = ReplyCodeService(senco_context).code_for(zofia.id, WEEK)
    with pytest.raises(MistypedCode):
        service.open_paper_views(code[:-1] + ("0" if code[-1] != "0" else "1"))

    target = service.open_paper_views(code.lower().replace("-", " "))
    assert target.pupil.id == zofia.id and [p.id for p in target.plans] == [plan.id]
    views = FamilyViews(going_well="Czyta codziennie", hopes="Chcemy porozmawiać o przerwach")
    service.record_typed(target, views, "Parent of Zofia")
    with pytest.raises(InvalidInput, match="Nothing was answered"):
        service.record_typed(target, FamilyViews(), "Parent of Zofia")

    (given,) = service.views_for_plan(plan.id)
    assert given.views == views and given.received is ViewsReceived.PAPER_TYPED
    assert given.given_by is ViewsFrom.FAMILY and given.by_name == "Parent of Zofia"


def _areas(context: ServiceContext, pictures: list[Image.Image]) -> dict[int, PageAreas]:
    found: dict[int, PageAreas] = {}
    for number, picture in enumerate(pictures):
        code = read_page(picture).code
        if code is not None:
            found[number] = layout_of(context, code)
    return found


def _face_box(layouts: dict[int, PageAreas], statement: str, face: Face) -> tuple[int, Area]:
    for number, layout in layouts.items():
        for area in layout.areas:
            if (
                area.kind is AreaKind.TICK
                and area.ref.endswith(f":child:{statement}")
                and area.phrase == face
            ):
                return number, area
    raise AssertionError(f"no box for {statement} {face}")


def _reply(layouts: dict[int, PageAreas], suffix: str) -> tuple[int, Area]:
    for number, layout in layouts.items():
        for area in layout.areas:
            if area.kind is AreaKind.REPLY and area.ref.endswith(suffix):
                return number, area
    raise AssertionError(suffix)


def test_a_scanned_views_form_files_the_faces_ticked_and_keeps_the_handwriting(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    zofia = pupils(small_school)["Zofia"]
    plan = plan_for(senco_context, zofia, 14)
    rendered = ReviewViewsService(senco_context).print_class_forms(small_school["class"].id)  # type: ignore[attr-defined]
    pictures = rasterise(rendered.pdf, DPI)
    layouts = _areas(senco_context, pictures)
    chosen = {
        "like_school": Face.HAPPY,
        "get_help": Face.OKAY,
        "have_friends": Face.SAD,
        "learn_well": Face.HAPPY,
    }
    for statement, face in chosen.items():
        number, box = _face_box(layouts, statement, face)
        tick(pictures[number], box, DPI)
    for n, suffix in enumerate((":family:going_well", ":family:hopes", ":child:i_like")):
        number, area = _reply(layouts, suffix)
        scribble(pictures[number], area, DPI, seed=n)
    scans = [spoil(p, (0, 2, -3, 180)[n % 4], seed=n, noise=0.0005) for n, p in enumerate(pictures)]

    report = PaperReturnService(senco_context).import_report([scan_file(tmp_path / "views.pdf", scans)])

    assert report.problems == [] and report.to_review == 0, [p.line() for p in report.pages]
    assert report.filed == len(layouts)
    filed = [p.line() for p in report.pages if p.status is ReturnStatus.FILED]
    assert any(
        "views before the review of" in line and "family's views (2 answers written)" in line
        for line in filed
    )
    given = {v.given_by: v for v in ReviewViewsService(senco_context).views_for_plan(plan.id)}
    family, child = given[ViewsFrom.FAMILY], given[ViewsFrom.CHILD]
    assert family.received is ViewsReceived.PAPER_SCANNED and family.by_name == "Parent of Zofia"
    assert family.views == FamilyViews(going_well=WRITTEN_ON_PAPER, hopes=WRITTEN_ON_PAPER)
    assert {what for what, _ in family.pictures} == {"going_well", "hopes"}
    assert isinstance(child.views, ChildViews) and child.by_name == "Zofia"
    assert dict(child.views.faces) == chosen, "each ticked face read, the unticked statement left out"
    assert child.views.i_like == WRITTEN_ON_PAPER and child.views.is_hard == ""
    ((_, picture_id),) = child.pictures
    kept = Image.open(io.BytesIO(PaperReturnService(senco_context).picture(picture_id)))
    assert kept.width > kept.height * 2, "the child's words are kept upright, as wide as the box"


def test_two_faces_ticked_for_one_statement_wait_for_a_person(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    zofia = pupils(small_school)["Zofia"]
    plan = plan_for(senco_context, zofia, 14)
    rendered = ReviewViewsService(senco_context).print_class_forms(small_school["class"].id)  # type: ignore[attr-defined]
    pictures = rasterise(rendered.pdf, DPI)
    layouts = _areas(senco_context, pictures)
    for face in (Face.HAPPY, Face.SAD):
        number, box = _face_box(layouts, "have_friends", face)
        tick(pictures[number], box, DPI)
    page = pictures[number]
    report = PaperReturnService(senco_context).import_report([scan_file(tmp_path / "both.png", [page])])
    (outcome,) = report.pages
    assert outcome.status is ReturnStatus.TO_REVIEW and "more than one face ticked" in outcome.reason
    assert ReviewViewsService(senco_context).views_for_plan(plan.id) == [], "nothing half-filed"


def test_erasing_a_child_erases_the_views_given_for_their_plan(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    from desktop.domain.access import Actor
    from desktop.domain.school import StaffRole

    zofia = pupils(small_school)["Zofia"]
    plan = plan_for(senco_context, zofia, 14)
    ReviewViewsService(senco_context).record(
        plan.id, FamilyViews(hard="Mornings"), ViewsReceived.PAPER_TYPED, "Parent of Zofia"
    )
    admin = ServiceContext(senco_context.vault, Actor("Ms Head", StaffRole.ADMIN), clock=lambda: TODAY)
    ErasureService(admin).erase_pupil(zofia.id, "Family asked for erasure")
    with senco_context.vault.reading() as session:
        left = session.connection().exec_driver_sql("SELECT count(*) FROM review_views").scalar()
    assert left == 0


def test_linkbook_print_reviews_writes_the_views_forms_for_the_reviews_due_in_a_class(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path, data_dir: Path
) -> None:
    from tests.conftest import PASSPHRASE
    from tests.test_cli import linkbook

    by_name = pupils(small_school)
    # The command line acts today, by the computer's clock.
    plan_for(senco_context, by_name["Zofia"], 14, today=dt.date.today())
    plan_for(senco_context, by_name["Amina"], 100, today=dt.date.today())
    out = tmp_path / "views.pdf"
    args = ("print", "--data-dir", str(data_dir), "--class", "year 3 oak", "--reviews", "-o", str(out))

    result = linkbook(*args, passphrase=PASSPHRASE)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out} (views forms for 1 households in Year 3 Oak)."
    whole = "\n".join(page_texts(out.read_bytes()))
    assert "Your views" in whole and "Pana/Pani opinia" in whole and "I have friends" in whole
    assert "Amina" not in whole
    wrong = linkbook("print", "--data-dir", str(data_dir), "--reviews", "--pupil", "Zofia", "-o", str(out))
    assert wrong.returncode == 2 and "add --class NAME" in wrong.stderr


def test_the_demo_school_has_a_plan_with_views_returned_in_the_app_and_on_paper(
    demo_context: ServiceContext,
) -> None:
    service = ReviewViewsService(demo_context)
    plans = [
        a
        for a in AgreementService(demo_context).reviews_due(within_days=400)
        if a.kind is DocumentKind.SUPPORT_PLAN
    ]
    with_views = {p.id: service.views_for_plan(p.id) for p in plans if service.views_for_plan(p.id)}
    assert len(with_views) == 1
    (given,) = with_views.values()
    assert {(v.given_by, v.received) for v in given} == {
        (ViewsFrom.FAMILY, ViewsReceived.APP),
        (ViewsFrom.CHILD, ViewsReceived.PAPER_TYPED),
    }
