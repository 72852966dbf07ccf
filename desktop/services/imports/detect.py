"""Reading what an MIS wrote without asking the person what they cannot know: encoding, delimiter, dates.

MIS exports arrive as UTF-8 (with or without Excel's byte-order mark), as Windows-1252 from older
Windows tools, now and then as UTF-16 ("Unicode text" from Excel). Dates are ISO, day-first (the UK) or
month-first (anything that went through US software). Only the dates can be truly undecidable: a file
whose every date has both numbers <= 12 is reported as ambiguous, and the caller must ask.
"""

import csv
import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.services.imports.model import DatesAmbiguous


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and the encoding it was read with (shown in the preview)."""

    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """The text of a file: UTF-16 or UTF-8 by their byte-order marks, else UTF-8, else Windows-1252.

    UTF-8 is tried strictly first because Windows-1252 accepts almost any bytes: a UTF-8 "Zoë" read as
    1252 would become "ZoÃ«" without complaint.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "UTF-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "Windows-1252")
    except UnicodeDecodeError:
        # Five byte values are undefined in 1252; Latin-1 maps them to control characters instead.
        return Decoded(data.decode("latin-1"), "ISO-8859-1")


_DELIMITERS = ",;\t|"


def sniff_dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV dialect: csv.Sniffer on the first lines, else the delimiter most common in the header.

    The Sniffer fails on a one-column file or on rows with many empty cells; counting the header's
    candidates is a good fallback, and a comma the last resort.
    """
    lines = [line for line in text[:65536].splitlines() if line.strip()][:20]  # never the whole file
    sample = "\n".join(lines)
    if not sample:
        return csv.excel
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
        if dialect.delimiter in _DELIMITERS:
            dialect.doublequote = True
            return dialect
    except csv.Error:
        pass
    header = lines[0]
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] == 0:
        return csv.excel

    class Fallback(csv.excel):
        delimiter = best

    return Fallback


class DateOrder(enum.StrEnum):
    """How a file writes its numeric dates."""

    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"


_NUMERIC = re.compile(r"^\s*(\d{1,4})[/.\-\s](\d{1,2})[/.\-\s](\d{2,4})(?:[ T].*)?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[ T].*)?\s*$")
_YEAR_FIRST = re.compile(r"^\s*(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T].*)?\s*$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_NAMED = re.compile(r"^\s*(\d{1,2})[\s\-/.]*([A-Za-z]+)[\s\-/.,]*(\d{2,4})\s*$")
_NAMED_US = re.compile(r"^\s*([A-Za-z]+)[\s\-/.]*(\d{1,2})[\s,\-/.]+(\d{4})\s*$")


def _year(text: str) -> int:
    """Two-digit years are this century's unless that is in the future (school records are of children)."""
    year = int(text)
    if len(text) <= 2:
        this = dt.date.today().year % 100
        year += 2000 if year <= this else 1900
    return year


def _numeric_parts(value: str) -> tuple[int, int, int] | None:
    """(first, second, year) of a day/month or month/day date, or None if it is not one."""
    if _ISO.match(value) and len(value.strip().split()[0].split("T")[0]) in (8, 10):
        return None
    match = _NUMERIC.match(value)
    if not match or len(match.group(1)) > 2:
        return None
    return int(match.group(1)), int(match.group(2)), _year(match.group(3))


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """What the dates of a column say about their order: how many can only be read one way, and where."""

    day_first: tuple[str, ...]
    month_first: tuple[str, ...]
    numeric: int

    @property
    def order(self) -> DateOrder | None:
        """The order the data shows, or None when no date decides it (or there are none)."""
        if len(self.day_first) > len(self.month_first):
            return DateOrder.DAY_FIRST
        if len(self.month_first) > len(self.day_first):
            return DateOrder.MONTH_FIRST
        return None

    @property
    def ambiguous(self) -> bool:
        """True when there are numeric dates and nothing (or a tie) decides how to read them."""
        return self.numeric > 0 and self.order is None


def date_evidence(values: Iterable[tuple[str, str]]) -> DateEvidence:
    """Look at (where, value) pairs: a first number over 12 is a day, a second number over 12 is a day."""
    day_first: list[str] = []
    month_first: list[str] = []
    numeric = 0
    for where, value in values:
        parts = _numeric_parts(value)
        if parts is None:
            continue
        numeric += 1
        first, second, _ = parts
        if first > 12 >= second:
            day_first.append(where)
        elif second > 12 >= first:
            month_first.append(where)
    return DateEvidence(tuple(day_first), tuple(month_first), numeric)


def decide_date_order(
    evidence: DateEvidence, told: DateOrder | None, what: str, remembered: DateOrder | None = None
) -> DateOrder:
    """The order to read numeric dates in: what the person said, else what the data shows, else what
    they said last time for this source, else ask.

    Raises DatesAmbiguous with a message naming both readings, so the person can answer.
    """
    if told is not None:
        return told
    order = evidence.order
    if order is not None:
        return order
    if evidence.numeric == 0:
        return DateOrder.DAY_FIRST
    if remembered is not None and not evidence.day_first:
        return remembered
    if evidence.day_first:
        raise DatesAmbiguous(
            f"The {what} are mixed: {len(evidence.day_first)} can only be day-first (first at "
            f"{evidence.day_first[0]}) and as many only month-first (first at {evidence.month_first[0]}). "
            "Correct the file, or say which with --day-first or --month-first."
        )
    raise DatesAmbiguous(
        f"Every one of the {what} reads both ways (03/04/2018 could be 3 April or 4 March). "
        "Say which with --day-first (UK) or --month-first (US)."
    )


def parse_date(value: str, order: DateOrder) -> dt.date:
    """A date in ISO, numeric (in `order`) or named-month form; ValueError says what was wrong."""
    text = value.strip()
    if not text:
        raise ValueError("the date of birth is missing")
    try:
        iso = _ISO.match(text)
        if iso and len(text.split()[0].split("T")[0]) in (8, 10):
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        year_first = _YEAR_FIRST.match(text)
        if year_first:
            return dt.date(int(year_first.group(1)), int(year_first.group(2)), int(year_first.group(3)))
        parts = _numeric_parts(text)
        if parts is not None:
            first, second, year = parts
            day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
            if month > 12 and day <= 12:
                other = "month-first" if order is DateOrder.DAY_FIRST else "day-first"
                raise ValueError(
                    f"the date {text!r} is not a valid {order.value} date like the rest of the file "
                    f"(it looks {other}); correct it in the file"
                )
            return dt.date(year, month, day)
        for pattern, day_group, month_group in ((_NAMED, 1, 2), (_NAMED_US, 2, 1)):
            named = pattern.match(text)
            if named and named.group(month_group).casefold() in _MONTHS:
                month = _MONTHS[named.group(month_group).casefold()]
                return dt.date(_year(named.group(3)), month, int(named.group(day_group)))
    except ValueError as exc:
        if "like the rest" in str(exc):
            raise
        raise ValueError(f"{text!r} is not a real date") from None
    raise ValueError(f"{text!r} is not a date Linkbook can read (use 2018-04-03 or 03/04/2018)")
