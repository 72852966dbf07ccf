"""Tables for records a school must be able to account for (schema 0006).

The register of subject-access and educational-record requests, the register of erasures (which never
names the child), the school's own retention periods where it changed the defaults, and the history of
each pupil's photo consent. Like every table, they live in the encrypted database.
"""

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class RecordsRequestRow(Base):
    """A request for a child's records: who asked, under which law, when it is due and how it ended."""

    __tablename__ = "records_request"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str | None] = mapped_column(Id, index=True, default=None)
    """Not a foreign key: the register outlives an erased pupil (and then names no one)."""
    kind: Mapped[str] = mapped_column(String(24))
    received_on: Mapped[dt.date] = mapped_column(Date)
    requester: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12))
    answered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    export_file: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(Text)


class ErasureRow(Base):
    """That something was erased, when, by whom and why; the subject is a bare id, never a name."""

    __tablename__ = "erasure_record"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime)
    erased_by: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[str] = mapped_column(Id, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str | None] = mapped_column(Id, default=None)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class RetentionPolicyRow(Base):
    """A retention period the school set for a kind of record, replacing the default."""

    __tablename__ = "retention_policy"
    record_kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    years: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(Text)


class PhotoConsentRow(Base):
    """One change of a pupil's photo consent: what the family said, who said it, how and when."""

    __tablename__ = "photo_consent"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    consent: Mapped[str] = mapped_column(String(16))
    given_by: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(8))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(Text)
