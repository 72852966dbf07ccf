"""The family's and the child's views before a plan's review (schema 0020).

One row per set of views received: which plan and pupil, whose views (family or child), the answers
(JSON: the questions' and statements' phrase ids to what was said or the face ticked), how they came
(the family app, paper typed in, paper scanned) and when. Rows are written once and never changed, so
they sync as append-only records in the pupil's scope.
"""

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class ReviewViewsRow(Base):
    """One set of views given before a support plan's review."""

    __tablename__ = "review_views"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    given_by: Mapped[str] = mapped_column(String(12))
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    received: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    by_name: Mapped[str] = mapped_column(Text, default="")
    pictures: Mapped[list[Any]] = mapped_column(default=list)
