"""Pupils as the school knows them."""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id
from desktop.domain.names import first_name_problem


class SenStatus(enum.StrEnum):
    """Special educational needs provision, with the DfE census codes."""

    NONE = "N"
    SEN_SUPPORT = "K"
    EHC_PLAN = "E"

    @property
    def has_sen(self) -> bool:
        return self is not SenStatus.NONE


class PhotoConsent(enum.StrEnum):
    """Whether the family allows photos of the child to be used."""

    NOT_ASKED = "not_asked"
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Pupil:
    """A child on roll."""

    legal_first_name: str
    legal_last_name: str
    date_of_birth: dt.date
    class_id: str
    upn: str = ""
    preferred_first_name: str = ""
    preferred_last_name: str = ""
    sen_status: SenStatus = SenStatus.NONE
    first_language: str = "ENG"
    photo_consent: PhotoConsent = PhotoConsent.NOT_ASKED
    id: str = field(default_factory=new_id)

    def name_problem(self) -> str | None:
        """Why one of the names cannot be saved (a control character), or None."""
        return first_name_problem(
            (
                ("the pupil's legal first name", self.legal_first_name),
                ("the pupil's legal last name", self.legal_last_name),
                ("the pupil's preferred first name", self.preferred_first_name),
                ("the pupil's preferred last name", self.preferred_last_name),
            )
        )

    @property
    def first_name(self) -> str:
        """The name the child is called by."""
        return self.preferred_first_name or self.legal_first_name

    @property
    def last_name(self) -> str:
        return self.preferred_last_name or self.legal_last_name

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.last_name.casefold(), self.first_name.casefold())
