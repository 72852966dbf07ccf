"""What the person has chosen so far in the import wizard, and the plain work its pages hand to the runner.

The wizard's pages share one ImportDraft: the files as read, the format, encoding and delimiter (detected,
then perhaps changed), the column mapping, the date order, the preview and the result. The functions here
are what runs on the task runner's threads: they call the import service only, touch no widget, and
return plain values the pages then show.

Changing a CSV's encoding or delimiter is done by rewriting the file, in memory, as UTF-8 with commas,
row for row and line for line, so the service reads exactly what the person chose and the line numbers
of rejected rows still match the file they have open in a text editor.
"""

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.domain.school import SchoolClass
from desktop.services.imports.apply import ImportResult
from desktop.services.imports.csv_mapping import CsvTable
from desktop.services.imports.detect import DateOrder
from desktop.services.imports.model import ImportRefused, ParsedSource, SourceFormat
from desktop.services.imports.plan import ImportPlan
from desktop.services.imports.service import ImportService
from desktop.services.imports.sources import ReadOptions, detect_format, load_files
from desktop.services.school import SchoolService
from desktop.store.repositories.import_mappings import ColumnMapping

ENCODINGS: dict[str, str] = {
    "UTF-8": "utf-8",
    "UTF-8 with BOM": "utf-8-sig",
    "Windows-1252": "cp1252",
    "UTF-16": "utf-16",
    "ISO-8859-1": "latin-1",
}
"""The encodings the service detects (by the names it gives them), with the codec that reads each."""

DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")


@dataclass(frozen=True, slots=True)
class CsvChoice:
    """One CSV and how the person said to read it (no encoding: as detected, left untouched)."""

    files: dict[str, bytes]
    encoding: str
    delimiter: str

    def files_for_service(self) -> dict[str, bytes]:
        """The file itself, or rewritten as the person chose (call on the task runner: it may be big)."""
        if not self.encoding:
            return dict(self.files)
        [(name, data)] = self.files.items()
        return {name: recode_csv(data, name, self.encoding, self.delimiter)}


@dataclass
class ImportDraft:
    """Everything chosen or learnt so far; each page reads what the earlier ones left here."""

    files: dict[str, bytes] = field(default_factory=dict)
    detected_format: SourceFormat | None = None
    format: SourceFormat | None = None
    detected_encoding: str = ""
    encoding: str = ""
    detected_delimiter: str = ""
    delimiter: str = ""
    table: CsvTable | None = None
    remembered: ColumnMapping | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    date_order: DateOrder | None = None
    source: ParsedSource | None = None
    plan: ImportPlan | None = None
    classes: list[SchoolClass] = field(default_factory=list)
    default_class: str | None = None
    result: ImportResult | None = None

    @property
    def is_csv(self) -> bool:
        return self.format is SourceFormat.CSV

    def csv_choice(self) -> CsvChoice:
        """The CSV with the encoding and delimiter chosen, to be read on the task runner."""
        changed = self.encoding != self.detected_encoding or self.delimiter != self.detected_delimiter
        return CsvChoice(dict(self.files), self.encoding if changed else "", self.delimiter)

    def files_to_read(self) -> dict[str, bytes] | CsvChoice:
        """What the service reads: the files as they are, or the CSV as the person said to read it."""
        return self.csv_choice() if self.is_csv and len(self.files) == 1 else dict(self.files)

    def read_options(self) -> ReadOptions:
        """The person's choices as the service takes them; a CSV mapping names every column once."""
        overrides: tuple[str, ...] = ()
        if self.is_csv and self.table is not None:
            overrides = tuple(
                f"{header}={self.mapping.get(header, 'ignore')}" for header in self.table.headers
            )
        return ReadOptions(format=self.format, overrides=overrides, date_order=self.date_order)

    def forget(self) -> None:
        """Drop every file and record read (the app is locking or the wizard closed)."""
        self.__init__()  # type: ignore[misc]  # reset to the fresh state on purpose


def recode_csv(data: bytes, name: str, encoding: str, delimiter: str) -> bytes:
    """The file decoded with `encoding` and split on `delimiter`, written again as UTF-8 with commas.

    Every record becomes one record (a blank line stays a blank line, a cell spanning lines still spans
    them), so the service numbers rows as the original file does. Excel's `sep=` line becomes blank.
    """
    codec = ENCODINGS.get(encoding, encoding)
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        raise ImportRefused(
            _tr(
                "{name} cannot be read as {encoding}: some of its bytes are not {encoding} text. "
                "Choose another encoding, or leave the one Linkbook found."
            ).format(name=name, encoding=encoding)
        ) from None
    text = text.removeprefix("\ufeff")
    first, newline, rest = text.partition("\n")
    if first.strip().casefold().startswith("sep=") and len(first.strip()) == 5:
        text = newline + rest
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if record:
            writer.writerow(record)
        else:
            out.write("\n")
    return out.getvalue().encode("utf-8")


@dataclass(frozen=True, slots=True)
class FilesRead:
    """What the first page learns from the chosen files."""

    files: dict[str, bytes]
    format: SourceFormat
    table: CsvTable | None
    remembered: ColumnMapping | None


def read_files(service: ImportService, paths: list[Path], format: SourceFormat | None) -> FilesRead:
    """Load the files, tell their format and, for one CSV, its table and remembered mapping."""
    files = load_files(paths)
    found = format or detect_format(files)
    if found is SourceFormat.CSV and len(files) != 1:
        raise ImportRefused(
            _tr(
                "A CSV import reads one file at a time; {count} were chosen ({names}). Remove all but "
                "one, or choose School Data Sync as the format if they are a School Data Sync set."
            ).format(count=len(files), names=", ".join(files))
        )
    table = None
    remembered = None
    if found is SourceFormat.CSV:
        [(name, data)] = files.items()
        table = service.csv_table(data, name)
        remembered = service.remembered_mapping(table)
    return FilesRead(files, found, table, remembered)


def read_table(service: ImportService, choice: CsvChoice) -> tuple[CsvTable, ColumnMapping | None]:
    """A CSV read again after the person changed its encoding or delimiter."""
    [(name, data)] = choice.files_for_service().items()
    table = service.csv_table(data, name)
    return table, service.remembered_mapping(table)


@dataclass(frozen=True, slots=True)
class Previewed:
    """What the preview page shows: the source read, the plan made from it, the school's classes."""

    source: ParsedSource
    plan: ImportPlan
    classes: list[SchoolClass]


def make_preview(
    service: ImportService,
    school: SchoolService,
    files: Mapping[str, bytes] | CsvChoice,
    options: ReadOptions,
    default_class: str | None,
    source: ParsedSource | None = None,
) -> Previewed:
    """Read the files (unless already read) and compare them with the school; nothing is written."""
    if source is None:
        chosen = files.files_for_service() if isinstance(files, CsvChoice) else files
        source = service.read(chosen, options)
    read = source
    return Previewed(read, service.preview(read, default_class), school.classes())


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)
