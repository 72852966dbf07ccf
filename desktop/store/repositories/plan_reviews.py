"""Support plans' assessments and review meetings, in and out as domain values."""

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.plan_reviews import Assessment, Evidence, PlanReview, ReviewMeeting
from desktop.store.codec import from_plain, to_plain
from desktop.store.schema_plan_reviews import PlanAssessmentRow, PlanReviewRow


class PlanReviewRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_assessment(self, assessment: Assessment) -> None:
        self.session.add(
            PlanAssessmentRow(
                id=assessment.id,
                agreement_id=assessment.agreement_id,
                version_number=assessment.version_number,
                assessed_on=assessment.assessed_on,
                assessed_by=assessment.assessed_by,
                working=assessment.working,
                not_working=assessment.not_working,
                evidence=to_plain(assessment.evidence),
            )
        )

    def assessments(self, agreement_id: str) -> list[Assessment]:
        rows = self.session.scalars(
            select(PlanAssessmentRow)
            .where(PlanAssessmentRow.agreement_id == agreement_id)
            .order_by(PlanAssessmentRow.assessed_on, PlanAssessmentRow.version_number)
        )
        return [
            Assessment(
                id=r.id,
                agreement_id=r.agreement_id,
                version_number=r.version_number,
                assessed_on=r.assessed_on,
                assessed_by=r.assessed_by,
                working=r.working,
                not_working=r.not_working,
                evidence=from_plain(tuple[Evidence, ...], r.evidence),
            )
            for r in rows
        ]

    def add_review(self, review: PlanReview) -> None:
        self.session.add(
            PlanReviewRow(
                id=review.id,
                agreement_id=review.agreement_id,
                reviewed_version=review.reviewed_version,
                next_version=review.next_version,
                held_on=review.held_on,
                next_review_date=review.next_review_date,
                meeting=to_plain(review.meeting),
                recorded_by=review.recorded_by,
                recorded_at=review.recorded_at,
            )
        )
        self.session.flush()

    def reviews(self, agreement_id: str) -> list[PlanReview]:
        """Oldest first."""
        rows = self.session.scalars(
            select(PlanReviewRow)
            .where(PlanReviewRow.agreement_id == agreement_id)
            .order_by(PlanReviewRow.reviewed_version)
        )
        return [self._review(r) for r in rows]

    def last_reviewed(self) -> dict[str, dt.date]:
        """Each reviewed agreement's latest review day."""
        rows = self.session.execute(
            select(PlanReviewRow.agreement_id, func.max(PlanReviewRow.held_on)).group_by(
                PlanReviewRow.agreement_id
            )
        )
        return {agreement_id: held_on for agreement_id, held_on in rows}

    @staticmethod
    def _review(row: PlanReviewRow) -> PlanReview:
        return PlanReview(
            id=row.id,
            agreement_id=row.agreement_id,
            reviewed_version=row.reviewed_version,
            next_version=row.next_version,
            meeting=from_plain(ReviewMeeting, row.meeting),
            next_review_date=row.next_review_date,
            recorded_by=row.recorded_by,
            recorded_at=row.recorded_at,
        )
