"""Families: the people a pupil's link book goes home to."""

import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id
from desktop.domain.names import first_name_problem


class Relationship(enum.StrEnum):
    """Relationship to the child (the CTF contact relationship codes)."""

    MOTHER = "PAM"
    FATHER = "PAF"
    STEP_PARENT = "STP"
    CARER = "CAR"
    FOSTER_CARER = "FOC"
    GRANDPARENT = "GRP"
    OTHER_RELATIVE = "REL"
    OTHER = "OTH"


class Channel(enum.StrEnum):
    """How a family wants to receive the link book."""

    APP = "app"
    PAPER = "paper"
    BOTH = "both"

    @property
    def wants_paper(self) -> bool:
        return self is not Channel.APP


class Device(enum.StrEnum):
    """Devices a family has at home."""

    SMARTPHONE = "smartphone"
    TABLET = "tablet"
    COMPUTER = "computer"


class Connectivity(enum.StrEnum):
    """How dependable the family's internet connection is."""

    GOOD = "good"
    PATCHY = "patchy"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class FamilyMember:
    """A parent or carer linked to one or more pupils."""

    name: str
    relationship: Relationship
    pupil_ids: tuple[str, ...]
    parental_responsibility: bool = True
    channel: Channel = Channel.APP
    home_language: str = "ENG"
    large_print: bool = False
    devices: frozenset[Device] = frozenset()
    connectivity: Connectivity = Connectivity.GOOD
    phone: str = ""
    email: str = ""
    household: str = ""
    contact_order: int = 1
    id: str = field(default_factory=new_id)

    def name_problem(self) -> str | None:
        """Why the name (or household) cannot be saved (a control character), or None."""
        return first_name_problem(
            (("the family member's name", self.name), ("the household's name", self.household))
        )
