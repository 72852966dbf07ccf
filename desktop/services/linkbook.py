"""A teacher's day of link-book entries, and what comes back from home."""

import datetime as dt
from dataclasses import dataclass, replace

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.linkbook import (
    Acknowledgement,
    AuthorKind,
    EntryText,
    LinkBookEntry,
    Method,
    Reply,
    own_texts,
)
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.phrase_uses import with_phrase_uses
from desktop.store.errors import InvalidInput
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.search import SearchIndex

MAX_TEXT = 20_000


@dataclass(frozen=True, slots=True)
class PupilDay:
    """A row of the teacher's day: the pupil and today's entry, if written."""

    pupil: Pupil
    entry: LinkBookEntry | None

    @property
    def written(self) -> bool:
        return self.entry is not None and not self.entry.is_blank


TEXT_LABELS: dict[EntryText, str] = {
    EntryText.LEARNING: "What we learned",
    EntryText.WINS: "Wins",
    EntryText.REMINDERS: "Reminders",
    EntryText.NOTE: "The note",
}
"""How a message names each text written for the child."""


def _check_text(label: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise InvalidInput(f"{label} is {len(value):,} characters long; keep it under {MAX_TEXT:,}.")


class LinkBookService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def save_entry(self, entry: LinkBookEntry) -> LinkBookEntry:
        """Save (durably) and index an entry; returns it as stored."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        if entry.day > self.context.today():
            raise InvalidInput(
                f"{entry.day:%A %d %B %Y} has not happened yet; write today's entry and put what is coming "
                "in its reminders."
            )
        for text, value in zip(EntryText, own_texts(entry), strict=True):
            _check_text(TEXT_LABELS[text], value)
        now = self.context.now()
        with self.vault.writing() as session:
            if SchoolRepository(session).pupil(entry.pupil_id) is None:
                raise InvalidInput("That pupil is no longer on roll; the entry was not saved.")
            repo = LinkBookRepository(session)
            is_new = not repo.exists(entry.id)
            entry = with_phrase_uses(session, entry, None if is_new else repo.entry(entry.id))
            repo.save_entry(entry, now, is_new)
            SearchIndex(session).put("entry", entry.id, entry.pupil_id, entry.day, entry.searchable_text())
            action = AuditAction.CREATED if is_new else AuditAction.CHANGED
            self.context.audit(session, action, "entry", entry.id, entry.pupil_id)
        return replace(entry, updated_at=now)

    def send_class_note(self, class_id: str, day: dt.date, note: str, pupil_ids: list[str]) -> int:
        """Put the same class note on each chosen pupil's entry for the day; returns how many."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        _check_text("The class note", note)
        actor = self.context.actor
        assert isinstance(actor.role, StaffRole)  # only staff may write entries (checked above)
        days = {d.pupil.id: d for d in self.class_day(class_id, day)}
        unknown = [p for p in pupil_ids if p not in days]
        if unknown:
            raise InvalidInput("Some chosen pupils are not in this class; nothing was sent.")
        for pupil_id in pupil_ids:
            current = days[pupil_id].entry or LinkBookEntry(
                pupil_id=pupil_id, day=day, author_id=actor.staff_id or actor.name, author_role=actor.role
            )
            self.save_entry(replace(current, class_note=note))
        return len(pupil_ids)

    def class_day(self, class_id: str, day: dt.date) -> list[PupilDay]:
        """Every pupil of the class with the day's entry, in register order."""
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            pupils = SchoolRepository(session).pupils(class_id)
            entries = LinkBookRepository(session).entries_on(day, [p.id for p in pupils])
        by_pupil = {e.pupil_id: e for e in entries}
        return [PupilDay(p, by_pupil.get(p.id)) for p in pupils]

    def timeline(
        self,
        pupil_id: str,
        first: dt.date | None = None,
        last: dt.date | None = None,
        newest_days: int | None = None,
    ) -> list[LinkBookEntry]:
        """The pupil's entries, oldest first: within the dates if given, of the newest days if given."""
        self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            return LinkBookRepository(session).entries_for_pupil(pupil_id, first, last, newest_days)

    def timelines(
        self, pupil_ids: list[str], first: dt.date, last: dt.date
    ) -> dict[str, list[LinkBookEntry]]:
        """timeline between the dates for each of many pupils (a class's packs), read together."""
        for pupil_id in pupil_ids:
            self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            return LinkBookRepository(session).entries_for_pupils(pupil_ids, first, last)

    def view_timeline(
        self, pupil_id: str, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[LinkBookEntry]:
        """The timeline for a person to read: the look is recorded in the audit trail (once in a while).

        Read first, so that someone who may not see the pupil is refused before anything is recorded.
        """
        entries = self.timeline(pupil_id, first, last)
        AuditLogService(self.context).record_view(pupil_id, "link_book")
        return entries

    def entry(self, entry_id: str) -> LinkBookEntry:
        with self.vault.reading() as session:
            found = LinkBookRepository(session).entry(entry_id)
        if found is None:
            raise InvalidInput("That entry is not in this school's link book.")
        self.context.actor.require_pupil(found.pupil_id)
        return found

    def add_reply(
        self,
        entry_id: str,
        text: str,
        author_name: str,
        author_kind: AuthorKind,
        method: Method = Method.DIGITAL,
        family_member_id: str | None = None,
        written_at: dt.datetime | None = None,
    ) -> Reply:
        """Add to an entry's thread. A paper reply is typed in by staff and says so; a family member
        replies from the app, in their own name."""
        actor = self.context.actor
        actor.require(Capability.REPLY_TO_ENTRIES)
        if actor.is_family:
            actor.require_own_name(author_name, family_member_id)
            if author_kind is not AuthorKind.FAMILY or method is not Method.DIGITAL:
                raise PermissionError("From home a reply is the family's own, sent from the app.")
        if not text.strip():
            raise InvalidInput("The reply is empty; type what the family wrote.")
        _check_text("The reply", text)
        entry = self.entry(entry_id)
        reply = Reply(
            entry_id=entry_id,
            author_kind=author_kind,
            author_name=author_name,
            text=text,
            written_at=written_at or self.context.now(),
            method=method,
            family_member_id=family_member_id,
            staff_id=actor.staff_id if author_kind is AuthorKind.STAFF else None,
            recorded_by=actor.name if method is Method.PAPER else None,
        )
        with self.vault.writing() as session:
            LinkBookRepository(session).add_reply(reply)
            SearchIndex(session).put("reply", reply.id, entry.pupil_id, entry.day, text)
            self.context.audit(session, AuditAction.CREATED, "reply", reply.id, entry.pupil_id)
        return reply

    def acknowledge(
        self,
        entry_id: str,
        by_name: str,
        method: Method,
        family_member_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> Acknowledgement:
        """Mark an entry read; at is when (a returned page is dated by its scan), now by default."""
        actor = self.context.actor
        actor.require(Capability.REPLY_TO_ENTRIES)
        if actor.is_family:
            actor.require_own_name(by_name, family_member_id)
            if method is not Method.DIGITAL:
                raise PermissionError("From home an entry is marked read from the app.")
        entry = self.entry(entry_id)
        ack = Acknowledgement(
            entry_id=entry_id,
            by_name=by_name,
            at=at or self.context.now(),
            method=method,
            family_member_id=family_member_id,
        )
        with self.vault.writing() as session:
            LinkBookRepository(session).add_acknowledgement(ack)
            self.context.audit(session, AuditAction.CREATED, "acknowledgement", ack.id, entry.pupil_id)
        return ack
