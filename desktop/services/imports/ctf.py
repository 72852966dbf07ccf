"""The DfE Common Transfer File (CTF): the XML a school's MIS writes when a pupil moves school.

Read from the CTF specification's structure, versions 23 to 25:

    CTfile/Header: DocumentName, CTFversion, DateTime, SourceSchool (LEA, Estab, SchoolName),
                   DestSchool (LEA, Estab)
    CTfile/CTFpupilData/Pupil: UPN, Surname, Forename, DOB, Sex (Gender before the change),
        BasicDetails: PreferredSurname, PreferredForename, NCyearActual,
                      Languages/Type: LanguageType (F first, H home; also FIRST, HOME), Language
        SENhistory/SEN: StartDate, SENprovision (N, K, E; older files A, P, S)
        Contacts/Contact: Order, Title, Surname, Forename, Gender, Relationship (PAM, PAF, ...),
                          Responsibility (true/false), Phones/Phone (TelephoneType, PhoneNo), Email

Suppliers differ in the case of names (CTFversion / CTFVersion) and versions in their words (Gender /
Sex; BasicDetails may be missing and its children sit on the pupil), so names are matched ignoring case
and namespaces, and a child is looked for on the pupil and in BasicDetails alike.

The XML is parsed with defusedxml: a CTF comes from outside the school and must not be able to make the
parser fetch URLs or expand entities without end.
"""

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping

from defusedxml.common import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from desktop.domain.pupils import SenStatus
from desktop.services.imports import codes
from desktop.services.imports.detect import DateOrder, parse_date
from desktop.services.imports.model import (
    ImportRefused,
    IncomingContact,
    IncomingPupil,
    ParsedSource,
    Rejection,
    SourceFormat,
)

SOURCE_KEY = "ctf"
CHECKED_VERSIONS = range(23, 26)
_PHONE_PREFERENCE = {"M": 0, "H": 1, "W": 2}


class _LinedBuilder(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on, for rejections a person can find."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[ET.Element, int] = {}
        self.expat: object | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        self.lines[element] = getattr(self.expat, "CurrentLineNumber", 0)
        return element


def _parse(data: bytes, name: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    builder = _LinedBuilder()
    parser = DefusedXMLParser(target=builder)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as exc:
        raise ImportRefused(
            f"{name} declares XML entities or external references ({type(exc).__name__}), which a CTF never "
            "needs; it was not read. Ask the sending school for a fresh export."
        ) from None
    except ET.ParseError as exc:
        raise ImportRefused(
            f"{name} is not well-formed XML ({exc}). Ask the sending school to export the CTF again."
        ) from None
    return root, builder.lines


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1].casefold()


def _children(element: ET.Element | None, *names: str) -> Iterator[ET.Element]:
    if element is None:
        return
    wanted = {n.casefold() for n in names}
    for child in element:
        if _local(child.tag) in wanted:
            yield child


def _child(element: ET.Element | None, *names: str) -> ET.Element | None:
    return next(_children(element, *names), None)


def _text(element: ET.Element | None, *names: str) -> str:
    found = _child(element, *names)
    return (found.text or "").strip() if found is not None else ""


def _pupil_text(pupil: ET.Element, *names: str) -> str:
    """A pupil's value wherever the supplier put it: on the pupil or in BasicDetails."""
    return _text(pupil, *names) or _text(_child(pupil, "BasicDetails"), *names)


def _either(pupil: ET.Element, name: str) -> ET.Element | None:
    """A pupil's child element on the pupil itself or inside BasicDetails."""
    found = _child(pupil, name)
    return found if found is not None else _child(_child(pupil, "BasicDetails"), name)


def is_ctf(data: bytes) -> bool:
    """Whether bytes look like a CTF (an XML document whose root is CTfile), without parsing it all."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and b"ctfile" in head.lower()


def read(files: Mapping[str, bytes], school_number: str = "") -> ParsedSource:
    """One or more CTFs (a joiners' batch often comes as several files) as one source."""
    pupils: list[IncomingPupil] = []
    rejections: list[Rejection] = []
    warnings: list[str] = []
    descriptions = []
    for name, data in files.items():
        found, rejected, warned, description = _read_one(name, data, school_number, several=len(files) > 1)
        pupils += found
        rejections += rejected
        warnings += warned
        descriptions.append(description)
    return ParsedSource(
        format=SourceFormat.CTF,
        source_key=SOURCE_KEY,
        description="; ".join(descriptions),
        pupils=tuple(pupils),
        rejections=tuple(rejections),
        warnings=tuple(warnings),
        files=tuple(files),
    )


def _read_one(
    name: str, data: bytes, school_number: str, several: bool
) -> tuple[list[IncomingPupil], list[Rejection], list[str], str]:
    root, lines = _parse(data, name)
    if _local(root.tag) != "ctfile":
        raise ImportRefused(
            f"{name} is XML but not a Common Transfer File (its root is <{_local(root.tag)}>, not <CTfile>)."
        )
    header = _child(root, "Header")
    version = _text(header, "CTFversion")
    warnings: list[str] = []
    try:
        major = int(version.split(".")[0])
    except ValueError:
        major = 0
    if major not in CHECKED_VERSIONS:
        warnings.append(
            f"{name} says it is CTF version {version or '(none)'}; Linkbook reads versions 23 to 25. "
            "Check the preview carefully."
        )
    source = _child(header, "SourceSchool")
    dest = _child(header, "DestSchool")
    dest_number = _text(dest, "LEA") + _text(dest, "Estab")
    if school_number and dest_number.isdigit() and dest_number != school_number:
        warnings.append(
            f"{name} was addressed to school {_text(dest, 'LEA')}/{_text(dest, 'Estab')}, not this school "
            f"({school_number}). Check it is meant for you."
        )
    sender = _text(source, "SchoolName") or f"{_text(source, 'LEA')}/{_text(source, 'Estab')}"
    description = f"{name}: Common Transfer File {version or '?'} from {sender}"
    prefix = f"{name} " if several else ""
    pupils: list[IncomingPupil] = []
    rejections: list[Rejection] = []
    for number, pupil in enumerate(_children(_child(root, "CTFpupilData"), "Pupil"), start=1):
        where = f"{prefix}line {lines.get(pupil, 0)}, pupil {number}"
        try:
            pupils.append(_pupil(pupil, where))
        except ValueError as exc:
            text = str(exc)
            rejections.append(Rejection(where, text[:1].upper() + text[1:].rstrip(".") + "."))
    return pupils, rejections, warnings, description


def _pupil(pupil: ET.Element, where: str) -> IncomingPupil:
    notes: list[str] = []
    upn_text = _text(pupil, "UPN")
    if not upn_text:
        raise ValueError("the pupil has no UPN, which every CTF pupil must have")
    upn = codes.upn(upn_text)
    first, last = _text(pupil, "Forename"), _text(pupil, "Surname")
    if not first or not last:
        raise ValueError("the pupil has no forename or no surname")
    dob = _text(pupil, "DOB")
    born = parse_date(dob, DateOrder.DAY_FIRST)
    year = ""
    year_text = _pupil_text(pupil, "NCyearActual")
    if year_text:
        try:
            year = codes.nc_year(year_text)
        except ValueError as exc:
            notes.append(f"{exc}; the year group was left out")
    first_language, home_language = _languages(pupil, notes)
    return IncomingPupil(
        where=where,
        legal_first_name=first,
        legal_last_name=last,
        date_of_birth=born,
        upn=upn,
        preferred_first_name=_pupil_text(pupil, "PreferredForename"),
        preferred_last_name=_pupil_text(pupil, "PreferredSurname"),
        year_group=year,
        sen_status=_sen(pupil),
        first_language=first_language,
        home_language=home_language,
        contacts=tuple(_contacts(pupil, notes)),
        notes=tuple(f"{where}: {n}" for n in notes),
    )


def _languages(pupil: ET.Element, notes: list[str]) -> tuple[str | None, str | None]:
    """The first and home languages from Languages/Type (LanguageType F or FIRST, H or HOME)."""
    holder = _either(pupil, "Languages")
    first: str | None = None
    home: str | None = None
    for entry in _children(holder, "Type"):
        kind = _text(entry, "LanguageType").upper()
        value = _text(entry, "Language")
        if not value:
            continue
        code, note = codes.language_code(value)
        if note:
            notes.append(note)
        if kind.startswith("F") and first is None:
            first = code
        elif kind.startswith("H") and home is None:
            home = code
    return first, home


def _sen(pupil: ET.Element) -> SenStatus:
    """The provision with the latest start date in SENhistory (a file with none: no SEN)."""
    history = _either(pupil, "SENhistory")
    latest: tuple[str, int, str] | None = None
    for index, entry in enumerate(_children(history, "SEN")):
        provision = _text(entry, "SENprovision")
        if provision:
            key = (_text(entry, "StartDate"), index, provision)
            latest = key if latest is None or key[:2] > latest[:2] else latest
    direct = _pupil_text(pupil, "SENprovision")
    value = latest[2] if latest else direct
    return codes.sen_status(value) if value else SenStatus.NONE


def _contacts(pupil: ET.Element, notes: list[str]) -> list[IncomingContact]:
    found: list[IncomingContact] = []
    for index, contact in enumerate(_children(_child(pupil, "Contacts"), "Contact"), start=1):
        forename, surname, title = (
            _text(contact, "Forename"),
            _text(contact, "Surname"),
            _text(contact, "Title"),
        )
        name = " ".join(p for p in (forename or title, surname) if p)
        if not name:
            notes.append(f"contact {index} has no name and was left out")
            continue
        relation, note = codes.relationship(
            _text(contact, "Relationship"), _text(contact, "Gender", "Sex") or title
        )
        if note:
            notes.append(f"contact {name}: {note}")
        responsibility = codes.parental_responsibility_default(relation)
        given = _text(contact, "Responsibility")
        if given:
            try:
                responsibility = codes.yes_no(given)
            except ValueError as exc:
                notes.append(f"contact {name} parental responsibility: {exc}; assumed {responsibility}")
        try:
            order = int(_text(contact, "Order") or index)
        except ValueError:
            order = index
        found.append(
            IncomingContact(
                name=name,
                relationship=relation,
                parental_responsibility=responsibility,
                phone=_phone(contact),
                email=_text(contact, "Email"),
                order=order,
            )
        )
    return found


def _phone(contact: ET.Element) -> str:
    """A mobile if there is one (the link book texts), else home, else work, else any."""
    phones = [
        (_PHONE_PREFERENCE.get(_text(p, "TelephoneType").upper()[:1], 9), _text(p, "PhoneNo"))
        for p in _children(_child(contact, "Phones"), "Phone")
    ]
    phones = [p for p in phones if p[1]]
    return min(phones)[1] if phones else ""
