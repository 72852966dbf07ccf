"""Meetings and parents' evenings the class teacher offers: the family books a time, or changes it.

The family sees the times offered, the room, and whether an interpreter will be there in their
language. Their device cannot see other families' bookings, so a time two families booked at once is
settled by the school (the teacher sees the clash); a booking that would put two of the family's own
children at the same time is refused here with a message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from desktop.domain.languages import LANGUAGES
from desktop.services.context import ServiceContext
from desktop.services.meetings import FamilyMeeting, MeetingService
from desktop.ui.family.cards import Card, CardList, text_label
from desktop.ui.family.writing import Writer, long_date


class MeetingCard(Card):
    def __init__(self, offer: FamilyMeeting, writer: Writer, parent: QWidget | None = None) -> None:
        meeting = offer.meeting
        super().__init__(meeting.title, self.tr("Meeting: {title}").format(title=meeting.title), parent)
        self.offer = offer
        self.writer = writer
        lines = [long_date(meeting.day)]
        if meeting.room:
            lines.append(self.tr("Room: {room}").format(room=meeting.room))
        known = LANGUAGES.get(meeting.interpreter_language)
        if known is not None:
            lines.append(
                self.tr("An interpreter will be there for {language} ({native}).").format(
                    language=known.english_name, native=known.native_name
                )
            )
        self.add(text_label("\n".join(lines), self.tr("When and where"), 1.0))
        booked = offer.booked_slot
        if booked is not None:
            self.booked_label = text_label(
                self.tr("Your time: {time}").format(time=booked.label), self.tr("Your time"), bold=True
            )
        else:
            self.booked_label = text_label(self.tr("You have not booked a time yet."), self.tr("Your time"))
        self.add(self.booked_label)
        self.time_box = QComboBox()
        self.time_box.setAccessibleName(self.tr("Time for {title}").format(title=meeting.title))
        for slot in meeting.slots:
            self.time_box.addItem(slot.label, slot.id)
        if booked is not None:
            self.time_box.setCurrentIndex(self.time_box.findData(booked.id))
        label = self.tr("&Change my time") if booked is not None else self.tr("&Book this time")
        self.book_button = QPushButton(label)
        self.book_button.setAccessibleName(
            self.tr("Book the time chosen for {title}").format(title=meeting.title)
        )
        self.book_button.clicked.connect(self.book)
        self.cancel_button = QPushButton(self.tr("C&ancel my booking"))
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the booking for {title}").format(title=meeting.title)
        )
        self.cancel_button.setVisible(booked is not None)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.time_box)
        row.addWidget(self.book_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def book(self) -> None:
        slot_id = self.time_box.currentData()
        if not isinstance(slot_id, str):
            return
        meeting_id, pupil_id = self.offer.meeting.id, self.offer.pupil_id
        name = self.writer.actor.name

        def work(context: ServiceContext) -> object:
            return MeetingService(context).book(meeting_id, pupil_id, slot_id, name)

        self.book_button.setEnabled(False)
        self.writer.run(self.tr("Booking the meeting"), work, lambda: None)

    def cancel(self) -> None:
        meeting_id, pupil_id = self.offer.meeting.id, self.offer.pupil_id

        def work(context: ServiceContext) -> object:
            MeetingService(context).cancel(meeting_id, pupil_id)
            return None

        self.cancel_button.setEnabled(False)
        self.writer.run(self.tr("Cancelling the booking"), work, lambda: None)


class MeetingsPanel(CardList):
    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meetings"), self.tr("No meetings to book at the moment."), parent)
        self.writer = writer

    def load(self, pupil_id: str) -> None:
        """Read the class's meetings and the family's bookings off the GUI thread, then show them."""

        def work(context: ServiceContext) -> list[FamilyMeeting]:
            return MeetingService(context).for_family(pupil_id)

        self.writer.fetch(self.tr("Loading meetings"), work, self.show_meetings)

    def show_meetings(self, offers: list[FamilyMeeting]) -> None:
        self.set_cards([MeetingCard(o, self.writer) for o in offers])

    def meeting_cards(self) -> list[MeetingCard]:
        return [c for c in self.cards() if isinstance(c, MeetingCard)]
