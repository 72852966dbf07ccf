"""The demo school's views before a review: one support plan with the family's views given in the app and
the child's returned on paper (typed in at school), so the review has the family's voice in it to show."""

import datetime as dt

from sqlalchemy.orm import Session

from desktop.domain.agreements import DocumentKind, VersionStatus
from desktop.domain.review_views import ChildViews, Face, FamilyViews, ReceivedViews, ViewsReceived
from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.review_views import ReviewViewsRepository
from desktop.store.repositories.school import SchoolRepository

FAMILY = FamilyViews(
    going_well="Reading at bedtime every night now, and the visual timetable at home helps the mornings.",
    hard="Getting ready for school on Mondays; homework takes a long time at the end of a tiring day.",
    helps_at_home="A quiet corner with headphones, and knowing the plan for the day before it starts.",
    hopes="We would like to talk about friendships at lunchtime and the move to the next class.",
)
CHILD = ChildViews(
    faces=(
        ("like_school", Face.HAPPY),
        ("get_help", Face.HAPPY),
        ("have_friends", Face.OKAY),
        ("feel_safe", Face.HAPPY),
        ("learn_well", Face.OKAY),
    ),
    i_like="Art and the computer club",
    is_hard="The noisy dinner hall",
    helps_me="My ear defenders and my timetable",
)


def add_demo_views(session: Session, today: dt.date) -> int:
    """Views for the active support plan whose review comes soonest (none when the demo has none)."""
    plans = [
        a
        for a in AgreementRepository(session).all()
        if a.kind is DocumentKind.SUPPORT_PLAN and a.status is VersionStatus.ACTIVE and a.review_date
    ]
    if not plans:
        return 0
    plan = min(plans, key=lambda a: (a.review_date or today, a.id))
    school = SchoolRepository(session)
    pupil = school.pupil(plan.pupil_id)
    family = school.family_of(plan.pupil_id)
    if pupil is None or not family:
        return 0
    repository = ReviewViewsRepository(session)
    at = dt.datetime.combine(today - dt.timedelta(days=2), dt.time(19, 30))
    repository.add(ReceivedViews(plan.id, pupil.id, FAMILY, ViewsReceived.APP, at, family[0].name))
    on_paper = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(9, 0))
    repository.add(
        ReceivedViews(plan.id, pupil.id, CHILD, ViewsReceived.PAPER_TYPED, on_paper, pupil.first_name)
    )
    return 2
