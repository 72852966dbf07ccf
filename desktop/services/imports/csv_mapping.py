"""Any CSV: a column mapping proposed from the headers, shown as a preview, changed by the person.

MIS exports name the same thing many ways ("Forename", "First Name", "Legal Forename"), so the mapping
is proposed from a table of names, never assumed: the person sees it with the first rows and may change
any column before anything is read for real. The same mapping is then remembered for the source.
"""

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial

from desktop.services.imports import codes
from desktop.services.imports.detect import (
    DateOrder,
    date_evidence,
    decide_date_order,
    decode,
    parse_date,
    sniff_dialect,
)
from desktop.services.imports.model import (
    ImportRefused,
    IncomingContact,
    IncomingPupil,
    Rejection,
)

MAX_CONTACTS = 4
Cell = Callable[[str], str | None]
"""Reads one field of the current row: None when no column is mapped to it."""

PUPIL_FIELDS: dict[str, str] = {
    "upn": "UPN",
    "source_id": "MIS id (admission number)",
    "legal_first_name": "Legal first name",
    "legal_last_name": "Legal last name",
    "preferred_first_name": "Preferred first name",
    "preferred_last_name": "Preferred last name",
    "date_of_birth": "Date of birth",
    "class_name": "Class (registration group)",
    "year_group": "Year group",
    "sen_status": "SEN status",
    "first_language": "First language",
    "home_language": "Home language",
}
CONTACT_PARTS: dict[str, str] = {
    "name": "name",
    "title": "title",
    "forename": "first name",
    "surname": "last name",
    "relationship": "relationship",
    "responsibility": "parental responsibility",
    "phone": "phone",
    "email": "email",
}
FIELDS: dict[str, str] = {
    **PUPIL_FIELDS,
    **{
        f"contact{n}_{part}": f"Contact {n} {label}"
        for n in range(1, MAX_CONTACTS + 1)
        for part, label in CONTACT_PARTS.items()
    },
}
"""Every field a column can be mapped to, with the label the preview and the wizard show."""

REQUIRED = ("legal_first_name", "legal_last_name", "date_of_birth")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "upn": ("upn", "uniquepupilnumber", "pupilupn"),
    "source_id": (
        "adno",
        "admissionno",
        "admissionnumber",
        "pupilid",
        "misid",
        "sisid",
        "id",
        "studentid",
        "personid",
        "pupilnumber",
        "studentnumber",
    ),
    "legal_first_name": (
        "forename",
        "forenames",
        "firstname",
        "legalforename",
        "legalfirstname",
        "givenname",
        "first",
    ),
    "legal_last_name": ("surname", "lastname", "legalsurname", "legallastname", "familyname", "last"),
    "preferred_first_name": ("preferredforename", "preferredfirstname", "preferredname", "knownas"),
    "preferred_last_name": ("preferredsurname", "preferredlastname"),
    "date_of_birth": ("dob", "dateofbirth", "birthdate", "birthday"),
    "class_name": (
        "reggroup",
        "registrationgroup",
        "regclass",
        "class",
        "classname",
        "form",
        "formgroup",
        "tutorgroup",
    ),
    "year_group": ("year", "yeargroup", "ncyear", "ncyearactual", "curriculumyear", "yr"),
    "sen_status": ("senstatus", "sen", "senprovision", "sencode"),
    "first_language": ("firstlanguage", "language", "firstlang", "mainlanguage"),
    "home_language": ("homelanguage",),
}
_BY_NAME = {name: field for field, names in _SYNONYMS.items() for name in names}
_CONTACT_HEAD = re.compile(
    r"^(?:priority(?P<p>\d)(?:contact|parent|carer)?"
    r"|(?:contact|parent|carer|guardian|parentcarer)(?P<n>\d)"
    r"|(?P<which>primary|secondary)(?:contact|parent|carer))(?P<rest>.*)$"
)
_CONTACT_REST: tuple[tuple[str, str], ...] = (
    ("parentalresponsibility", "responsibility"),
    ("responsibility", "responsibility"),
    ("relationship", "relationship"),
    ("relation", "relationship"),
    ("email", "email"),
    ("mobile", "phone"),
    ("telephone", "phone"),
    ("phone", "phone"),
    ("tel", "phone"),
    ("forename", "forename"),
    ("firstname", "forename"),
    ("givenname", "forename"),
    ("surname", "surname"),
    ("lastname", "surname"),
    ("familyname", "surname"),
    ("title", "title"),
    ("fullname", "name"),
    ("name", "name"),
)


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.casefold())


def _contact_field(key: str) -> str | None:
    match = _CONTACT_HEAD.match(key)
    if not match:
        return None
    number = match.group("p") or match.group("n") or ("1" if match.group("which") == "primary" else "2")
    if not 1 <= int(number) <= MAX_CONTACTS:
        return None
    rest = match.group("rest") or "name"
    if rest == "pr":
        return f"contact{number}_responsibility"
    for needle, part in _CONTACT_REST:
        if needle in rest:
            return f"contact{number}_{part}"
    return None


def propose_mapping(headers: list[str]) -> dict[str, str]:
    """Header -> field for every header recognised; each field is given to its first column only."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        key = _key(header)
        field = _BY_NAME.get(key) or _contact_field(key)
        if field and field not in taken:
            mapping[header] = field
            taken.add(field)
    return mapping


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file read into rows, each with the line it starts on, and how it was read."""

    name: str
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    blank_rows: int

    @property
    def signature(self) -> str:
        """The same export from the same MIS has the same headers: remember its mapping by them."""
        joined = "\x1f".join(_key(h) for h in self.headers)
        return "csv-headers:" + hashlib.sha256(joined.encode()).hexdigest()[:16]


MAX_ROWS = 60_000
"""The most pupils one import reads: ten of the largest schools. Every row is previewed before anything is
written, so a file's rows are held in memory (about 4 KB each from reading to writing); this keeps an
import well under 300 MB. A larger file is refused after a first pass that counts its rows one at a
time, before any row is kept."""


def read_table(data: bytes, name: str) -> CsvTable:
    """Decode and split a CSV, numbering rows by the line they start on (quoted cells may span lines)."""
    decoded = decode(data)
    text = decoded.text
    first_end = text.find("\n")
    first_line = text if first_end < 0 else text[:first_end]
    if first_line.strip().casefold().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter = first_line.strip()[4]
        text = text[first_end + 1 :] if first_end >= 0 else ""
        line_offset = 1

        class Told(csv.excel):
            pass

        Told.delimiter = delimiter
        dialect: type[csv.Dialect] | csv.Dialect = Told
    else:
        line_offset = 0
        dialect = sniff_dialect(text)
    # Count the rows before keeping any: a file past the limit is refused having held one row at a time.
    counted = sum(1 for record in csv.reader(_lines(text), dialect) if any(cell.strip() for cell in record))
    if counted - 1 > MAX_ROWS:
        raise ImportRefused(
            f"{name} has {counted - 1:,} rows, more than {MAX_ROWS:,} rows, the most Linkbook imports at a "
            "time. Split the file (one school or year group per file) and import each part."
        )
    reader = csv.reader(_lines(text), dialect)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    blank = 0
    previous = 0
    for record in reader:
        start = previous + 1 + line_offset
        previous = reader.line_num
        if not any(cell.strip() for cell in record):
            if headers is not None:
                blank += 1
            continue
        if headers is None:
            headers = _unique([cell.strip() for cell in record])
            continue
        rows.append((start, record))
    if headers is None:
        raise ImportRefused(f"{name} is empty: there is no header row and no pupil in it.")
    return CsvTable(name, decoded.encoding, dialect.delimiter, headers, rows, blank)


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, one at a time (a StringIO would copy the whole file)."""
    if "\n" not in text and "\r" in text:  # old Mac line endings: let the io module split them
        yield from io.StringIO(text, newline="")
        return
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for index, header in enumerate(headers):
        text = header or f"Column {index + 1}"
        seen[text] = seen.get(text, 0) + 1
        result.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return result


def check_mapping(table: CsvTable, mapping: Mapping[str, str]) -> None:
    """Refuse a mapping that cannot work, saying which column to map; nothing has been read yet."""
    unknown = sorted({f for f in mapping.values() if f not in FIELDS})
    if unknown:
        raise ImportRefused(
            f"Unknown field(s) in the mapping: {', '.join(unknown)}. The fields are: {', '.join(FIELDS)}."
        )
    absent = [h for h in mapping if h not in table.headers]
    if absent:
        raise ImportRefused(
            f"The mapping names column(s) {', '.join(absent)} that {table.name} does not have. "
            f"Its columns are: {', '.join(table.headers)}."
        )
    fields = list(mapping.values())
    doubled = sorted({f for f in fields if fields.count(f) > 1})
    if doubled:
        raise ImportRefused(f"More than one column is mapped to {', '.join(doubled)}; map each field once.")
    missing = [PUPIL_FIELDS[f] for f in REQUIRED if f not in fields]
    if missing:
        raise ImportRefused(
            f"{table.name} has no column for: {', '.join(missing).lower()}. "
            f"Its columns are: {', '.join(table.headers)}. "
            "Map one with --map 'COLUMN=FIELD' (for example --map 'Birthday=date_of_birth'), "
            "or add the column to the export."
        )


def preview(table: CsvTable, mapping: Mapping[str, str], limit: int = 5) -> list[dict[str, str]]:
    """The first rows as the mapping reads them (field label -> cell), for the person to check."""
    index = {field: table.headers.index(header) for header, field in mapping.items()}
    shown = []
    for _line, record in table.rows[:limit]:
        shown.append({FIELDS[f]: (record[i].strip() if i < len(record) else "") for f, i in index.items()})
    return shown


def read_pupils(
    table: CsvTable,
    mapping: Mapping[str, str],
    told: DateOrder | None,
    remembered: DateOrder | None = None,
    where_prefix: str = "",
) -> tuple[list[IncomingPupil], list[Rejection], DateOrder]:
    """Every row as an IncomingPupil, or a Rejection saying where and why; the date order used.

    `told` is what the person said for this file; `remembered` what they said for this source before,
    used only when this file's dates cannot decide.
    """
    check_mapping(table, mapping)
    index = {field: table.headers.index(header) for header, field in mapping.items()}

    def cell(record: list[str], field: str) -> str | None:
        if field not in index:
            return None
        position = index[field]
        return record[position].strip() if position < len(record) else ""

    dob = index["date_of_birth"]
    evidence = date_evidence(
        (f"{where_prefix}line {line}", record[dob] if dob < len(record) else "")
        for line, record in table.rows
    )
    order = decide_date_order(evidence, told, "dates of birth", remembered)
    pupils: list[IncomingPupil] = []
    rejections: list[Rejection] = []
    for line, record in table.rows:
        where = f"{where_prefix}line {line}"
        try:
            pupils.append(_pupil(where, partial(cell, record), order))
        except ValueError as exc:
            rejections.append(Rejection(where, _sentence(str(exc))))
    return pupils, rejections, order


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _pupil(where: str, cell: Cell, order: DateOrder) -> IncomingPupil:
    first = cell("legal_first_name") or ""
    last = cell("legal_last_name") or ""
    if not first or not last:
        raise ValueError("the pupil has no legal first name or no legal last name; fill it in the file")
    born = parse_date(cell("date_of_birth") or "", order)
    notes: list[str] = []
    upn_text = cell("upn") or ""
    upn = codes.upn(upn_text) if upn_text else ""
    sen_text = cell("sen_status")
    sen = codes.sen_status(sen_text) if sen_text is not None else None
    year = ""
    year_text = cell("year_group")
    if year_text:
        try:
            year = codes.nc_year(year_text)
        except ValueError as exc:
            notes.append(f"{exc}; the year group was left out")
    first_language = _language(cell("first_language"), notes)
    home_language = _language(cell("home_language"), notes)
    return IncomingPupil(
        where=where,
        legal_first_name=first,
        legal_last_name=last,
        date_of_birth=born,
        upn=upn,
        source_id=cell("source_id") or "",
        preferred_first_name=cell("preferred_first_name"),
        preferred_last_name=cell("preferred_last_name"),
        class_name=cell("class_name") or "",
        year_group=year,
        sen_status=sen,
        first_language=first_language,
        home_language=home_language,
        contacts=tuple(_contacts(cell, notes)),
        notes=tuple(f"{where}: {note}" for note in notes),
    )


def _language(value: str | None, notes: list[str]) -> str | None:
    if not value:
        return None
    code, note = codes.language_code(value)
    if note:
        notes.append(note)
    return code


def _contacts(cell: Cell, notes: list[str]) -> list[IncomingContact]:
    found = []
    for n in range(1, MAX_CONTACTS + 1):
        parts = {part: cell(f"contact{n}_{part}") or "" for part in CONTACT_PARTS}
        if not any(parts.values()):
            continue
        name = parts["name"] or " ".join(p for p in (parts["forename"], parts["surname"]) if p)
        if not parts["forename"] and not parts["name"] and parts["title"]:
            name = f"{parts['title']} {parts['surname']}".strip()
        if not name:
            notes.append(f"contact {n} has no name and was left out")
            continue
        relation, note = codes.relationship(parts["relationship"], parts["title"])
        if note:
            notes.append(f"contact {n}: {note}")
        responsibility = codes.parental_responsibility_default(relation)
        if parts["responsibility"]:
            try:
                responsibility = codes.yes_no(parts["responsibility"])
            except ValueError as exc:
                notes.append(f"contact {n} parental responsibility: {exc}; assumed {responsibility}")
        found.append(
            IncomingContact(
                name=name,
                relationship=relation,
                parental_responsibility=responsibility,
                phone=parts["phone"],
                email=parts["email"],
                order=n,
            )
        )
    return found
