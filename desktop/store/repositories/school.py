"""The school, its staff, classes, pupils and families."""

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.families import Channel, Connectivity, Device, FamilyMember, Relationship
from desktop.domain.pupils import PhotoConsent, Pupil, SenStatus
from desktop.domain.school import EntrySection, School, SchoolClass, StaffMember, StaffRole
from desktop.store.chunks import in_chunks
from desktop.store.repositories.people_index import PeopleIndex
from desktop.store.schema import (
    ClassRow,
    ClassStaffRow,
    FamilyMemberRow,
    PupilFamilyRow,
    PupilRow,
    SchoolRow,
    StaffRow,
)


def _pupil(row: PupilRow) -> Pupil:
    return Pupil(
        id=row.id,
        class_id=row.class_id,
        upn=row.upn,
        legal_first_name=row.legal_first_name,
        legal_last_name=row.legal_last_name,
        preferred_first_name=row.preferred_first_name,
        preferred_last_name=row.preferred_last_name,
        date_of_birth=row.date_of_birth,
        sen_status=SenStatus(row.sen_status),
        first_language=row.first_language,
        photo_consent=PhotoConsent(row.photo_consent),
    )


def _family(row: FamilyMemberRow, pupil_ids: tuple[str, ...]) -> FamilyMember:
    return FamilyMember(
        id=row.id,
        name=row.name,
        relationship=Relationship(row.relationship),
        pupil_ids=pupil_ids,
        parental_responsibility=row.parental_responsibility,
        channel=Channel(row.channel),
        home_language=row.home_language,
        large_print=row.large_print,
        devices=frozenset(Device(d) for d in row.devices),
        connectivity=Connectivity(row.connectivity),
        phone=row.phone,
        email=row.email,
        household=row.household,
        contact_order=row.contact_order,
    )


class SchoolRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # The school and its staff
    def school(self) -> School | None:
        row = self.session.scalars(select(SchoolRow)).first()
        return (
            None if row is None else School(id=row.id, name=row.name, urn=row.urn, dfe_number=row.dfe_number)
        )

    def save_school(self, school: School) -> None:
        self.session.merge(
            SchoolRow(id=school.id, name=school.name, urn=school.urn, dfe_number=school.dfe_number)
        )

    def save_staff(self, staff: StaffMember) -> None:
        self.session.merge(StaffRow(id=staff.id, name=staff.name, role=staff.role.value, email=staff.email))

    def staff(self) -> list[StaffMember]:
        rows = self.session.scalars(select(StaffRow).order_by(StaffRow.name))
        return [StaffMember(id=r.id, name=r.name, role=StaffRole(r.role), email=r.email) for r in rows]

    # Classes
    def save_class(self, school_class: SchoolClass) -> None:
        self.session.merge(
            ClassRow(
                id=school_class.id,
                name=school_class.name,
                year_group=school_class.year_group,
                sections=sorted(s.value for s in school_class.sections),
            )
        )
        self.session.flush()
        self.session.execute(delete(ClassStaffRow).where(ClassStaffRow.class_id == school_class.id))
        self.session.add_all(
            ClassStaffRow(class_id=school_class.id, staff_id=s) for s in school_class.staff_ids
        )

    def classes(self) -> list[SchoolClass]:
        staff: dict[str, list[str]] = {}
        for link in self.session.scalars(select(ClassStaffRow)):
            staff.setdefault(link.class_id, []).append(link.staff_id)
        rows = self.session.scalars(select(ClassRow).order_by(ClassRow.year_group, ClassRow.name))
        return [
            SchoolClass(
                id=r.id,
                name=r.name,
                year_group=r.year_group,
                staff_ids=tuple(staff.get(r.id, ())),
                sections=frozenset(EntrySection(s) for s in r.sections),
            )
            for r in rows
        ]

    def class_by_name(self, name: str) -> SchoolClass | None:
        wanted = name.strip().casefold()
        return next((c for c in self.classes() if c.name.casefold() == wanted), None)

    def school_class(self, class_id: str) -> SchoolClass | None:
        return next((c for c in self.classes() if c.id == class_id), None)

    # Pupils
    def save_pupil(self, pupil: Pupil) -> None:
        self.session.merge(
            PupilRow(
                id=pupil.id,
                class_id=pupil.class_id,
                upn=pupil.upn,
                legal_first_name=pupil.legal_first_name,
                legal_last_name=pupil.legal_last_name,
                preferred_first_name=pupil.preferred_first_name,
                preferred_last_name=pupil.preferred_last_name,
                date_of_birth=pupil.date_of_birth,
                sen_status=pupil.sen_status.value,
                first_language=pupil.first_language,
                photo_consent=pupil.photo_consent.value,
            )
        )
        PeopleIndex(self.session).put_pupil(pupil)

    def pupil(self, pupil_id: str) -> Pupil | None:
        row = self.session.get(PupilRow, pupil_id)
        return None if row is None else _pupil(row)

    def pupils(self, class_id: str | None = None) -> list[Pupil]:
        query = select(PupilRow)
        if class_id is not None:
            query = query.where(PupilRow.class_id == class_id)
        return sorted((_pupil(r) for r in self.session.scalars(query)), key=lambda p: p.sort_key)

    def pupils_by_ids(self, pupil_ids: Iterable[str]) -> dict[str, Pupil]:
        found: dict[str, Pupil] = {}
        for chunk in in_chunks(pupil_ids):
            found.update(
                (r.id, _pupil(r))
                for r in self.session.scalars(select(PupilRow).where(PupilRow.id.in_(chunk)))
            )
        return found

    # Families
    def save_family_member(self, member: FamilyMember) -> None:
        self.session.merge(
            FamilyMemberRow(
                id=member.id,
                name=member.name,
                relationship=member.relationship.value,
                parental_responsibility=member.parental_responsibility,
                channel=member.channel.value,
                home_language=member.home_language,
                large_print=member.large_print,
                devices=sorted(d.value for d in member.devices),
                connectivity=member.connectivity.value,
                phone=member.phone,
                email=member.email,
                household=member.household,
                contact_order=member.contact_order,
            )
        )
        self.session.flush()
        self.session.execute(delete(PupilFamilyRow).where(PupilFamilyRow.family_member_id == member.id))
        self.session.add_all(PupilFamilyRow(pupil_id=p, family_member_id=member.id) for p in member.pupil_ids)
        PeopleIndex(self.session).put_members([member])

    def delete_family_member(self, member_id: str) -> None:
        """The contact and every link to a pupil (the links go with it by ON DELETE CASCADE)."""
        self.session.execute(delete(PupilFamilyRow).where(PupilFamilyRow.family_member_id == member_id))
        self.session.execute(delete(FamilyMemberRow).where(FamilyMemberRow.id == member_id))
        PeopleIndex(self.session).remove_member(member_id)

    def family_of(self, pupil_id: str) -> list[FamilyMember]:
        member_ids = self.session.scalars(
            select(PupilFamilyRow.family_member_id).where(PupilFamilyRow.pupil_id == pupil_id)
        ).all()
        members = self._family_members(member_ids)
        return sorted(members, key=lambda m: (m.contact_order, m.name))

    def families_of(self, pupil_ids: Iterable[str]) -> dict[str, list[FamilyMember]]:
        """family_of for many pupils (a class, for its packs) in a few queries rather than a few each."""
        wanted = list(pupil_ids)
        links: dict[str, list[str]] = {}
        for ids in in_chunks(wanted):
            for pupil_id, member_id in self.session.execute(
                select(PupilFamilyRow.pupil_id, PupilFamilyRow.family_member_id).where(
                    PupilFamilyRow.pupil_id.in_(ids)
                )
            ):
                links.setdefault(pupil_id, []).append(member_id)
        members = self.family_members_by_ids({m for found in links.values() for m in found})
        return {
            pupil_id: sorted(
                (members[m] for m in links.get(pupil_id, ()) if m in members),
                key=lambda m: (m.contact_order, m.name),
            )
            for pupil_id in wanted
        }

    def family_member(self, member_id: str) -> FamilyMember | None:
        found = self._family_members([member_id])
        return found[0] if found else None

    def family_members_by_ids(self, member_ids: Iterable[str]) -> dict[str, FamilyMember]:
        return {m.id: m for m in self._family_members(member_ids)}

    def _family_members(self, member_ids: Iterable[str]) -> list[FamilyMember]:
        found: list[FamilyMember] = []
        for ids in in_chunks(member_ids):
            links: dict[str, list[str]] = {}
            for link in self.session.scalars(
                select(PupilFamilyRow).where(PupilFamilyRow.family_member_id.in_(ids))
            ):
                links.setdefault(link.family_member_id, []).append(link.pupil_id)
            rows = self.session.scalars(select(FamilyMemberRow).where(FamilyMemberRow.id.in_(ids)))
            found += [_family(r, tuple(sorted(links.get(r.id, ())))) for r in rows]
        return found
