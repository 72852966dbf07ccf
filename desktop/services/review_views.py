"""The family's and the child's views before a support plan's review: recorded, read, and asked for.

Views arrive three ways: from the family app (the family member's own, synced to the school), typed in by
staff from the printed form (its reply code names the child), or read from a scan of the form (see
desktop/services/paper_returns/views.py). However they came, they are one `ReceivedViews` row for the
plan, which the review screen reads with `views_for_plan`.

Printing the forms for a class (`print_class_forms`) gathers the class's support plans due for review in
the next weeks, or overdue, and sends a pack to each household: the family's "Your views" in their home
language beside English (large print where asked), and the child's form in pictures and simple words.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.domain.access import Capability
from desktop.domain.agreements import Agreement, DocumentKind, VersionStatus
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period
from desktop.domain.pupils import Pupil
from desktop.domain.review_views import (
    ChildViews,
    FamilyViews,
    ReceivedViews,
    Views,
    ViewsReceived,
    due_for_views,
    pages_joined,
)
from desktop.printing.layout import Rendered
from desktop.printing.views_form import ViewsBatch, ViewsForm, ViewsPack, render_views_forms
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.layouts import remember_printed
from desktop.services.phrase_corrections import PhraseCorrectionService
from desktop.services.print_packs import households
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.review_views import ReviewViewsRepository

DEFAULT_WEEKS = 6
"""How far ahead a review asks for views: time for a form to go home and come back."""


@dataclass(frozen=True, slots=True)
class PaperViewsTarget:
    """What the "type in the views from paper" step needs once a code is typed: the child and the plans."""

    code: str
    pupil: Pupil
    plans: tuple[Agreement, ...]
    """The child's support plans due for review (soonest first); the form answers one of them."""


class ReviewViewsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    # Recording

    def record(
        self,
        agreement_id: str,
        views: Views,
        received: ViewsReceived,
        by_name: str,
        family_member_id: str | None = None,
        at: dt.datetime | None = None,
        pictures: tuple[tuple[str, str], ...] = (),
    ) -> ReceivedViews:
        """Keep one set of views for the plan. From home a family member gives only their own views, in
        their own name, through the app."""
        plan = AgreementService(self.context).agreement(agreement_id)
        actor = self.context.actor
        if plan.kind is not DocumentKind.SUPPORT_PLAN:
            raise InvalidInput("Views are gathered for support plans; this document is not one.")
        if views.empty and not pictures:
            raise InvalidInput("Nothing was answered: write at least one answer, or tick a face.")
        if not by_name.strip():
            raise InvalidInput("Say whose views these are (the name of the person who answered).")
        if actor.is_family:
            if received is not ViewsReceived.APP or isinstance(views, ChildViews):
                raise PermissionError("From home you can give your own views in the app; nothing was saved.")
            actor.require_own_name(by_name, family_member_id)
        else:
            actor.require_staff()
        entry = ReceivedViews(
            agreement_id=plan.id,
            pupil_id=plan.pupil_id,
            views=views,
            received=received,
            received_at=at or self.context.now(),
            by_name=by_name.strip(),
            pictures=pictures,
        )
        with self.context.vault.writing() as session:
            ReviewViewsRepository(session).add(entry)
            self.context.audit(
                session,
                AuditAction.CREATED,
                "review_views",
                entry.id,
                plan.pupil_id,
                f"{entry.given_by.value} views, {received.value}",
            )
        return entry

    # Reading

    def views_for_plan(self, agreement_id: str) -> list[ReceivedViews]:
        """Every set of views given for the plan, in the order they came (a form scanned page by page
        as one)."""
        plan = AgreementService(self.context).agreement(agreement_id)
        with self.context.vault.reading() as session:
            return pages_joined(ReviewViewsRepository(session).for_plan(plan.id))

    def plans_due_for_views(self, class_id: str, weeks: int = DEFAULT_WEEKS) -> list[Agreement]:
        """The class's support plans in force whose review is within the next weeks, or overdue; soonest
        first."""
        if weeks < 0:
            raise InvalidInput("Give the weeks ahead as 0 or more.")
        due: list[Agreement] = []
        for pupil in SchoolService(self.context).pupils(class_id):
            due += self.plans_due_for_pupil(pupil.id, weeks)
        return sorted(due, key=lambda a: (a.review_date or dt.date.max, a.title))

    def plans_due_for_pupil(self, pupil_id: str, weeks: int = DEFAULT_WEEKS) -> list[Agreement]:
        """A child's support plans in force whose review is near or overdue (what the family app asks
        views for)."""
        today = self.context.today()
        return [
            a
            for a in AgreementService(self.context).for_pupil(pupil_id)
            if a.kind is DocumentKind.SUPPORT_PLAN
            and a.status is VersionStatus.ACTIVE
            and due_for_views(a.review_date, today, weeks)
        ]

    # Paper

    def open_paper_views(self, code_text: str) -> PaperViewsTarget:
        """The child a typed reply code names and their plans due for review, for staff to type the
        family's answers from the returned form."""
        self.context.actor.require_staff()
        match = ReplyCodeService(self.context).lookup(code_text)
        plans = self.plans_due_for_pupil(match.pupil.id, weeks=52)
        if not plans:
            raise InvalidInput(
                f"{match.pupil.display_name} has no support plan in force with a review date; the views "
                "cannot be filed against a plan."
            )
        return PaperViewsTarget(match.code, match.pupil, tuple(plans))

    def record_typed(
        self,
        target: PaperViewsTarget,
        views: FamilyViews | ChildViews,
        by_name: str,
        plan_id: str | None = None,
    ) -> ReceivedViews:
        """The family's (or child's) answers typed in by staff from the returned paper form."""
        plan = next((p for p in target.plans if p.id == plan_id), None) if plan_id else target.plans[0]
        if plan is None:
            raise InvalidInput("That plan is not one of this child's plans due for review; choose again.")
        return self.record(plan.id, views, ViewsReceived.PAPER_TYPED, by_name)

    def print_class_forms(self, class_id: str, weeks: int = DEFAULT_WEEKS) -> Rendered:
        """The views forms for every review due in the class: a pack per household (the child's form with
        the first household's), and the pages' boxes kept so that a scan of them can be read."""
        actor = self.context.actor
        actor.require(Capability.PRINT)
        school = SchoolService(self.context)
        school_class = next((c for c in school.classes() if c.id == class_id), None)
        if school_class is None:
            raise InvalidInput("That class is not in this school.")
        plans = self.plans_due_for_views(class_id, weeks)
        if not plans:
            raise InvalidInput(
                f"No support plan in {school_class.name} is due for review in the next {weeks} weeks."
            )
        codes = ReplyCodeService(self.context)
        period = Period.week_of(self.context.today())
        packs: list[ViewsPack] = []
        for plan in plans:
            pupil = school.pupil(plan.pupil_id)
            form = ViewsForm(
                plan.id, plan.title, pupil.display_name, pupil.first_name, school_class.name, plan.review_date
            )
            code = codes.code_for(pupil.id, period)
            for number, recipient in enumerate(households(school.family_of(pupil.id), paper_only=False), 1):
                packs.append(ViewsPack(form, recipient, code, number, with_child_form=number == 1))
        school_record = school.school()
        batch = ViewsBatch(
            school_record.name if school_record else "",
            f"Views before review, {school_class.name}",
            tuple(packs),
            PhraseCorrectionService(self.context).overrides(),
        )
        rendered = render_views_forms(batch)
        remember_printed(self.context, rendered)
        with self.context.vault.writing() as session:
            for plan in plans:
                self.context.audit(
                    session, AuditAction.PRINTED, "review_views_form", plan.id, plan.pupil_id, plan.title
                )
        return rendered
