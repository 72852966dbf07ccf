"""The demo school: what someone trying the app sees, read back through the services from a real vault."""

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.access import Actor
from desktop.domain.agreements import DocumentKind, Party, VersionStatus
from desktop.domain.audit import first_broken_link
from desktop.domain.calendar import typical_english_year
from desktop.domain.families import Channel
from desktop.domain.linkbook import AuthorKind, Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import FolderStatus
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.demo import build_demo_school
from desktop.services.demo_people import upn
from desktop.services.demo_plan import DemoSummary, term_days
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.news import NewsService
from desktop.services.school import SchoolService
from desktop.services.search import SearchService
from desktop.store.repositories.audit import AuditRepository
from desktop.store.vault import Vault
from tests.bench import measure
from tests.bench.generator import generate_school
from tests.conftest import PASSPHRASE, TODAY


@dataclass(frozen=True)
class Demo:
    vault: Vault
    summary: DemoSummary
    context: ServiceContext
    progress: list[float]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The default demo (2 classes x 28 pupils x 65 days, with pictures), built once for these tests."""
    vault = Vault.create(tmp_path_factory.mktemp("demo") / "school", PASSPHRASE, demo=True)
    progress: list[float] = []
    summary = build_demo_school(vault, today=TODAY.date(), progress=progress.append)
    context = ServiceContext(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: TODAY)
    yield Demo(vault, summary, context, progress)
    vault.close()


def _pupils(demo: Demo) -> list[Pupil]:
    return SchoolService(demo.context).pupils()


def _scripts(text: str) -> set[str]:
    """The writing systems of the letters in text, by the first word of their Unicode names."""
    return {unicodedata.name(c).split()[0] for c in text if c.isalpha()}


def test_demo_has_two_classes_of_twenty_eight_pupils(demo: Demo) -> None:
    service = SchoolService(demo.context)
    classes = service.classes()
    assert len(classes) == 2 == demo.summary.classes
    assert {c.name for c in classes} == {"Year 3 Oak", "Year 4 Willow"}
    for school_class in classes:
        assert len(service.pupils(school_class.id)) == 28
    assert any(c.sections for c in classes), "one class works like a special-school class"
    assert service.school() is not None
    roles = {s.role for s in service.staff()}
    assert roles == set(StaffRole)


def test_pupil_names_come_in_several_scripts(demo: Demo) -> None:
    pupils = _pupils(demo)
    preferred_scripts = set().union(*(_scripts(p.preferred_first_name) for p in pupils)) - {"LATIN"}
    assert len(preferred_scripts) >= 4, preferred_scripts
    in_own_script = [p for p in pupils if _scripts(p.preferred_first_name) - {"LATIN"}]
    assert len(in_own_script) >= 5
    assert all(_scripts(p.legal_first_name) == {"LATIN"} for p in pupils), "the MIS holds Latin spellings"
    assert len({p.first_language for p in pupils}) >= 6


def test_every_pupil_has_a_family_some_on_paper_some_in_two_households(demo: Demo) -> None:
    service = SchoolService(demo.context)
    families = [service.family_of(p.id) for p in _pupils(demo)]
    assert all(1 <= len(f) <= 2 for f in families)
    members = [m for f in families for m in f]
    assert any(m.channel is Channel.PAPER for m in members)
    assert any(m.channel is Channel.BOTH for m in members)
    assert any(m.home_language != "ENG" for m in members)
    assert any(len({m.household for m in f}) == 2 for f in families), "a child with two homes"


def test_a_pupils_timeline_has_replies_and_acknowledgements(demo: Demo) -> None:
    service = LinkBookService(demo.context)
    calendar = typical_english_year(TODAY.date())
    days = term_days(TODAY.date(), 65, calendar)
    assert days[0] >= dt.date(2026, 9, 3), "no entries before the school year began"
    timelines = {p.id: service.timeline(p.id) for p in _pupils(demo)}
    longest = max(timelines.values(), key=len)
    assert 0.85 * len(days) <= len(longest) <= len(days)
    assert all(e.day in days and calendar.is_school_day(e.day) for e in longest)
    assert not any(dt.date(2026, 10, 26) <= e.day <= dt.date(2026, 10, 30) for e in longest), "half-term"
    entries = [e for timeline in timelines.values() for e in timeline]
    assert len(entries) == demo.summary.entries
    replied = [e for e in entries if any(r.author_kind is AuthorKind.FAMILY for r in e.replies)]
    assert 0.2 < len(replied) / len(entries) < 0.4
    assert 0.45 < sum(e.acknowledged for e in entries) / len(entries) < 0.75
    paper = [r for e in entries for r in e.replies if r.method is Method.PAPER]
    assert paper and all(r.recorded_by for r in paper), "paper replies say who typed them in"
    assert any(r.author_kind is AuthorKind.STAFF for e in entries for r in e.replies)


def test_pupils_in_the_sectioned_class_have_sen_sections(demo: Demo) -> None:
    willow = SchoolService(demo.context).class_named("Year 4 Willow")
    service = LinkBookService(demo.context)
    pupil = SchoolService(demo.context).pupils(willow.id)[0]
    timeline = service.timeline(pupil.id)
    assert all(len(e.sections.mood) == 3 and e.sections.food_and_drink for e in timeline)


def test_sen_pupils_have_signed_agreements(demo: Demo) -> None:
    service = AgreementService(demo.context)
    sen = [p for p in _pupils(demo) if p.sen_status.has_sen]
    assert 0.1 * 56 <= len(sen) <= 0.35 * 56
    agreements = [a for p in sen for a in service.for_pupil(p.id)]
    assert {a.pupil_id for a in agreements} == {p.id for p in sen}
    assert len(agreements) == demo.summary.agreements
    active = [a for a in agreements if a.status is VersionStatus.ACTIVE]
    assert active
    signed = [a for a in active if a.kind is not DocumentKind.ONE_PAGE_PROFILE]
    assert signed and all(
        a.current.signature_of(Party.SCHOOL) and a.current.signature_of(Party.FAMILY) for a in signed
    )
    versioned = [a for a in agreements if len(a.versions) >= 2]
    assert versioned and all(a.versions[0].status is VersionStatus.SUPERSEDED for a in versioned)
    methods = {s.method for a in agreements for v in a.versions for s in v.signatures}
    assert methods == {Method.DIGITAL, Method.PAPER}
    assert service.reviews_due(), "some reviews fall due soon, so the SENCO's list is not empty"


def test_folders_hold_work_with_pictures_that_decrypt_to_pngs(demo: Demo) -> None:
    service = WorkFolderService(demo.context)
    folders = [f for p in _pupils(demo) for f in service.for_pupil(p.id)]
    assert len(folders) == demo.summary.folders
    assert all(2 <= len(f.items) <= 4 for f in folders)
    assert {f.status for f in folders} == set(FolderStatus)
    assert any(f.family_comment for f in folders if f.status is FolderStatus.RETURNED)
    attachment_ids = [a for f in folders for i in f.items for a in i.attachment_ids]
    assert len(attachment_ids) >= 50
    for attachment_id in attachment_ids[:10]:
        with Image.open(io.BytesIO(service.attachment_bytes(attachment_id))) as picture:
            assert picture.format == "PNG"
            assert picture.size == (320, 240)


def test_search_finds_a_word_from_an_entry(demo: Demo) -> None:
    pupil = _pupils(demo)[0]
    latest = LinkBookService(demo.context).timeline(pupil.id)[-1]
    word = max(latest.learning.replace(".", " ").replace(",", " ").split(), key=len)
    results = SearchService(demo.context).search(word, pupil_id=pupil.id)
    assert latest.id in {r.hit.record_id for r in results}
    anywhere = SearchService(demo.context).search(word)
    assert anywhere and all(r.pupil is not None for r in anywhere)


def test_news_events_and_audit_are_there(demo: Demo) -> None:
    first, last = TODAY.date() - dt.timedelta(days=120), TODAY.date() + dt.timedelta(days=60)
    oak = SchoolService(demo.context).class_named("Year 3 Oak")
    news = NewsService(demo.context).news(oak.id, first, last)
    assert any(n.class_id is None for n in news) and any(n.class_id == oak.id for n in news)
    assert NewsService(demo.context).events(oak.id, TODAY.date(), last)
    with demo.vault.reading() as session:
        events = AuditRepository(session).events()
    # The support plans' reviews (desktop/services/demo_reviews.py) go through the SENCO's services, so
    # they are audited in her name like any review; the rest is the import and a pupil each.
    reviews = [e for e in events if e.actor == "Mrs Grace Adebayo-Kowalska"]
    assert len(events) - len(reviews) == 1 + 56
    assert sorted(e.record_kind for e in reviews if e.record_kind.startswith("plan_")) == [
        "plan_assessment",
        "plan_review",
        "plan_review",
        "plan_review",
    ]
    assert first_broken_link(events) is None


def test_progress_is_reported_up_to_done(demo: Demo) -> None:
    assert demo.progress == sorted(demo.progress)
    assert demo.progress[-1] == 1.0 and len(demo.progress) > 10


def test_same_seed_gives_the_same_children(tmp_path: Path) -> None:
    def names(folder: str, seed: int) -> list[tuple[str, str, str]]:
        vault = Vault.create(tmp_path / folder, PASSPHRASE)
        try:
            build_demo_school(
                vault, classes=1, pupils_per_class=12, days=3, today=TODAY.date(), seed=seed, images=False
            )
            context = ServiceContext(vault, Actor("Admin", StaffRole.ADMIN))
            pupils = SchoolService(context).pupils()
            return sorted((p.legal_first_name, p.preferred_first_name, p.legal_last_name) for p in pupils)
        finally:
            vault.close()

    first = names("first", 7)
    assert first == names("second", 7)
    assert first != names("other", 8)


def test_every_pupil_has_a_unique_well_formed_upn(demo: Demo) -> None:
    upns = [p.upn for p in _pupils(demo)]
    assert len(set(upns)) == len(upns)
    assert all(len(u) == 13 and u[0].isalpha() and u[1:].isdigit() for u in upns)
    assert upn("999", "2001", 2023, 5)[1:] == "999200123005"


def test_bench_generator_makes_an_entry_for_every_pupil_every_day(tmp_path: Path) -> None:
    vault = generate_school(tmp_path / "bench", PASSPHRASE, pupils=30, days=5)
    try:
        context = ServiceContext(vault, Actor("Admin", StaffRole.ADMIN))
        pupils = SchoolService(context).pupils()
        assert len(pupils) == 30
        service = LinkBookService(context)
        assert sum(len(service.timeline(p.id)) for p in pupils) == 150
        assert SearchService(context).search("maths")
    finally:
        vault.close()


def test_bench_measurements_run_on_a_small_school(tmp_path: Path) -> None:
    """The measurements `make bench` prints, on a tiny school, so a broken benchmark shows in the suite."""
    generate_school(tmp_path / "bench", PASSPHRASE, pupils=12, days=4).close()
    results = [measure.unlock_ms(tmp_path / "bench", PASSPHRASE, 1)]
    vault = Vault.unlock(tmp_path / "bench", PASSPHRASE)
    try:
        context = measure.teacher_context(vault)
        pupils = SchoolService(context).pupils()
        results += measure.save_entry_ms(context, pupils, 5)
        results.append(measure.timeline_ms(context, pupils, 3))
        results.append(measure.search_ms(context, 1))
        results.append(measure.bytes_per_10k_entries(vault, 1000))
        assert measure.entry_count(vault) == 12 * 4 + 5 + 5
    finally:
        vault.close()
    assert all(r.value > 0 for r in results)
    assert measure.percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.0
    assert measure.percentile([float(n) for n in range(1, 101)], 0.95) == 95.0


def test_the_demo_has_profiles_contacts_over_the_term_and_families_never_reached(demo: Demo) -> None:
    from desktop.domain.reach import Reason
    from desktop.services.contact_log import ContactLogService
    from desktop.services.family_profiles import FamilyProfileService
    from desktop.services.reach import ReachService

    pupils = _pupils(demo)
    profiles = [FamilyProfileService(demo.context).view(p.id) for p in pupils]
    assert 0.5 < sum(v.stored for v in profiles) / len(pupils) < 0.9
    assert any(i.sensitive for v in profiles for i in v.items)
    contacts = [c for p in pupils for c in ContactLogService(demo.context).of_pupil(p.id)]
    days = {c.on for c in contacts}
    assert len(days) > 10 and min(days) < TODAY.date() - dt.timedelta(weeks=6), "contacts over the term"
    assert any(c.interpreter_language for c in contacts) and any(not c.reached for c in contacts)
    head = ServiceContext(demo.vault, Actor("Mrs Nwosu (head)", StaffRole.ADMIN), clock=lambda: TODAY)
    found = ReachService(head).reach(None)
    never = [r for r in found if Reason.NEVER in r.reasons]
    assert never and found[: len(never)] == never, "families never reached come first"
    assert 0 < sum(not r.reached for r in found) < len(found) / 4


def test_support_plans_are_part_way_round_the_review_cycle(demo: Demo) -> None:
    from desktop.domain.plan_reviews import CycleStage
    from desktop.services.plan_reviews import PlanReviewService

    service = PlanReviewService(demo.context)
    plans = service.overview()
    with_views = [
        p
        for p in plans
        for r in service.cycle(p.agreement.id).reviews
        if r.meeting.family_views and r.meeting.child_views
    ]
    assert with_views, "one plan's review has the family's and the child's views written in"
    twice = [p for p in plans if p.reviews >= 2]
    assert twice and twice[0].stage is CycleStage.DO, "reviewed twice, its latest version in force"
    overdue = [p for p in plans if p.due is not None and p.due.days_late(TODAY.date()) > 0 and p.reviews]
    assert overdue and overdue[0].stage is CycleStage.REVIEW
    assert any(service.cycle(p.agreement.id).assessments for p in plans), "a draft plan has been assessed"
    assert {p.stage for p in plans} >= {CycleStage.DO, CycleStage.REVIEW}


def test_the_ehc_pupils_review_has_the_therapists_report_attached(demo: Demo) -> None:
    from desktop.domain.pupils import SenStatus
    from desktop.services.plan_reviews import PlanReviewService
    from desktop.services.school import SchoolService
    from tests.printing_fixtures import page_texts

    service = PlanReviewService(demo.context)
    ehcp = {p.id for p in SchoolService(demo.context).pupils() if p.sen_status is SenStatus.EHC_PLAN}
    attached = [
        (plan, report)
        for plan in service.overview()
        if plan.agreement.pupil_id in ehcp
        for review in service.cycle(plan.agreement.id).reviews
        for report in review.meeting.reports
        if report.attachment_id
    ]
    assert attached, "the EHC pupil's review names a report with its file"
    plan, report = attached[0]
    pdf = service.report_file(report)
    text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
    assert "Speech and language therapy report" in text and "symbol cards" in text
    pack = " ".join(
        " ".join(page.split()) for page in page_texts(service.annual_review_pack(plan.agreement.id))
    )
    assert f"File attached: {report.filename}" in pack
