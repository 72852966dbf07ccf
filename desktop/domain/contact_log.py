"""The contact log: calls, meetings, home visits and messages between the school and a family (staff only)."""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id


class ContactKind(enum.StrEnum):
    PHONE = "phone"
    MEETING = "meeting"
    VISIT = "visit"
    MESSAGE = "message"


@dataclass(frozen=True, slots=True)
class FamilyContact:
    """One contact with a pupil's family, as the member of staff logged it.

    `reached`: the family was actually spoken with (a call answered, a meeting attended); a call that
    rang out or a message with no answer is logged but is not two-way contact.
    """

    pupil_id: str
    kind: ContactKind
    on: dt.date
    note: str = ""
    reached: bool = True
    interpreter_language: str = ""
    """DfE code of the language an interpreter was used in; empty when none."""
    outcome: str = ""
    follow_up_on: dt.date | None = None
    follow_up_done: bool = False
    logged_by: str = ""
    id: str = field(default_factory=new_id)

    def follow_up_due(self, today: dt.date) -> bool:
        return self.follow_up_on is not None and not self.follow_up_done and self.follow_up_on <= today


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A contact whose follow-up is due, as the teacher's day lists it."""

    contact: FamilyContact
    pupil_name: str
