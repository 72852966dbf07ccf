"""The graduated approach on a support plan: assess, plan, do, review, and round again.

A support plan's versions are its "plan" steps. Before a version is written the SENCO records an
assessment (what is working, what is not, with evidence); while the version is in force the plan is
being done; at the review meeting the people who came, the family's and the child's views, each
target's progress and the decisions are recorded, and the next targets become the plan's next version.
The review names both the version it reviewed and the version it made, so a plan's history is one line
of versions and reviews. Pure rules and values: no I/O.
"""

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.domain.agreements import Agreement, DocumentKind, Provision, Target, VersionStatus
from desktop.domain.calendar import SchoolCalendar, typical_english_year
from desktop.domain.ids import new_id

TERM_WITHOUT_CALENDAR = dt.timedelta(weeks=13)
"""One term after a review when the school has entered no terms: a school year is about 39 weeks."""


class CycleStage(enum.StrEnum):
    ASSESS = "assess"
    PLAN = "plan"
    DO = "do"
    REVIEW = "review"


class EvidenceKind(enum.StrEnum):
    """What a piece of evidence points at."""

    ENTRY = "entry"
    """A link-book entry (ref: the entry's id)."""
    FOLDER_MARK = "folder_mark"
    """A marked piece of work in a folder (ref: the work item's id)."""
    PROGRESS_CHART = "progress_chart"
    """The pupil's progress chart for a subject (ref: the subject as the folders name it)."""
    REPORT = "report"
    """Something seen outside the app: an outside professional's report, an observation (ref: empty)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: EvidenceKind
    ref: str
    label: str


class Progress(enum.StrEnum):
    MET = "met"
    PARTLY = "partly"
    NOT_YET = "not_yet"

    @property
    def score(self) -> int:
        """Its height on a chart of a target's progress over time: not yet 0, partly 1, met 2."""
        return {Progress.NOT_YET: 0, Progress.PARTLY: 1, Progress.MET: 2}[self]


class AttendeeRole(enum.StrEnum):
    FAMILY = "family"
    CHILD = "child"
    STAFF = "staff"
    PROFESSIONAL = "professional"
    """Someone from outside school: an educational psychologist, a speech and language therapist."""


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    role: AttendeeRole
    detail: str = ""
    """What they are ("Mum", "Class teacher", "Speech and language therapist")."""


@dataclass(frozen=True, slots=True)
class TargetProgress:
    target: str
    progress: Progress
    evidence: tuple[Evidence, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """A report brought to the review (an annual review of an EHCP gathers them): who wrote it, what
    it says in short."""

    title: str
    author: str
    summary: str
    attachment_id: str = ""
    """The report itself, when a copy is kept: a PDF or a scan stored encrypted as an attachment."""
    filename: str = ""
    """The attached file's name, as it is listed in the annual review pack."""


@dataclass(frozen=True, slots=True)
class Assessment:
    """The "assess" step: what the next version of the plan is built on."""

    agreement_id: str
    version_number: int
    """The version the assessment informs (the plan's current version when it was made)."""
    assessed_on: dt.date
    assessed_by: str
    working: str
    not_working: str
    evidence: tuple[Evidence, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class ReviewMeeting:
    """What the SENCO records of a review meeting, before it is saved."""

    held_on: dt.date
    attendees: tuple[Attendee, ...]
    family_views: str
    child_views: str
    progress: tuple[TargetProgress, ...]
    decisions: str
    reports: tuple[Report, ...] = ()


@dataclass(frozen=True, slots=True)
class NextPlan:
    """What the review decided the next version holds. Outcomes and provision left as None carry over."""

    targets: tuple[Target, ...]
    review_date: dt.date | None = None
    """When the next version is to be reviewed; None: one term after this review."""
    outcomes: tuple[str, ...] | None = None
    provision: tuple[Provision, ...] | None = None
    change_note: str = ""


@dataclass(frozen=True, slots=True)
class PlanReview:
    """A review as saved: the meeting, the version it reviewed and the version it made."""

    agreement_id: str
    reviewed_version: int
    next_version: int
    meeting: ReviewMeeting
    next_review_date: dt.date
    recorded_by: str
    recorded_at: dt.datetime
    id: str = field(default_factory=new_id)

    @property
    def held_on(self) -> dt.date:
        return self.meeting.held_on

    def progress_of(self, target: str) -> TargetProgress | None:
        return next((p for p in self.meeting.progress if p.target == target), None)


def default_change_note(held_on: dt.date) -> str:
    """What a version made by a review says changed, when the SENCO writes nothing else."""
    return f"After the review on {held_on.day} {held_on:%B %Y}"


def meeting_problem(meeting: ReviewMeeting, reviewed: tuple[Target, ...], today: dt.date) -> str | None:
    """Why the meeting cannot be saved as it is, in words for the SENCO, or None."""
    if meeting.held_on > today:
        return "A review cannot be recorded before it is held: give the day of the meeting."
    if not meeting.attendees:
        return "Say who came to the review: at least one person."
    for attendee in meeting.attendees:
        if not attendee.name.strip():
            return "Every person who came needs a name; remove empty rows."
    if not any(a.role is AttendeeRole.FAMILY for a in meeting.attendees) and not meeting.family_views.strip():
        return (
            "Nobody from the family came: write down the family's views, as they gave them before the "
            "meeting, or add who came from the family."
        )
    wanted = [t.text for t in reviewed]
    given = [p.target for p in meeting.progress]
    missing = [t for t in wanted if t not in given]
    if missing:
        return f"Say how far each target came: {missing[0]!r} has no progress recorded."
    unknown = [t for t in given if t not in wanted]
    if unknown:
        return f"{unknown[0]!r} is not a target of the version being reviewed."
    if len(set(given)) != len(given):
        return "A target's progress is recorded twice; keep one."
    for report in meeting.reports:
        if not report.title.strip():
            return "Every report needs a title (such as 'Speech and language therapy report')."
    return None


def next_plan_problem(plan: NextPlan, held_on: dt.date) -> str | None:
    if not plan.targets:
        return "Give the plan's next targets: at least one, even if it carries over."
    texts = [t.text.strip() for t in plan.targets]
    if any(not t for t in texts):
        return "A next target is empty: write it, or remove the row."
    if len(set(texts)) != len(texts):
        return "Two next targets say the same; keep one."
    if plan.review_date is not None and plan.review_date <= held_on:
        return "The next review must come after this one."
    return None


def one_term_after(day: dt.date, calendar: SchoolCalendar) -> dt.date:
    """The same point of the next term (its last day when the next term is shorter); a day in the
    holidays gives the end of the term that follows them. 13 weeks later when the calendar holds no
    term after the day's."""
    terms = sorted(calendar.terms, key=lambda t: t.first_day)
    for n, term in enumerate(terms):
        if day < term.first_day:
            return term.last_day
        if day <= term.last_day:
            if n + 1 >= len(terms):
                break
            following = terms[n + 1]
            return min(following.first_day + (day - term.first_day), following.last_day)
    return day + TERM_WITHOUT_CALENDAR


def cadence_calendar(calendar: SchoolCalendar, today: dt.date) -> SchoolCalendar:
    """The school's calendar, or (before it has entered its terms) two typical English school years from
    this one, so a termly cadence still follows terms."""
    if calendar.terms:
        return calendar
    this_year, next_year = typical_english_year(today), typical_english_year(today + dt.timedelta(days=365))
    return SchoolCalendar(this_year.terms + next_year.terms, this_year.closures | next_year.closures)


class DueBasis(enum.StrEnum):
    SET = "set"
    """The plan or one of its targets has a review date."""
    TERMLY = "termly"
    """No date set: one term after the last review (or after the plan was made)."""


@dataclass(frozen=True, slots=True)
class DueReview:
    agreement: Agreement
    due_on: dt.date
    basis: DueBasis
    last_review: dt.date | None

    def days_late(self, today: dt.date) -> int:
        """Positive when overdue, 0 on the day, negative before."""
        return (today - self.due_on).days


def due_review(
    agreement: Agreement, last_review: dt.date | None, calendar: SchoolCalendar
) -> DueReview | None:
    """When the document in force is next to be reviewed: its own date if it has one; for a support plan
    with none, one term after its last review or after the version in force was made. None when the
    document is not in force, or is an agreement or profile with no date."""
    if agreement.status is not VersionStatus.ACTIVE:
        return None
    if agreement.review_date is not None:
        return DueReview(agreement, agreement.review_date, DueBasis.SET, last_review)
    if agreement.kind is not DocumentKind.SUPPORT_PLAN:
        return None
    since = last_review or agreement.current.created_at.date()
    return DueReview(agreement, one_term_after(since, calendar), DueBasis.TERMLY, last_review)


def reviews_due(
    plans: Iterable[tuple[Agreement, dt.date | None]], calendar: SchoolCalendar, by: dt.date
) -> list[DueReview]:
    """The documents due for review on or before `by` (so overdue ones too), most overdue first."""
    due = [d for a, last in plans if (d := due_review(a, last, calendar)) is not None and d.due_on <= by]
    return sorted(due, key=lambda d: (d.due_on, d.agreement.title))


def stage_of(
    agreement: Agreement,
    assessments: Iterable[Assessment],
    reviews: Iterable[PlanReview],
    today: dt.date,
    due_on: dt.date | None = None,
) -> CycleStage:
    """Where the plan is in its cycle.

    A draft version is being planned once it has an assessment or was made by a review (a review is the
    next cycle's assessment); before that it is to be assessed. A version in force is being done until
    its review falls due, then it is to be reviewed."""
    current = agreement.current
    if current.status is VersionStatus.DRAFT:
        assessed = any(a.version_number == current.number for a in assessments)
        made_by_review = any(r.next_version == current.number for r in reviews)
        return CycleStage.PLAN if assessed or made_by_review else CycleStage.ASSESS
    if current.status is VersionStatus.ACTIVE and due_on is not None and due_on <= today:
        return CycleStage.REVIEW
    return CycleStage.DO


@dataclass(frozen=True, slots=True)
class TargetLine:
    """One target's progress at each review, oldest first, for the chart."""

    target: str
    points: tuple[tuple[dt.date, Progress], ...]


def target_lines(reviews: Iterable[PlanReview]) -> list[TargetLine]:
    """Every target ever reviewed, in the order first reviewed; a target keeps its line while its words
    stay the same from one version to the next."""
    points: dict[str, list[tuple[dt.date, Progress]]] = {}
    for review in sorted(reviews, key=lambda r: (r.held_on, r.reviewed_version)):
        for progress in review.meeting.progress:
            points.setdefault(progress.target, []).append((review.held_on, progress.progress))
    return [TargetLine(target, tuple(line)) for target, line in points.items()]
