"""A demo school full of invented but believable records, so the app can be tried, shown and measured.

The school comes from one seeded random generator, so a seed always gives the same children, the same
texts and the same shape of term; only record ids and the audit times differ between builds. It is all
written in one transaction (one fsync for the whole school), indexed for search and audited as the
services do it. `populate` and `DemoWriter` are public because the benchmarks' synthetic school
(tests/bench/generator.py) is this same school, scaled up.
"""

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from desktop.domain.access import Actor
from desktop.domain.agreements import (
    Agreement,
    AgreementTemplate,
    DocumentContent,
    DocumentKind,
    DocumentVersion,
    Party,
    ProfileSections,
    Signature,
    Target,
    VersionStatus,
)
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period, SchoolCalendar, typical_english_year
from desktop.domain.families import Channel, Connectivity, Device, FamilyMember, Relationship
from desktop.domain.linkbook import (
    Acknowledgement,
    Amount,
    AuthorKind,
    FirstAidRecord,
    FoodRecord,
    LinkBookEntry,
    MedicationRecord,
    Method,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    Reply,
    SchoolSession,
    SenSections,
)
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.pupils import PhotoConsent, Pupil, SenStatus
from desktop.domain.school import EntrySection, School, SchoolClass, StaffMember, StaffRole
from desktop.domain.work_folders import FamilyComment, FolderStatus, WorkFolder, WorkItem
from desktop.services import demo_data as data
from desktop.services.context import ServiceContext
from desktop.services.demo_home_learning import write_home_learning
from desktop.services.demo_meetings import write_demo_meetings
from desktop.services.demo_phrases import DemoPhrases
from desktop.services.demo_pictures import work_picture
from desktop.services.demo_reach import DemoReach
from desktop.services.demo_review_views import add_demo_views
from desktop.services.demo_reviews import add_demo_reviews
from desktop.services.demo_translations import add_demo_translations
from desktop.store.bulk import BulkWriter
from desktop.store.repositories.family_reach import ContactLog, FamilyProfiles
from desktop.store.vault import Vault

Progress = Callable[[float], None]
DEMO_ACTOR = Actor("Linkbook demo", StaffRole.ADMIN)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How much the demo made, for the command line to report and tests to check."""

    classes: int
    pupils: int
    family_members: int
    entries: int
    replies: int
    agreements: int
    folders: int
    attachments: int


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """The shape of the school to make: class sizes, how long the term has run, and what to include."""

    class_sizes: tuple[int, ...]
    days: int
    today: dt.date
    seed: int = 7
    images: bool = True
    absence_rate: float = 0.05
    folder_weeks: int = 4
    calendar: SchoolCalendar | None = None
    """The school's terms and closures; None means every weekday is a school day (the benchmarks)."""


class DemoWriter(BulkWriter):
    """The bulk writer, plus the audit events that say where the demo's records came from."""

    def __init__(self, session: Session, vault: Vault, context: ServiceContext) -> None:
        super().__init__(session, vault.blobs)
        self.context = context

    def set_up(self, school: School, staff: list[StaffMember], classes: list[SchoolClass]) -> None:
        super().set_up(school, staff, classes)
        self.context.audit(
            self.session, AuditAction.IMPORTED, "school", school.id, detail="demo school created"
        )

    def pupil_done(self, pupil: Pupil) -> None:
        """One audit event per child says where all of that child's demo records came from."""
        self.context.audit(
            self.session, AuditAction.IMPORTED, "pupil", pupil.id, pupil.id, "demo school created"
        )


def term_days(today: dt.date, days: int, calendar: SchoolCalendar | None = None) -> list[dt.date]:
    """The last `days` school days up to and including today, oldest first.

    With a calendar, only days in its terms and not closed count, and the search stops at the start of
    its first term (so early in the school year there are fewer days than asked for).
    """
    found: list[dt.date] = []
    day = today
    first = min((t.first_day for t in calendar.terms), default=None) if calendar else None
    while len(found) < days and (first is None or day >= first):
        if (calendar.is_school_day(day)) if calendar else day.weekday() < 5:
            found.append(day)
        day -= dt.timedelta(days=1)
    return found[::-1]


def build_demo_school(
    vault: Vault,
    *,
    classes: int = 2,
    pupils_per_class: int = 28,
    days: int = 65,
    today: dt.date | None = None,
    seed: int = 7,
    images: bool = True,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty vault with a demo school: staff, classes, pupils, families and a term of records."""
    if classes < 1 or pupils_per_class < 1 or days < 1:
        raise ValueError("A demo school needs at least one class, one pupil and one school day.")
    today = today or dt.date.today()
    plan = DemoPlan(
        class_sizes=(pupils_per_class,) * classes,
        days=days,
        today=today,
        seed=seed,
        images=images,
        calendar=typical_english_year(today),
    )
    context = ServiceContext(vault, DEMO_ACTOR)
    with vault.writing() as session:
        summary = populate(DemoWriter(session, vault, context), plan, progress)
    add_demo_reviews(vault, today)
    return summary


def populate(writer: DemoWriter, plan: DemoPlan, progress: Progress | None = None) -> DemoSummary:
    """Make the school the plan describes and hand every record to the writer."""
    return _Builder(writer, plan, progress or (lambda _fraction: None)).build()


# --- Building ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Child:
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
class _ClassDay:
    learning: str
    class_note: str
    by_assistant: bool


@dataclass(slots=True)
class _Counts:
    family_members: int = 0
    entries: int = 0
    replies: int = 0
    agreements: int = 0
    folders: int = 0
    attachments: int = 0
    contacts: int = 0


_UPN_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ"
_MOODS = (Mood.HAPPY, Mood.CALM, Mood.TIRED, Mood.ANXIOUS, Mood.UPSET, Mood.UNSETTLED)
_MOOD_WEIGHTS = (40, 30, 12, 8, 4, 6)
_AMOUNTS = (Amount.ALL, Amount.MOST, Amount.SOME, Amount.LITTLE, Amount.NONE)
_AMOUNT_WEIGHTS = (35, 30, 20, 10, 5)


def upn(la: str, establishment: str, year: int, serial: int) -> str:
    """A unique pupil number in the DfE form: a check letter, then LA, school, year and serial digits."""
    body = f"{la}{establishment}{year % 100:02d}{serial % 1000:03d}"
    total = sum(int(digit) * weight for digit, weight in zip(body, range(2, 14), strict=True))
    return _UPN_CHECK[total % 23] + body


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c == ".")


class _Builder:
    def __init__(self, writer: DemoWriter, plan: DemoPlan, progress: Progress) -> None:
        self.writer = writer
        self.plan = plan
        self.progress = progress
        self.rng = random.Random(plan.seed)
        self.pictures = random.Random(f"{plan.seed} pictures")
        self.days = term_days(plan.today, plan.days, plan.calendar)
        self.now = dt.datetime.combine(plan.today, dt.time(16, 30))
        self.counts = _Counts()
        self.staff: list[StaffMember] = []
        self.teacher: dict[str, StaffMember] = {}
        self.assistant: dict[str, StaffMember] = {}
        self.senco = StaffMember(data.SENCO_NAME, StaffRole.SENCO, f"senco@{data.EMAIL_DOMAIN}")
        self.templates: dict[DocumentKind, AgreementTemplate] = {}
        self.adult_names: set[tuple[str, str]] = set()
        self.reach = DemoReach(plan.seed, self.days, plan.today)
        self.surnames: set[str] = set()

    # The whole school

    def build(self) -> DemoSummary:
        school = School(
            data.SCHOOL_NAME, urn=data.SCHOOL_URN, dfe_number=f"{data.SCHOOL_LA}/{data.SCHOOL_ESTAB}"
        )
        classes = self._classes()
        self.writer.set_up(school, self.staff, classes)
        if self.plan.calendar is not None:
            self.writer.calendar(self.plan.calendar)
        for title, kind, content in data.TEMPLATES:
            template = AgreementTemplate(title, kind, content)
            self.templates[kind] = template
            self.writer.template(template)
        children = self._children(classes)
        for child in children:
            self.writer.pupil(child.pupil)
        self._families(children)
        families: dict[int, tuple[str, ...]] = {}
        for child in children:
            families[child.family_index] = (*families.get(child.family_index, ()), child.pupil.id)
        self.reach.choose_silent(
            list(families.values()), {c.pupil.id for c in children if c.need is not None}
        )
        self.phrases = DemoPhrases(
            self.writer.session, self.plan.seed, dt.datetime.combine(self.plan.today, dt.time(8))
        )
        self.phrases.speak_every_language(
            [(c.pupil.first_language, c.family) for c in children], self.writer.family_member
        )
        class_days = {c.id: self._class_days(c) for c in classes}
        # Day by day, as a school writes them, so the search index's "newest first" holds.
        for index, day in enumerate(self.days):
            for child in children:
                self._entry(child, day, class_days[child.school_class.id][index])
            self.progress(0.85 * (index + 1) / len(self.days))
        for done, child in enumerate(children, start=1):
            if child.pupil.sen_status.has_sen:
                self._agreements(child)
            self._folders(child)
            self.counts.contacts += self.reach.write(
                FamilyProfiles(self.writer.session),
                ContactLog(self.writer.session),
                child.pupil,
                child.family,
                self.teacher[child.pupil.class_id].name,
            )
            self.writer.pupil_done(child.pupil)
            self.progress(0.85 + 0.13 * done / len(children))
        self._news(classes)
        write_home_learning(
            self.writer.session,
            classes,
            [c.pupil for c in children],
            {c.pupil.id: c.family for c in children},
            {class_id: teacher.name for class_id, teacher in self.teacher.items()},
            self.plan.today,
            self.plan.seed,
            self.reach.silent,
        )
        write_demo_meetings(self.writer.session, self.plan, classes, children, self.teacher)
        self.writer.finish()
        add_demo_translations(self.writer.session, self.plan.today)
        add_demo_views(self.writer.session, self.plan.today)
        self.progress(1.0)
        return DemoSummary(
            classes=len(classes),
            pupils=len(children),
            family_members=self.counts.family_members,
            entries=self.counts.entries,
            replies=self.counts.replies,
            agreements=self.counts.agreements,
            folders=self.counts.folders,
            attachments=self.counts.attachments,
        )

    def _staff_name(self, pool: tuple[str, ...], index: int) -> str:
        if index < len(pool):
            return pool[index]
        heritage = self.rng.choice(data.HERITAGES)
        if self.rng.random() < 0.7:
            title, first = self.rng.choice(("Ms", "Mrs", "Miss")), self.rng.choice(heritage.mothers)
        else:
            title, first = "Mr", self.rng.choice(heritage.fathers)
        return f"{title} {first} {self.rng.choice(heritage.surnames)}"

    def _email(self, name: str) -> str:
        parts = name.split()[1:]
        return f"{_ascii(parts[0][0])}.{_ascii(parts[-1])}@{data.EMAIL_DOMAIN}"

    def _classes(self) -> list[SchoolClass]:
        classes: list[SchoolClass] = []
        used: set[str] = set()
        for index in range(len(self.plan.class_sizes)):
            year = data.YEAR_GROUPS[index % len(data.YEAR_GROUPS)]
            tree = data.CLASS_TREES[index % len(data.CLASS_TREES)]
            base = f"{'Reception' if year == 'R' else 'Year ' + year} {tree}"
            name, n = base, 1
            while name in used:
                n += 1
                name = f"{base} {n}"
            used.add(name)
            teacher_name = self._staff_name(data.TEACHERS, index)
            assistant_name = self._staff_name(data.ASSISTANTS, index)
            teacher = StaffMember(teacher_name, StaffRole.CLASS_TEACHER, self._email(teacher_name))
            assistant = StaffMember(assistant_name, StaffRole.TEACHING_ASSISTANT, self._email(assistant_name))
            # Every fourth class, from the second on, works like a special-school class: all sections on.
            sections = frozenset(EntrySection) if index % 4 == 1 else frozenset()
            school_class = SchoolClass(name, year, (teacher.id, assistant.id, self.senco.id), sections)
            self.staff += [teacher, assistant]
            self.teacher[school_class.id] = teacher
            self.assistant[school_class.id] = assistant
            classes.append(school_class)
        admin = StaffMember(data.ADMIN_NAME, StaffRole.ADMIN, f"office@{data.EMAIL_DOMAIN}")
        self.staff += [self.senco, admin]
        return classes

    # Children and families

    def _children(self, classes: list[SchoolClass]) -> list[_Child]:
        weights = [h.weight for h in data.HERITAGES]
        autumn = self.plan.today.year if self.plan.today.month >= 9 else self.plan.today.year - 1
        serials: dict[int, int] = {}
        children: list[_Child] = []
        families = 0
        for school_class, size in zip(classes, self.plan.class_sizes, strict=True):
            year = 0 if school_class.year_group == "R" else int(school_class.year_group)
            born_from = dt.date(autumn - 5 - year, 9, 1)
            entry_year = autumn - year
            sectioned = bool(school_class.sections)
            for _ in range(size):
                sibling = self._sibling_of(children, school_class)
                heritage = sibling.heritage if sibling else self.rng.choices(data.HERITAGES, weights)[0]
                girl = self.rng.random() < 0.5
                name = self.rng.choice(heritage.girls if girl else heritage.boys)
                if sibling:
                    surname = sibling.pupil.legal_last_name
                else:
                    unused = [s for s in heritage.surnames if s not in self.surnames]
                    surname = self.rng.choice(unused or heritage.surnames)
                    self.surnames.add(surname)
                if sibling:
                    language = sibling.pupil.first_language
                elif self.rng.random() < heritage.english_first:
                    language = "ENG"
                else:
                    language = heritage.languages[self.rng.randrange(len(heritage.languages))]
                preferred = name.preferred if name.preferred and self.rng.random() < 0.6 else ""
                sen_roll = self.rng.random()
                sen_share = 0.3 if sectioned else 0.12
                sen = (
                    SenStatus.NONE
                    if sen_roll >= sen_share
                    else SenStatus.EHC_PLAN
                    if sen_roll < sen_share * (0.6 if sectioned else 0.2)
                    else SenStatus.SEN_SUPPORT
                )
                serials[entry_year] = serials.get(entry_year, 0) + 1
                pupil = Pupil(
                    legal_first_name=name.legal,
                    legal_last_name=surname,
                    preferred_first_name=preferred,
                    date_of_birth=born_from + dt.timedelta(days=self.rng.randrange(365)),
                    class_id=school_class.id,
                    upn=upn(data.SCHOOL_LA, data.SCHOOL_ESTAB, entry_year, serials[entry_year]),
                    sen_status=sen,
                    first_language=language,
                    photo_consent=self.rng.choices(
                        (PhotoConsent.GRANTED, PhotoConsent.REFUSED, PhotoConsent.NOT_ASKED), (8, 1, 1)
                    )[0],
                )
                if sibling is None:
                    families += 1
                child = _Child(
                    pupil=pupil,
                    heritage=heritage,
                    girl=girl,
                    school_class=school_class,
                    family_index=sibling.family_index if sibling else families - 1,
                )
                self._needs(child)
                children.append(child)
        return children

    def _sibling_of(self, children: list[_Child], school_class: SchoolClass) -> _Child | None:
        """Now and then a child has a brother or sister in an earlier class: one family, two link books."""
        if not children or children[0].school_class.id == school_class.id or self.rng.random() >= 0.06:
            return None
        candidate = self.rng.choice(children)
        if candidate.school_class.id == school_class.id:
            return None
        taken = sum(1 for c in children if c.family_index == candidate.family_index)
        return candidate if taken == 1 else None

    def _needs(self, child: _Child) -> None:
        sectioned = bool(child.school_class.sections)
        if child.pupil.sen_status.has_sen:
            child.need = (
                self.rng.choice(data.NEEDS)
                if not sectioned
                else self.rng.choice((data.NEEDS[0], data.NEEDS[3], data.NEEDS[3]))
            )
        care_need = child.need is data.NEEDS[3]
        child.personal_care = care_need or (sectioned and self.rng.random() < 0.3)
        if (child.need is not None or sectioned) and self.rng.random() < 0.25:
            child.medicine = self.rng.choice(data.MEDICINES)
        if sectioned:
            child.sections = child.school_class.sections
        elif child.need is not None:
            child.sections = frozenset(
                {EntrySection.MOOD, EntrySection.FOOD_AND_DRINK, EntrySection.MEDICATION}
            )

    def _families(self, children: list[_Child]) -> None:
        groups: dict[int, list[_Child]] = {}
        for child in children:
            groups.setdefault(child.family_index, []).append(child)
        for group in groups.values():
            members = self._family_for(group)
            for member in members:
                self.writer.family_member(member)
            self.counts.family_members += len(members)
            for child in group:
                child.family = members

    def _family_for(self, group: list[_Child]) -> list[FamilyMember]:
        first = group[0]
        heritage = first.heritage
        pupil_ids = tuple(c.pupil.id for c in group)
        language = first.pupil.first_language
        if language == "ENG" and heritage.languages[0] != "ENG" and self.rng.random() < 0.3:
            language = heritage.languages[0]
        two_households = self.rng.random() < 0.08
        count = 2 if two_households or self.rng.random() < 0.55 else 1
        street = self.rng.choice(data.STREETS)
        roll = self.rng.random()
        channel = Channel.PAPER if roll < 1 / 6 else Channel.BOTH if roll < 0.27 else Channel.APP
        relationships = self._relationships(count)
        surname = first.pupil.legal_last_name
        if relationships[0][0] is Relationship.FOSTER_CARER:
            heritage, language = data.HERITAGES[0], "ENG"
            surname = self.rng.choice(heritage.surnames)
        members: list[FamilyMember] = []
        for order, (relationship, female) in enumerate(relationships, start=1):
            given = self._given_name(heritage.mothers if female else heritage.fathers, surname)
            household, member_channel = street, channel
            if two_households and order == 2:
                household = self.rng.choice([s for s in data.STREETS if s != street])
                member_channel = self.rng.choice((Channel.APP, Channel.PAPER))
            member = self._member(given, surname, relationship, pupil_ids, member_channel, language)
            members.append(replace(member, household=household, contact_order=order))
        return members

    def _relationships(self, count: int) -> list[tuple[Relationship, bool]]:
        """Who the family members are, and whether each is a woman (for the given name only)."""
        first = self.rng.choices(
            (Relationship.MOTHER, Relationship.FATHER, Relationship.GRANDPARENT, Relationship.FOSTER_CARER),
            (80, 12, 5, 3),
        )[0]
        female = first is not Relationship.FATHER
        found = [(first, female)]
        if count == 2:
            if first in (Relationship.GRANDPARENT, Relationship.FOSTER_CARER):
                second: Relationship = first
            else:
                other = Relationship.FATHER if female else Relationship.MOTHER
                second = self.rng.choices(
                    (other, Relationship.STEP_PARENT, Relationship.GRANDPARENT), (8, 1, 1)
                )[0]
            found.append((second, not female))
        return found

    def _given_name(self, pool: tuple[str, ...], surname: str) -> str:
        """A given name no one else in the school shares with this surname, while the pool allows."""
        given = self.rng.choice(pool)
        for _ in range(len(pool)):
            if (given, surname) not in self.adult_names:
                break
            given = self.rng.choice(pool)
        self.adult_names.add((given, surname))
        return given

    def _member(
        self,
        given: str,
        surname: str,
        relationship: Relationship,
        pupil_ids: tuple[str, ...],
        channel: Channel,
        language: str,
    ) -> FamilyMember:
        devices: frozenset[Device] = frozenset()
        connectivity = Connectivity.GOOD
        if channel is Channel.PAPER:
            connectivity = self.rng.choice((Connectivity.NONE, Connectivity.PATCHY))
        else:
            extra = self.rng.sample((Device.TABLET, Device.COMPUTER), self.rng.randrange(3))
            devices = frozenset({Device.SMARTPHONE, *extra})
            connectivity = self.rng.choices((Connectivity.GOOD, Connectivity.PATCHY), (4, 1))[0]
        phone = f"07700 900{self.rng.randrange(1000):03d}"
        email = "" if channel is Channel.PAPER else f"{_ascii(given)}.{_ascii(surname)}@example.com"
        return FamilyMember(
            name=f"{given} {surname}",
            relationship=relationship,
            pupil_ids=pupil_ids,
            parental_responsibility=relationship is not Relationship.GRANDPARENT,
            channel=channel,
            home_language=language,
            large_print=self.rng.random() < 0.06,
            devices=devices,
            connectivity=connectivity,
            phone=phone,
            email=email,
        )

    # The link book

    def _class_days(self, school_class: SchoolClass) -> list[_ClassDay]:
        sectioned = bool(school_class.sections)
        days: list[_ClassDay] = []
        for _ in self.days:
            lines = self.rng.sample(data.LEARNING, 2)
            if sectioned:
                lines = [self.rng.choice(data.LEARNING_SENSORY), lines[0]]
            note = self.rng.choice(data.CLASS_NOTES) if self.rng.random() < 0.12 else ""
            days.append(_ClassDay(" ".join(lines), note, self.rng.random() < 0.25))
        return days

    def _entry(self, child: _Child, day: dt.date, class_day: _ClassDay) -> None:
        if self.rng.random() < self.plan.absence_rate:
            return
        pupil = child.pupil
        teacher = self.teacher[pupil.class_id]
        assistant = self.assistant[pupil.class_id]
        wins = data.WINS + data.WINS_SENSORY if child.school_class.sections else data.WINS
        author = assistant if class_day.by_assistant else teacher
        name = pupil.first_name
        entry = LinkBookEntry(
            pupil_id=pupil.id,
            day=day,
            author_id=author.id,
            author_role=author.role,
            learning=class_day.learning,
            wins=self.rng.choice(wins).format(name=name) if self.rng.random() < 0.65 else "",
            reminders=self.rng.choice(data.REMINDERS) if self.rng.random() < 0.3 else "",
            note=self.rng.choice(data.NOTES).format(name=name) if self.rng.random() < 0.12 else "",
            class_note=class_day.class_note,
            sections=self._sections(child, assistant) if child.sections else SenSections(),
            updated_at=dt.datetime.combine(day, dt.time(15, self.rng.randrange(50))),
        )
        self.writer.entry(self._responses(child, self.phrases.built(entry, child.family), teacher))
        self.counts.entries += 1

    def _sections(self, child: _Child, assistant: StaffMember) -> SenSections:
        sections = child.sections
        rng = self.rng
        mood: tuple[MoodRecord, ...] = ()
        if EntrySection.MOOD in sections:
            moods = rng.choices(_MOODS, _MOOD_WEIGHTS, k=3)
            mood = tuple(
                MoodRecord(session, m, rng.choice(data.SESSION_NOTES[m.value]))
                for session, m in zip(SchoolSession, moods, strict=True)
            )
        food: tuple[FoodRecord, ...] = ()
        if EntrySection.FOOD_AND_DRINK in sections:
            meals = data.MEALS if rng.random() < 0.3 else data.MEALS[1:]
            food = tuple(
                FoodRecord(meal, rng.choices(_AMOUNTS, _AMOUNT_WEIGHTS)[0], rng.choice(data.FOOD_NOTES[meal]))
                for meal in meals
            )
        care: tuple[PersonalCareRecord, ...] = ()
        if EntrySection.PERSONAL_CARE in sections and child.personal_care:
            times = (dt.time(10, 30), dt.time(13, 15), dt.time(14, 45))[: rng.randint(1, 3)]
            care = tuple(PersonalCareRecord(t, *rng.choice(data.PERSONAL_CARE)) for t in times)
        first_aid: tuple[FirstAidRecord, ...] = ()
        if EntrySection.FIRST_AID in sections and rng.random() < 0.04:
            what, treatment = rng.choice(data.FIRST_AID)
            first_aid = (FirstAidRecord(dt.time(12, rng.randrange(60)), what, treatment, assistant.name),)
        medication: tuple[MedicationRecord, ...] = ()
        if EntrySection.MEDICATION in sections and child.medicine is not None:
            medicine, dose, time = child.medicine
            medication = (MedicationRecord(time, medicine, dose, assistant.name),)
        return SenSections(mood, food, care, first_aid, medication)

    def _responses(self, child: _Child, entry: LinkBookEntry, teacher: StaffMember) -> LinkBookEntry:
        """What came back from home: replies on about 30% of entries, "read" on about 60%."""
        if entry.day >= self.plan.today or not child.family:
            return entry
        rng = self.rng
        member = child.family[0] if len(child.family) == 1 or rng.random() < 0.7 else child.family[1]
        paper = member.channel is Channel.PAPER or (member.channel is Channel.BOTH and rng.random() < 0.5)
        method = Method.PAPER if paper else Method.DIGITAL
        evening = dt.datetime.combine(entry.day, dt.time(18 + rng.randrange(4), rng.randrange(60)))
        # Paper comes back in the book bag on the next school day, when staff type it in.
        back_on = entry.day + dt.timedelta(days=3 if entry.day.weekday() == 4 else 1)
        next_morning = dt.datetime.combine(back_on, dt.time(8, 40 + rng.randrange(20)))
        replies: list[Reply] = []
        if rng.random() < 0.3:
            texts = data.REPLIES.get(member.home_language, ())
            text = rng.choice(texts if texts and rng.random() < 0.6 else data.REPLIES["ENG"])
            written_at = next_morning if paper else evening
            if written_at <= self.now:
                replies.append(
                    Reply(
                        entry_id=entry.id,
                        author_kind=AuthorKind.FAMILY,
                        author_name=member.name,
                        text=text,
                        written_at=written_at,
                        method=method,
                        family_member_id=member.id,
                        recorded_by=self.assistant[child.pupil.class_id].name if paper else None,
                    )
                )
                answer_at = written_at + dt.timedelta(hours=1 if paper else 14)
                if rng.random() < 0.2 and answer_at <= self.now:
                    replies.append(
                        Reply(
                            entry_id=entry.id,
                            author_kind=AuthorKind.STAFF,
                            author_name=teacher.name,
                            text=rng.choice(data.STAFF_REPLIES),
                            written_at=answer_at,
                            staff_id=teacher.id,
                        )
                    )
        acks: tuple[Acknowledgement, ...] = ()
        ack_at = next_morning if paper else evening
        if rng.random() < (0.8 if replies else 0.55) and ack_at <= self.now:
            acks = (Acknowledgement(entry.id, member.name, ack_at, method, member.id),)
        if self.reach.silent(child.pupil.id, entry.day):
            return entry  # a family not heard from (drawn after the rest, so other families stay the same)
        self.counts.replies += len(replies)
        return replace(entry, replies=tuple(replies), acknowledgements=acks)

    # Agreements

    def _agreements(self, child: _Child) -> None:
        assert child.need is not None
        pupil = child.pupil
        start = self.days[0]
        kinds = [DocumentKind.AGREEMENT]
        if pupil.sen_status is SenStatus.EHC_PLAN or self.rng.random() < 0.3:
            kinds.append(DocumentKind.SUPPORT_PLAN)
        if self.rng.random() < 0.5:
            kinds.append(DocumentKind.ONE_PAGE_PROFILE)
        for kind in kinds:
            template = self.templates[kind]
            content = self._tailored(child, template.content)
            created = self._day_between(start, self.plan.today, 0.0, 0.3)
            roll = self.rng.random()
            if roll < 0.1:
                statuses = [VersionStatus.DRAFT]
            elif roll < 0.55:
                statuses = [VersionStatus.ACTIVE]
            elif roll < 0.85:
                statuses = [VersionStatus.SUPERSEDED, VersionStatus.ACTIVE]
            else:
                statuses = [VersionStatus.SUPERSEDED, VersionStatus.ACTIVE, VersionStatus.DRAFT]
            versions: list[DocumentVersion] = []
            for number, status in enumerate(statuses, start=1):
                if number > 1:
                    created = self._day_between(created, self.plan.today, 0.3, 0.8)
                    content = self._revised(content)
                signatures = (
                    self._signatures(child, kind, created) if status is not VersionStatus.DRAFT else ()
                )
                versions.append(
                    DocumentVersion(
                        number=number,
                        content=content,
                        status=status,
                        created_at=dt.datetime.combine(created, dt.time(16, 0)),
                        created_by=self.senco.name,
                        change_note=(
                            "Tailored from the school template"
                            if number == 1
                            else self.rng.choice(
                                (
                                    "Reviewed with the family at parents' evening; new targets.",
                                    "Updated after the speech and language therapist's visit.",
                                    "Targets met and replaced; provision unchanged.",
                                )
                            )
                        ),
                        signatures=signatures,
                    )
                )
            self.writer.agreement(
                Agreement(
                    pupil_id=pupil.id,
                    kind=kind,
                    title=f"{template.title}: {pupil.display_name}",
                    versions=tuple(versions),
                    template_id=template.id,
                )
            )
            self.counts.agreements += 1

    def _day_between(self, first: dt.date, last: dt.date, low: float, high: float) -> dt.date:
        span = max((last - first).days, 0)
        return first + dt.timedelta(days=int(span * self.rng.uniform(low, high)))

    def _review_date(self) -> dt.date:
        """Mostly later this term; some due within the week, a few overdue, so the review list shows."""
        offset = self.rng.choice((-3, 2, 5, 6, 14, 21, 30, 42, 42, 56))
        return self.plan.today + dt.timedelta(days=offset)

    def _tailored(self, child: _Child, content: DocumentContent) -> DocumentContent:
        need = child.need
        assert need is not None
        targets = tuple(Target(t, self._review_date()) for t in self.rng.sample(need.targets, 2))
        if content.profile.all_about_me:
            name = child.pupil.first_name
            profile = ProfileSections(
                all_about_me=f"My name is {name}. {need.admired}",
                important_to_me=need.important,
                how_to_support_me=need.support,
            )
            return replace(content, profile=profile, review_date=self._review_date())
        if content.provision or content.outcomes:
            return replace(
                content,
                targets=content.targets + targets,
                outcomes=content.outcomes + need.outcomes,
                provision=content.provision + need.provision,
                review_date=self._review_date(),
            )
        return replace(content, targets=content.targets + targets, review_date=self._review_date())

    def _revised(self, content: DocumentContent) -> DocumentContent:
        """A later version: the first tailored target is met and noted, the review date moves on."""
        if not content.targets:
            return replace(content, review_date=self._review_date())
        first, *rest = content.targets
        met = replace(first, progress="Met: now doing this most days.")
        return replace(content, targets=(met, *rest), review_date=self._review_date())

    def _signatures(self, child: _Child, kind: DocumentKind, created: dt.date) -> tuple[Signature, ...]:
        if kind is DocumentKind.ONE_PAGE_PROFILE:
            return ()
        member = child.family[0]
        on_paper = member.channel is not Channel.APP and (
            member.channel is Channel.PAPER or self.rng.random() < 0.5
        )
        later = min(created + dt.timedelta(days=self.rng.randint(1, 6)), self.plan.today)
        signatures = [
            Signature(self.senco.name, Party.SCHOOL, Method.DIGITAL, created),
            Signature(member.name, Party.FAMILY, Method.PAPER if on_paper else Method.DIGITAL, later),
        ]
        if kind is DocumentKind.AGREEMENT and self.rng.random() < 0.6:
            signatures.append(Signature(child.pupil.first_name, Party.PUPIL, Method.PAPER, created))
        return tuple(signatures)

    # Work folders

    def _folders(self, child: _Child) -> None:
        pupil = child.pupil
        weeks = sorted({Period.week_of(d) for d in self.days})[-self.plan.folder_weeks :]
        this_week = Period.week_of(self.plan.today)
        for period in weeks:
            done_days = [d for d in self.days if period.contains(d)]
            items: list[WorkItem] = []
            subjects = self.rng.sample(sorted(data.WORK), self.rng.randint(2, 4))
            for subject in subjects:
                title = self.rng.choice(data.WORK[subject])
                done_on = self.rng.choice(done_days)
                photographed = subject in ("Art", "DT") or self.rng.random() < 0.2
                attachment_ids: tuple[str, ...] = ()
                if photographed and self.plan.images:
                    image = work_picture(self.pictures, title, pupil.legal_first_name)
                    at = dt.datetime.combine(done_on, dt.time(15, 45))
                    filename = f"{subject.lower()}-{done_on.isoformat()}.png"
                    attachment = self.writer.attachment(image, filename, (pupil.id,), at)
                    attachment_ids = (attachment.id,)
                    self.counts.attachments += 1
                items.append(
                    WorkItem(
                        subject=subject,
                        title=title,
                        done_on=done_on,
                        feedback=self.rng.choice(data.FEEDBACK) if self.rng.random() < 0.8 else "",
                        mark=self.rng.choice(data.MARKS),
                        attachment_ids=attachment_ids,
                    )
                )
            items.sort(key=lambda i: i.done_on)
            status, comment = FolderStatus.DRAFT, None
            if period != this_week and period.end < self.plan.today:
                status = FolderStatus.SENT
                returned_on = period.end + dt.timedelta(days=2)
                if returned_on < self.plan.today and self.rng.random() < 0.75 and child.family:
                    status, comment = FolderStatus.RETURNED, self._folder_comment(child, returned_on)
                    if self.reach.silent(pupil.id, returned_on):
                        status, comment = FolderStatus.SENT, None
            self.writer.folder(WorkFolder(pupil.id, period, status, tuple(items), comment))
            self.counts.folders += 1

    def _folder_comment(self, child: _Child, day: dt.date) -> FamilyComment:
        member = child.family[0]
        texts = data.FOLDER_COMMENTS.get(member.home_language, ())
        text = self.rng.choice(texts if texts and self.rng.random() < 0.5 else data.FOLDER_COMMENTS["ENG"])
        method = Method.PAPER if member.channel is Channel.PAPER else Method.DIGITAL
        return FamilyComment(text, member.name, dt.datetime.combine(day, dt.time(19, 30)), method)

    # News and events

    def _news(self, classes: list[SchoolClass]) -> None:
        first, today = self.days[0], self.plan.today
        for n, (title, body) in enumerate(data.SCHOOL_NEWS):
            published = self._day_between(
                first, today, n / len(data.SCHOOL_NEWS), (n + 1) / len(data.SCHOOL_NEWS)
            )
            attachment_ids: tuple[str, ...] = ()
            if self.plan.images and title == "Winter fair":
                poster = work_picture(self.pictures, "Winter fair", "Everyone", heading="Winter fair!")
                at = dt.datetime.combine(published, dt.time(9))
                attachment_ids = (self.writer.attachment(poster, "winter-fair-poster.png", (), at).id,)
                self.counts.attachments += 1
            self.writer.news(NewsItem(title, body, published, data.ADMIN_NAME, None, attachment_ids))
        for title, offset, starts_at, location, details in data.EVENTS:
            self.writer.event(
                SchoolEvent(title, today + dt.timedelta(days=offset), details, starts_at, location)
            )
        for school_class in classes:
            teacher = self.teacher[school_class.id]
            for title, body in self.rng.sample(data.CLASS_NEWS, 2):
                published = self._day_between(first, today, 0.2, 1.0)
                self.writer.news(NewsItem(title, body, published, teacher.name, school_class.id))
            title, offset, starts_at, location, details = self.rng.choice(data.CLASS_EVENTS)
            self.writer.event(
                SchoolEvent(
                    title, today + dt.timedelta(days=offset), details, starts_at, location, school_class.id
                )
            )


# --- Pictures of work --------------------------------------------------------------------------------
