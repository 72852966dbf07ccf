"""Setting up and looking up the school: classes, staff, pupils and their families."""

from dataclasses import replace

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.families import FamilyMember
from desktop.domain.languages import language
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.school import SchoolRepository


class SchoolService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def school(self) -> School | None:
        with self.vault.reading() as session:
            return SchoolRepository(session).school()

    def set_up(self, school: School, staff: list[StaffMember], classes: list[SchoolClass]) -> None:
        """Record the school, its staff and classes in one transaction."""
        if not school.name.strip():
            raise InvalidInput("The school needs a name.")
        _refuse_unsafe(school.name_problem())
        for member in staff:
            _refuse_unsafe(member.name_problem())
        with self.vault.writing() as session:
            repo = SchoolRepository(session)
            repo.save_school(school)
            for member in staff:
                repo.save_staff(member)
            for school_class in classes:
                self._check_class(school_class)
                repo.save_class(school_class)
            self.context.audit(session, AuditAction.CREATED, "school", school.id)

    def save_class(self, school_class: SchoolClass) -> None:
        self._check_class(school_class)
        with self.vault.writing() as session:
            SchoolRepository(session).save_class(school_class)
            self.context.audit(session, AuditAction.CHANGED, "class", school_class.id)

    @staticmethod
    def _check_class(school_class: SchoolClass) -> None:
        if not school_class.name.strip():
            raise InvalidInput("A class needs a name.")
        _refuse_unsafe(school_class.name_problem())

    def staff(self) -> list[StaffMember]:
        with self.vault.reading() as session:
            return SchoolRepository(session).staff()

    def classes(self) -> list[SchoolClass]:
        with self.vault.reading() as session:
            return SchoolRepository(session).classes()

    def class_named(self, name: str) -> SchoolClass:
        """The class with this name (any case), or a message listing the classes there are."""
        with self.vault.reading() as session:
            repo = SchoolRepository(session)
            found = repo.class_by_name(name)
            if found is None:
                names = ", ".join(c.name for c in repo.classes()) or "none yet"
                raise InvalidInput(f"There is no class called {name!r}. The classes are: {names}.")
            return found

    def pupils(self, class_id: str | None = None) -> list[Pupil]:
        with self.vault.reading() as session:
            return SchoolRepository(session).pupils(class_id)

    def pupil(self, pupil_id: str) -> Pupil:
        with self.vault.reading() as session:
            found = SchoolRepository(session).pupil(pupil_id)
        if found is None:
            raise InvalidInput("That pupil is no longer on roll in this school.")
        return found

    def save_pupils(self, pupils: list[Pupil]) -> None:
        """Add or update pupils; every one is checked before any is saved."""
        for pupil in pupils:
            if not pupil.legal_first_name.strip() or not pupil.legal_last_name.strip():
                raise InvalidInput("A pupil needs a first and a last name.")
            _refuse_unsafe(pupil.name_problem())
            language(pupil.first_language)
        self.context.actor.require(Capability.MANAGE_FAMILIES)
        with self.vault.writing() as session:
            repo = SchoolRepository(session)
            known_classes = {c.id for c in repo.classes()}
            for pupil in pupils:
                if pupil.class_id not in known_classes:
                    raise InvalidInput(f"{pupil.display_name} is in a class this school does not have.")
                repo.save_pupil(pupil)
                self.context.audit(session, AuditAction.CHANGED, "pupil", pupil.id, pupil.id)

    def family_of(self, pupil_id: str) -> list[FamilyMember]:
        with self.vault.reading() as session:
            return SchoolRepository(session).family_of(pupil_id)

    def families_of(self, pupil_ids: list[str]) -> dict[str, list[FamilyMember]]:
        """Each pupil's family (as family_of), read together: a class's packs need every one."""
        with self.vault.reading() as session:
            return SchoolRepository(session).families_of(pupil_ids)

    def save_family_members(self, members: list[FamilyMember]) -> None:
        for member in members:
            if not member.name.strip():
                raise InvalidInput("A family member needs a name.")
            _refuse_unsafe(member.name_problem())
            if not member.pupil_ids:
                raise InvalidInput(f"{member.name} is not linked to any pupil.")
            try:
                language(member.home_language)
            except ValueError as exc:
                raise InvalidInput(str(exc)) from None
        self.context.actor.require(Capability.MANAGE_FAMILIES)
        with self.vault.writing() as session:
            repo = SchoolRepository(session)
            for member in members:
                repo.save_family_member(member)
                for pupil_id in member.pupil_ids:
                    self.context.audit(session, AuditAction.CHANGED, "family_member", member.id, pupil_id)

    def remove_family_member(self, member_id: str, pupil_id: str) -> None:
        """Take a contact off one pupil's list. A contact still linked to a brother or sister stays theirs;
        one linked to no pupil any more is deleted, since nothing in the school would reach them."""
        self.context.actor.require(Capability.MANAGE_FAMILIES)
        with self.vault.writing() as session:
            repo = SchoolRepository(session)
            member = repo.family_member(member_id)
            if member is None or pupil_id not in member.pupil_ids:
                raise InvalidInput("That contact is no longer on this pupil's list; nothing was removed.")
            others = tuple(p for p in member.pupil_ids if p != pupil_id)
            if others:
                repo.save_family_member(replace(member, pupil_ids=others))
            else:
                repo.delete_family_member(member_id)
            self.context.audit(session, AuditAction.DELETED, "family_member", member_id, pupil_id)


def _refuse_unsafe(problem: str | None) -> None:
    if problem is not None:
        raise InvalidInput(problem)
