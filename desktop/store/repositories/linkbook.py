"""Link-book entries with their replies and acknowledgements."""

import datetime as dt
import json
from collections import defaultdict, namedtuple
from typing import Any

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

_ENTRY = EntryRow.__table__
_REPLY = ReplyRow.__table__
_ACK = AcknowledgementRow.__table__
# Reading a pupil's year is the hot path (every click on a pupil): driver rows parsed with the C
# fromisoformat and json.loads are several times quicker than SQLAlchemy's result processing.
_EntryRecord = namedtuple("_EntryRecord", [c.name for c in _ENTRY.columns])  # type: ignore[misc]  # fields from the table
_ReplyRecord = namedtuple("_ReplyRecord", [c.name for c in _REPLY.columns])  # type: ignore[misc]  # fields from the table
_AckRecord = namedtuple("_AckRecord", [c.name for c in _ACK.columns])  # type: ignore[misc]  # fields from the table
_ENTRY_COLUMNS = ", ".join(_EntryRecord._fields)
_REPLY_COLUMNS = ", ".join(_ReplyRecord._fields)
_ACK_COLUMNS = ", ".join(_AckRecord._fields)


def _reply(row: Any) -> Reply:
    return Reply(
        id=row.id,
        entry_id=row.entry_id,
        author_kind=AuthorKind(row.author_kind),
        author_name=row.author_name,
        text=row.text,
        written_at=dt.datetime.fromisoformat(row.written_at),
        method=Method(row.method),
        family_member_id=row.family_member_id,
        staff_id=row.staff_id,
        recorded_by=row.recorded_by,
    )


def _ack(row: Any) -> Acknowledgement:
    return Acknowledgement(
        id=row.id,
        entry_id=row.entry_id,
        by_name=row.by_name,
        at=dt.datetime.fromisoformat(row.at),
        method=Method(row.method),
        family_member_id=row.family_member_id,
    )


class LinkBookRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save_entry(self, entry: LinkBookEntry, now: dt.datetime, is_new: bool) -> None:
        """Insert or update the entry's own fields; replies and acknowledgements are added separately."""
        (self.session.add if is_new else self.session.merge)(
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
                sections=to_plain(entry.sections) if not entry.sections.is_empty else {},
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

    def entries_for_pupil(
        self,
        pupil_id: str,
        first: dt.date | None = None,
        last: dt.date | None = None,
        newest_days: int | None = None,
    ) -> list[LinkBookEntry]:
        """A pupil's entries, oldest first, within the dates if given; with newest_days, only those of the
        newest that many days that have entries."""
        where, params = "pupil_id = ?", [pupil_id]
        if first:
            where, params = f"{where} AND day >= ?", [*params, first.isoformat()]
        if last:
            where, params = f"{where} AND day <= ?", [*params, last.isoformat()]
        if newest_days is not None:
            newest_first = f"SELECT DISTINCT day FROM linkbook_entry WHERE {where} ORDER BY day DESC"
            oldest = (
                self.session.connection()
                .exec_driver_sql(f"{newest_first} LIMIT 1 OFFSET ?", (*params, max(newest_days, 1) - 1))
                .scalar()
            )
            if oldest is not None:
                where, params = f"{where} AND day >= ?", [*params, oldest]
        return self._read(where, params)

    def entries_on(self, day: dt.date, pupil_ids: list[str]) -> list[LinkBookEntry]:
        if not pupil_ids:
            return []
        marks = ", ".join("?" * len(pupil_ids))
        return self._read(f"day = ? AND pupil_id IN ({marks})", [day.isoformat(), *pupil_ids])

    def entry(self, entry_id: str) -> LinkBookEntry | None:
        found = self._read("id = ?", [entry_id])
        return found[0] if found else None

    def exists(self, entry_id: str) -> bool:
        return self.session.scalar(select(EntryRow.id).where(EntryRow.id == entry_id)) is not None

    def _read(self, where: str, params: list[str]) -> list[LinkBookEntry]:
        """Entries matching a condition on linkbook_entry, with their threads, in two more queries."""
        connection = self.session.connection()
        rows = connection.exec_driver_sql(
            f"SELECT {_ENTRY_COLUMNS} FROM linkbook_entry WHERE {where} ORDER BY day, updated_at",
            tuple(params),
        ).fetchall()
        if not rows:
            return []
        of_entries = f"entry_id IN (SELECT id FROM linkbook_entry WHERE {where})"
        replies: dict[str, list[Reply]] = defaultdict(list)
        for row in connection.exec_driver_sql(
            f"SELECT {_REPLY_COLUMNS} FROM entry_reply WHERE {of_entries} ORDER BY written_at", tuple(params)
        ):
            reply = _reply(_ReplyRecord._make(row))
            replies[reply.entry_id].append(reply)
        acks: dict[str, list[Acknowledgement]] = defaultdict(list)
        for row in connection.exec_driver_sql(
            f"SELECT {_ACK_COLUMNS} FROM acknowledgement WHERE {of_entries} ORDER BY at", tuple(params)
        ):
            ack = _ack(_AckRecord._make(row))
            acks[ack.entry_id].append(ack)
        entries = []
        for raw in rows:
            r: Any = _EntryRecord._make(raw)
            entries.append(
                LinkBookEntry(
                    id=r.id,
                    pupil_id=r.pupil_id,
                    day=dt.date.fromisoformat(r.day),
                    author_id=r.author_id,
                    author_role=StaffRole(r.author_role),
                    learning=r.learning,
                    wins=r.wins,
                    reminders=r.reminders,
                    note=r.note,
                    class_note=r.class_note,
                    sections=_sections(json.loads(r.sections)),
                    replies=tuple(replies[r.id]),
                    acknowledgements=tuple(acks[r.id]),
                    updated_at=dt.datetime.fromisoformat(r.updated_at),
                )
            )
        return entries


def _sections(plain: dict[str, Any]) -> SenSections:
    """Most entries have no SEN sections: skip decoding those."""
    if not any(plain.values()):
        return _NO_SECTIONS
    return from_plain(SenSections, plain)


_NO_SECTIONS = SenSections()
