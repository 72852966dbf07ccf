"""Searching the school: people by name, and the text of entries, replies, agreements and folders."""

from dataclasses import dataclass

from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.store.repositories.people_index import FAMILY, PUPIL, member_id_of
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.search import SearchHit, SearchIndex

_CLASS_STAFF = (StaffRole.CLASS_TEACHER, StaffRole.TEACHING_ASSISTANT)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A record that matched, or a person: a pupil (hit.kind "pupil") or one of a pupil's family
    (hit.kind "family", with `family_member` set and `pupil` the child they belong to)."""

    hit: SearchHit
    pupil: Pupil | None
    family_member: FamilyMember | None = None

    @property
    def is_person(self) -> bool:
        return self.hit.kind in (PUPIL, FAMILY)


class SearchService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def search(self, query: str, limit: int = 50, pupil_id: str | None = None) -> list[SearchResult]:
        """People whose names match first (pupils, then family members), then records newest first;
        every word must match, the last as a prefix; at most `limit` results in all.

        A family member sees only their own children and their families; class staff only the pupils
        of their classes (when the school says which those are); other staff everyone on the device."""
        with self.vault.reading() as session:
            school = SchoolRepository(session)
            scope = self._scope(school)
            index = SearchIndex(session)
            found = index.search(query, limit, pupil_id, pupil_ids=scope, people=True)
            hits = (
                index.search(query, limit - len(found), pupil_id, pupil_ids=scope)
                if len(found) < limit
                else []
            )
            pupils = school.pupils_by_ids({h.pupil_id for h in [*found, *hits]})
            members = school.family_members_by_ids(
                member_id_of(h.record_id) for h in found if h.kind == FAMILY
            )
        people = [
            SearchResult(
                h,
                pupils.get(h.pupil_id),
                members.get(member_id_of(h.record_id)) if h.kind == FAMILY else None,
            )
            for h in found
        ]
        people = [
            p for p in people if p.pupil is not None and (p.hit.kind == PUPIL or p.family_member is not None)
        ]
        people.sort(key=_person_order)
        return people + [SearchResult(h, pupils.get(h.pupil_id)) for h in hits]

    def _scope(self, school: SchoolRepository) -> set[str] | None:
        """The pupils this person may search, or None for everyone on the device."""
        actor = self.context.actor
        if actor.is_family:
            return set(actor.pupil_ids)
        if actor.role in _CLASS_STAFF and actor.staff_id:
            mine = [c.id for c in school.classes() if actor.staff_id in c.staff_ids]
            if mine:
                return {p.id for class_id in mine for p in school.pupils(class_id)}
        return None


def _person_order(result: SearchResult) -> tuple[int, tuple[str, str], str]:
    pupil_key = result.pupil.sort_key if result.pupil else ("", "")
    if result.family_member is None:
        return (0, pupil_key, "")
    return (1, pupil_key, result.family_member.name.casefold())
