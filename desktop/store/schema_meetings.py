"""Tables for meetings and parents' evenings (schema 0019): the occasion, its times, each family's booking.

`meeting` and `meeting_slot` sync in the class's scope (every family of the class sees the times offered);
`meeting_booking` in the pupil's scope, so a family's device holds its own bookings and no one else's.
"""

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class MeetingRow(Base):
    """One meeting or parents' evening offered to a class's families."""

    __tablename__ = "meeting"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    day: Mapped[dt.date] = mapped_column(Date)
    room: Mapped[str] = mapped_column(Text, default="")
    interpreter_language: Mapped[str] = mapped_column(String(8), default="")
    offered_by: Mapped[str] = mapped_column(Text, default="")


class MeetingSlotRow(Base):
    """A time offered at a meeting ("17:10" to "17:20")."""

    __tablename__ = "meeting_slot"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    starts: Mapped[str] = mapped_column(String(5))
    ends: Mapped[str] = mapped_column(String(5))


class MeetingBookingRow(Base):
    """A family's booking for one child at one meeting: changing it moves it to another time."""

    __tablename__ = "meeting_booking"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    slot_id: Mapped[str] = mapped_column(ForeignKey("meeting_slot.id", ondelete="CASCADE"), index=True)
    booked_by: Mapped[str] = mapped_column(String(8))
    by_name: Mapped[str] = mapped_column(Text, default="")
    booked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    attended: Mapped[bool | None] = mapped_column(Boolean, default=None)
