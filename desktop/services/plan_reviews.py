"""The assess-plan-do-review cycle of a support plan, with the family's and the child's views.

An assessment is recorded against the plan's current version. A review is recorded against the version
in force, and in the same transaction makes the plan's next version (a draft, to be signed and put in
force) from the next targets, so the review and the version it made are saved together or not at all.
"""

import datetime as dt
import mimetypes
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desktop.domain.access import Capability
from desktop.domain.agreements import (
    Agreement,
    DocumentKind,
    DocumentVersion,
    Target,
    VersionStatus,
)
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import SchoolCalendar
from desktop.domain.plan_reviews import (
    Assessment,
    CycleStage,
    DueReview,
    Evidence,
    EvidenceKind,
    NextPlan,
    PlanReview,
    Report,
    ReviewMeeting,
    cadence_calendar,
    default_change_note,
    due_review,
    meeting_problem,
    next_plan_problem,
    one_term_after,
    reviews_due,
    stage_of,
)
from desktop.domain.pupils import SenStatus
from desktop.printing.review_pack import AnnualReviewPack, render_review_pack
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import ACCEPTED_TYPES, MAX_ATTACHMENT
from desktop.store.errors import InvalidInput
from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.repositories.folders import WorkFolderRepository
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.plan_reviews import PlanReviewRepository
from desktop.store.repositories.school import SchoolRepository

EVIDENCE_DAYS = 20
"""How many of the pupil's newest school days of link-book entries are offered as evidence."""


@dataclass(frozen=True, slots=True)
class PlanCycle:
    """A support plan with every assessment and review, and where it stands."""

    agreement: Agreement
    assessments: tuple[Assessment, ...]
    reviews: tuple[PlanReview, ...]
    stage: CycleStage
    due: DueReview | None

    def review_that_made(self, version_number: int) -> PlanReview | None:
        return next((r for r in self.reviews if r.next_version == version_number), None)

    def review_of(self, version_number: int) -> PlanReview | None:
        return next((r for r in self.reviews if r.reviewed_version == version_number), None)


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One support plan in the SENCO's list: where it stands, and when it is due."""

    agreement: Agreement
    pupil_name: str
    stage: CycleStage
    due: DueReview | None
    reviews: int


class PlanReviewService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def cycle(self, agreement_id: str) -> PlanCycle:
        with self.vault.reading() as session:
            agreement = AgreementRepository(session).agreement(agreement_id)
            if agreement is None:
                raise InvalidInput("That plan is not in this school's records.")
            self.context.actor.require_pupil(agreement.pupil_id)
            repo = PlanReviewRepository(session)
            assessments = tuple(repo.assessments(agreement_id))
            reviews = tuple(repo.reviews(agreement_id))
            calendar = cadence_calendar(CalendarRepository(session).calendar(), self.context.today())
        last = reviews[-1].held_on if reviews else None
        due = due_review(agreement, last, calendar)
        today = self.context.today()
        stage = stage_of(agreement, assessments, reviews, today, due.due_on if due else None)
        return PlanCycle(agreement, assessments, reviews, stage, due)

    def assess(
        self,
        agreement_id: str,
        working: str,
        not_working: str,
        evidence: tuple[Evidence, ...] = (),
        assessed_on: dt.date | None = None,
    ) -> Assessment:
        """Record what is working and what is not, for the plan's current version."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        assessed_on = assessed_on or self.context.today()
        if assessed_on > self.context.today():
            raise InvalidInput("An assessment cannot be dated in the future.")
        if not working.strip() and not not_working.strip():
            raise InvalidInput("Write what is working, what is not, or both, before saving the assessment.")
        with self.vault.writing() as session:
            agreement = self._plan(session, agreement_id)
            self._check_evidence(session, agreement.pupil_id, evidence)
            assessment = Assessment(
                agreement_id=agreement.id,
                version_number=agreement.current.number,
                assessed_on=assessed_on,
                assessed_by=self.context.actor.name,
                working=working.strip(),
                not_working=not_working.strip(),
                evidence=evidence,
            )
            PlanReviewRepository(session).add_assessment(assessment)
            self.context.audit(
                session,
                AuditAction.CREATED,
                "plan_assessment",
                assessment.id,
                agreement.pupil_id,
                f"for version {assessment.version_number}",
            )
        return assessment

    def record_review(
        self, agreement_id: str, meeting: ReviewMeeting, next_plan: NextPlan
    ) -> tuple[Agreement, PlanReview]:
        """Save the review of the version in force and make the next version from the next targets, in one
        transaction. Returns the plan with its new (draft) version, and the review."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        with self.vault.writing() as session:
            agreement = self._plan(session, agreement_id)
            current = agreement.current
            if current.status is not VersionStatus.ACTIVE:
                raise InvalidInput(
                    f"Version {current.number} of this plan is {current.status.value}: a review looks at the "
                    "version in force. Put it in force first, or finish the review that made it."
                )
            problem = meeting_problem(meeting, current.content.targets, self.context.today())
            problem = problem or next_plan_problem(next_plan, meeting.held_on)
            if problem:
                raise InvalidInput(problem)
            evidence = tuple(e for p in meeting.progress for e in p.evidence)
            self._check_evidence(session, agreement.pupil_id, evidence)
            self._check_report_files(session, meeting)
            calendar = cadence_calendar(CalendarRepository(session).calendar(), self.context.today())
            next_review = next_plan.review_date or one_term_after(meeting.held_on, calendar)
            targets = tuple(Target(t.text.strip(), t.review_date, t.progress) for t in next_plan.targets)
            content = replace(
                current.content,
                targets=targets,
                review_date=next_review,
                outcomes=current.content.outcomes if next_plan.outcomes is None else next_plan.outcomes,
                provision=current.content.provision if next_plan.provision is None else next_plan.provision,
            )
            note = next_plan.change_note.strip() or default_change_note(meeting.held_on)
            version = DocumentVersion(
                number=current.number + 1,
                content=content,
                status=VersionStatus.DRAFT,
                created_at=self.context.now(),
                created_by=self.context.actor.name,
                change_note=note,
            )
            updated = replace(agreement, versions=(*agreement.versions, version))
            review = PlanReview(
                agreement_id=agreement.id,
                reviewed_version=current.number,
                next_version=version.number,
                meeting=replace(
                    meeting,
                    family_views=meeting.family_views.strip(),
                    child_views=meeting.child_views.strip(),
                ),
                next_review_date=next_review,
                recorded_by=self.context.actor.name,
                recorded_at=self.context.now(),
            )
            AgreementService(self.context).store_in(session, updated)
            PlanReviewRepository(session).add_review(review)
            self.context.audit(
                session,
                AuditAction.CREATED,
                "plan_review",
                review.id,
                agreement.pupil_id,
                f"version {review.reviewed_version} reviewed on {meeting.held_on.isoformat()}, "
                f"version {review.next_version} made",
            )
        return updated, review

    def due(self, weeks: int = 1) -> list[DueReview]:
        """Plans and agreements in force due for review in the next `weeks` weeks, and those overdue, most
        overdue first. A support plan with no review date is due one term after its last review."""
        if weeks < 0 or weeks > 52:
            raise InvalidInput("Give the number of weeks ahead as 0 to 52.")
        by = self.context.today() + dt.timedelta(weeks=weeks)
        with self.vault.reading() as session:
            agreements = AgreementRepository(session).all()
            last = PlanReviewRepository(session).last_reviewed()
            calendar = cadence_calendar(CalendarRepository(session).calendar(), self.context.today())
        visible = [a for a in agreements if self._may_see(a.pupil_id)]
        return reviews_due(((a, last.get(a.id)) for a in visible), calendar, by)

    def overview(self) -> list[PlanSummary]:
        """Every support plan the person may see, those due soonest first (plans with no due date last)."""
        today = self.context.today()
        with self.vault.reading() as session:
            plans = [
                a
                for a in AgreementRepository(session).all()
                if a.kind is DocumentKind.SUPPORT_PLAN and self._may_see(a.pupil_id)
            ]
            repo = PlanReviewRepository(session)
            calendar = cadence_calendar(CalendarRepository(session).calendar(), today)
            pupils = SchoolRepository(session).pupils_by_ids({a.pupil_id for a in plans})
            found = [(a, repo.assessments(a.id), repo.reviews(a.id)) for a in plans]
        summaries = []
        for agreement, assessments, reviews in found:
            due = due_review(agreement, reviews[-1].held_on if reviews else None, calendar)
            pupil = pupils.get(agreement.pupil_id)
            summaries.append(
                PlanSummary(
                    agreement,
                    pupil.display_name if pupil else "",
                    stage_of(agreement, assessments, reviews, today, due.due_on if due else None),
                    due,
                    len(reviews),
                )
            )
        far = dt.date.max
        return sorted(summaries, key=lambda s: (s.due.due_on if s.due else far, s.pupil_name.casefold()))

    def annual_review_pack(self, agreement_id: str, views_received: tuple[str, ...] = ()) -> bytes:
        """The annual review bundle (a PDF) of a pupil with an EHC plan: the plan in force, the views
        gathered, progress on each target, the reports and the reviews so far. Audited as printed."""
        self.context.actor.require(Capability.PRINT)
        cycle = self.cycle(agreement_id)
        with self.vault.reading() as session:
            school_repo = SchoolRepository(session)
            pupil = school_repo.pupil(cycle.agreement.pupil_id)
            school = school_repo.school()
            classes = {c.id: c.name for c in school_repo.classes()}
        if pupil is None:
            raise InvalidInput("That pupil is no longer on roll.")
        if pupil.sen_status is not SenStatus.EHC_PLAN:
            raise InvalidInput(
                f"The annual review pack is for pupils with an EHC plan; {pupil.display_name} has none "
                "recorded. Hold the termly review instead, or record the EHC plan on the pupil's details."
            )
        pack = AnnualReviewPack(
            school_name=school.name if school else "",
            pupil=pupil,
            class_name=classes.get(pupil.class_id, ""),
            plan=cycle.agreement,
            reviews=cycle.reviews,
            due_on=cycle.due.due_on if cycle.due else None,
            views_received=tuple(v for v in views_received if v.strip()),
            made_at=self.context.now(),
            made_by=self.context.actor.name,
        )
        pdf = render_review_pack(pack)
        with self.vault.writing() as session:
            self.context.audit(
                session,
                AuditAction.PRINTED,
                "annual_review_pack",
                agreement_id,
                pupil.id,
                cycle.agreement.title,
            )
        return pdf

    def calendar(self) -> SchoolCalendar:
        with self.vault.reading() as session:
            return cadence_calendar(CalendarRepository(session).calendar(), self.context.today())

    def evidence_choices(self, pupil_id: str) -> list[Evidence]:
        """What can be linked as evidence: the pupil's recent link-book entries (newest first), their marked
        work, and their progress chart for each subject with marks."""
        self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            entries = LinkBookRepository(session).entries_for_pupil(pupil_id, newest_days=EVIDENCE_DAYS)
            folders = WorkFolderRepository(session).for_pupil(pupil_id)
        choices = [
            Evidence(
                EvidenceKind.ENTRY, e.id, f"Link book {e.day.isoformat()}: {_gist(e.wins or e.learning)}"
            )
            for e in reversed(entries)
            if not e.is_blank
        ]
        items = sorted(
            (i for f in folders for i in f.items if i.mark.strip()), key=lambda i: i.done_on, reverse=True
        )
        choices += [
            Evidence(
                EvidenceKind.FOLDER_MARK, i.id, f"{i.subject}: {i.title} ({i.mark}), {i.done_on.isoformat()}"
            )
            for i in items
        ]
        subjects = sorted({i.subject for i in items if i.subject.strip()})
        choices += [Evidence(EvidenceKind.PROGRESS_CHART, s, f"Progress chart: {s}") for s in subjects]
        return choices

    def _plan(self, session: Session, agreement_id: str) -> Agreement:
        agreement = AgreementRepository(session).agreement(agreement_id)
        if agreement is None:
            raise InvalidInput("That plan is not in this school's records.")
        self.context.actor.require_pupil(agreement.pupil_id)
        if agreement.kind is not DocumentKind.SUPPORT_PLAN:
            raise InvalidInput("Assessments and reviews belong to support plans; this document is not one.")
        return agreement

    def attach_report(self, agreement_id: str, report: Report, data: bytes, filename: str) -> Report:
        """Keep a copy of a report (a PDF or a scan) for the review, stored encrypted like any attachment.

        The file is tagged to no pupil, so it never goes to a family's device; it is saved with the review
        that names it. Returns the report carrying the file."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if media_type not in ACCEPTED_TYPES:
            raise InvalidInput(f"{filename} is not a PDF, a photo or a scan; attach a PDF, PNG or JPEG file.")
        if not data:
            raise InvalidInput(f"{filename} is empty; scan or save the report again.")
        if len(data) > MAX_ATTACHMENT:
            raise InvalidInput(
                f"{filename} is over {MAX_ATTACHMENT // 2**20} MB; scan it at a lower resolution."
            )
        with self.vault.writing() as session:
            agreement = self._plan(session, agreement_id)
            attachment = AttachmentRepository(session, self.vault.blobs).add(
                data, filename, media_type, (), self.context.now()
            )
            self.context.audit(
                session, AuditAction.CREATED, "attachment", attachment.id, agreement.pupil_id, "review report"
            )
        return replace(report, attachment_id=attachment.id, filename=filename)

    def report_file(self, report: Report) -> bytes:
        """The attached copy of a report, decrypted."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        if not report.attachment_id:
            raise InvalidInput(f"No file is attached to {report.title or 'this report'}.")
        with self.vault.reading() as session:
            return AttachmentRepository(session, self.vault.blobs).read(report.attachment_id)

    def _check_report_files(self, session: Session, meeting: ReviewMeeting) -> None:
        files = AttachmentRepository(session, self.vault.blobs)
        for report in meeting.reports:
            if report.attachment_id and files.get(report.attachment_id) is None:
                raise InvalidInput(
                    f"The file attached to {report.title or 'a report'} is gone; attach it again."
                )

    def _check_evidence(self, session: Session, pupil_id: str, evidence: tuple[Evidence, ...]) -> None:
        folders = None
        for item in evidence:
            if not item.label.strip():
                raise InvalidInput("Each piece of evidence needs a few words saying what it is.")
            if item.kind is EvidenceKind.ENTRY:
                entry = LinkBookRepository(session).entry(item.ref)
                if entry is None or entry.pupil_id != pupil_id:
                    raise InvalidInput(
                        f"{item.label!r} is not a link-book entry of this pupil; choose again."
                    )
            elif item.kind is EvidenceKind.FOLDER_MARK:
                if folders is None:
                    folders = WorkFolderRepository(session).for_pupil(pupil_id)
                if not any(i.id == item.ref for f in folders for i in f.items):
                    raise InvalidInput(f"{item.label!r} is not a piece of this pupil's work; choose again.")

    def _may_see(self, pupil_id: str) -> bool:
        try:
            self.context.actor.require_pupil(pupil_id)
        except PermissionError:
            return False
        return True


def _gist(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else f"{line[: length - 1]}…"
