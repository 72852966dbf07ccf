"""What the demo builder's parts share while they build one school: the plan, the writer, the seeded random
streams, the staff of each class and the children as they are made.

Every part draws from the same `rng` in the order `demo.populate` calls them, so a seed always gives the
same school; a part that must not shift the others draws from a stream of its own.
"""

import datetime as dt
import random
from dataclasses import dataclass, field

from desktop.domain.agreements import AgreementTemplate, DocumentKind
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.domain.school import EntrySection, SchoolClass, StaffMember, StaffRole
from desktop.services import demo_data as data
from desktop.services.demo_phrases import DemoPhrases
from desktop.services.demo_plan import DemoPlan, DemoWriter, Progress, term_days
from desktop.services.demo_reach import DemoReach


@dataclass(slots=True)
class BuiltChild:
    pupil: Pupil
    heritage: data.Heritage
    girl: bool
    school_class: SchoolClass
    family_index: int
    need: data.NeedProfile | None = None
    medicine: tuple[str, str, dt.time] | None = None
    personal_care: bool = False
    sections: frozenset[EntrySection] = frozenset()
    family: list[FamilyMember] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ClassDay:
    learning: str
    class_note: str
    by_assistant: bool


@dataclass(slots=True)
class Counts:
    family_members: int = 0
    entries: int = 0
    replies: int = 0
    agreements: int = 0
    folders: int = 0
    attachments: int = 0
    contacts: int = 0


class DemoState:
    """The state of one demo school being built; the builder's parts are mixed into one class over it."""

    phrases: DemoPhrases

    def __init__(self, writer: DemoWriter, plan: DemoPlan, progress: Progress) -> None:
        self.writer = writer
        self.plan = plan
        self.progress = progress
        self.rng = random.Random(plan.seed)
        self.pictures = random.Random(f"{plan.seed} pictures")
        self.days = term_days(plan.today, plan.days, plan.calendar)
        self.now = dt.datetime.combine(plan.today, dt.time(16, 30))
        self.counts = Counts()
        self.staff: list[StaffMember] = []
        self.teacher: dict[str, StaffMember] = {}
        self.assistant: dict[str, StaffMember] = {}
        self.senco = StaffMember(data.SENCO_NAME, StaffRole.SENCO, f"senco@{data.EMAIL_DOMAIN}")
        self.templates: dict[DocumentKind, AgreementTemplate] = {}
        self.adult_names: set[tuple[str, str]] = set()
        self.reach = DemoReach(plan.seed, self.days, plan.today)
        self.surnames: set[str] = set()

    def _day_between(self, first: dt.date, last: dt.date, low: float, high: float) -> dt.date:
        span = max((last - first).days, 0)
        return first + dt.timedelta(days=int(span * self.rng.uniform(low, high)))
