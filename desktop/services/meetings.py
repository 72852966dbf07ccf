"""Meetings and parents' evenings: offering times, booking them (app, paper, staff), clashes, attendance.

A teacher offers a meeting's times to a class. A family books one time per child in the family app, or
ticks the times that suit on a paper booking slip (filed by its typed reply code or by the scan import,
which book the first ticked time still free). A family's device cannot see other families' bookings, so
two families may book the same time before either reaches the school: the teacher's booking grid shows
that as a clash, with who has not booked yet. Attendance goes into the contact log as a meeting, which
counts as two-way contact in the reach view.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period
from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.languages import language
from desktop.domain.meetings import (
    BookedBy,
    BookingGrid,
    GridRow,
    Meeting,
    MeetingBooking,
    MeetingSlot,
    slot_times,
)
from desktop.domain.pupils import Pupil
from desktop.printing.layout import Rendered
from desktop.printing.meeting_slip import SlipFor, booking_slips, reminders
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.layouts import remember_printed
from desktop.services.phrase_corrections import PhraseCorrectionService
from desktop.services.print_packs import households
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.meetings import MeetingRepository
from desktop.store.repositories.school import SchoolRepository

RECORD_KIND = "meeting_booking"
MAX_TITLE = 200
MAX_SLOTS = 60


@dataclass(frozen=True, slots=True)
class FamilyMeeting:
    """A meeting as a family sees it: the times, and their own booking if they have one."""

    meeting: Meeting
    pupil_id: str
    booking: MeetingBooking | None

    @property
    def booked_slot(self) -> MeetingSlot | None:
        return self.meeting.slot(self.booking.slot_id) if self.booking else None


@dataclass(frozen=True, slots=True)
class SlipMatch:
    """What a typed booking-slip code names: the pupil, and their class's meetings in the code's week."""

    pupil: Pupil
    meetings: tuple[Meeting, ...]


class MeetingService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    # Offering

    def offer(
        self,
        class_id: str,
        title: str,
        day: dt.date,
        first: dt.time,
        last: dt.time,
        minutes: int,
        room: str = "",
        interpreter_language: str = "",
    ) -> Meeting:
        """Offer a class's families back-to-back times from `first` until `last`, `minutes` each."""
        actor = self.context.actor
        actor.require_staff()
        title = title.strip()
        if not title:
            raise InvalidInput("Give the meeting a title (such as “Parents' evening”); nothing was offered.")
        if len(title) > MAX_TITLE:
            raise InvalidInput(f"Keep the title under {MAX_TITLE} characters; nothing was offered.")
        if day < self.context.today():
            raise InvalidInput(f"{day:%d %B %Y} has passed: choose a day to come. Nothing was offered.")
        if minutes < 5 or minutes > 120:
            raise InvalidInput("Each time should last between 5 and 120 minutes; nothing was offered.")
        if last <= first:
            raise InvalidInput("The last time must be after the first; nothing was offered.")
        times = slot_times(first, last, minutes)
        if not times:
            raise InvalidInput(
                f"No {minutes}-minute time fits between {first:%H:%M} and {last:%H:%M}; nothing was offered."
            )
        if len(times) > MAX_SLOTS:
            raise InvalidInput(
                f"That makes {len(times)} times; offer at most {MAX_SLOTS}. Nothing was offered."
            )
        interpreter = interpreter_language.strip()
        if interpreter:
            try:
                interpreter = language(interpreter).code
            except ValueError as exc:
                raise InvalidInput(f"{exc} Nothing was offered.") from None
        if class_id not in {c.id for c in SchoolService(self.context).classes()}:
            raise InvalidInput("That class is not in this school; nothing was offered.")
        meeting = Meeting(class_id, title, day, room.strip(), interpreter, actor.name)
        meeting = replace(meeting, slots=tuple(MeetingSlot(meeting.id, a, b) for a, b in times))
        with self.vault.writing() as session:
            MeetingRepository(session).add(meeting)
            self.context.audit(session, AuditAction.CREATED, "meeting", meeting.id, None, title)
        return meeting

    def meeting(self, meeting_id: str) -> Meeting:
        with self.vault.reading() as session:
            found = MeetingRepository(session).meeting(meeting_id)
        if found is None:
            raise InvalidInput("That meeting is no longer offered; refresh the list.")
        return found

    def meetings(self, class_id: str) -> list[Meeting]:
        """A class's meetings, the soonest first."""
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            return MeetingRepository(session).of_classes([class_id])

    def for_family(self, pupil_id: str) -> list[FamilyMeeting]:
        """The meetings of the child's class from today on, each with the family's booking."""
        self.context.actor.require_pupil(pupil_id)
        pupil = SchoolService(self.context).pupil(pupil_id)
        today = self.context.today()
        with self.vault.reading() as session:
            repository = MeetingRepository(session)
            meetings = [m for m in repository.of_classes([pupil.class_id]) if m.day >= today]
            booked = {b.meeting_id: b for b in repository.of_pupils([pupil_id])}
        return [FamilyMeeting(m, pupil_id, booked.get(m.id)) for m in meetings]

    # Booking

    def book(
        self, meeting_id: str, pupil_id: str, slot_id: str, by_name: str, booked_by: BookedBy | None = None
    ) -> MeetingBooking:
        """Book a time for the child's family, or move their booking to it.

        A family member books in the app; staff book for a family (by phone) or file a paper slip. Staff
        cannot book a time another family holds; no one can book a family's two children at once.
        """
        actor = self.context.actor
        actor.require_pupil(pupil_id)
        how = BookedBy.APP if actor.is_family else (booked_by or BookedBy.STAFF)
        if actor.is_family and booked_by not in (None, BookedBy.APP):
            raise PermissionError("A family books in the app; nothing was booked.")
        by_name = by_name.strip() or ("The family" if not actor.is_family else actor.name)
        meeting = self.meeting(meeting_id)
        slot = meeting.slot(slot_id)
        if slot is None:
            raise InvalidInput("That time is no longer offered; choose another. Nothing was booked.")
        pupil = SchoolService(self.context).pupil(pupil_id)
        if pupil.class_id != meeting.class_id:
            raise InvalidInput(f"{meeting.title} is for another class; nothing was booked.")
        if meeting.day < self.context.today():
            raise InvalidInput(f"{meeting.title} has already taken place; nothing was booked.")
        siblings = self._siblings(pupil_id)
        with self.vault.writing() as session:
            repository = MeetingRepository(session)
            if not actor.is_family:
                holder = next(
                    (
                        b
                        for b in repository.bookings(meeting_id)
                        if b.slot_id == slot_id and b.pupil_id != pupil_id
                    ),
                    None,
                )
                if holder is not None:
                    raise InvalidInput(
                        f"{slot.label} is already booked by another family; choose another time. "
                        "Nothing was booked."
                    )
            clash = _sibling_clash(session, repository, meeting, slot, siblings)
            if clash:
                raise InvalidInput(clash + " Choose another time; nothing was booked.")
            booking = MeetingBooking(meeting_id, pupil_id, slot_id, how, by_name, self.context.now())
            before = repository.booking(meeting_id, pupil_id)
            repository.save_booking(booking)
            detail = f"{how.value} {slot.label}" + (" (changed)" if before else "")
            self.context.audit(
                session,
                AuditAction.CHANGED if before else AuditAction.CREATED,
                RECORD_KIND,
                f"{meeting_id}:{pupil_id}",
                pupil_id,
                detail,
            )
        return booking

    def cancel(self, meeting_id: str, pupil_id: str) -> None:
        self.context.actor.require_pupil(pupil_id)
        with self.vault.writing() as session:
            repository = MeetingRepository(session)
            if repository.booking(meeting_id, pupil_id) is None:
                raise InvalidInput("There is no booking to cancel; refresh the list.")
            repository.cancel_booking(meeting_id, pupil_id)
            self.context.audit(
                session, AuditAction.DELETED, RECORD_KIND, f"{meeting_id}:{pupil_id}", pupil_id, "cancelled"
            )

    def _siblings(self, pupil_id: str) -> set[str]:
        """The child's brothers and sisters in this school (children sharing a family member)."""
        if self.context.actor.is_family:
            return set(self.context.actor.pupil_ids) - {pupil_id}
        found: set[str] = set()
        for member in SchoolService(self.context).family_of(pupil_id):
            found.update(member.pupil_ids)
        return found - {pupil_id}

    # The teacher's view

    def grid(self, meeting_id: str) -> BookingGrid:
        """Each time with who booked it (two or more: a clash), and the class's families not booked."""
        self.context.actor.require_staff()
        meeting = self.meeting(meeting_id)
        school = SchoolService(self.context)
        pupils = {p.id: p for p in school.pupils(meeting.class_id)}
        with self.vault.reading() as session:
            repository = MeetingRepository(session)
            bookings = repository.bookings(meeting_id)
            same_day = [
                m
                for m in repository.of_classes([c.id for c in school.classes()])
                if m.day == meeting.day and m.id != meeting_id
            ]
            elsewhere = {b.pupil_id: (m, b) for m in same_day for b in repository.bookings(m.id)}
        names = {pid: p.display_name for pid, p in pupils.items()}
        rows = tuple(
            GridRow(
                slot,
                tuple(
                    (names.get(b.pupil_id, "a pupil who has left"), b)
                    for b in bookings
                    if b.slot_id == slot.id
                ),
            )
            for slot in meeting.slots
        )
        booked = {b.pupil_id for b in bookings}
        not_booked = tuple(
            sorted(((pid, name) for pid, name in names.items() if pid not in booked), key=lambda p: p[1])
        )
        return BookingGrid(
            meeting, rows, not_booked, self._sibling_clashes(meeting, bookings, names, elsewhere)
        )

    def _sibling_clashes(
        self,
        meeting: Meeting,
        bookings: Sequence[MeetingBooking],
        names: dict[str, str],
        elsewhere: dict[str, tuple[Meeting, MeetingBooking]],
    ) -> tuple[str, ...]:
        found: list[str] = []
        seen: set[frozenset[str]] = set()
        by_pupil = {b.pupil_id: b for b in bookings}
        for booking in bookings:
            slot = meeting.slot(booking.slot_id)
            if slot is None:
                continue
            for sibling in self._siblings(booking.pupil_id):
                pair = frozenset({booking.pupil_id, sibling})
                if pair in seen:
                    continue
                if sibling in by_pupil:
                    other_meeting, other_booking = meeting, by_pupil[sibling]
                elif sibling in elsewhere:
                    other_meeting, other_booking = elsewhere[sibling]
                else:
                    continue
                other_slot = other_meeting.slot(other_booking.slot_id)
                if other_slot is not None and slot.overlaps(other_slot, meeting.day, other_meeting.day):
                    seen.add(pair)
                    sibling_name = (
                        names.get(sibling) or SchoolService(self.context).pupil(sibling).display_name
                    )
                    found.append(
                        f"{names[booking.pupil_id]} ({slot.label}) and {sibling_name} "
                        f"({other_slot.label}, {other_meeting.title}) share a family and overlap."
                    )
        return tuple(found)

    def record_attendance(
        self, meeting_id: str, pupil_id: str, attended: bool, note: str = ""
    ) -> FamilyContact:
        """Say whether the family came: kept on the booking and logged as a meeting in the contact log (a
        meeting attended is two-way contact; one missed is logged as not reached)."""
        self.context.actor.require_staff()
        meeting = self.meeting(meeting_id)
        with self.vault.reading() as session:
            booking = MeetingRepository(session).booking(meeting_id, pupil_id)
        if booking is None:
            raise InvalidInput("That family has no booking at this meeting; nothing was recorded.")
        slot = meeting.slot(booking.slot_id)
        words = f"{meeting.title}, {slot.label if slot else ''}".rstrip(", ")
        contact = ContactLogService(self.context).log(
            FamilyContact(
                pupil_id,
                ContactKind.MEETING,
                meeting.day,
                note.strip() or words,
                reached=attended,
                interpreter_language=meeting.interpreter_language if attended else "",
                outcome="" if attended else "Did not come",
            )
        )
        with self.vault.writing() as session:
            MeetingRepository(session).set_attended(meeting_id, pupil_id, attended)
        return contact

    # Paper

    def _slips(self, meeting: Meeting, pupil_ids: Iterable[str] | None, booked_only: bool) -> list[SlipFor]:
        school = SchoolService(self.context)
        class_name = next((c.name for c in school.classes() if c.id == meeting.class_id), "")
        codes = ReplyCodeService(self.context)
        period = Period.week_of(meeting.day)
        wanted = set(pupil_ids) if pupil_ids is not None else None
        with self.vault.reading() as session:
            booked = {b.pupil_id: b for b in MeetingRepository(session).bookings(meeting.id)}
        slips: list[SlipFor] = []
        for pupil in sorted(school.pupils(meeting.class_id), key=lambda p: p.display_name):
            if wanted is not None and pupil.id not in wanted:
                continue
            booking = booked.get(pupil.id)
            if booked_only and booking is None:
                continue
            code = codes.code_for(pupil.id, period)
            recipients = households(school.family_of(pupil.id), paper_only=False)
            for household, recipient in enumerate(recipients, start=1):
                slips.append(
                    SlipFor(
                        pupil.display_name,
                        class_name,
                        recipient.names,
                        recipient.language or "ENG",
                        recipient.large_print,
                        code,
                        household,
                        meeting.slot(booking.slot_id) if booking else None,
                    )
                )
        return slips

    def print_booking_slips(self, meeting_id: str, pupil_ids: Iterable[str] | None = None) -> bytes:
        """A booking slip for each household of the class (or of these pupils), in its language; each
        slip's boxes are remembered so that its scan can be read back."""
        self.context.actor.require_staff()
        meeting = self.meeting(meeting_id)
        slips = self._slips(meeting, pupil_ids, booked_only=False)
        if not slips:
            raise InvalidInput("No family to print a booking slip for.")
        overrides = PhraseCorrectionService(self.context).overrides()
        school = SchoolService(self.context).school()
        rendered: Rendered = booking_slips(school.name if school else "", meeting, slips, overrides)
        remember_printed(self.context, rendered)
        with self.vault.writing() as session:
            self.context.audit(
                session, AuditAction.PRINTED, "meeting", meeting.id, None, f"{len(slips)} booking slips"
            )
        return rendered.pdf

    def print_reminders(self, meeting_id: str) -> bytes:
        """A reminder of the booked time for each household with a booking, in its language."""
        self.context.actor.require_staff()
        meeting = self.meeting(meeting_id)
        slips = self._slips(meeting, None, booked_only=True)
        if not slips:
            raise InvalidInput("No family has booked yet, so there is no reminder to print.")
        overrides = PhraseCorrectionService(self.context).overrides()
        school = SchoolService(self.context).school()
        rendered = reminders(school.name if school else "", meeting, slips, overrides)
        with self.vault.writing() as session:
            self.context.audit(
                session, AuditAction.PRINTED, "meeting", meeting.id, None, f"{len(slips)} reminders"
            )
        return rendered.pdf

    def open_slip(self, code: str) -> SlipMatch:
        """The pupil a typed booking-slip code names and their class's meetings in its week."""
        self.context.actor.require_staff()
        match = ReplyCodeService(self.context).lookup(code)
        with self.vault.reading() as session:
            meetings = [
                m
                for m in MeetingRepository(session).of_classes([match.pupil.class_id])
                if match.period.contains(m.day)
            ]
        if not meetings:
            raise InvalidInput(
                f"{match.pupil.display_name}'s class has no meeting in {match.period.label}: this code is "
                "from a link-book page, not a booking slip. Record it as a paper reply instead."
            )
        return SlipMatch(match.pupil, tuple(meetings))

    def free_choice(self, meeting: Meeting, pupil_id: str, ticked: Sequence[str]) -> MeetingSlot:
        """The first ticked time no other family holds (in the meeting's order); InvalidInput if none."""
        if not ticked:
            raise InvalidInput(
                "No time is ticked on the slip: call the family to agree one. Nothing was booked."
            )
        with self.vault.reading() as session:
            taken = {
                b.slot_id for b in MeetingRepository(session).bookings(meeting.id) if b.pupil_id != pupil_id
            }
        wanted = set(ticked)
        unknown = wanted - {s.id for s in meeting.slots}
        if unknown:
            raise InvalidInput("The slip names a time no longer offered; nothing was booked.")
        for slot in meeting.slots:
            if slot.id in wanted and slot.id not in taken:
                return slot
        labels = ", ".join(s.label for s in meeting.slots if s.id in wanted)
        raise InvalidInput(
            f"Every time ticked ({labels}) is already booked by another family: call the family to agree "
            "another time. Nothing was booked."
        )

    def file_slip(
        self, meeting_id: str, pupil_id: str, ticked: Sequence[str], by_name: str
    ) -> MeetingBooking:
        """A paper slip that came back: the first ticked time still free is booked, marked as paper."""
        self.context.actor.require_staff()
        meeting = self.meeting(meeting_id)
        slot = self.free_choice(meeting, pupil_id, ticked)
        return self.book(meeting_id, pupil_id, slot.id, by_name, BookedBy.PAPER)


def _sibling_clash(
    session: Session, repository: MeetingRepository, meeting: Meeting, slot: MeetingSlot, siblings: set[str]
) -> str:
    """A sentence if the family already has another child booked at an overlapping time; else ""."""
    for booking in repository.of_pupils(siblings):
        other = repository.meeting(booking.meeting_id)
        other_slot = other.slot(booking.slot_id) if other else None
        if other is None or other_slot is None:
            continue
        if slot.overlaps(other_slot, meeting.day, other.day):
            sibling = SchoolRepository(session).pupil(booking.pupil_id)
            name = sibling.first_name if sibling else "another child"
            return f"The family already has {name}'s meeting at {other_slot.label} that day."
    return ""
