"""The demo school's support plans part way round the assess-plan-do-review cycle.

After the demo's term is written: one plan (an EHC plan where there is one) reviewed twice with the
family, their views and the child's written in, so its history and target chart have something to show
(the first with a therapist's report whose PDF is attached);
one reviewed with its next review set in the past, so it is overdue; a draft plan assessed with evidence
from the child's link book. Each review goes through the same service as the SENCO's, with the clock set
to the day it was held, and the version it made is signed and put in force the next day. Chosen by
sorting, not at random, so the rest of the demo school is the same with or without it.
"""

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.domain.access import Actor
from desktop.domain.agreements import Agreement, DocumentKind, Party, Target, VersionStatus
from desktop.domain.families import Relationship
from desktop.domain.linkbook import Method
from desktop.domain.plan_reviews import (
    Attendee,
    AttendeeRole,
    NextPlan,
    Progress,
    Report,
    ReviewMeeting,
    TargetProgress,
)
from desktop.domain.pupils import Pupil, SenStatus
from desktop.domain.school import StaffRole
from desktop.printing.fonts import Face, font_name
from desktop.services import demo_data as data
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.plan_reviews import PlanReviewService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault

NEW_TARGETS = (
    "Ask an adult for help using a word or a card",
    "Join a game at playtime with one friend",
    "Use the quiet corner and come back within five minutes",
    "Write two sentences on their own",
)
PROGRESS = (Progress.MET, Progress.PARTLY, Progress.NOT_YET)
FAMILY_VIEWS = (
    "Mornings are calmer since the visual timetable went up at home too. Lunchtimes still worry us.",
    "We can see the difference: more talk about school at dinner. Reading at home is still a battle.",
)
CHILD_VIEWS = (
    "I like the quiet corner. The hall is too loud at lunch.",
    "Maths is good now. I want to sit with my friend.",
)


FAMILY_WORDS = {
    Relationship.MOTHER: "Mum",
    Relationship.FATHER: "Dad",
    Relationship.GRANDPARENT: "Grandparent",
    Relationship.CARER: "Carer",
    Relationship.FOSTER_CARER: "Foster carer",
    Relationship.STEP_PARENT: "Step-parent",
}


class _Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def add_demo_reviews(vault: Vault, today: dt.date) -> None:
    clock = _Clock(dt.datetime.combine(today, dt.time(9, 0)))
    context = ServiceContext(vault, Actor(data.SENCO_NAME, StaffRole.SENCO), clock=clock)
    school = SchoolService(context)
    agreements = AgreementService(context)
    pupils = {p.id: p for p in school.pupils()}
    plans = sorted(
        (
            a
            for p in pupils.values()
            for a in agreements.for_pupil(p.id)
            if a.kind is DocumentKind.SUPPORT_PLAN
        ),
        key=lambda a: (pupils[a.pupil_id].sen_status is not SenStatus.EHC_PLAN, pupils[a.pupil_id].sort_key),
    )
    active = [a for a in plans if a.status is VersionStatus.ACTIVE and (today - _made(a)).days >= 21]
    if active:
        _reviewed_twice(context, clock, active[0], pupils[active[0].pupil_id], today)
    if len(active) > 1:
        _overdue(context, clock, active[1], pupils[active[1].pupil_id], today)
    drafts = [a for a in plans if a.status is VersionStatus.DRAFT]
    if drafts:
        clock.now = dt.datetime.combine(today, dt.time(9, 0))
        _assessed(context, drafts[0])


def _made(agreement: Agreement) -> dt.date:
    return agreement.current.created_at.date()


def _attendees(context: ServiceContext, pupil: Pupil, professional: bool) -> tuple[Attendee, ...]:
    family = SchoolService(context).family_of(pupil.id)
    people = [Attendee(pupil.display_name, AttendeeRole.CHILD)]
    people += [
        Attendee(m.name, AttendeeRole.FAMILY, m.relationship.value.replace("_", " ")) for m in family[:2]
    ]
    people.append(Attendee(data.SENCO_NAME, AttendeeRole.STAFF, "SENCO"))
    if professional:
        people.append(
            Attendee("Dr Siobhán Ó Ceallaigh", AttendeeRole.PROFESSIONAL, "Speech and language therapist")
        )
    return tuple(people)


def _review(
    context: ServiceContext,
    clock: _Clock,
    agreement: Agreement,
    pupil: Pupil,
    held_on: dt.date,
    round_: int,
    views: bool,
    next_review: dt.date | None = None,
) -> None:
    clock.now = dt.datetime.combine(held_on, dt.time(15, 30))
    service = PlanReviewService(context)
    plan = service.cycle(agreement.id).agreement
    choices = service.evidence_choices(pupil.id)
    targets = plan.current.content.targets
    progress = tuple(
        TargetProgress(
            t.text,
            PROGRESS[(n + round_) % len(PROGRESS)],
            tuple(choices[n : n + 1]),
            "Seen most days in class" if (n + round_) % 3 == 0 else "",
        )
        for n, t in enumerate(targets)
    )
    kept = [p.target for p in progress if p.progress is not Progress.MET]
    fresh = NEW_TARGETS[round_ % len(NEW_TARGETS)]
    attendees = _attendees(context, pupil, professional=round_ == 0)
    views = views or not any(a.role is AttendeeRole.FAMILY for a in attendees)
    meeting = ReviewMeeting(
        held_on=held_on,
        attendees=attendees,
        family_views=FAMILY_VIEWS[round_ % len(FAMILY_VIEWS)] if views else "",
        child_views=CHILD_VIEWS[round_ % len(CHILD_VIEWS)] if views else "",
        progress=progress,
        decisions="Keep what is working; replace the target that was met; check in with the family weekly.",
        reports=(_therapy_report(service, agreement.id, pupil, held_on),) if round_ == 0 else (),
    )
    next_targets = tuple(Target(text) for text in [*kept, fresh] if text)
    service.record_review(agreement.id, meeting, NextPlan(next_targets, review_date=next_review))
    _sign_and_activate(context, clock, agreement.id, pupil, held_on + dt.timedelta(days=1))


def _therapy_report(service: PlanReviewService, agreement_id: str, pupil: Pupil, day: dt.date) -> Report:
    """The therapist's report brought to the first review, its PDF attached (kept encrypted)."""
    report = Report(
        "Speech and language therapy report", "Dr Ó Ceallaigh", "Good progress with symbol cards."
    )
    return service.attach_report(
        agreement_id, report, _therapy_report_pdf(pupil, day), f"salt-report-{day.isoformat()}.pdf"
    )


def _therapy_report_pdf(pupil: Pupil, day: dt.date) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle("Speech and language therapy report")
    lines = (
        "Speech and language therapy report",
        f"{pupil.display_name}, seen on {day.day} {day:%B %Y}",
        "",
        "Uses symbol cards to ask for help in most lessons, and more often without a prompt.",
        "Follows two-step instructions given with a picture; one step without.",
        "Recommended: keep the symbol cards in every room; practise turn-taking games weekly.",
        "",
        "Dr Siobhán Ó Ceallaigh, speech and language therapist",
    )
    y = 780
    for number, line in enumerate(lines):
        page.setFont(font_name(Face.LATIN, bold=number == 0), 14 if number == 0 else 11)
        page.drawString(60, y, line)
        y -= 22 if number == 0 else 17
    page.save()
    return out.getvalue()


def _sign_and_activate(
    context: ServiceContext, clock: _Clock, agreement_id: str, pupil: Pupil, day: dt.date
) -> None:
    clock.now = dt.datetime.combine(day, dt.time(9, 0))
    agreements = AgreementService(context)
    family = SchoolService(context).family_of(pupil.id)
    agreements.sign(agreement_id, Party.SCHOOL, data.SENCO_NAME, Method.DIGITAL, day)
    if family:
        agreements.sign(agreement_id, Party.FAMILY, family[0].name, Method.PAPER, day)
    agreements.activate(agreement_id)


def _reviewed_twice(
    context: ServiceContext, clock: _Clock, agreement: Agreement, pupil: Pupil, today: dt.date
) -> None:
    made = _made(agreement)
    span = (today - made).days
    for round_, share in enumerate((0.35, 0.8)):
        _review(
            context, clock, agreement, pupil, made + dt.timedelta(days=int(span * share)), round_, views=True
        )


def _overdue(
    context: ServiceContext, clock: _Clock, agreement: Agreement, pupil: Pupil, today: dt.date
) -> None:
    made = _made(agreement)
    held_on = made + dt.timedelta(days=max(1, ((today - made).days - 12) // 2))
    _review(
        context, clock, agreement, pupil, held_on, 1, views=False, next_review=today - dt.timedelta(days=9)
    )


def _assessed(context: ServiceContext, agreement: Agreement) -> None:
    service = PlanReviewService(context)
    choices = service.evidence_choices(agreement.pupil_id)
    service.assess(
        agreement.id,
        "Settles quickly with a familiar adult; enjoys hands-on maths.",
        "Finds changes to the day hard; writing stamina is low.",
        tuple(choices[:2]),
    )
