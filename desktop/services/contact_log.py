"""The contact log: calls, meetings, home visits and messages with a family, and their follow-ups."""

import datetime as dt
from dataclasses import replace

from desktop.domain.audit import AuditAction
from desktop.domain.contact_log import FamilyContact, FollowUp
from desktop.domain.languages import language
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.family_reach import ContactLog
from desktop.store.repositories.school import SchoolRepository

MAX_NOTE = 4_000
RECORD_KIND = "family_contact"


class ContactLogService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def log(self, contact: FamilyContact) -> FamilyContact:
        """Keep a contact; the person logging it is recorded as its author."""
        actor = self.context.actor
        actor.require_staff()
        contact = self._checked(replace(contact, logged_by=actor.name))
        with self.vault.writing() as session:
            if SchoolRepository(session).pupil(contact.pupil_id) is None:
                raise InvalidInput("That pupil is not in this school; nothing was logged.")
            ContactLog(session).add(contact, self.context.now())
            self.context.audit(
                session, AuditAction.CREATED, RECORD_KIND, contact.id, contact.pupil_id, contact.kind.value
            )
        return contact

    def _checked(self, contact: FamilyContact) -> FamilyContact:
        note = contact.note.strip()
        if len(note) > MAX_NOTE or len(contact.outcome) > MAX_NOTE:
            raise InvalidInput(f"Keep the note under {MAX_NOTE:,} characters; nothing was logged.")
        if contact.on > self.context.today():
            raise InvalidInput(
                f"{contact.on:%d %B %Y} has not happened yet: log a contact once it has. Nothing was logged."
            )
        if contact.follow_up_on is not None and contact.follow_up_on < contact.on:
            raise InvalidInput("The follow-up date is before the contact itself; nothing was logged.")
        interpreter = contact.interpreter_language
        if interpreter:
            try:
                interpreter = language(interpreter).code
            except ValueError as exc:
                raise InvalidInput(f"{exc} Nothing was logged.") from None
        return replace(contact, note=note, outcome=contact.outcome.strip(), interpreter_language=interpreter)

    def of_pupil(self, pupil_id: str) -> list[FamilyContact]:
        """The pupil's family's contacts, newest first."""
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            return ContactLog(session).of_pupil(pupil_id)

    def follow_ups_due(self, class_id: str | None = None, today: dt.date | None = None) -> list[FollowUp]:
        """Follow-ups due by today, for a class (or the school), oldest first."""
        self.context.actor.require_staff()
        today = today or self.context.today()
        with self.vault.reading() as session:
            school = SchoolRepository(session)
            pupils = {p.id: p for p in school.pupils(class_id)}
            due = ContactLog(session).follow_ups_due(today, list(pupils))
        return [FollowUp(c, pupils[c.pupil_id].display_name) for c in due]

    def mark_followed_up(self, contact_id: str) -> None:
        self.context.actor.require_staff()
        with self.vault.writing() as session:
            log = ContactLog(session)
            contact = log.contact(contact_id)
            if contact is None:
                raise InvalidInput("That contact is no longer in the log.")
            log.mark_followed_up(contact_id)
            self.context.audit(
                session, AuditAction.CHANGED, RECORD_KIND, contact_id, contact.pupil_id, "followed up"
            )
