"""A family's profile: how to reach them, how they read, and what matters to the child (staff only).

Items about the child may be sensitive (a bereavement, an illness). Those are shown only to roles with a
need to know; anyone else sees that there is a sensitive note, not what it says.
"""

import enum
from dataclasses import dataclass, field

from desktop.domain.access import Role
from desktop.domain.ids import new_id
from desktop.domain.school import StaffRole


class ContactWay(enum.StrEnum):
    """How the family prefers to be reached."""

    PHONE = "phone"
    TEXT_MESSAGE = "text"
    EMAIL = "email"
    APP = "app"
    IN_PERSON = "in_person"


class ReadingPreference(enum.StrEnum):
    """How the family prefers to read what the school sends."""

    PAPER = "paper"
    LARGE_PRINT = "large_print"
    READ_ALOUD = "read_aloud"
    PHONE = "phone"
    APP = "app"


ROLES_WITH_NEED: frozenset[Role] = frozenset({StaffRole.CLASS_TEACHER, StaffRole.SENCO, StaffRole.ADMIN})
"""Who reads a sensitive item's text; a teaching assistant sees only that one exists."""


@dataclass(frozen=True, slots=True)
class ChildItem:
    """One thing that matters to the child (traditions, pets, a bereavement)."""

    text: str
    sensitive: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class ShownItem:
    """An item as one reader sees it: `text` is None when it is sensitive and hidden from them."""

    id: str
    text: str | None
    sensitive: bool

    @property
    def hidden(self) -> bool:
        return self.text is None


@dataclass(frozen=True, slots=True)
class FamilyProfile:
    """What staff know about reaching one pupil's family."""

    pupil_id: str
    home_languages: tuple[str, ...] = ()
    """DfE language codes, the main one first."""
    contact_way: ContactWay = ContactWay.PHONE
    contact_time: str = ""
    """When the family is best reached, in the family's words ("after 6pm", "Friday mornings")."""
    interpreter_language: str = ""
    """DfE code of the language an interpreter is needed in; empty when none is needed."""
    reading: ReadingPreference = ReadingPreference.PAPER
    items: tuple[ChildItem, ...] = ()

    @property
    def needs_interpreter(self) -> bool:
        return bool(self.interpreter_language)


def may_read_sensitive(role: Role) -> bool:
    return role in ROLES_WITH_NEED


def shown_items(profile: FamilyProfile, role: Role) -> tuple[ShownItem, ...]:
    """The profile's items as a person in this role may see them."""
    reader = may_read_sensitive(role)
    return tuple(
        ShownItem(item.id, item.text if reader or not item.sensitive else None, item.sensitive)
        for item in profile.items
    )
