"""Link-book entries with their replies and acknowledgements."""

import datetime as dt
import functools
import json
import operator
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.linkbook import (
    ENTRY_TEXT_FIELDS,
    Acknowledgement,
    AuthorKind,
    LinkBookEntry,
    Method,
    Reply,
    SenSections,
    searchable_text_of_plain,
)
from desktop.domain.school import StaffRole
from desktop.store.chunks import in_chunks
from desktop.store.codec import from_plain, to_plain
from desktop.store.repositories.phrase_translations import uses_from_plain, uses_to_plain
from desktop.store.schema import AcknowledgementRow, EntryRow, ReplyRow

# Reading a pupil's year is the hot path (every click on a pupil): driver rows unpacked by position and
# parsed with the C fromisoformat and json.loads, and enums found by value in a dict, are several times
# quicker than SQLAlchemy's result processing.
_ENTRY_FIELDS = (
    "id", "pupil_id", "day", "author_id", "author_role", "learning", "wins", "reminders", "note",
    "class_note", "sections", "updated_at", "phrases",
)  # fmt: skip
_REPLY_FIELDS = (
    "id", "entry_id", "author_kind", "author_name", "text", "written_at", "method", "family_member_id",
    "staff_id", "recorded_by",
)  # fmt: skip
_ACK_FIELDS = ("id", "entry_id", "by_name", "at", "method", "family_member_id")
_ENTRY_COLUMNS = ", ".join(_ENTRY_FIELDS)
_SEARCHED_FIELDS = _ENTRY_FIELDS[:12]
_SEARCHED_COLUMNS = ", ".join(_SEARCHED_FIELDS)
_TEXT_AT = [_ENTRY_FIELDS.index(name) for name in ENTRY_TEXT_FIELDS]
_ONLY_TEXT = {str}
_REPLY_COLUMNS = ", ".join(_REPLY_FIELDS)
_ACK_COLUMNS = ", ".join(_ACK_FIELDS)
_ROLES = {r.value: r for r in StaffRole}
_AUTHOR_KINDS = {k.value: k for k in AuthorKind}
_METHODS = {m.value: m for m in Method}
_BATCH = 500
"""Entry ids bound per query for their replies and acknowledgements."""


def _reply(row: tuple[Any, ...]) -> Reply:
    id_, entry_id, author_kind, author_name, text, written_at, method, family_id, staff_id, recorded_by = row
    return Reply(
        id=id_,
        entry_id=entry_id,
        author_kind=_AUTHOR_KINDS[author_kind],
        author_name=author_name,
        text=text,
        written_at=dt.datetime.fromisoformat(written_at),
        method=_METHODS[method],
        family_member_id=family_id,
        staff_id=staff_id,
        recorded_by=recorded_by,
    )


def _ack(row: tuple[Any, ...]) -> Acknowledgement:
    id_, entry_id, by_name, at, method, family_member_id = row
    return Acknowledgement(
        id=id_,
        entry_id=entry_id,
        by_name=by_name,
        at=dt.datetime.fromisoformat(at),
        method=_METHODS[method],
        family_member_id=family_member_id,
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
                phrases=uses_to_plain(entry.phrases),
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

    def entries_for_pupils(
        self, pupil_ids: list[str], first: dt.date, last: dt.date
    ) -> dict[str, list[LinkBookEntry]]:
        """entries_for_pupil between the dates for each of many pupils (a class's week for its packs),
        read together: each pupil's list is as entries_for_pupil gives it, every pupil listed."""
        found: dict[str, list[LinkBookEntry]] = {pupil_id: [] for pupil_id in pupil_ids}
        for chunk in in_chunks(dict.fromkeys(pupil_ids)):
            marks = ", ".join("?" * len(chunk))
            where = f"pupil_id IN ({marks}) AND day >= ? AND day <= ?"
            for entry in self._read(where, [*chunk, first.isoformat(), last.isoformat()]):
                found[entry.pupil_id].append(entry)
        return found

    def entries_on(self, day: dt.date, pupil_ids: list[str]) -> list[LinkBookEntry]:
        if not pupil_ids:
            return []
        marks = ", ".join("?" * len(pupil_ids))
        return self._read(f"day = ? AND pupil_id IN ({marks})", [day.isoformat(), *pupil_ids])

    def entry(self, entry_id: str) -> LinkBookEntry | None:
        found = self._read("id = ?", [entry_id])
        return found[0] if found else None

    def entries_by_id(self, entry_ids: list[str]) -> list[LinkBookEntry]:
        """The entries with these ids that exist (at most a few hundred ids a call)."""
        if not entry_ids:
            return []
        return self._read(f"id IN ({', '.join('?' * len(entry_ids))})", list(entry_ids))

    def searchable_texts(
        self,
        entry_ids: list[str],
        written: Mapping[str, tuple[Any, ...]] | None = None,
        columns: tuple[str, ...] = (),
    ) -> list[tuple[str, str, dt.date, str]]:
        """(id, pupil id, day, `LinkBookEntry.searchable_text`) of the entries with these ids that exist
        (at most a few hundred ids a call), in the order `entries_by_id` gives them: what the search index
        holds of each, read without the threads and phrases the text does not use (a sync indexes a
        school's year of entries).

        `written`: by entry id, the values this transaction bound to some of these rows (to the
        linkbook_entry `columns`, in that order) in its INSERT or UPDATE and has not changed since (the
        sync store's, for the entries a pull has just written): each is taken as the row rather than
        read back, when its values are ones the database keeps exactly as given (`_as_kept`). Every
        other entry is read."""
        if not entry_ids:
            return []
        rows, unread = _kept_rows(entry_ids, written, columns)
        if unread:
            marks = ", ".join("?" * len(unread))
            sql = f"SELECT {_SEARCHED_COLUMNS} FROM linkbook_entry WHERE id IN ({marks})"
            rows += self._cursor().execute(sql, unread).fetchall()
        # SQLite gives an IN (...) query's rows in the order of its key's index; entries of one day
        # written at one moment keep that order, whichever way their rows were found.
        if len(rows) > len(unread):
            rows.sort(key=_first)
        rows.sort(key=lambda r: (r[2], r[11]))  # day, updated_at
        found = []
        for row in rows:
            sections = row[10]
            texts = [str(row[at]) for at in _TEXT_AT]
            body = searchable_text_of_plain(texts, {} if sections == "{}" else json.loads(sections))
            found.append((row[0], row[1], dt.date.fromisoformat(row[2]), body))
        return found

    def pupils_and_days(
        self,
        entry_ids: list[str],
        written: Mapping[str, tuple[Any, ...]] | None = None,
        columns: tuple[str, ...] = (),
    ) -> dict[str, tuple[str, str]]:
        """(pupil id, day as the row holds it) of the entries with these ids that exist, by id (at most
        a few hundred ids a call): where a sync indexes replies. `written` as for `searchable_texts`."""
        kept, unread = _kept_rows(entry_ids, written, columns)
        found = {row[0]: (row[1], row[2]) for row in kept}  # id, pupil_id, day
        if unread:
            marks = ", ".join("?" * len(unread))
            sql = f"SELECT id, pupil_id, day FROM linkbook_entry WHERE id IN ({marks})"
            found.update((e, (pupil, day)) for e, pupil, day in self._cursor().execute(sql, unread))
        return found

    def exists(self, entry_id: str) -> bool:
        return self.session.scalar(select(EntryRow.id).where(EntryRow.id == entry_id)) is not None

    def _read(self, where: str, params: list[str]) -> list[LinkBookEntry]:
        """Entries matching a condition on linkbook_entry, with their threads, in two more queries.

        Rows come back in index order and are sorted here: an ORDER BY the index does not give would copy
        every row, text and all, through a temporary b-tree. Threads are fetched by the entries' ids
        rather than by repeating the condition, so the entries' pages are not walked again."""
        cursor = self._cursor()
        rows = cursor.execute(f"SELECT {_ENTRY_COLUMNS} FROM linkbook_entry WHERE {where}", params).fetchall()
        if not rows:
            return []
        rows.sort(key=lambda r: (r[2], r[11]))  # day, updated_at
        ids = [r[0] for r in rows]
        replies: dict[str, list[Reply]] = defaultdict(list)
        for reply in sorted(map(_reply, self._of_entries(_REPLY_COLUMNS, "entry_reply", ids)), key=_written):
            replies[reply.entry_id].append(reply)
        acks: dict[str, list[Acknowledgement]] = defaultdict(list)
        for ack in sorted(map(_ack, self._of_entries(_ACK_COLUMNS, "acknowledgement", ids)), key=_at):
            acks[ack.entry_id].append(ack)
        no_thread: tuple[Any, ...] = ()
        entries = []
        for (
            id_,
            pupil_id,
            day,
            author_id,
            author_role,
            learning,
            wins,
            reminders,
            note,
            class_note,
            sections,
            updated_at,
            phrases,
        ) in rows:
            entries.append(
                LinkBookEntry(
                    id=id_,
                    pupil_id=pupil_id,
                    day=dt.date.fromisoformat(day),
                    author_id=author_id,
                    author_role=_ROLES[author_role],
                    learning=learning,
                    wins=wins,
                    reminders=reminders,
                    note=note,
                    class_note=class_note,
                    sections=_NO_SECTIONS if sections == "{}" else _sections(json.loads(sections)),
                    replies=tuple(replies[id_]) if id_ in replies else no_thread,
                    acknowledgements=tuple(acks[id_]) if id_ in acks else no_thread,
                    updated_at=dt.datetime.fromisoformat(updated_at),
                    phrases=uses_from_plain(json.loads(phrases)) if phrases else (),
                )
            )
        return entries

    def _of_entries(self, columns: str, table: str, entry_ids: list[str]) -> list[Any]:
        cursor = self._cursor()
        found: list[Any] = []
        for start in range(0, len(entry_ids), _BATCH):
            batch = entry_ids[start : start + _BATCH]
            marks = ", ".join("?" * len(batch))
            found += cursor.execute(
                f"SELECT {columns} FROM {table} WHERE entry_id IN ({marks})", batch
            ).fetchall()
        return found

    def _cursor(self) -> Any:
        """A driver cursor on the session's connection, inside its transaction: plain tuples, without
        SQLAlchemy's result objects, for the hot path."""
        return self.session.connection().connection.cursor()


def _written(reply: Reply) -> dt.datetime:
    return reply.written_at


def _at(ack: Acknowledgement) -> dt.datetime:
    return ack.at


def _first(row: tuple[Any, ...]) -> Any:
    return row[0]


def _kept_rows(
    entry_ids: list[str], written: Mapping[str, tuple[Any, ...]] | None, columns: tuple[str, ...]
) -> tuple[list[Any], list[str]]:
    """Of these entries, the rows `searchable_texts` would read for those `written` holds values of
    that the database keeps as given (`_as_kept`), and the ids of the others, which are to be read."""
    if not written:
        return [], entry_ids
    rows: list[Any] = []
    unread: list[str] = []
    pick = _picker(columns)
    for entry_id in entry_ids:
        given = written.get(entry_id)
        row = None if given is None else _as_kept(pick(given))
        if row is None:
            unread.append(entry_id)
        else:
            rows.append(row)
    return rows, unread


@functools.cache
def _picker(columns: tuple[str, ...]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """What picks the values of `searchable_texts`'s columns, in its order, out of values bound to
    these columns (made once: a pull indexes a school's entries)."""
    return operator.itemgetter(*(columns.index(name) for name in _SEARCHED_FIELDS))


def _as_kept(row: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The row `searchable_texts` would read for an entry whose row was given these values, or None
    when the database might keep them otherwise.

    Text is kept as given in a TEXT column. The day, updated_at and sections columns have NUMERIC
    affinity, which stores text that spells a number as that number: an ISO date or time (four digits,
    then "-") or a JSON object ("{") never does. A value that is not exactly a str is read back."""
    if set(map(type, row)) != _ONLY_TEXT:
        return None
    if _iso(row[2]) and _iso(row[11]) and row[10][:1] == "{":  # day, updated_at, sections
        return row
    return None


def _iso(value: str) -> bool:
    return value[4:5] == "-" and value[:4].isdigit()


def _sections(plain: dict[str, Any]) -> SenSections:
    """Most entries have no SEN sections: skip decoding those."""
    if not any(plain.values()):
        return _NO_SECTIONS
    return from_plain(SenSections, plain)


_NO_SECTIONS = SenSections()
