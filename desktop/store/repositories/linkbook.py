"""Link-book entries with their replies and acknowledgements."""

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.linkbook import (
    Acknowledgement,
    AuthorKind,
    LinkBookEntry,
    Method,
    Reply,
    SenSections,
)
from desktop.domain.school import StaffRole
from desktop.store.codec import from_plain, to_plain
from desktop.store.schema import AcknowledgementRow, EntryRow, ReplyRow


def _reply(row: ReplyRow) -> Reply:
    return Reply(
        id=row.id,
        entry_id=row.entry_id,
        author_kind=AuthorKind(row.author_kind),
        author_name=row.author_name,
        text=row.text,
        written_at=row.written_at,
        method=Method(row.method),
        family_member_id=row.family_member_id,
        staff_id=row.staff_id,
        recorded_by=row.recorded_by,
    )


def _ack(row: AcknowledgementRow) -> Acknowledgement:
    return Acknowledgement(
        id=row.id,
        entry_id=row.entry_id,
        by_name=row.by_name,
        at=row.at,
        method=Method(row.method),
        family_member_id=row.family_member_id,
    )


class LinkBookRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save_entry(self, entry: LinkBookEntry, now: dt.datetime) -> None:
        """Insert or update the entry's own fields; replies and acknowledgements are added separately."""
        self.session.merge(
            EntryRow(
                id=entry.id,
                pupil_id=entry.pupil_id,
                day=entry.day,
                author_id=entry.author_id,
                author_role=entry.author_role.value,
                learning=entry.learning,
                wins=entry.wins,
                reminders=entry.reminders,
                note=entry.note,
                class_note=entry.class_note,
                sections=to_plain(entry.sections),
                updated_at=now,
            )
        )

    def add_reply(self, reply: Reply) -> None:
        self.session.add(
            ReplyRow(
                id=reply.id,
                entry_id=reply.entry_id,
                author_kind=reply.author_kind.value,
                author_name=reply.author_name,
                text=reply.text,
                written_at=reply.written_at,
                method=reply.method.value,
                family_member_id=reply.family_member_id,
                staff_id=reply.staff_id,
                recorded_by=reply.recorded_by,
            )
        )

    def add_acknowledgement(self, ack: Acknowledgement) -> None:
        self.session.add(
            AcknowledgementRow(
                id=ack.id,
                entry_id=ack.entry_id,
                by_name=ack.by_name,
                at=ack.at,
                method=ack.method.value,
                family_member_id=ack.family_member_id,
            )
        )

    def entry(self, entry_id: str) -> LinkBookEntry | None:
        row = self.session.get(EntryRow, entry_id)
        return None if row is None else self._assemble([row])[0]

    def entries_for_pupil(
        self, pupil_id: str, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[LinkBookEntry]:
        """A pupil's entries, oldest first, within the dates if given."""
        query = select(EntryRow).where(EntryRow.pupil_id == pupil_id)
        if first:
            query = query.where(EntryRow.day >= first)
        if last:
            query = query.where(EntryRow.day <= last)
        return self._assemble(list(self.session.scalars(query.order_by(EntryRow.day, EntryRow.updated_at))))

    def entries_on(self, day: dt.date, pupil_ids: list[str]) -> list[LinkBookEntry]:
        query = select(EntryRow).where(EntryRow.day == day, EntryRow.pupil_id.in_(pupil_ids))
        return self._assemble(list(self.session.scalars(query)))

    def _assemble(self, rows: list[EntryRow]) -> list[LinkBookEntry]:
        ids = [r.id for r in rows]
        replies: dict[str, list[Reply]] = defaultdict(list)
        acks: dict[str, list[Acknowledgement]] = defaultdict(list)
        if ids:
            for r in self.session.scalars(
                select(ReplyRow).where(ReplyRow.entry_id.in_(ids)).order_by(ReplyRow.written_at)
            ):
                replies[r.entry_id].append(_reply(r))
            for a in self.session.scalars(
                select(AcknowledgementRow)
                .where(AcknowledgementRow.entry_id.in_(ids))
                .order_by(AcknowledgementRow.at)
            ):
                acks[a.entry_id].append(_ack(a))
        return [
            LinkBookEntry(
                id=r.id,
                pupil_id=r.pupil_id,
                day=r.day,
                author_id=r.author_id,
                author_role=StaffRole(r.author_role),
                learning=r.learning,
                wins=r.wins,
                reminders=r.reminders,
                note=r.note,
                class_note=r.class_note,
                sections=from_plain(SenSections, r.sections) if r.sections else SenSections(),
                replies=tuple(replies[r.id]),
                acknowledgements=tuple(acks[r.id]),
                updated_at=r.updated_at,
            )
            for r in rows
        ]
