"""Matching a file's contacts to the family members the school holds, so parents are not duplicated.

A contact is the member the source's own contact id was imported as (SDS), else a member of the pupil's
own family with the same name, else a sibling's parent: the same name with the same phone or email. That
last rule is what lets brothers and sisters in one file, or a new child whose sister is already on roll,
share one parent record.
"""

import contextlib
import enum
from collections import defaultdict
from dataclasses import dataclass, replace

from desktop.domain.families import FamilyMember
from desktop.domain.ids import new_id
from desktop.domain.languages import LANGUAGES
from desktop.services.imports.model import IncomingContact, IncomingPupil
from desktop.store.repositories.school import SchoolRepository


class Step(enum.StrEnum):
    """What an import does to one record."""

    ADD = "add"
    CHANGE = "change"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that will change, in words for the preview."""

    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}: {self.old or '(none)'} -> {self.new or '(none)'}"


@dataclass(frozen=True, slots=True)
class FamilyStep:
    """A family member as the import leaves them, and what changed."""

    kind: Step
    member: FamilyMember
    changes: tuple[FieldChange, ...] = ()


@dataclass
class _Member:
    """A family member as the school holds them (original) and as the import leaves them (current)."""

    original: FamilyMember | None
    current: FamilyMember
    pupil_ids: set[str]
    ordered: bool = False


_Key = tuple[str, str, str]


def _keys_of(name: str, phone: str, email: str) -> list[_Key]:
    """Where a person is found by a sibling's contact: the same name with the same phone, or email."""
    keys = []
    if phone:
        keys.append(("phone", name.casefold(), phone))
    if email:
        keys.append(("email", name.casefold(), email.casefold()))
    return keys


class _People:
    """Family members by (name, phone) and (name, email): a sibling's parent is found without a scan."""

    def __init__(self) -> None:
        self._by_key: dict[_Key, list[_Member]] = defaultdict(list)

    def add(self, member: "_Member") -> None:
        current = member.current
        for key in _keys_of(current.name, current.phone, current.email):
            self._by_key[key].append(member)

    def remove(self, member: "_Member") -> None:
        current = member.current
        for key in _keys_of(current.name, current.phone, current.email):
            with contextlib.suppress(ValueError):
                self._by_key[key].remove(member)

    def find(self, contact: IncomingContact) -> "_Member | None":
        for key in _keys_of(contact.name, contact.phone, contact.email):
            for member in self._by_key.get(key, ()):
                if _same_person(member.current, contact):
                    return member
        return None


def _same_person(member: FamilyMember, contact: IncomingContact) -> bool:
    if member.name.casefold() != contact.name.casefold():
        return False
    return bool(
        (contact.phone and member.phone == contact.phone)
        or (contact.email and member.email.casefold() == contact.email.casefold())
    )


def plan_family(
    repo: SchoolRepository,
    pupils: list[tuple[str, bool]],
    incoming_of: dict[str, IncomingPupil],
    contact_links: dict[str, str],
) -> tuple[list[FamilyStep], dict[str, str]]:
    """Each contact matched to the family member the school holds, or added; siblings share a parent.

    `pupils` are (pupil id, is new) in file order; `incoming_of` what the file says about each.
    Returns what happens to each family member, and the source's contact ids -> member ids.
    """
    members: dict[str, _Member] = {}
    people = _People()
    family_of: dict[str, list[str]] = {}
    for pupil_id, is_new in pupils:
        if is_new:
            continue
        family_of[pupil_id] = []
        for member in repo.family_of(pupil_id):
            if member.id not in members:
                members[member.id] = _Member(member, member, set(member.pupil_ids))
                people.add(members[member.id])
            family_of[pupil_id].append(member.id)
    links: dict[str, str] = {}
    for pupil_id, _is_new in pupils:
        incoming = incoming_of[pupil_id]
        for contact in incoming.contacts:
            target = _find_member(contact, pupil_id, members, people, family_of, contact_links)
            if target is None:
                home = incoming.home_language or incoming.first_language or "ENG"
                made = FamilyMember(
                    name=contact.name,
                    relationship=contact.relationship,
                    pupil_ids=(),
                    home_language=home if home in LANGUAGES else "ENG",
                    id=new_id(),
                )
                target = _Member(None, made, set())
                members[made.id] = target
            else:
                people.remove(target)
            target.current = replace(
                target.current,
                name=contact.name,
                relationship=contact.relationship,
                parental_responsibility=contact.parental_responsibility,
                phone=contact.phone or target.current.phone,
                email=contact.email or target.current.email,
                contact_order=min(contact.order, target.current.contact_order)
                if target.ordered
                else contact.order,
            )
            target.ordered = True
            people.add(target)
            target.pupil_ids.add(pupil_id)
            family_of.setdefault(pupil_id, []).append(target.current.id)
            if contact.source_id:
                links[contact.source_id] = target.current.id
    result = []
    for entry in members.values():
        member = replace(entry.current, pupil_ids=tuple(sorted(entry.pupil_ids)))
        if entry.original is None:
            result.append(FamilyStep(Step.ADD, member))
            continue
        changes = _member_changes(entry.original, member)
        result.append(FamilyStep(Step.CHANGE if changes else Step.UNCHANGED, member, changes))
    return result, links


def _find_member(
    contact: IncomingContact,
    pupil_id: str,
    members: dict[str, _Member],
    people: _People,
    family_of: dict[str, list[str]],
    contact_links: dict[str, str],
) -> _Member | None:
    """The source's own contact id, else a same-named member of this pupil's family, else a sibling's
    parent: the same name with the same phone or email."""
    linked = contact_links.get(contact.source_id) if contact.source_id else None
    if linked in members:
        return members[linked]
    for member_id in family_of.get(pupil_id, []):
        if members[member_id].current.name.casefold() == contact.name.casefold():
            return members[member_id]
    return people.find(contact)


def _member_changes(old: FamilyMember, new: FamilyMember) -> tuple[FieldChange, ...]:
    pairs = (
        ("name", old.name, new.name),
        (
            "relationship",
            old.relationship.name.replace("_", " ").lower(),
            new.relationship.name.replace("_", " ").lower(),
        ),
        (
            "parental responsibility",
            "yes" if old.parental_responsibility else "no",
            "yes" if new.parental_responsibility else "no",
        ),
        ("phone", old.phone, new.phone),
        ("email", old.email, new.email),
        ("contact order", str(old.contact_order), str(new.contact_order)),
        ("children", str(len(old.pupil_ids)), str(len(new.pupil_ids))),
    )
    return tuple(FieldChange(label, a, b) for label, a, b in pairs if a != b)
