"""The plain records every reader produces, so that matching, preview and apply are written once."""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.families import Relationship
from desktop.domain.pupils import SenStatus
from desktop.store.errors import InvalidInput


class SourceFormat(enum.StrEnum):
    """The kinds of file Linkbook can import."""

    CSV = "csv"
    SDS1 = "sds1"
    SDS2 = "sds2"
    CTF = "ctf"

    @property
    def label(self) -> str:
        return {
            SourceFormat.CSV: "CSV",
            SourceFormat.SDS1: "School Data Sync v1",
            SourceFormat.SDS2: "School Data Sync v2.1",
            SourceFormat.CTF: "Common Transfer File",
        }[self]


class ImportRefused(InvalidInput):
    """A whole file cannot be read; the message says what to do. Nothing was imported."""


class DatesAmbiguous(ImportRefused):
    """Every date in the file reads both day-first and month-first: the person must say which."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row (or element) that will not be imported, where it is, and why, in plain words."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class IncomingContact:
    """A parent or carer as a file describes them.

    `parental_responsibility` and `relationship` are always given (readers fill in the standard defaults),
    phone and email may be empty.
    """

    name: str
    relationship: Relationship
    parental_responsibility: bool = True
    phone: str = ""
    email: str = ""
    order: int = 1
    source_id: str = ""


@dataclass(frozen=True, slots=True)
class IncomingPupil:
    """A pupil as a file describes them.

    A field that is None was not in the file at all, so an import leaves what the school holds; an empty
    string was in the file and empty (a preferred name removed, say).
    """

    where: str
    legal_first_name: str
    legal_last_name: str
    date_of_birth: dt.date
    upn: str = ""
    source_id: str = ""
    preferred_first_name: str | None = None
    preferred_last_name: str | None = None
    class_name: str = ""
    year_group: str = ""
    sen_status: SenStatus | None = None
    first_language: str | None = None
    home_language: str | None = None
    contacts: tuple[IncomingContact, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Where the pupil is in the file and who, for the preview (shown to the person, never logged)."""
        return f"{self.legal_first_name} {self.legal_last_name} ({self.where})"


@dataclass(frozen=True, slots=True)
class ParsedSource:
    """Everything read from one import's files, before it is compared with the school."""

    format: SourceFormat
    source_key: str
    description: str
    pupils: tuple[IncomingPupil, ...]
    rejections: tuple[Rejection, ...] = ()
    warnings: tuple[str, ...] = ()
    mapping: dict[str, str] | None = None
    mapping_source: str = ""
    day_first: bool | None = None
    files: tuple[str, ...] = field(default=())
