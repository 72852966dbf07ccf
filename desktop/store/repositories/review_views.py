"""The views given before a plan's review: rows in and out, as domain objects."""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.review_views import (
    CHILD_BOXES,
    CHILD_STATEMENTS,
    ChildViews,
    Face,
    FamilyViews,
    ReceivedViews,
    ViewsFrom,
    ViewsReceived,
)
from desktop.store.schema_review_views import ReviewViewsRow

FACES_KEY = "faces"
"""Where a child's ticked faces sit among the answers: {statement: face}."""


class ReviewViewsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, received: ReceivedViews) -> None:
        self.session.add(
            ReviewViewsRow(
                id=received.id,
                agreement_id=received.agreement_id,
                pupil_id=received.pupil_id,
                given_by=received.given_by.value,
                answers=_answers(received),
                received=received.received.value,
                received_at=received.received_at,
                by_name=received.by_name,
                pictures=[list(p) for p in received.pictures],
            )
        )

    def for_plan(self, agreement_id: str) -> list[ReceivedViews]:
        """A plan's views, in the order they came."""
        rows = self.session.scalars(
            select(ReviewViewsRow)
            .where(ReviewViewsRow.agreement_id == agreement_id)
            .order_by(ReviewViewsRow.received_at, ReviewViewsRow.id)
        )
        return [_views(r) for r in rows]

    def delete_for_plans(self, agreement_ids: list[str]) -> list[str]:
        """Erase the views of these plans (with the plans themselves); the ids that went."""
        ids = list(
            self.session.scalars(
                select(ReviewViewsRow.id).where(ReviewViewsRow.agreement_id.in_(agreement_ids))
            )
        )
        self.session.execute(delete(ReviewViewsRow).where(ReviewViewsRow.id.in_(ids)))
        return ids


def _answers(received: ReceivedViews) -> dict[str, Any]:
    views = received.views
    answers: dict[str, Any] = dict(views.answers())
    if isinstance(views, ChildViews):
        answers[FACES_KEY] = {statement: face.value for statement, face in views.faces}
    return answers


def _views(row: ReviewViewsRow) -> ReceivedViews:
    answers = row.answers or {}
    if ViewsFrom(row.given_by) is ViewsFrom.CHILD:
        faces = answers.get(FACES_KEY, {})
        views: FamilyViews | ChildViews = ChildViews(
            faces=tuple((s, Face(faces[s])) for s in CHILD_STATEMENTS if s in faces),
            **{b: str(answers.get(b, "")) for b in CHILD_BOXES},
        )
    else:
        views = FamilyViews(**{q: str(answers.get(q, "")) for q in FamilyViews().answers()})
    return ReceivedViews(
        agreement_id=row.agreement_id,
        pupil_id=row.pupil_id,
        views=views,
        received=ViewsReceived(row.received),
        received_at=row.received_at,
        by_name=row.by_name,
        pictures=tuple((str(a), str(b)) for a, b in row.pictures or []),
        id=row.id,
    )
