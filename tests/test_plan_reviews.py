"""A support plan's assess-plan-do-review cycle through the services: assessment with evidence, the plan
in force, the review meeting with the family's and the child's views, and the next version it makes."""

import datetime as dt

import pytest

from desktop.domain.access import Actor
from desktop.domain.agreements import DocumentContent, DocumentKind, Provision, Target, VersionStatus
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period, SchoolCalendar, Term
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.plan_reviews import (
    Attendee,
    AttendeeRole,
    CycleStage,
    DueBasis,
    Evidence,
    EvidenceKind,
    NextPlan,
    Progress,
    Report,
    ReviewMeeting,
    TargetProgress,
    one_term_after,
    target_lines,
)
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import WorkItem
from desktop.services.agreements import AgreementService
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.plan_reviews import PlanReviewService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit_query import AuditFilter
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY

READING = "Read a short book aloud to an adult, four evenings a week"
WORDS = "Use a feelings card to say when the classroom is too loud"
PLAN = DocumentContent(
    targets=(Target(READING), Target(WORDS)),
    outcomes=("Hodan reads for pleasure at home and at school",),
    provision=(Provision("Phonics catch-up group", "Mrs Nowak (TA)", "Three mornings a week"),),
)


class Clock:
    """A clock the test moves on, as the weeks of a term pass."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _context(vault: Vault, clock: Clock, role: StaffRole = StaffRole.SENCO) -> ServiceContext:
    return ServiceContext(vault, Actor("Mrs Adebayo-Kowalska", role), clock=clock)


def _meeting(held_on: dt.date, evidence: tuple[Evidence, ...] = ()) -> ReviewMeeting:
    return ReviewMeeting(
        held_on=held_on,
        attendees=(
            Attendee("Hodan Warsame", AttendeeRole.CHILD),
            Attendee("Faadumo Warsame", AttendeeRole.FAMILY, "Mum"),
            Attendee("Mr Okonkwo-Jones", AttendeeRole.STAFF, "Class teacher"),
            Attendee("Dr Siobhán Ó Ceallaigh", AttendeeRole.PROFESSIONAL, "Speech and language therapist"),
        ),
        family_views="Hodan reads to her little brother now. Mornings are still hard.",
        child_views="I like the dinosaur books. Assembly is too loud.",
        progress=(
            TargetProgress(READING, Progress.MET, evidence, "Four evenings most weeks"),
            TargetProgress(WORDS, Progress.PARTLY, (), "Uses the card with an adult nearby"),
        ),
        decisions="Keep the feelings card; stop the reading target; add a target for assembly.",
        reports=(
            Report("Speech and language therapy report", "Dr Ó Ceallaigh", "Good gains in turn-taking."),
        ),
    )


def _next_plan() -> NextPlan:
    return NextPlan(
        targets=(Target(WORDS), Target("Sit through assembly with ear defenders, three days a week")),
        change_note="Reading target met; assembly target added",
    )


@pytest.fixture
def plan_school(vault, small_school):  # type: ignore[no-untyped-def]
    clock = Clock(dt.datetime(2026, 9, 14, 9, 0))
    context = _context(vault, clock)
    hodan = small_school["pupils"][5]
    plan = AgreementService(context).create(hodan.id, DocumentKind.SUPPORT_PLAN, "Hodan's support plan", PLAN)
    return {"clock": clock, "context": context, "hodan": hodan, "plan": plan, **small_school}


def _evidence(context: ServiceContext, school: dict[str, object]) -> tuple[Evidence, Evidence]:
    hodan = school["hodan"]
    teacher = school["teacher"]
    entry = LinkBookService(context).save_entry(
        LinkBookEntry(
            pupil_id=hodan.id,  # type: ignore[attr-defined]
            day=context.today(),
            author_id=teacher.id,  # type: ignore[attr-defined]
            author_role=StaffRole.CLASS_TEACHER,
            wins="Hodan read a whole page aloud to the group.",
        )
    )
    folders = WorkFolderService(context)
    folder = folders.open_folder(hodan.id, Period.month_of(context.today()))  # type: ignore[attr-defined]
    item = WorkItem("Reading", "Comprehension: The Gruffalo", context.today(), "Well done", "8/10")
    folders.add_item(folder.id, item)
    choices = PlanReviewService(context).evidence_choices(hodan.id)  # type: ignore[attr-defined]
    entry_choice = next(c for c in choices if c.kind is EvidenceKind.ENTRY)
    mark_choice = next(c for c in choices if c.kind is EvidenceKind.FOLDER_MARK)
    assert entry_choice.ref == entry.id and "whole page" in entry_choice.label
    assert mark_choice.ref == item.id and "8/10" in mark_choice.label
    assert Evidence(EvidenceKind.PROGRESS_CHART, "Reading", "Progress chart: Reading") in choices
    return entry_choice, mark_choice


def test_the_whole_cycle_assess_plan_do_review_and_the_next_version_carries_the_review(
    plan_school, data_dir
) -> None:  # type: ignore[no-untyped-def]
    clock, context, plan = plan_school["clock"], plan_school["context"], plan_school["plan"]
    service = PlanReviewService(context)
    assert service.cycle(plan.id).stage is CycleStage.ASSESS

    entry, mark = _evidence(context, plan_school)
    service.assess(plan.id, "Reads with the TA every morning", "Loud rooms upset her", (entry,))
    cycle = service.cycle(plan.id)
    assert cycle.stage is CycleStage.PLAN
    assert cycle.assessments[0].evidence == (entry,) and cycle.assessments[0].version_number == 1

    AgreementService(context).activate(plan.id)
    cycle = service.cycle(plan.id)
    assert cycle.stage is CycleStage.DO
    assert cycle.due is not None and cycle.due.basis is DueBasis.TERMLY

    clock.now = dt.datetime.combine(cycle.due.due_on, dt.time(16, 0))
    assert service.cycle(plan.id).stage is CycleStage.REVIEW

    held_on = clock.now.date()
    updated, review = service.record_review(plan.id, _meeting(held_on, (mark,)), _next_plan())
    assert [v.number for v in updated.versions] == [1, 2]
    assert updated.current.status is VersionStatus.DRAFT
    assert [t.text for t in updated.current.content.targets] == [
        WORDS,
        "Sit through assembly with ear defenders, three days a week",
    ]
    assert updated.current.content.provision == PLAN.provision  # carried over
    assert updated.current.content.review_date == review.next_review_date > held_on
    assert updated.current.change_note == "Reading target met; assembly target added"

    # Read back from the file, through a fresh unlock: the review is inside the version it made.
    context.vault.close()
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        cycle = PlanReviewService(_context(reopened, clock)).cycle(plan.id)
        made = cycle.review_that_made(2)
        assert made is not None and made.id == review.id and made.reviewed_version == 1
        assert made.meeting.family_views.startswith("Hodan reads to her little brother")
        assert made.meeting.child_views == "I like the dinosaur books. Assembly is too loud."
        assert made.progress_of(READING).progress is Progress.MET  # type: ignore[union-attr]
        assert made.progress_of(READING).evidence == (mark,)  # type: ignore[union-attr]
        assert {a.role for a in made.meeting.attendees} == set(AttendeeRole)
        assert made.meeting.reports[0].author == "Dr Ó Ceallaigh"
        assert cycle.stage is CycleStage.PLAN
        admin = ServiceContext(reopened, Actor("Ms Admin", StaffRole.ADMIN), clock=clock)
        events = AuditLogService(admin).page(AuditFilter(action=AuditAction.CREATED)).lines
        kinds = {line.event.record_kind for line in events}
        assert {"plan_review", "plan_assessment"} <= kinds
    finally:
        reopened.close()


def test_a_review_missing_a_targets_progress_is_refused_and_nothing_is_written(plan_school) -> None:  # type: ignore[no-untyped-def]
    context, plan = plan_school["context"], plan_school["plan"]
    AgreementService(context).activate(plan.id)
    service = PlanReviewService(context)
    meeting = _meeting(context.today())
    half = ReviewMeeting(
        meeting.held_on,
        meeting.attendees,
        meeting.family_views,
        meeting.child_views,
        meeting.progress[:1],
        meeting.decisions,
    )
    with pytest.raises(InvalidInput, match="no progress recorded"):
        service.record_review(plan.id, half, _next_plan())
    with pytest.raises(InvalidInput, match="before it is held"):
        service.record_review(plan.id, _meeting(context.today() + dt.timedelta(days=1)), _next_plan())
    with pytest.raises(InvalidInput, match="next targets"):
        service.record_review(plan.id, meeting, NextPlan(targets=()))
    with pytest.raises(InvalidInput, match="after this one"):
        service.record_review(plan.id, meeting, NextPlan((Target(WORDS),), review_date=context.today()))
    nobody = ReviewMeeting(
        meeting.held_on,
        (Attendee("Mr Okonkwo-Jones", AttendeeRole.STAFF),),
        "",
        "",
        meeting.progress,
        "",
    )
    with pytest.raises(InvalidInput, match="family's views"):
        service.record_review(plan.id, nobody, _next_plan())

    cycle = service.cycle(plan.id)
    assert cycle.reviews == () and len(cycle.agreement.versions) == 1


def test_evidence_from_another_childs_book_is_refused(plan_school) -> None:  # type: ignore[no-untyped-def]
    context, plan = plan_school["context"], plan_school["plan"]
    zofia = plan_school["pupils"][0]
    entry = LinkBookService(context).save_entry(
        LinkBookEntry(
            zofia.id, context.today(), plan_school["teacher"].id, StaffRole.CLASS_TEACHER, wins="Swam"
        )
    )
    wrong = Evidence(EvidenceKind.ENTRY, entry.id, "Swimming")
    service = PlanReviewService(context)
    with pytest.raises(InvalidInput, match="not a link-book entry of this pupil"):
        service.assess(plan.id, "Swimming", "", (wrong,))
    AgreementService(context).activate(plan.id)
    with pytest.raises(InvalidInput, match="not a link-book entry of this pupil"):
        service.record_review(plan.id, _meeting(context.today(), (wrong,)), _next_plan())
    cycle = service.cycle(plan.id)
    assert cycle.assessments == () and cycle.reviews == () and len(cycle.agreement.versions) == 1


def test_a_review_looks_at_the_version_in_force_only(plan_school) -> None:  # type: ignore[no-untyped-def]
    context, plan = plan_school["context"], plan_school["plan"]
    service = PlanReviewService(context)
    with pytest.raises(InvalidInput, match="version in force"):
        service.record_review(plan.id, _meeting(context.today()), _next_plan())
    AgreementService(context).activate(plan.id)
    service.record_review(plan.id, _meeting(context.today()), _next_plan())
    with pytest.raises(InvalidInput, match="draft"):  # version 2 is not in force yet
        service.record_review(plan.id, _meeting(context.today()), _next_plan())


def test_a_class_teacher_cannot_record_a_review(plan_school, vault) -> None:  # type: ignore[no-untyped-def]
    AgreementService(plan_school["context"]).activate(plan_school["plan"].id)
    teacher = _context(vault, plan_school["clock"], StaffRole.CLASS_TEACHER)
    with pytest.raises(PermissionError):
        PlanReviewService(teacher).record_review(
            plan_school["plan"].id, _meeting(teacher.today()), _next_plan()
        )


def test_reviews_due_termly_by_default_overdue_first(plan_school) -> None:  # type: ignore[no-untyped-def]
    context, clock, hodan = plan_school["context"], plan_school["clock"], plan_school["hodan"]
    agreements = AgreementService(context)
    termly = plan_school["plan"]
    agreements.activate(termly.id)
    dated = agreements.create(
        plan_school["pupils"][1].id,
        DocumentKind.SUPPORT_PLAN,
        "Ayaan's support plan",
        DocumentContent(targets=(Target("Count to 100 in tens"),), review_date=dt.date(2026, 10, 2)),
    )
    agreements.activate(dated.id)
    draft = agreements.create(hodan.id, DocumentKind.SUPPORT_PLAN, "A draft plan", PLAN)
    service = PlanReviewService(context)

    # 14 September, a week into the autumn term: nothing due this week; Ayaan's in three weeks.
    assert service.due(1) == []
    assert [d.agreement.id for d in service.due(3)] == [dated.id]

    # 20 November: Ayaan's is overdue; Hodan's plan, made on 14 September with no date, is due one term on.
    clock.now = dt.datetime(2026, 11, 20, 9, 0)
    due = service.due(52)
    assert [d.agreement.id for d in due] == [dated.id, termly.id]
    assert due[0].days_late(context.today()) == 49
    assert due[1].basis is DueBasis.TERMLY and due[1].due_on.year == 2027
    assert draft.id not in {d.agreement.id for d in due}
    with pytest.raises(InvalidInput, match="0 to 52"):
        service.due(-1)


def test_one_term_after_follows_the_schools_terms() -> None:
    calendar = SchoolCalendar(
        (
            Term("Autumn", dt.date(2026, 9, 3), dt.date(2026, 12, 18)),
            Term("Spring", dt.date(2027, 1, 5), dt.date(2027, 3, 26)),
            Term("Summer", dt.date(2027, 4, 12), dt.date(2027, 7, 21)),
        )
    )
    assert one_term_after(dt.date(2026, 10, 3), calendar) == dt.date(2027, 2, 4)
    assert one_term_after(dt.date(2026, 12, 10), calendar) == dt.date(2027, 3, 26)  # spring is shorter
    assert one_term_after(dt.date(2026, 12, 23), calendar) == dt.date(2027, 3, 26)  # in the holidays
    assert one_term_after(dt.date(2027, 6, 1), calendar) == dt.date(2027, 8, 31)  # no term after: 13 weeks
    assert one_term_after(dt.date(2026, 10, 3), SchoolCalendar()) == dt.date(2027, 1, 2)


def test_each_targets_progress_over_time_follows_its_words(plan_school) -> None:  # type: ignore[no-untyped-def]
    context, clock, plan = plan_school["context"], plan_school["clock"], plan_school["plan"]
    agreements, service = AgreementService(context), PlanReviewService(context)
    agreements.activate(plan.id)
    first_day = context.today()
    service.record_review(plan.id, _meeting(first_day), _next_plan())
    agreements.activate(plan.id)
    clock.now = TODAY
    second = ReviewMeeting(
        held_on=TODAY.date(),
        attendees=(Attendee("Faadumo Warsame", AttendeeRole.FAMILY, "Mum"),),
        family_views="Better",
        child_views="",
        progress=(
            TargetProgress(WORDS, Progress.MET),
            TargetProgress("Sit through assembly with ear defenders, three days a week", Progress.NOT_YET),
        ),
        decisions="",
    )
    service.record_review(plan.id, second, NextPlan((Target("Sit through assembly with ear defenders"),)))
    lines = {line.target: line.points for line in target_lines(service.cycle(plan.id).reviews)}
    assert lines[WORDS] == ((first_day, Progress.PARTLY), (TODAY.date(), Progress.MET))
    assert lines[READING] == ((first_day, Progress.MET),)
    assert len(service.cycle(plan.id).agreement.versions) == 3


def test_the_annual_review_pack_bundles_the_plan_views_progress_and_reports(
    plan_school, senco_context
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop.domain.pupils import SenStatus
    from desktop.services.school import SchoolService
    from tests.printing_fixtures import page_texts

    context, plan, hodan = plan_school["context"], plan_school["plan"], plan_school["hodan"]
    AgreementService(context).activate(plan.id)
    service = PlanReviewService(context)
    service.record_review(plan.id, _meeting(context.today()), _next_plan())
    with pytest.raises(InvalidInput, match="EHC plan"):
        service.annual_review_pack(plan.id)

    SchoolService(context).save_pupils([replace(hodan, sen_status=SenStatus.EHC_PLAN)])
    pdf = service.annual_review_pack(plan.id, ("Family's views form (paper, Somali): Hodan sleeps better.",))
    text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
    assert pdf.startswith(b"%PDF")
    assert "Annual review of the EHC plan: Hodan Warsame" in text
    assert "Hodan sleeps better" in text  # the views received for this review
    assert "Hodan reads to her little brother now" in text  # the family's views at the last review
    assert "I like the dinosaur books" in text  # the child's
    assert f"{READING}: Met" in text and f"{WORDS}: Partly met" in text
    assert "Speech and language therapy report, by Dr Ó Ceallaigh" in text
    assert "Proposed in version 2" in text and "Sit through assembly with ear defenders" in text
    admin = ServiceContext(context.vault, Actor("Ms Admin", StaffRole.ADMIN), clock=context.clock)
    printed = AuditLogService(admin).page(AuditFilter(action=AuditAction.PRINTED)).lines
    assert [line.event.record_kind for line in printed] == ["annual_review_pack"]


def test_erasing_a_pupils_sen_records_takes_the_plans_reviews_and_assessments(plan_school, vault) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.records import RecordKind
    from desktop.services.erasure import ErasureService
    from desktop.store.repositories.plan_reviews import PlanReviewRepository

    context, plan, hodan = plan_school["context"], plan_school["plan"], plan_school["hodan"]
    service = PlanReviewService(context)
    service.assess(plan.id, "Reads with the TA", "Loud rooms")
    AgreementService(context).activate(plan.id)
    service.record_review(plan.id, _meeting(context.today()), _next_plan())
    admin = ServiceContext(vault, Actor("Ms Admin", StaffRole.ADMIN), clock=context.clock)
    ErasureService(admin).erase_records(hodan.id, RecordKind.SEN_RECORD, "Left the school; retention ended")
    with pytest.raises(InvalidInput, match="not in this school's records"):
        service.cycle(plan.id)
    with vault.reading() as session:
        repo = PlanReviewRepository(session)
        assert repo.reviews(plan.id) == [] and repo.assessments(plan.id) == []
        assert repo.last_reviewed() == {}


def _report_pdf(words: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setPageCompression(0)
    page.drawString(72, 720, words)
    page.save()
    return out.getvalue()


def test_a_report_carries_its_file_encrypted_and_the_pack_lists_it(plan_school, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop.domain.pupils import SenStatus
    from desktop.services.school import SchoolService
    from tests.printing_fixtures import page_texts

    context, plan, hodan = plan_school["context"], plan_school["plan"], plan_school["hodan"]
    AgreementService(context).activate(plan.id)
    service = PlanReviewService(context)
    words = "Educational psychology report for Hodan Warsame"
    data = _report_pdf(words)
    typed = Report("Educational psychologist's report", "Dr Nakamura Yūki", "Working memory is a strength.")
    with pytest.raises(InvalidInput, match="attach a PDF, PNG or JPEG"):
        service.attach_report(plan.id, typed, b"notes", "report.txt")
    report = service.attach_report(plan.id, typed, data, "ep-report-2026.pdf")
    assert report.filename == "ep-report-2026.pdf" and report.attachment_id
    assert service.report_file(report) == data
    stored = [p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()]
    assert not any(words.encode() in b for b in stored), "the report is encrypted on disk"

    gone = replace(report, attachment_id="0" * 32)
    with pytest.raises(InvalidInput, match="attach it again"):
        service.record_review(plan.id, replace(_meeting(context.today()), reports=(gone,)), _next_plan())
    assert service.cycle(plan.id).reviews == ()

    service.record_review(plan.id, replace(_meeting(context.today()), reports=(report,)), _next_plan())
    [kept] = service.cycle(plan.id).reviews[0].meeting.reports
    assert kept == report and service.report_file(kept) == data
    SchoolService(context).save_pupils([replace(hodan, sen_status=SenStatus.EHC_PLAN)])
    text = " ".join(" ".join(page.split()) for page in page_texts(service.annual_review_pack(plan.id)))
    assert "Educational psychologist's report, by Dr Nakamura Yūki" in text
    assert "File attached: ep-report-2026.pdf" in text


def test_erasing_the_child_takes_the_reviews_and_the_report_files_with_them(plan_school, vault) -> None:  # type: ignore[no-untyped-def]
    """A report about the child is the child's record, though its file is tagged to no pupil: erasing
    the child (or their SEN records) leaves neither the review nor the encrypted file behind, and the
    other devices are told to delete both."""
    from dataclasses import replace

    from desktop.services.erasure import ErasureService
    from desktop.store.schema import AttachmentRow
    from desktop.store.schema_plan_reviews import PlanReviewRow
    from tests.test_records_export import admin_context

    context, plan, hodan = plan_school["context"], plan_school["plan"], plan_school["hodan"]
    AgreementService(context).activate(plan.id)
    service = PlanReviewService(context)
    data = _report_pdf("Speech and language report for Hodan Warsame")
    report = service.attach_report(
        plan.id, Report("Speech and language report", "Ms Ó Briain", ""), data, "salt.pdf"
    )
    service.record_review(plan.id, replace(_meeting(context.today()), reports=(report,)), _next_plan())
    [review] = service.cycle(plan.id).reviews
    blob = vault.blobs.path_of(vault.blobs.name_for(data))
    assert blob.exists()

    receipt = ErasureService(admin_context(vault)).erase_pupil(hodan.id, "Left the school; records passed on")

    assert not blob.exists(), "the report's encrypted file is deleted with the child"
    with vault.reading() as session:
        assert session.get(AttachmentRow, report.attachment_id) is None
        assert session.get(PlanReviewRow, review.id) is None
    assert receipt.records.ids["plan_review"] == (review.id,)
    assert report.attachment_id in receipt.records.ids["attachment"]
