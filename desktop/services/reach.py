"""Families not reached: per class, or for the whole school (the head and the family liaison)."""

from desktop.domain.reach import FamilyReach, FamilyReachInput, family_reach
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.repositories.family_reach import FamilyProfiles, ReachQuery
from desktop.store.repositories.school import SchoolRepository
from desktop.store.sync_store.enrolled import EnrolledDevices

MAX_DAYS = 200
FAMILY_DEVICE_ROLE = "family"


class ReachService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def reach(self, class_id: str | None = None, days: int | None = None) -> list[FamilyReach]:
        """Every family of the class (of the school when `class_id` is None), those not reached first."""
        actor = self.context.actor
        actor.require_staff()
        if class_id is None and actor.role is not StaffRole.ADMIN:
            raise PermissionError("The whole school's families are for the head and the family liaison.")
        if days is not None and not 1 <= days <= MAX_DAYS:
            raise InvalidInput(f"Give the school days as a number from 1 to {MAX_DAYS}.")
        with self.vault.reading() as session:
            school = SchoolRepository(session)
            classes = {c.id: c.name for c in school.classes()}
            if class_id is not None and class_id not in classes:
                raise InvalidInput("That class is not in this school.")
            query = ReachQuery(session)
            pupils = query.roll(class_id)
            pupil_ids = [p.id for p in pupils]
            last = query.last_contacts(pupil_ids, class_id)
            homes = query.home_facts(pupil_ids, class_id)
            profiles = FamilyProfiles(session).profiles(class_id)
            calendar = CalendarRepository(session).calendar()
            days = days if days is not None else query.reach_days()
            enrolled = [d for d in EnrolledDevices(session).all() if d.role == FAMILY_DEVICE_ROLE]
        joined = {p for d in enrolled if not d.removed_at for p in d.pupil_ids}
        inputs = []
        for pupil in pupils:
            seen, home, profile = last[pupil.id], homes[pupil.id], profiles.get(pupil.id)
            reading = profile.reading.value if profile else ""
            inputs.append(
                FamilyReachInput(
                    pupil_id=pupil.id,
                    pupil_name=pupil.display_name,
                    class_name=classes.get(pupil.class_id, ""),
                    last_app=seen.app,
                    last_paper=seen.paper,
                    last_logged=seen.logged,
                    last_meeting=seen.meeting,
                    has_device=home.has_device,
                    # An admin device knows which families joined; any other goes by how they take it.
                    joined_app=pupil.id in joined if enrolled else home.takes_app,
                    wants_paper=home.wants_paper,
                    large_print=home.large_print or reading == "large_print",
                    interpreter_language=profile.interpreter_language if profile else "",
                    has_phone=home.has_phone,
                    failed_attempts=seen.failed_attempts,
                )
            )
        return family_reach(inputs, calendar, self.context.today(), days)

    def reach_days(self) -> int:
        with self.vault.reading() as session:
            return ReachQuery(session).reach_days()

    def set_reach_days(self, days: int) -> None:
        """The school's setting: after how many school days without contact a family counts as not reached."""
        actor = self.context.actor
        actor.require_staff()
        if actor.role is not StaffRole.ADMIN:
            raise PermissionError("Only the school's admin changes this setting; nothing was changed.")
        if not 1 <= days <= MAX_DAYS:
            raise InvalidInput(f"Give the school days as a number from 1 to {MAX_DAYS}; nothing was changed.")
        with self.vault.writing() as session:
            ReachQuery(session).set_reach_days(days)
