"""Which reader a set of files needs, and reading them into one ParsedSource."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.services.imports import csv_mapping, ctf, mappings, sds
from desktop.services.imports.detect import DateOrder
from desktop.services.imports.model import ImportRefused, ParsedSource, SourceFormat
from desktop.store.repositories.import_mappings import ColumnMapping

MAX_FILE_BYTES = 32 * 2**20
"""A 1,500-pupil CTF with full histories is a few MB, and 60,000 pupils of CSV about 4 MB; a file
beyond this is not a class list, and reading it would take memory a school laptop may not have."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the person decided (or left to detection) before the files are read."""

    format: SourceFormat | None = None
    mapping_name: str | None = None
    overrides: tuple[str, ...] = ()
    date_order: DateOrder | None = None
    school_number: str = ""


def load_files(paths: list[Path]) -> dict[str, bytes]:
    """The named files (a folder stands for the .csv and .xml files in it), keyed by file name."""
    found: dict[str, bytes] = {}
    for path in paths:
        if path.is_dir():
            members = sorted(p for p in path.iterdir() if p.suffix.casefold() in (".csv", ".xml", ".ctf"))
            if not members:
                raise ImportRefused(f"{path} holds no .csv or .xml files to import.")
        elif path.exists():
            members = [path]
        else:
            raise ImportRefused(f"There is no file {path}. Check the name and the folder.")
        for member in members:
            if member.stat().st_size > MAX_FILE_BYTES:
                raise ImportRefused(
                    f"{member} is larger than {MAX_FILE_BYTES // 2**20} MB, too large for a class list. "
                    "Export one school (or one year group) at a time and import each file."
                )
            if member.name in found:
                raise ImportRefused(f"Two files are called {member.name}; give one set of files at a time.")
            try:
                found[member.name] = member.read_bytes()
            except OSError as exc:
                raise ImportRefused(f"Cannot read {member}: {exc.strerror}.") from None
    if not found:
        raise ImportRefused("No files were given to import.")
    return found


def detect_format(files: Mapping[str, bytes]) -> SourceFormat:
    """CTF by its XML root; SDS v2.1 by users.csv + roles.csv; SDS v1 by Student.csv; else a plain CSV."""
    names = {name.casefold() for name in files}
    if all(ctf.is_ctf(data) for data in files.values()):
        return SourceFormat.CTF
    if set(sds.V2_FILES) <= names:
        return SourceFormat.SDS2
    if set(sds.V1_FILES) <= names:
        return SourceFormat.SDS1
    if any(ctf.is_ctf(data) for data in files.values()):
        raise ImportRefused("Import CTF files on their own, not mixed with CSV files.")
    return SourceFormat.CSV


def read_source(
    files: Mapping[str, bytes],
    options: ReadOptions,
    stored: Callable[[str], ColumnMapping | None] = lambda _source: None,
) -> ParsedSource:
    """Read the files with the reader their format needs. `stored` finds a remembered CSV mapping."""
    kind = options.format or detect_format(files)
    if kind is SourceFormat.CTF:
        return ctf.read(files, options.school_number)
    if kind is SourceFormat.SDS1:
        return sds.read_v1(files, options.date_order, options.school_number)
    if kind is SourceFormat.SDS2:
        return sds.read_v2(files, options.date_order, options.school_number)
    return read_csv(files, options, stored)


def read_csv(
    files: Mapping[str, bytes],
    options: ReadOptions,
    stored: Callable[[str], ColumnMapping | None] = lambda _source: None,
) -> ParsedSource:
    """A class list CSV through its mapping: remembered for the source, else proposed, with --map changes."""
    if len(files) != 1:
        raise ImportRefused(
            f"A CSV import reads one file at a time; {len(files)} were given ({', '.join(files)}). "
            "For School Data Sync give --format sds1 or sds2."
        )
    [(name, data)] = files.items()
    table = csv_mapping.read_table(data, name)
    source = mappings.source_for(table, options.mapping_name)
    remembered = stored(source)
    overrides = mappings.parse_overrides(options.overrides, table.headers)
    mapping = mappings.choose_mapping(table, remembered, overrides)
    before = None
    if remembered is not None and remembered.day_first is not None:
        before = DateOrder.DAY_FIRST if remembered.day_first else DateOrder.MONTH_FIRST
    pupils, rejections, order = csv_mapping.read_pupils(table, mapping, options.date_order, before)
    warnings = []
    if table.blank_rows:
        warnings.append(f"{name}: {table.blank_rows} blank row(s) skipped.")
    where = "remembered" if remembered is not None else "proposed from the headers"
    return ParsedSource(
        format=SourceFormat.CSV,
        source_key=f"csv:{options.mapping_name.strip()}" if options.mapping_name else "csv",
        description=(
            f"{name}: CSV ({table.encoding}, {_delimiter_name(table.delimiter)}-separated, dates "
            f"{order.value}), columns {where}"
        ),
        pupils=tuple(pupils),
        rejections=tuple(rejections),
        warnings=tuple(warnings),
        mapping=mapping,
        mapping_source=source,
        day_first=order is DateOrder.DAY_FIRST,
        files=(name,),
    )


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(delimiter, repr(delimiter))
