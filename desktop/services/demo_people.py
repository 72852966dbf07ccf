"""The demo school's people: staff and classes, then the children and the families they live with."""

import datetime as dt
import unicodedata
from dataclasses import replace

from desktop.domain.families import Channel, Connectivity, Device, FamilyMember, Relationship
from desktop.domain.pupils import PhotoConsent, Pupil, SenStatus
from desktop.domain.school import EntrySection, SchoolClass, StaffMember, StaffRole
from desktop.services import demo_data as data
from desktop.services.demo_state import BuiltChild, DemoState

_UPN_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(la: str, establishment: str, year: int, serial: int) -> str:
    """A unique pupil number in the DfE form: a check letter, then LA, school, year and serial digits."""
    body = f"{la}{establishment}{year % 100:02d}{serial % 1000:03d}"
    total = sum(int(digit) * weight for digit, weight in zip(body, range(2, 14), strict=True))
    return _UPN_CHECK[total % 23] + body


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c == ".")


class PeopleBuilder(DemoState):
    """Staff, classes, children and families, drawn in that order from the school's stream."""

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

    def _children(self, classes: list[SchoolClass]) -> list[BuiltChild]:
        weights = [h.weight for h in data.HERITAGES]
        autumn = self.plan.today.year if self.plan.today.month >= 9 else self.plan.today.year - 1
        serials: dict[int, int] = {}
        children: list[BuiltChild] = []
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
                child = BuiltChild(
                    pupil=pupil,
                    heritage=heritage,
                    girl=girl,
                    school_class=school_class,
                    family_index=sibling.family_index if sibling else families - 1,
                )
                self._needs(child)
                children.append(child)
        return children

    def _sibling_of(self, children: list[BuiltChild], school_class: SchoolClass) -> BuiltChild | None:
        """Now and then a child has a brother or sister in an earlier class: one family, two link books."""
        if not children or children[0].school_class.id == school_class.id or self.rng.random() >= 0.06:
            return None
        candidate = self.rng.choice(children)
        if candidate.school_class.id == school_class.id:
            return None
        taken = sum(1 for c in children if c.family_index == candidate.family_index)
        return candidate if taken == 1 else None

    def _needs(self, child: BuiltChild) -> None:
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

    def _families(self, children: list[BuiltChild]) -> None:
        groups: dict[int, list[BuiltChild]] = {}
        for child in children:
            groups.setdefault(child.family_index, []).append(child)
        for group in groups.values():
            members = self._family_for(group)
            for member in members:
                self.writer.family_member(member)
            self.counts.family_members += len(members)
            for child in group:
                child.family = members

    def _family_for(self, group: list[BuiltChild]) -> list[FamilyMember]:
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
