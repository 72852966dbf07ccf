"""The school, its classes and its staff."""

import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id
from desktop.domain.names import name_problem


class StaffRole(enum.StrEnum):
    """What a member of staff does; it decides what they may see and do."""

    CLASS_TEACHER = "class_teacher"
    TEACHING_ASSISTANT = "teaching_assistant"
    SENCO = "senco"
    ADMIN = "admin"


class EntrySection(enum.StrEnum):
    """Structured sections a class may switch on for its daily entries (used by special schools)."""

    MOOD = "mood"
    FOOD_AND_DRINK = "food_and_drink"
    PERSONAL_CARE = "personal_care"
    FIRST_AID = "first_aid"
    MEDICATION = "medication"


@dataclass(frozen=True, slots=True)
class School:
    """The school this device serves."""

    name: str
    urn: str = ""
    dfe_number: str = ""
    id: str = field(default_factory=new_id)

    def name_problem(self) -> str | None:
        return name_problem("the school's name", self.name)


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A member of staff."""

    name: str
    role: StaffRole
    email: str = ""
    id: str = field(default_factory=new_id)

    def name_problem(self) -> str | None:
        return name_problem("the staff member's name", self.name)


@dataclass(frozen=True, slots=True)
class SchoolClass:
    """A class of pupils, its year group, its staff and the entry sections it uses."""

    name: str
    year_group: str
    staff_ids: tuple[str, ...] = ()
    sections: frozenset[EntrySection] = frozenset()
    id: str = field(default_factory=new_id)

    def name_problem(self) -> str | None:
        return name_problem("the class's name", self.name)
