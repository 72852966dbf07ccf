"""The full-text index (FTS5, inside the encrypted database) over entries, replies, agreements, folders."""

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from desktop.store.schema import SEARCH_TABLE, SearchDocumentRow

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    record_id: str
    pupil_id: str
    day: dt.date | None
    snippet: str


def match_expression(query: str) -> str | None:
    """A person's words as an FTS5 query: every word must appear, the last may be a prefix."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


class SearchIndex:
    def __init__(self, session: Session) -> None:
        self.session = session

    def put(self, kind: str, record_id: str, pupil_id: str, day: dt.date | None, body: str) -> None:
        """Index a record's text, replacing what was indexed for it before."""
        self.remove(record_id)
        document = SearchDocumentRow(record_id=record_id, kind=kind, pupil_id=pupil_id, day=day)
        self.session.add(document)
        self.session.flush()
        self.session.execute(
            text(f"INSERT INTO {SEARCH_TABLE} (rowid, body) VALUES (:rowid, :body)"),
            {"rowid": document.rowid, "body": body},
        )

    def remove(self, record_id: str) -> None:
        rowid = self.session.scalar(
            select(SearchDocumentRow.rowid).where(SearchDocumentRow.record_id == record_id)
        )
        if rowid is not None:
            self._drop([rowid])

    def remove_pupil(self, pupil_id: str) -> None:
        rowids = self.session.scalars(
            select(SearchDocumentRow.rowid).where(SearchDocumentRow.pupil_id == pupil_id)
        )
        self._drop(list(rowids))

    def _drop(self, rowids: list[int]) -> None:
        for rowid in rowids:
            self.session.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :r"), {"r": rowid})
        self.session.execute(delete(SearchDocumentRow).where(SearchDocumentRow.rowid.in_(rowids)))

    def search(self, query: str, limit: int = 50, pupil_id: str | None = None) -> list[SearchHit]:
        """Newest matches first; every word of the query must match."""
        expression = match_expression(query)
        if expression is None:
            return []
        pupil_filter = " AND d.pupil_id = :p" if pupil_id else ""
        rows = self.session.execute(
            text(
                f"SELECT d.kind, d.record_id, d.pupil_id, d.day, "
                f"snippet({SEARCH_TABLE}, 0, '[', ']', '…', 12) "
                f"FROM {SEARCH_TABLE} JOIN search_document d ON d.rowid = {SEARCH_TABLE}.rowid "
                f"WHERE {SEARCH_TABLE} MATCH :q{pupil_filter} "
                f"ORDER BY {SEARCH_TABLE}.rowid DESC LIMIT :n"
            ),
            {"q": expression, "p": pupil_id, "n": limit},
        )
        return [
            SearchHit(kind, record_id, pupil, dt.date.fromisoformat(day) if day else None, snippet)
            for kind, record_id, pupil, day, snippet in rows
        ]
