"""Microsoft School Data Sync CSV sets: v1 (the SDS and UK formats) and v2.1.

Many UK schools already export SDS files for Teams, so the same files can fill Linkbook.

v1: Student.csv ("SIS ID" or, in the UK format, "ID"; "School SIS ID" or "School DfE Number"; "First
Name", "Last Name", "Birthdate", "Grade", "Status", ...), with optional Section.csv and
StudentEnrollment.csv for classes, and the parent sync files user.csv and guardianrelationship.csv.

v2.1: users.csv (sourcedId, givenName, familyName, email, phone, ...), roles.csv (who is a student,
their grade), demographics.csv (birthDate, sex), relationships.csv (student -> contact), and optional
classes.csv and enrollments.csv for classes.

Column names are matched ignoring case, spaces and punctuation ("School DFe Number" occurs in
Microsoft's own UK samples). SDS has no UPN column; a UPN is taken from a student-number or state-id
column when the value is a valid UPN, and otherwise pupils are matched by their SIS id.
"""

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.services.imports import codes
from desktop.services.imports.csv_mapping import CsvTable, read_table
from desktop.services.imports.detect import DateOrder, date_evidence, decide_date_order, parse_date
from desktop.services.imports.model import (
    ImportRefused,
    IncomingContact,
    IncomingPupil,
    ParsedSource,
    Rejection,
    SourceFormat,
)

SOURCE_KEY = "sds"
"""SIS ids are the MIS's own, whichever SDS version carried them, so both versions share one key."""

V1_FILES = ("student.csv",)
V2_FILES = ("users.csv", "roles.csv")
_REGISTRATION = re.compile(r"registration|\breg\b|tutor|\bform\b", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


@dataclass(frozen=True, slots=True)
class _Row:
    where: str
    cells: dict[str, str]

    def get(self, *names: str) -> str:
        for name in names:
            value = self.cells.get(_key(name))
            if value:
                return value
        return ""


def _rows(table: CsvTable) -> list[_Row]:
    keys = [_key(h) for h in table.headers]
    return [
        _Row(
            f"{table.name} line {line}",
            {k: (record[i].strip() if i < len(record) else "") for i, k in enumerate(keys)},
        )
        for line, record in table.rows
    ]


def _require(table: CsvTable, *groups: tuple[str, ...]) -> None:
    """Refuse a file missing a required column, naming it and the columns the file does have."""
    keys = {_key(h) for h in table.headers}
    for group in groups:
        if not any(_key(name) in keys for name in group):
            raise ImportRefused(
                f"{table.name} has no {' or '.join(repr(n) for n in group)} column, which School Data Sync "
                f"requires. Its columns are: {', '.join(table.headers)}. Export the file again from the MIS."
            )


def _tables(files: Mapping[str, bytes]) -> dict[str, CsvTable]:
    """Each file read as CSV, keyed by its lower-case name."""
    return {name.casefold(): read_table(data, name) for name, data in files.items()}


def _dates(rows: list[_Row], column: tuple[str, ...], told: DateOrder | None) -> DateOrder:
    evidence = date_evidence((row.where, row.get(*column)) for row in rows)
    return decide_date_order(evidence, told, "birth dates")


def _year(value: str, notes: list[str]) -> str:
    if not value:
        return ""
    try:
        return codes.nc_year(value)
    except ValueError as exc:
        notes.append(f"grade: {exc}; the year group was left out")
        return ""


def _upn(row: _Row, *columns: str) -> str:
    for column in columns:
        value = row.get(column)
        if value and codes.looks_like_upn(value):
            return codes.upn(value)
    return ""


def _pick_class(sections: list[tuple[str, str]], notes: list[str]) -> str:
    """The registration group among a pupil's sections (name, subject), else the only one, else none."""
    registration = [name for name, subject in sections if _REGISTRATION.search(f"{name} {subject}")]
    if len(registration) == 1:
        return registration[0]
    if len(sections) == 1:
        return sections[0][0]
    if sections:
        notes.append(
            f"enrolled in {len(sections)} classes, none of them clearly the registration group; "
            "placed by year group instead"
        )
    return ""


def _one_school(rows: list[_Row], school_number: str, column: tuple[str, ...]) -> list[Rejection]:
    """Rows of other schools, rejected; a multi-school file for a school with no DfE number is refused."""
    schools = sorted({row.get(*column) for row in rows} - {""})
    if len(schools) <= 1:
        return []
    if not school_number:
        raise ImportRefused(
            f"The file holds pupils of {len(schools)} schools ({', '.join(schools)}). Record this school's "
            "DfE number in Linkbook so the others can be left out, or export one school's pupils only."
        )
    return [
        Rejection(row.where, f"The pupil is at school {row.get(*column)}, not this school ({school_number}).")
        for row in rows
        if row.get(*column) not in ("", school_number)
    ]


def read_v1(files: Mapping[str, bytes], told: DateOrder | None, school_number: str = "") -> ParsedSource:
    """An SDS v1 set (SDS or UK format): Student.csv and, when given, sections and parent sync files."""
    tables = _tables(files)
    students = tables.get("student.csv")
    if students is None:
        raise ImportRefused("A School Data Sync v1 import needs Student.csv; it was not among the files.")
    _require(students, ("SIS ID", "ID"), ("First Name",), ("Last Name",), ("Birthdate",))
    rows = _rows(students)
    school_column = ("School SIS ID", "School DfE Number")
    rejections = _one_school(rows, school_number, school_column)
    rejected_where = {r.where for r in rejections}
    order = _dates(rows, ("Birthdate",), told)

    sections_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if "section.csv" in tables and "studentenrollment.csv" in tables:
        sections = {
            row.get("SIS ID", "ID"): (row.get("Section Name"), row.get("Course Subject", "Course Name"))
            for row in _rows(tables["section.csv"])
        }
        for row in _rows(tables["studentenrollment.csv"]):
            section = sections.get(row.get("Section SIS ID", "Section ID"))
            if section:
                sections_of[row.get("SIS ID", "ID", "Student SIS ID")].append(section)

    contacts_of, contact_notes = _v1_contacts(tables)
    pupils: list[IncomingPupil] = []
    for row in rows:
        if row.where in rejected_where:
            continue
        if row.get("Status").casefold() in ("inactive", "deleted", "left"):
            rejections.append(Rejection(row.where, "The pupil is marked inactive in the file; not imported."))
            continue
        sis_id = row.get("SIS ID", "ID")
        notes: list[str] = list(contact_notes.get(sis_id, ()))
        try:
            if not sis_id:
                raise ValueError("the row has no SIS ID; School Data Sync requires one")
            if not row.get("First Name") or not row.get("Last Name"):
                raise ValueError("the pupil has no first name or no last name; fill it in the file")
            born = parse_date(row.get("Birthdate"), order)
        except ValueError as exc:
            rejections.append(Rejection(row.where, _sentence(str(exc))))
            continue
        pupils.append(
            IncomingPupil(
                where=row.where,
                legal_first_name=row.get("First Name"),
                legal_last_name=row.get("Last Name"),
                date_of_birth=born,
                upn=_upn(row, "Student Number", "State ID"),
                source_id=sis_id,
                year_group=_year(row.get("Grade"), notes),
                class_name=_pick_class(sections_of.get(sis_id, []), notes),
                contacts=tuple(contacts_of.get(sis_id, ())),
                notes=tuple(f"{row.where}: {n}" for n in notes),
            )
        )
    return ParsedSource(
        format=SourceFormat.SDS1,
        source_key=SOURCE_KEY,
        description=f"School Data Sync v1 ({', '.join(t.name for t in tables.values())})",
        pupils=tuple(pupils),
        rejections=tuple(rejections),
        day_first=order is DateOrder.DAY_FIRST,
        files=tuple(t.name for t in tables.values()),
    )


def _v1_contacts(
    tables: dict[str, CsvTable],
) -> tuple[dict[str, list[IncomingContact]], dict[str, list[str]]]:
    """Parent sync: user.csv (Email, First Name, Last Name, Phone, SIS ID) and guardianrelationship.csv.

    Returns each student's contacts and the notes made reading them (a role that had to be guessed).
    """
    notes: dict[str, list[str]] = defaultdict(list)
    if "user.csv" not in tables or "guardianrelationship.csv" not in tables:
        return {}, notes
    users = {row.get("Email").casefold(): row for row in _rows(tables["user.csv"]) if row.get("Email")}
    found: dict[str, list[IncomingContact]] = defaultdict(list)
    for link in _rows(tables["guardianrelationship.csv"]):
        user = users.get(link.get("Email").casefold())
        if user is None:
            continue
        student = link.get("SIS ID")
        relation, note = codes.relationship(link.get("Role") or "Other")
        if note:
            notes[student].append(f"contact {user.get('First Name')} {user.get('Last Name')}: {note}")
        found[student].append(
            IncomingContact(
                name=f"{user.get('First Name')} {user.get('Last Name')}".strip(),
                relationship=relation,
                parental_responsibility=codes.parental_responsibility_default(relation),
                phone=user.get("Phone"),
                email=user.get("Email"),
                order=len(found[student]) + 1,
                source_id=user.get("SIS ID") or user.get("Email").casefold(),
            )
        )
    return found, notes


def read_v2(files: Mapping[str, bytes], told: DateOrder | None, school_number: str = "") -> ParsedSource:
    """An SDS v2.1 set: users, roles, demographics and relationships, with classes when given."""
    tables = _tables(files)
    missing = [name for name in (*V2_FILES, "demographics.csv") if name not in tables]
    if missing:
        raise ImportRefused(
            f"A School Data Sync v2.1 import needs {', '.join(missing)} (pupils' birth dates are in "
            "demographics.csv). Give all the files of the set."
        )
    users_table, roles_table, demographics_table = (
        tables["users.csv"],
        tables["roles.csv"],
        tables["demographics.csv"],
    )
    _require(users_table, ("sourcedId",), ("givenName",), ("familyName",))
    _require(roles_table, ("userSourcedId",), ("role",))
    _require(demographics_table, ("userSourcedId",), ("birthDate",))
    users = {row.get("sourcedId"): row for row in _rows(users_table)}
    demographics = {row.get("userSourcedId"): row for row in _rows(demographics_table)}

    student_roles: dict[str, _Row] = {}
    for row in _rows(roles_table):
        if row.get("role").casefold() != "student":
            continue
        user_id = row.get("userSourcedId")
        if user_id not in student_roles or row.get("isPrimary").casefold() == "true":
            student_roles[user_id] = row
    order = _dates(
        [demographics[u] for u in student_roles if u in demographics], ("birthDate", "birthdate"), told
    )

    classes_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if "classes.csv" in tables and "enrollments.csv" in tables:
        titles = {
            row.get("sourcedId"): (row.get("title"), row.get("classType", "classCode", "code"))
            for row in _rows(tables["classes.csv"])
        }
        for row in _rows(tables["enrollments.csv"]):
            if row.get("role").casefold() in ("", "student") and row.get("classSourcedId") in titles:
                classes_of[row.get("userSourcedId")].append(titles[row.get("classSourcedId")])

    contacts_of: dict[str, list[IncomingContact]] = defaultdict(list)
    contact_notes: dict[str, list[str]] = defaultdict(list)
    if "relationships.csv" in tables:
        for link in _rows(tables["relationships.csv"]):
            adult = users.get(link.get("relationshipUserSourcedId"))
            if adult is None:
                continue
            student_id = link.get("userSourcedId")
            sex = demographics.get(adult.get("sourcedId"))
            relation, note = codes.relationship(link.get("relationshipRole"), sex.get("sex") if sex else "")
            if note:
                contact_notes[student_id].append(
                    f"contact {adult.get('givenName')} {adult.get('familyName')}: {note}"
                )
            contacts_of[student_id].append(
                IncomingContact(
                    name=f"{adult.get('givenName')} {adult.get('familyName')}".strip(),
                    relationship=relation,
                    parental_responsibility=codes.parental_responsibility_default(relation),
                    phone=adult.get("phone", "sms"),
                    email=adult.get("email"),
                    order=len(contacts_of[student_id]) + 1,
                    source_id=adult.get("sourcedId"),
                )
            )

    pupils: list[IncomingPupil] = []
    rejections: list[Rejection] = []
    for user_id, role in student_roles.items():
        user = users.get(user_id)
        if user is None:
            rejections.append(
                Rejection(
                    role.where, f"Student {user_id} is in roles.csv but not in users.csv; not imported."
                )
            )
            continue
        notes: list[str] = list(contact_notes.get(user_id, ()))
        try:
            if not user.get("givenName") or not user.get("familyName"):
                raise ValueError("the pupil has no given name or no family name; fill it in the file")
            demographic = demographics.get(user_id)
            if demographic is None:
                raise ValueError("the pupil has no row in demographics.csv, so no date of birth")
            born = parse_date(demographic.get("birthDate", "birthdate"), order)
        except ValueError as exc:
            rejections.append(Rejection(user.where, _sentence(str(exc))))
            continue
        preferred_first = user.get("preferredGivenName", "preferredFirstName")
        preferred_last = user.get("preferredFamilyName", "preferredLastName")
        pupils.append(
            IncomingPupil(
                where=user.where,
                legal_first_name=user.get("givenName"),
                legal_last_name=user.get("familyName"),
                date_of_birth=born,
                upn=_upn(user, "userNumber", "studentNumber", "identifier", "stateId"),
                source_id=user_id,
                preferred_first_name=preferred_first or None,
                preferred_last_name=preferred_last or None,
                year_group=_year(role.get("grade"), notes),
                class_name=_pick_class(classes_of.get(user_id, []), notes),
                contacts=tuple(contacts_of.get(user_id, ())),
                notes=tuple(f"{user.where}: {n}" for n in notes),
            )
        )
    return ParsedSource(
        format=SourceFormat.SDS2,
        source_key=SOURCE_KEY,
        description=f"School Data Sync v2.1 ({', '.join(t.name for t in tables.values())})",
        pupils=tuple(pupils),
        rejections=tuple(rejections),
        day_first=order is DateOrder.DAY_FIRST,
        files=tuple(t.name for t in tables.values()),
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
