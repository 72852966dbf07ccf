"""Drafts of link-book entries: what a teacher has typed but not yet saved, kept so none of it is lost.

The teacher's-day view calls save_draft every few idle seconds and whenever it leaves a pupil, so it must
be cheap: one small write transaction, no search indexing and no audit event (a draft is not a record of
the school; it is the author's own unfinished text on this device). Saving the entry discards the draft.
"""

import datetime as dt
from dataclasses import replace

from desktop.domain.access import Actor, Capability
from desktop.domain.linkbook import LinkBookEntry, own_texts
from desktop.services.context import ServiceContext
from desktop.services.linkbook import MAX_TEXT, LinkBookService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.drafts import DraftRepository, EntryDraft

__all__ = ["DraftService", "EntryDraft", "author_key"]

KEEP_DAYS = 14
"""Drafts of days longer ago than this are forgotten: a fortnight-old half sentence helps nobody."""


def author_key(actor: Actor) -> str:
    """Whose drafts these are: the staff id when known, else the name the actor works under."""
    return actor.staff_id or f"name:{actor.name}"


class DraftService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    @property
    def author_key(self) -> str:
        return author_key(self.context.actor)

    def new_draft(self, pupil_id: str, day: dt.date) -> EntryDraft:
        """An empty draft by the acting author, for the view to fill in."""
        return EntryDraft(pupil_id=pupil_id, day=day, author_key=self.author_key)

    def save_draft(self, draft: EntryDraft) -> EntryDraft:
        """Keep what is typed (durably: it must survive the app being killed); returns it as stored."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        for value in own_texts(draft):
            if len(value) > MAX_TEXT:
                raise InvalidInput(
                    f"A draft field is {len(value):,} characters long; keep it under {MAX_TEXT:,}."
                )
        now = self.context.now()
        stored = replace(draft, author_key=self.author_key, updated_at=now)
        with self.vault.writing() as session:
            DraftRepository(session).save(stored, now)
        return stored

    def draft_for(self, pupil_id: str, day: dt.date) -> EntryDraft | None:
        with self.vault.reading() as session:
            return DraftRepository(session).draft(pupil_id, day, self.author_key)

    def drafts_on(self, day: dt.date, pupil_ids: list[str]) -> dict[str, EntryDraft]:
        """The acting author's drafts for the day, by pupil id."""
        with self.vault.reading() as session:
            found = DraftRepository(session).drafts_on(day, pupil_ids, self.author_key)
        return {d.pupil_id: d for d in found}

    def discard(self, pupil_id: str, day: dt.date) -> None:
        with self.vault.writing() as session:
            DraftRepository(session).discard(pupil_id, day, self.author_key)

    def forget_old(self) -> int:
        """Delete drafts older than KEEP_DAYS (every author's); returns how many."""
        cutoff = self.context.today() - dt.timedelta(days=KEEP_DAYS)
        with self.vault.writing() as session:
            return DraftRepository(session).discard_before(cutoff)

    def save_entry(self, entry: LinkBookEntry) -> LinkBookEntry:
        """Save the entry as the link-book service does, then discard the author's draft of it.

        Two transactions: if the app dies between them the draft remains, holding the text just saved,
        which is harmless (the view offers it again, identical to the entry).
        """
        saved = LinkBookService(self.context).save_entry(entry)
        self.discard(entry.pupil_id, entry.day)
        return saved
