"""Between the app's rows and records' fields: reading a row as fields, writing fields back as a row.

Values travel in the form the database holds them (dates as text, JSON columns as JSON), so reading a
row that was written from a record gives the same fields, and capture finds nothing to send back.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.store.sync_store.kinds import WHOLE_FIELD, Kind, Style

Json = Any

CHUNK = 500
"""Keys per IN (...) query: well under SQLite's limit on bound parameters."""
LINKED_FIELD = "linked"
"""The one field of a row with no columns besides its key (a photo's tag, a class's teacher): it exists."""


def canonical(value: Json) -> str:
    """One spelling of a JSON value, so two equal values compare equal as text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _from_db(kind: Kind, name: str, value: Any) -> Json:
    if value is None:
        return None
    if name in kind.binary_columns:
        return bytes(value).hex()
    if name in kind.json_columns:
        parsed = json.loads(value)
        return canonical(parsed) if name in kind.text_columns else parsed
    if name in kind.bool_columns:
        return bool(value)
    return value


def to_db(kind: Kind, name: str, value: Json) -> Any:
    if value is None:
        return None
    if name in kind.binary_columns:
        return bytes.fromhex(str(value))
    if name in kind.json_columns:
        return json.dumps(json.loads(value) if name in kind.text_columns else value)
    if name in kind.bool_columns:
        return 1 if value else 0
    return value


_scan = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed's stub is wrong
"""The json module's scanner (its C one where there is one), made once: `json.loads` adds a decoder
call and two regular-expression matches for whitespace around each document, which cost more than
parsing a link-book entry's short JSON columns (a first sync parses half a million of them)."""


def _loads(text: Any) -> Json:
    """`json.loads(text)`, straight from the scanner for a document with no whitespace around it (as
    the database holds them); anything else, and every error, goes through `json.loads`."""
    if isinstance(text, str):
        try:
            value, end = _scan(text, 0)
        except StopIteration:
            return json.loads(text)
        if end == len(text):
            return value
    return json.loads(text)


def _json_text(value: Any) -> Json:
    return canonical(_loads(value))


def _converter(kind: Kind, name: str) -> Callable[[Any], Json] | None:
    """How `_from_db` turns a non-null value of this column into a field (None: as it is)."""
    if name in kind.binary_columns:
        return lambda value: bytes(value).hex()
    if name in kind.json_columns:
        return _json_text if name in kind.text_columns else _loads
    if name in kind.bool_columns:
        return bool
    return None


_CONVERTERS: dict[str, tuple[tuple[str, Callable[[Any], Json] | None], ...]] = {}


def _converters(kind: Kind) -> tuple[tuple[str, Callable[[Any], Json] | None], ...]:
    """Each value column with its converter, worked out once per kind (a first sync reads a million rows)."""
    found = _CONVERTERS.get(kind.name)
    if found is None:
        found = _CONVERTERS[kind.name] = tuple((name, _converter(kind, name)) for name in kind.value_columns)
    return found


def row_fields(kind: Kind, row: dict[str, Any]) -> dict[str, Json]:
    """A row's values as the record's fields (a `whole` record's single field holds them all)."""
    values = {
        name: value if convert is None or value is None else convert(value)
        for name, convert in _converters(kind)
        for value in (row[name],)
    }
    if kind.style is Style.WHOLE:
        return {WHOLE_FIELD: values}
    if not kind.value_columns:
        return {LINKED_FIELD: True}
    return values


def record_columns(kind: Kind, fields: dict[str, Json]) -> dict[str, Json]:
    """The column values a record's fields describe (the inverse of `row_fields`, keys aside)."""
    if kind.style is Style.WHOLE:
        inner = fields.get(WHOLE_FIELD)
        return dict(inner) if isinstance(inner, dict) else {}
    return dict(fields)


def read_rows(
    connection: Connection, kind: Kind, record_ids: Iterable[str]
) -> Iterator[tuple[str, dict[str, Any], str | None]]:
    """(record id, row, owner) for each record id that has a row; owner is the class or pupil id(s)."""
    ids = list(record_ids)
    owner = kind.owner or "NULL"
    columns = ", ".join(f"t.{c.name}" for c in kind.table.columns)
    names = [c.name for c in kind.table.columns]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = (
            f"SELECT {kind.key_sql} AS _rid, {owner} AS _owner, {columns} "
            f"FROM {kind.table_name} t WHERE {kind.key_sql} IN ({marks})"
        )
        for found in connection.exec_driver_sql(sql, tuple(chunk)):
            yield found[0], dict(zip(names, found[2:], strict=True)), found[1]


def parents_present(
    connection: Connection, kind: Kind, columns: dict[str, Json], present: set[tuple[str, Any]] | None = None
) -> bool:
    """Whether every parent row the columns name is there; `present` remembers parents already found
    (within one transaction that deletes none: a pull writes thousands of rows under a few classes)."""
    for column, table in kind.parents:
        value = columns.get(column)
        if value is None:
            continue
        cache = present if isinstance(value, str) else None
        if cache is not None and (table, value) in cache:
            continue
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (value,)).first() is None:
            return False
        if cache is not None:
            cache.add((table, value))
    return True


def write_row(
    session: Session,
    kind: Kind,
    record_id: str,
    fields: dict[str, Json],
    present: set[tuple[str, Any]] | None = None,
) -> bool:
    """Insert or update the row a record describes; False if it cannot be written yet.

    "Yet": a parent row has not arrived (a reply before its entry, a pupil before the school scope
    brought the class), a column is still unknown, or a unique value is held by another row (two
    devices made version 2 of one agreement). Such records wait and are tried again after each sync.
    `present`: parent rows known to be there (see `parents_present`); the caller empties it on a delete.
    """
    columns = record_columns(kind, fields)
    if any(name not in columns for name in kind.value_columns if not kind.table.columns[name].nullable):
        return False
    connection = session.connection()
    values = dict(zip(kind.key_columns, kind.key_values(record_id), strict=True))
    if not parents_present(connection, kind, {**values, **columns}, present):
        return False
    keys = tuple(values.values())
    values.update({name: to_db(kind, name, columns.get(name)) for name in kind.value_columns})
    where = " AND ".join(f"{c} = ?" for c in kind.key_columns)
    # An UPDATE of the row that exists, else an INSERT: not an upsert, because SQLite's ON CONFLICT
    # (key) does not cover another unique index, so updating a row whose unique columns stay the same
    # (agreement_id and number of a version) would fail as if another row held them.
    exists = connection.exec_driver_sql(f"SELECT 1 FROM {kind.table_name} WHERE {where}", keys).first()
    if exists is not None:
        if not kind.value_columns:
            return True
        assignments = ", ".join(f"{n} = ?" for n in kind.value_columns)
        sql = f"UPDATE {kind.table_name} SET {assignments} WHERE {where}"
        parameters = tuple(values[n] for n in kind.value_columns) + keys
    else:
        names = list(values)
        sql = f"INSERT INTO {kind.table_name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        parameters = tuple(values.values())
    if not kind.unique_risk:
        connection.exec_driver_sql(sql, parameters)
        return True
    try:
        with session.begin_nested():
            session.connection().exec_driver_sql(sql, parameters)
    except IntegrityError:
        return False
    return True


def delete_row(session: Session, kind: Kind, record_id: str) -> bool:
    """Delete the row of a deleted record; False while rows that need it are still there."""
    where = " AND ".join(f"{c} = ?" for c in kind.key_columns)
    try:
        with session.begin_nested():
            session.connection().exec_driver_sql(
                f"DELETE FROM {kind.table_name} WHERE {where}", kind.key_values(record_id)
            )
    except IntegrityError:
        return False
    return True
