"""Writing the rows of many records of one kind at once: a pulled page's thousands of entries, replies
and pupils in a few statements instead of two or three each.

Each record gets exactly what `rows.write_row` would give it, one after another in the order given: the
row inserted or updated, or left for later when a required column is unknown or a parent row is not
there. Parents are looked up and rows found present in one query per few hundred keys; the updates and
the inserts then go as one batch each. A kind whose rows could claim one unique value twice
(`Kind.unique_risk`) is written in one batch inside a savepoint, and record by record (`write_row`) only
when that batch is refused, so one record's clash never holds back the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.store.sync_store.fresh import plain_json
from desktop.store.sync_store.kinds import Kind
from desktop.store.sync_store.rows import CHUNK, Json, record_columns, write_row


def write_rows(
    session: Session,
    kind: Kind,
    records: Sequence[tuple[str, dict[str, Json]]],
    present: set[tuple[str, Any]],
    bound: dict[str, tuple[Any, ...]] | None = None,
) -> list[bool]:
    """Insert or update the rows these (record id, fields) describe; per record, whether it was written.

    `present`: parent rows known to be there (see `rows.parents_present`), added to as parents are found.
    A record id given twice is written as the later one (the earlier is written and then overwritten).
    `bound`: given, each record id written in the batch gets the values its row was given, key columns
    then value columns (`bound_columns`), exactly as bound to the INSERT or UPDATE: the sync store builds
    the search text of a pulled entry from them instead of reading its row back. A record written one
    by one (after a refused batch) gets none, and loses any it had.
    """
    connection = session.connection()
    required = {n for n in kind.value_columns if not kind.table.columns[n].nullable}
    candidates: list[tuple[int, tuple[str, ...], dict[str, Json]]] = []
    for index, (record_id, fields) in enumerate(records):
        columns = record_columns(kind, fields)
        if required <= columns.keys():
            candidates.append((index, kind.key_values(record_id), columns))
    if kind.parents:
        candidates = _with_parents(connection, kind, candidates, present)
    written = [False] * len(records)
    last: dict[tuple[str, ...], tuple[int, dict[str, Json]]] = {}
    for index, keys, columns in candidates:
        written[index] = True
        last[keys] = (index, columns)
    if not last:
        return written
    existing = _existing(connection, kind, list(last))
    names = kind.value_columns
    conversions = [(i, to) for i, name in enumerate(names) for to in (_converter(kind, name),) if to]
    updates: list[tuple[Any, ...]] = []
    inserts: list[tuple[Any, ...]] = []
    given: list[tuple[str, tuple[Any, ...]]] = []
    for keys, (index, columns) in last.items():
        row = [columns.get(name) for name in names]
        for i, to in conversions:
            if row[i] is not None:
                row[i] = to(row[i])
        values = tuple(row)
        if keys in existing:
            updates.append(values + keys)
            if bound is not None:
                given.append((records[index][0], keys + values))
        else:
            whole = keys + values
            inserts.append(whole)
            if bound is not None:
                given.append((records[index][0], whole))
    if not kind.unique_risk:
        _execute(connection, kind, updates, inserts)
        if bound is not None:
            bound.update(given)
        return written
    try:
        with session.begin_nested():
            _execute(session.connection(), kind, updates, inserts)
    except IntegrityError:
        if bound is not None:
            for record_id, _fields in records:
                bound.pop(record_id, None)
        return [write_row(session, kind, record_id, fields, present) for record_id, fields in records]
    if bound is not None:
        bound.update(given)
    return written


def bound_columns(kind: Kind) -> tuple[str, ...]:
    """The columns of the values `write_rows` reports as bound, in their order."""
    return (*kind.key_columns, *kind.value_columns)


def _converter(kind: Kind, name: str) -> Callable[[Any], Any] | None:
    """How `rows.to_db` turns a non-null field of this column into its value (None: as it is)."""
    if name in kind.binary_columns:
        return lambda value: bytes.fromhex(str(value))
    if name in kind.json_columns:
        return _json_text if name in kind.text_columns else plain_json
    if name in kind.bool_columns:
        return _flag
    return None


def _json_text(value: Any) -> str:
    return plain_json(json.loads(value))


def _flag(value: Any) -> int:
    return 1 if value else 0


def _with_parents(
    connection: Connection,
    kind: Kind,
    candidates: list[tuple[int, tuple[str, ...], dict[str, Json]]],
    present: set[tuple[str, Any]],
) -> list[tuple[int, tuple[str, ...], dict[str, Json]]]:
    """The candidates whose parent rows are all there (looked up a few hundred at a time)."""
    at_key = {column: i for i, column in enumerate(kind.key_columns)}
    named: dict[str, list[Any]] = {}
    for column, _table in kind.parents:
        if column not in named:
            i = at_key.get(column)
            named[column] = [
                columns[column] if column in columns else None if i is None else keys[i]
                for _i, keys, columns in candidates
            ]
    missing: dict[str, set[Any]] = {}
    for column, table in kind.parents:
        wanted = {
            value
            for value in named[column]
            if value is not None and not (isinstance(value, str) and (table, value) in present)
        }
        found: set[Any] = set()
        ordered = sorted(wanted, key=str)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id FROM {table} WHERE id IN ({marks})"
            found.update(r[0] for r in connection.exec_driver_sql(sql, tuple(chunk)))
        present.update((table, value) for value in found if isinstance(value, str))
        missing[column] = {value for value in wanted if value not in found}
    gone = [(named[column], values) for column, values in missing.items() if values]
    return [
        candidate
        for j, candidate in enumerate(candidates)
        if not any(values[j] in unknown for values, unknown in gone)
    ]


def _existing(connection: Connection, kind: Kind, keys: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Which of these keys already have a row."""
    found: set[tuple[str, ...]] = set()
    names = ", ".join(kind.key_columns)
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        if len(kind.key_columns) == 1:
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT {names} FROM {kind.table_name} WHERE {names} IN ({marks})"
            parameters: tuple[object, ...] = tuple(k[0] for k in chunk)
        else:
            row = f"({', '.join('?' * len(kind.key_columns))})"
            sql = (
                f"SELECT {names} FROM {kind.table_name} "
                f"WHERE ({names}) IN (VALUES {', '.join([row] * len(chunk))})"
            )
            parameters = tuple(value for k in chunk for value in k)
        found.update(tuple(str(v) for v in r) for r in connection.exec_driver_sql(sql, parameters))
    return found


def _execute(
    connection: Connection, kind: Kind, updates: list[tuple[Any, ...]], inserts: list[tuple[Any, ...]]
) -> None:
    if updates and kind.value_columns:
        assignments = ", ".join(f"{n} = ?" for n in kind.value_columns)
        where = " AND ".join(f"{c} = ?" for c in kind.key_columns)
        connection.exec_driver_sql(f"UPDATE {kind.table_name} SET {assignments} WHERE {where}", updates)
    if inserts:
        names = [*kind.key_columns, *kind.value_columns]
        marks = ", ".join("?" * len(names))
        connection.exec_driver_sql(
            f"INSERT INTO {kind.table_name} ({', '.join(names)}) VALUES ({marks})", inserts
        )
