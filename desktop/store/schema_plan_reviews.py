"""The assess-plan-do-review cycle of support plans (schema 0018): assessments and review meetings.

A review row names the version it reviewed and the version it made, so the plan's history reads as one
line of versions and reviews. Both tables hang off the agreement with ON DELETE CASCADE, so erasing a
pupil's agreements takes their reviews with them. Both sync between staff devices only (migration 0021,
desktop/store/sync_store/kinds.py): never to a family's device.
"""

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class PlanAssessmentRow(Base):
    """The "assess" step: what is working and what is not, with evidence, before a version is written."""

    __tablename__ = "plan_assessment"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    version_number: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(Text)
    working: Mapped[str] = mapped_column(Text, default="")
    not_working: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[Any]] = mapped_column(default=list)


class PlanReviewRow(Base):
    """A review meeting: who came, the views, each target's progress, decisions; and the version it made."""

    __tablename__ = "plan_review"
    __table_args__ = (UniqueConstraint("agreement_id", "reviewed_version"),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    reviewed_version: Mapped[int] = mapped_column(Integer)
    next_version: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[dt.date] = mapped_column(Date)
    next_review_date: Mapped[dt.date] = mapped_column(Date)
    meeting: Mapped[dict[str, Any]] = mapped_column()
    recorded_by: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
