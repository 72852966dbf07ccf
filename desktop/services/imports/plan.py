"""The preview: what an import would add, change (field by field) and leave alone, and what it rejects.

Matching is what keeps a re-import from duplicating children: a pupil is the school's pupil with the
same UPN, else the one the source's own id was imported as before, else the one with the same legal
names and date of birth. Two rows of one file with the same UPN (or source id) are both rejected, with
both lines named, because which one is right is a question only the school can answer.

A plan is built from a read transaction and applied later in a write transaction; it remembers the audit
chain's head so that apply can tell whether anything changed in between.
"""

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from desktop.domain.languages import LANGUAGES
from desktop.domain.names import first_name_problem
from desktop.domain.pupils import Pupil, SenStatus
from desktop.domain.school import SchoolClass
from desktop.services.imports import codes
from desktop.services.imports.family import FamilyStep, FieldChange, Step, plan_family
from desktop.services.imports.model import (
    ImportRefused,
    IncomingPupil,
    ParsedSource,
    Rejection,
)
from desktop.store.repositories.import_mappings import ImportMappingRepository
from desktop.store.repositories.school import SchoolRepository

OLDEST_AGE = 26
"""Special schools teach up to 25; a date of birth further back than this is a typing mistake."""


@dataclass(frozen=True, slots=True)
class PupilStep:
    """A pupil as the import leaves them, where they are in the file, their class and what changed."""

    kind: Step
    pupil: Pupil
    where: str
    class_name: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Everything an import would do, for the person to read before anything is written."""

    source: ParsedSource
    pupils: tuple[PupilStep, ...]
    family: tuple[FamilyStep, ...]
    new_classes: tuple[SchoolClass, ...]
    rejections: tuple[Rejection, ...]
    notes: tuple[str, ...]
    left_alone: int
    pupil_links: dict[str, str] = field(default_factory=dict)
    contact_links: dict[str, str] = field(default_factory=dict)
    audit_head: str = ""

    def count(self, kind: Step) -> int:
        return sum(1 for step in self.pupils if step.kind is kind)

    def family_count(self, kind: Step) -> int:
        return sum(1 for step in self.family if step.kind is kind)

    @property
    def has_work(self) -> bool:
        steps: tuple[PupilStep | FamilyStep, ...] = (*self.pupils, *self.family)
        return any(s.kind is not Step.UNCHANGED for s in steps) or bool(self.new_classes)


def _line_key(rejection: Rejection) -> tuple[str, int]:
    """Rejections in file order: by the file named before "line N", then by N."""
    match = re.search(r"line (\d+)", rejection.where)
    if match is None:
        return (rejection.where, 0)
    return (rejection.where[: match.start()], int(match.group(1)))


def _duplicates(pupils: tuple[IncomingPupil, ...]) -> dict[int, Rejection]:
    """Rows sharing a UPN (or a source id) within the file, each rejected naming the other rows."""
    rejected: dict[int, Rejection] = {}
    keys: tuple[tuple[str, Callable[[IncomingPupil], str]], ...] = (
        ("UPN", lambda p: p.upn),
        ("id", lambda p: p.source_id),
    )
    for what, value_of in keys:
        groups: dict[str, list[int]] = defaultdict(list)
        for index, pupil in enumerate(pupils):
            if value_of(pupil):
                groups[value_of(pupil)].append(index)
        for value, indexes in groups.items():
            if len(indexes) < 2:
                continue
            for index in indexes:
                others = ", ".join(pupils[i].where for i in indexes if i != index)
                rejected.setdefault(
                    index,
                    Rejection(
                        pupils[index].where,
                        f"The same {what} {value} is also at {others}; neither row was imported. "
                        "Correct the file and import it again.",
                    ),
                )
    return rejected


@dataclass
class _Classes:
    """The school's classes and the ones this import will create."""

    by_name: dict[str, SchoolClass]
    new: dict[str, SchoolClass] = field(default_factory=dict)

    def named(self, name: str) -> SchoolClass | None:
        return self.by_name.get(name.casefold()) or self.new.get(name.casefold())

    def create(self, name: str, year: str) -> SchoolClass:
        made = SchoolClass(name=name, year_group=year)
        self.new[name.casefold()] = made
        return made

    def name_of(self, class_id: str) -> str:
        found = (c for c in (*self.by_name.values(), *self.new.values()) if c.id == class_id)
        return next(found).name

    def in_year(self, year: str) -> list[SchoolClass]:
        return [c for c in self.by_name.values() if c.year_group == year]


def build_plan(
    session: Session, source: ParsedSource, today: dt.date, default_class: str | None = None
) -> ImportPlan:
    """Compare what the files say with what the school holds. Reads only; writes nothing."""
    repo = SchoolRepository(session)
    imports = ImportMappingRepository(session)
    existing = repo.pupils()
    classes = _Classes({c.name.casefold(): c for c in repo.classes()})
    fallback = None
    if default_class:
        fallback = classes.named(default_class)
        if fallback is None:
            names = ", ".join(c.name for c in classes.by_name.values()) or "none yet"
            raise ImportRefused(f"There is no class called {default_class!r}. The classes are: {names}.")
    by_upn = {p.upn: p for p in existing if p.upn}
    by_id = {p.id: p for p in existing}
    by_name_dob: dict[tuple[str, str, dt.date], list[Pupil]] = defaultdict(list)
    for p in existing:
        by_name_dob[(p.legal_first_name.casefold(), p.legal_last_name.casefold(), p.date_of_birth)].append(p)
    pupil_links = imports.links(source.source_key, "pupil")
    contact_links = imports.links(source.source_key, "family_member")

    rejections = list(source.rejections)
    refused = _duplicates(source.pupils)
    for index, row in enumerate(source.pupils):
        problem = _name_problem(row)
        if problem is not None:
            refused.setdefault(index, Rejection(row.where, problem))
    rejections += refused.values()
    new_class_years: dict[str, Counter[str]] = defaultdict(Counter)
    for index, row in enumerate(source.pupils):
        if index in refused:
            continue
        if row.class_name and classes.named(row.class_name) is None:
            year = row.year_group or codes.year_from_birth(row.date_of_birth, today)
            new_class_years[row.class_name.casefold()][year] += 1
    first_seen = {
        p.class_name.casefold(): p.class_name
        for i, p in reversed(list(enumerate(source.pupils)))
        if p.class_name and i not in refused
    }
    for key, years in new_class_years.items():
        classes.create(first_seen[key], years.most_common(1)[0][0])

    steps: list[PupilStep] = []
    matched: dict[str, str] = {}
    links: dict[str, str] = {}
    incoming_of: dict[str, IncomingPupil] = {}
    notes: list[str] = list(source.warnings)
    for index, incoming in enumerate(source.pupils):
        if index in refused:
            continue
        try:
            current = _match(incoming, by_upn, by_id, pupil_links, by_name_dob)
            _check(incoming, current, by_upn, matched, today)
            class_id = _class_for(incoming, current, classes, fallback, today, notes)
        except ValueError as exc:
            rejections.append(Rejection(incoming.where, str(exc)))
            continue
        notes += incoming.notes
        pupil = _merged(incoming, current, class_id)
        if current is None:
            step = PupilStep(Step.ADD, pupil, incoming.where, classes.name_of(class_id))
        else:
            matched[current.id] = incoming.where
            changes = _pupil_changes(current, pupil, classes.name_of)
            kind = Step.CHANGE if changes else Step.UNCHANGED
            step = PupilStep(kind, pupil, incoming.where, classes.name_of(class_id), changes)
        steps.append(step)
        incoming_of[pupil.id] = incoming
        if incoming.source_id:
            links[incoming.source_id] = pupil.id

    used_classes = {s.pupil.class_id for s in steps}
    new_classes = tuple(c for c in classes.new.values() if c.id in used_classes)
    family, family_links = plan_family(
        repo, [(s.pupil.id, s.kind is Step.ADD) for s in steps], incoming_of, contact_links
    )
    return ImportPlan(
        source=source,
        pupils=tuple(steps),
        family=tuple(family),
        new_classes=new_classes,
        rejections=tuple(sorted(rejections, key=_line_key)),
        notes=tuple(notes),
        left_alone=len(existing) - len(matched),
        pupil_links=links,
        contact_links=family_links,
        audit_head=imports.audit_head(),
    )


def _name_problem(incoming: IncomingPupil) -> str | None:
    """Why a row's names cannot be imported (a control character in one), with the row not imported."""
    named = (
        ("the pupil's first name", incoming.legal_first_name),
        ("the pupil's last name", incoming.legal_last_name),
        ("the pupil's preferred first name", incoming.preferred_first_name or ""),
        ("the pupil's preferred last name", incoming.preferred_last_name or ""),
        ("the class's name", incoming.class_name),
        *((f"contact {c.order}'s name", c.name) for c in incoming.contacts),
    )
    problem = first_name_problem(named)
    return None if problem is None else problem.replace("save again", "import the file again")


def _match(
    incoming: IncomingPupil,
    by_upn: dict[str, Pupil],
    by_id: dict[str, Pupil],
    pupil_links: dict[str, str],
    by_name_dob: dict[tuple[str, str, dt.date], list[Pupil]],
) -> Pupil | None:
    if incoming.upn and incoming.upn in by_upn:
        return by_upn[incoming.upn]
    if incoming.source_id and pupil_links.get(incoming.source_id) in by_id:
        return by_id[pupil_links[incoming.source_id]]
    same = by_name_dob.get(
        (incoming.legal_first_name.casefold(), incoming.legal_last_name.casefold(), incoming.date_of_birth),
        [],
    )
    candidates = [p for p in same if not (incoming.upn and p.upn and p.upn != incoming.upn)]
    return candidates[0] if len(candidates) == 1 else None


def _check(
    incoming: IncomingPupil,
    current: Pupil | None,
    by_upn: dict[str, Pupil],
    matched: dict[str, str],
    today: dt.date,
) -> None:
    born = incoming.date_of_birth
    if born > today:
        raise ValueError(f"The date of birth {born:%d %B %Y} is in the future; correct it in the file.")
    if born.year < today.year - OLDEST_AGE:
        raise ValueError(f"The date of birth {born:%d %B %Y} is not a pupil's; correct it in the file.")
    if current is not None and current.id in matched:
        raise ValueError(
            f"This row is the same pupil as {matched[current.id]} (same UPN, id or name and birth date); "
            "neither is imported twice. Correct the file."
        )
    owner = by_upn.get(incoming.upn) if incoming.upn else None
    if owner is not None and current is not None and owner.id != current.id:
        raise ValueError(f"The UPN {incoming.upn} already belongs to another pupil in this school.")


def _class_for(
    incoming: IncomingPupil,
    current: Pupil | None,
    classes: _Classes,
    fallback: SchoolClass | None,
    today: dt.date,
    notes: list[str],
) -> str:
    """The class a pupil goes in: the file's, else the one they are in, else --class, else by year group."""
    if incoming.class_name:
        named = classes.named(incoming.class_name)
        assert named is not None  # every class the file names was found or planned
        return named.id
    if current is not None:
        return current.class_id
    if fallback is not None:
        return fallback.id
    year = incoming.year_group
    if not year:
        year = codes.year_from_birth(incoming.date_of_birth, today)
        notes.append(
            f"{incoming.where}: no class or year group in the file; year {year} worked out from the "
            "date of birth"
        )
    candidates = classes.in_year(year)
    if len(candidates) == 1:
        return candidates[0].id
    if len(candidates) > 1:
        names = ", ".join(sorted(c.name for c in candidates))
        raise ValueError(
            f"The file does not say which class, and this school has several year {year} classes ({names}). "
            "Import with --class NAME, or add the class to the file."
        )
    name = codes.year_class_name(year)
    return (classes.named(name) or classes.create(name, year)).id


def _preferred(value: str | None, legal: str, held: str | None) -> str:
    if value is None:
        return held or ""
    return "" if value.casefold() == legal.casefold() else value


def _merged(incoming: IncomingPupil, current: Pupil | None, class_id: str) -> Pupil:
    """The pupil as it will be saved: the file's values where it gives them, the school's elsewhere."""
    base = current or Pupil(
        legal_first_name=incoming.legal_first_name,
        legal_last_name=incoming.legal_last_name,
        date_of_birth=incoming.date_of_birth,
        class_id=class_id,
    )
    first_language = incoming.first_language or (None if current else incoming.home_language)
    return replace(
        base,
        legal_first_name=incoming.legal_first_name,
        legal_last_name=incoming.legal_last_name,
        preferred_first_name=_preferred(
            incoming.preferred_first_name, incoming.legal_first_name, base.preferred_first_name
        ),
        preferred_last_name=_preferred(
            incoming.preferred_last_name, incoming.legal_last_name, base.preferred_last_name
        ),
        date_of_birth=incoming.date_of_birth,
        upn=incoming.upn or base.upn,
        class_id=class_id,
        sen_status=incoming.sen_status if incoming.sen_status is not None else base.sen_status,
        first_language=first_language if first_language in LANGUAGES else base.first_language,
    )


_SEN_WORDS = {
    SenStatus.NONE: "none (N)",
    SenStatus.SEN_SUPPORT: "SEN support (K)",
    SenStatus.EHC_PLAN: "EHC plan (E)",
}


def _pupil_changes(old: Pupil, new: Pupil, class_name: Callable[[str], str]) -> tuple[FieldChange, ...]:
    pairs = (
        ("legal first name", old.legal_first_name, new.legal_first_name),
        ("legal last name", old.legal_last_name, new.legal_last_name),
        ("preferred first name", old.preferred_first_name, new.preferred_first_name),
        ("preferred last name", old.preferred_last_name, new.preferred_last_name),
        ("date of birth", old.date_of_birth.isoformat(), new.date_of_birth.isoformat()),
        ("UPN", old.upn, new.upn),
        ("class", class_name(old.class_id), class_name(new.class_id)),
        ("SEN status", _SEN_WORDS[old.sen_status], _SEN_WORDS[new.sen_status]),
        ("first language", old.first_language, new.first_language),
    )
    return tuple(FieldChange(label, a, b) for label, a, b in pairs if a != b)
