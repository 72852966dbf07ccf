"""Staff-only notes on link-book entries: written beside an entry for colleagues, never sent home."""

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.staff_notes import StaffNote
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.staff_notes import StaffNotes

MAX_NOTE = 4_000
RECORD_KIND = "entry_staff_note"


class StaffNoteService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def save(self, entry_id: str, text: str) -> StaffNote | None:
        """Keep a staff-only note on the entry (an empty text removes it); returns it, or None."""
        actor = self.context.actor
        actor.require_staff()
        actor.require(Capability.WRITE_ENTRIES)
        text = text.strip()
        if len(text) > MAX_NOTE:
            raise InvalidInput(f"Keep the staff-only note under {MAX_NOTE:,} characters; nothing was saved.")
        with self.vault.writing() as session:
            entry = LinkBookRepository(session).entry(entry_id)
            if entry is None:
                raise InvalidInput("That entry is no longer in the link book; nothing was saved.")
            note = StaffNote(entry_id, entry.pupil_id, text, actor.name, self.context.now())
            had = StaffNotes(session).of_entry(entry_id) is not None
            StaffNotes(session).save(note)
            action = (
                AuditAction.DELETED if not text else (AuditAction.CHANGED if had else AuditAction.CREATED)
            )
            self.context.audit(session, action, RECORD_KIND, entry_id, entry.pupil_id, "staff-only note")
        return note if text else None

    def of_entry(self, entry_id: str) -> StaffNote | None:
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            return StaffNotes(session).of_entry(entry_id)

    def of_pupil(self, pupil_id: str) -> list[StaffNote]:
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            return StaffNotes(session).of_pupil(pupil_id)
