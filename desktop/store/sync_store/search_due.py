"""The search index following rows that other devices' records wrote: noted as they are written, indexed
once each, in bulk, when the sync store's transaction ends.

An entry, a reply, an agreement or a folder is indexed once per transaction however many of its records
arrived (a folder whose pieces arrive one by one is rebuilt once, not once per piece); a pupil or a
family member's names once, from their rows as they stand at the end. A pulled entry's search text is
made from the values its row was just written with (`write_rows`'s bound values) rather than read back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.folders import WorkFolderRepository
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.people_index import PeopleIndex
from desktop.store.repositories.search import SearchDocument, SearchIndex
from desktop.store.schema import EntryRow
from desktop.store.sync_store.bulk_rows import bound_columns
from desktop.store.sync_store.kinds import BY_NAME, Kind
from desktop.store.sync_store.rows import CHUNK
from sync.merge import RecordState


class SearchDue:
    """What one transaction's arrived rows put due in the search index, until `index_all`."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._due: dict[tuple[str, str], RecordState] = {}
        """(how, what) to index once, at the end: an entry, a reply, an agreement or a folder by its id."""
        self._pupils: set[str] = set()
        self._members: set[str] = set()
        self.entries_written: dict[str, tuple[Any, ...]] = {}
        """Link-book entries' rows as this transaction wrote them in bulk, by id (`write_rows`'s bound
        values): their search text is made from these rather than read back. An entry written any
        other way is dropped from here (`written_alone`), and all are forgotten whenever a row is
        deleted."""

    def written(self, kind: Kind, state: RecordState) -> None:
        """A record's row was written: index what it belongs to, and any names it changes."""
        self._note(kind.search, state)
        self._note_person(kind, state.record_id)

    def written_alone(self, record_id: str) -> None:
        """A row is about to be written one by one (not in bulk): an entry's text is read back."""
        self.entries_written.pop(record_id, None)

    def deleted(self, kind: Kind, record_id: str) -> None:
        """A record's row was deleted: out of the index now, and never indexed at the end."""
        self.entries_written.clear()
        self._due.pop((kind.search, record_id), None)
        index = SearchIndex(self.session)
        if kind.search or kind.name == "agreement":
            index.remove(record_id)  # an agreement is indexed by its own id
        if kind.name == "pupil":
            index.remove_pupil(record_id)
        self._note_person(kind, record_id)

    def _note_person(self, kind: Kind, record_id: str) -> None:
        if kind.name == "pupil":
            self._pupils.add(record_id)
        elif kind.name == "family_member":
            self._members.add(record_id)
        elif kind.name == "family_link":
            keys = dict(zip(kind.key_columns, kind.key_values(record_id), strict=True))
            self._members.add(str(keys["family_member_id"]))

    def _note(self, how: str, state: RecordState) -> None:
        if not how:
            return
        if how in ("entry", "reply"):
            self._due[(how, state.record_id)] = state
        elif how == "agreement":
            self._due[(how, str(state.values().get("agreement_id")))] = state
        elif how == "folder":
            folder_id = state.record_id if state.kind == "folder" else state.values().get("folder_id")
            self._due[(how, str(folder_id))] = state

    def index_all(self) -> None:
        """Index, in bulk, every record and person noted, as their rows now stand."""
        if not (self._due or self._pupils or self._members):
            return
        session = self.session
        if any(isinstance(row, EntryRow) for row in (*session.new, *session.dirty, *session.deleted)):
            self.entries_written.clear()  # the flush below writes entries too: read them all back
        session.flush()
        session.expire_all()  # rows were written below the ORM: read them afresh
        due, self._due = self._due, {}
        written, self.entries_written = self.entries_written, {}
        documents = self._entries_and_replies(due, written)
        documents.extend(self._agreements(due))
        documents.extend(self._folders(due))
        SearchIndex(session).put_many(documents)
        people = PeopleIndex(session)
        pupils, self._pupils = self._pupils, set()
        members, self._members = self._members, set()
        people.refresh_pupils(sorted(pupils))
        people.refresh_members(sorted(members))

    def _entries_and_replies(
        self, due: dict[tuple[str, str], RecordState], written: dict[str, tuple[Any, ...]]
    ) -> list[SearchDocument]:
        documents: list[SearchDocument] = []
        entry_ids = [what for how, what in due if how == "entry"]
        linkbook = LinkBookRepository(self.session)
        columns = bound_columns(BY_NAME["entry"])
        for start in range(0, len(entry_ids), CHUNK):
            chunk = entry_ids[start : start + CHUNK]
            for entry_id, pupil_id, day, body in linkbook.searchable_texts(chunk, written, columns):
                documents.append(SearchDocument("entry", entry_id, pupil_id, day, body))
        replies = {what: state.values() for (how, what), state in due.items() if how == "reply"}
        threads = sorted({str(values.get("entry_id")) for values in replies.values()})
        entries: dict[str, tuple[str, str]] = {}
        for start in range(0, len(threads), CHUNK):
            entries.update(linkbook.pupils_and_days(threads[start : start + CHUNK], written, columns))
        for what, values in replies.items():
            found = entries.get(str(values.get("entry_id")))
            if found is not None:
                day = dt.date.fromisoformat(found[1])
                documents.append(SearchDocument("reply", what, found[0], day, str(values.get("text", ""))))
        return documents

    def _agreements(self, due: dict[tuple[str, str], RecordState]) -> list[SearchDocument]:
        documents: list[SearchDocument] = []
        agreements = AgreementRepository(self.session)
        for how, what in due:
            if how == "agreement":
                agreement = agreements.agreement(what)
                if agreement is not None and agreement.versions:
                    text = f"{agreement.title}\n{agreement.current.content.searchable_text()}"
                    documents.append(
                        SearchDocument("agreement", agreement.id, agreement.pupil_id, None, text)
                    )
        return documents

    def _folders(self, due: dict[tuple[str, str], RecordState]) -> list[SearchDocument]:
        documents: list[SearchDocument] = []
        folder_ids = [what for how, what in due if how == "folder"]
        folders = WorkFolderRepository(self.session)
        for start in range(0, len(folder_ids), CHUNK):
            for folder in folders.folders_by_id(folder_ids[start : start + CHUNK]):
                text = folder.searchable_text()
                documents.append(
                    SearchDocument("folder", folder.id, folder.pupil_id, folder.period.start, text)
                )
        return documents
