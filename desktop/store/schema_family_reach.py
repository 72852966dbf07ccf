"""Tables for knowing and reaching every family (schema 0013): profiles, the contact log, the reach setting.

All three are staff-only: they sync in the staff scopes (a class's, or the school's for the setting),
whose keys no family device ever holds.
"""

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class FamilyProfileRow(Base):
    """How to reach one pupil's family: languages, the way and time to contact, interpreter, reading."""

    __tablename__ = "family_profile"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    home_languages: Mapped[list[Any]] = mapped_column(default=list)
    contact_way: Mapped[str] = mapped_column(String(12), default="phone")
    contact_time: Mapped[str] = mapped_column(Text, default="")
    interpreter_language: Mapped[str] = mapped_column(String(8), default="")
    reading: Mapped[str] = mapped_column(String(12), default="paper")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(Text, default="")


class FamilyProfileItemRow(Base):
    """One thing that matters to the child; `sensitive` hides its text from roles without need."""

    __tablename__ = "family_profile_item"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)


class FamilyContactRow(Base):
    """A logged call, meeting, home visit or message with a pupil's family."""

    __tablename__ = "family_contact"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    contacted_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    reached: Mapped[bool] = mapped_column(Boolean, default=True)
    interpreter_language: Mapped[str] = mapped_column(String(8), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True, default=None)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    logged_by: Mapped[str] = mapped_column(Text, default="")
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FamilyLastHeardRow(Base):
    """The last day something came back from a pupil's family on a channel ("app" or "paper").

    Kept by triggers (migration 0013) on every insert of a family reply, acknowledgement, family
    signature or folder comment, however it is written (a service, the bulk writer, a record arriving
    by sync), so the reach view reads 1,500 families' last contact from one small table instead of
    grouping every reply and acknowledgement of the year. A contact that happened stays counted even
    if its record is later deleted; the row goes with the pupil.
    """

    __tablename__ = "family_last_heard"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_on: Mapped[dt.date] = mapped_column(Date)


class ReachSettingRow(Base):
    """The school's setting for families not reached (one row): after how many school days."""

    __tablename__ = "reach_setting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    days: Mapped[int] = mapped_column(Integer, default=10)
