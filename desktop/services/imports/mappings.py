"""Column mappings remembered per source, so next term's export from the same MIS needs no questions.

A mapping is remembered under the name the person gives it (`--mapping "Arbor class list"`), or, with
no name, under the file's header signature: the same report from the same MIS has the same headers.
"""

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from desktop.services.imports.csv_mapping import FIELDS, CsvTable, propose_mapping
from desktop.services.imports.model import ImportRefused
from desktop.store.repositories.import_mappings import ColumnMapping, ImportMappingRepository

IGNORE = ("", "-", "ignore", "none")


def source_for(table: CsvTable, name: str | None) -> str:
    """The key a mapping is remembered under."""
    return f"name:{name.strip()}" if name and name.strip() else table.signature


def parse_overrides(items: Iterable[str], headers: list[str]) -> dict[str, str | None]:
    """`COLUMN=FIELD` choices (FIELD empty or "ignore" leaves the column out), checked against the file."""
    by_fold = {h.casefold(): h for h in headers}
    chosen: dict[str, str | None] = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip():
            raise ImportRefused(
                f"--map {item!r} should be COLUMN=FIELD, for example 'Birthday=date_of_birth'."
            )
        header = by_fold.get(column.strip().casefold())
        if header is None:
            raise ImportRefused(
                f"--map names column {column.strip()!r}; the file's columns are: {', '.join(headers)}."
            )
        field = field.strip()
        if field.casefold() in IGNORE:
            chosen[header] = None
        elif field in FIELDS:
            chosen[header] = field
        else:
            raise ImportRefused(
                f"--map {item!r}: {field!r} is not a field. The fields are: {', '.join(FIELDS)}."
            )
    return chosen


def choose_mapping(
    table: CsvTable, stored: ColumnMapping | None, overrides: Mapping[str, str | None]
) -> dict[str, str]:
    """The remembered mapping (for the columns this file still has) or a proposal, with the person's changes.

    A field the person gives to a column is taken away from any other column, so a change never leaves
    two columns fighting over one field.
    """
    if stored is not None:
        mapping = {h: f for h, f in stored.columns.items() if h in table.headers and f in FIELDS}
    else:
        mapping = propose_mapping(table.headers)
    for header, field in overrides.items():
        if field is None:
            mapping.pop(header, None)
            continue
        for other in [h for h, f in mapping.items() if f == field and h != header]:
            del mapping[other]
        mapping[header] = field
    return mapping


def remembered(session: Session, source: str) -> ColumnMapping | None:
    return ImportMappingRepository(session).mapping(source)


def remember(
    session: Session, source: str, columns: Mapping[str, str], day_first: bool | None, at: dt.datetime
) -> None:
    """Keep the mapping used (in the import's own transaction, so a failed import remembers nothing)."""
    ImportMappingRepository(session).save_mapping(ColumnMapping(source, dict(columns), day_first, at))
