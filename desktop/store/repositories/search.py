"""The full-text index (FTS5, inside the encrypted database) over entries, replies, agreements, folders
and the names of pupils and their family members."""

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, select, text
from sqlalchemy.orm import Session

from desktop.store.schema import SEARCH_TABLE, SearchDocumentRow

_WORD = re.compile(r"\w+", re.UNICODE)

PEOPLE_KINDS = ("pupil", "family")
"""Index rows that hold a person's name rather than a record's text (see people_index)."""
PERSON_MARK = "lbpersonname"
"""A word every person's row starts with and no record's text holds: a search for people ANDs it in, so
FTS5 seeks through the few person rows instead of ranking every record that holds a common word."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    record_id: str
    pupil_id: str
    day: dt.date | None
    snippet: str


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """One row to index: what it belongs to and its text."""

    kind: str
    record_id: str
    pupil_id: str
    day: dt.date | None
    body: str


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

    def put_many(self, documents: Iterable[SearchDocument]) -> None:
        """Index many records at once (an import, a rebuild), replacing what was indexed for each."""
        batch = list(documents)
        if not batch:
            return
        ids = [d.record_id for d in batch]
        self.session.flush()
        # Through the driver: a sync or an import indexes thousands at once, and the ORM's statements
        # cost more per row than SQLite's. Dates as the Date column keeps them (ISO text).
        connection = self.session.connection()
        old: list[int] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            old += [
                r[0]
                for r in connection.exec_driver_sql(
                    f"SELECT rowid FROM {SearchDocumentRow.__tablename__} "
                    f"WHERE record_id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk),
                )
            ]
        self._drop(old)
        self.session.flush()
        last = self.session.scalar(select(func.max(SearchDocumentRow.rowid))) or 0
        connection.exec_driver_sql(
            f"INSERT INTO {SearchDocumentRow.__tablename__} (rowid, record_id, kind, pupil_id, day) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (last + n, d.record_id, d.kind, d.pupil_id, d.day.isoformat() if d.day else None)
                for n, d in enumerate(batch, 1)
            ],
        )
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE} (rowid, body) VALUES (?, ?)",
            [(last + n, d.body) for n, d in enumerate(batch, 1)],
        )

    def remove(self, record_id: str) -> None:
        rowid = self.session.scalar(
            select(SearchDocumentRow.rowid).where(SearchDocumentRow.record_id == record_id)
        )
        if rowid is not None:
            self._drop([rowid])

    def remove_prefix(self, kind: str, prefix: str) -> None:
        """Every row of this kind whose record id starts with `prefix` (a family member's rows)."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rowids = self.session.scalars(
            select(SearchDocumentRow.rowid).where(
                SearchDocumentRow.record_id >= prefix,
                SearchDocumentRow.record_id < upper,
                SearchDocumentRow.kind == kind,
            )
        )
        self._drop(list(rowids))

    def remove_prefixes(self, kind: str, prefixes: Sequence[str]) -> None:
        """`remove_prefix` for many prefixes, a couple of hundred per query (a sync's family members)."""
        for start in range(0, len(prefixes), 200):
            chunk = prefixes[start : start + 200]
            ranges = " OR ".join(["(record_id >= ? AND record_id < ?)"] * len(chunk))
            bounds = [bound for p in chunk for bound in (p, p[:-1] + chr(ord(p[-1]) + 1))]
            found = self.session.connection().exec_driver_sql(
                f"SELECT rowid FROM {SearchDocumentRow.__tablename__} WHERE kind = ? AND ({ranges})",
                (kind, *bounds),
            )
            self._drop([r[0] for r in found])

    def remove_pupil(self, pupil_id: str) -> None:
        rowids = self.session.scalars(
            select(SearchDocumentRow.rowid).where(SearchDocumentRow.pupil_id == pupil_id)
        )
        self._drop(list(rowids))

    def _drop(self, rowids: list[int]) -> None:
        if not rowids:
            return
        connection = self.session.connection()
        connection.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", [(r,) for r in rowids])
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            self.session.execute(delete(SearchDocumentRow).where(SearchDocumentRow.rowid.in_(chunk)))

    def search(
        self,
        query: str,
        limit: int = 50,
        pupil_id: str | None = None,
        *,
        pupil_ids: Collection[str] | None = None,
        people: bool = False,
    ) -> list[SearchHit]:
        """Newest matches first; every word of the query must match.

        `pupil_ids` limits the hits to those children; `people` asks for names (best match first)
        instead of records' text."""
        expression = match_expression(query)
        if expression is None or (pupil_ids is not None and not pupil_ids):
            return []
        if people:
            expression = f'"{PERSON_MARK}" AND {expression}'
        kinds = ", ".join(f"'{k}'" for k in PEOPLE_KINDS)
        where = f" AND d.kind IN ({kinds})" if people else f" AND d.kind NOT IN ({kinds})"
        if pupil_id:
            where += " AND d.pupil_id = :p"
        if pupil_ids is not None:
            where += " AND d.pupil_id IN :ids"
        order = "rank" if people else f"{SEARCH_TABLE}.rowid DESC"
        statement = text(
            f"SELECT d.kind, d.record_id, d.pupil_id, d.day, "
            f"snippet({SEARCH_TABLE}, 0, '[', ']', '…', 12) "
            f"FROM {SEARCH_TABLE} JOIN search_document d ON d.rowid = {SEARCH_TABLE}.rowid "
            f"WHERE {SEARCH_TABLE} MATCH :q{where} "
            f"ORDER BY {order} LIMIT :n"
        )
        values: dict[str, object] = {"q": expression, "p": pupil_id, "n": limit}
        if pupil_ids is not None:
            statement = statement.bindparams(bindparam("ids", expanding=True))
            values["ids"] = sorted(pupil_ids)
        rows = self.session.execute(statement, values)
        return [
            SearchHit(kind, record_id, pupil, dt.date.fromisoformat(day) if day else None, snippet)
            for kind, record_id, pupil, day, snippet in rows
        ]
