"""Meetings, their times and the families' bookings, in the caller's transaction."""

import datetime as dt
from collections.abc import Collection

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.meetings import BookedBy, Meeting, MeetingBooking, MeetingSlot
from desktop.store.schema_meetings import MeetingBookingRow, MeetingRow, MeetingSlotRow


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, meeting: Meeting) -> None:
        self.session.add(
            MeetingRow(
                id=meeting.id,
                class_id=meeting.class_id,
                title=meeting.title,
                day=meeting.day,
                room=meeting.room,
                interpreter_language=meeting.interpreter_language,
                offered_by=meeting.offered_by,
            )
        )
        self.session.flush()
        for slot in meeting.slots:
            self.session.add(
                MeetingSlotRow(
                    id=slot.id,
                    meeting_id=meeting.id,
                    starts=f"{slot.starts:%H:%M}",
                    ends=f"{slot.ends:%H:%M}",
                )
            )

    def meeting(self, meeting_id: str) -> Meeting | None:
        row = self.session.get(MeetingRow, meeting_id)
        return None if row is None else self._meeting(row)

    def of_classes(self, class_ids: Collection[str]) -> list[Meeting]:
        """The meetings of these classes, the soonest first."""
        rows = self.session.scalars(
            select(MeetingRow).where(MeetingRow.class_id.in_(list(class_ids))).order_by(MeetingRow.day)
        )
        return [self._meeting(r) for r in rows]

    def _meeting(self, row: MeetingRow) -> Meeting:
        slots = self.session.scalars(
            select(MeetingSlotRow).where(MeetingSlotRow.meeting_id == row.id).order_by(MeetingSlotRow.starts)
        )
        return Meeting(
            id=row.id,
            class_id=row.class_id,
            title=row.title,
            day=row.day,
            room=row.room,
            interpreter_language=row.interpreter_language,
            offered_by=row.offered_by,
            slots=tuple(MeetingSlot(s.meeting_id, _time(s.starts), _time(s.ends), s.id) for s in slots),
        )

    # Bookings

    def booking(self, meeting_id: str, pupil_id: str) -> MeetingBooking | None:
        row = self.session.get(MeetingBookingRow, (meeting_id, pupil_id))
        return None if row is None else _booking(row)

    def bookings(self, meeting_id: str) -> list[MeetingBooking]:
        rows = self.session.scalars(
            select(MeetingBookingRow)
            .where(MeetingBookingRow.meeting_id == meeting_id)
            .order_by(MeetingBookingRow.booked_at)
        )
        return [_booking(r) for r in rows]

    def of_pupils(self, pupil_ids: Collection[str]) -> list[MeetingBooking]:
        rows = self.session.scalars(
            select(MeetingBookingRow).where(MeetingBookingRow.pupil_id.in_(list(pupil_ids)))
        )
        return [_booking(r) for r in rows]

    def save_booking(self, booking: MeetingBooking) -> None:
        """Book, or move the family's booking to another time (one booking per child and meeting)."""
        row = self.session.get(MeetingBookingRow, (booking.meeting_id, booking.pupil_id))
        if row is None:
            self.session.add(
                MeetingBookingRow(
                    meeting_id=booking.meeting_id,
                    pupil_id=booking.pupil_id,
                    slot_id=booking.slot_id,
                    booked_by=booking.booked_by.value,
                    by_name=booking.by_name,
                    booked_at=booking.booked_at,
                    attended=booking.attended,
                )
            )
            return
        row.slot_id = booking.slot_id
        row.booked_by = booking.booked_by.value
        row.by_name = booking.by_name
        row.booked_at = booking.booked_at

    def cancel_booking(self, meeting_id: str, pupil_id: str) -> None:
        self.session.execute(
            delete(MeetingBookingRow).where(
                MeetingBookingRow.meeting_id == meeting_id, MeetingBookingRow.pupil_id == pupil_id
            )
        )

    def set_attended(self, meeting_id: str, pupil_id: str, attended: bool) -> None:
        row = self.session.get(MeetingBookingRow, (meeting_id, pupil_id))
        if row is not None:
            row.attended = attended


def _booking(row: MeetingBookingRow) -> MeetingBooking:
    return MeetingBooking(
        meeting_id=row.meeting_id,
        pupil_id=row.pupil_id,
        slot_id=row.slot_id,
        booked_by=BookedBy(row.booked_by),
        by_name=row.by_name,
        booked_at=row.booked_at,
        attended=row.attended,
    )
