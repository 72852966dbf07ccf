"""Family profiles, the contact log, and each family's last two-way contact on every channel."""

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, func, select, true, update
from sqlalchemy.orm import QueryableAttribute, Session

from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.family_profile import ChildItem, ContactWay, FamilyProfile, ReadingPreference
from desktop.domain.linkbook import Method
from desktop.domain.pupils import Pupil
from desktop.domain.reach import DEFAULT_REACH_DAYS
from desktop.store.schema import (
    FamilyMemberRow,
    PupilFamilyRow,
    PupilRow,
)
from desktop.store.schema_family_reach import (
    FamilyContactRow,
    FamilyLastHeardRow,
    FamilyProfileItemRow,
    FamilyProfileRow,
    ReachSettingRow,
)

_SETTING_ID = 1


class FamilyProfiles:
    """Profiles and their items, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def profile(self, pupil_id: str) -> FamilyProfile | None:
        row = self.session.get(FamilyProfileRow, pupil_id)
        if row is None:
            return None
        items = self.session.scalars(
            select(FamilyProfileItemRow)
            .where(FamilyProfileItemRow.pupil_id == pupil_id)
            .order_by(FamilyProfileItemRow.position)
        )
        return _profile(row, tuple(ChildItem(i.text, i.sensitive, i.id) for i in items))

    def profiles(self, class_id: str | None) -> dict[str, FamilyProfile]:
        """Profiles of a class's pupils (the school's, for None), without their items or languages: what
        reach needs (interpreter and reading), read as plain columns (a whole school's in a few ms)."""
        t = FamilyProfileRow
        rows = self.session.execute(
            select(t.pupil_id, t.contact_way, t.interpreter_language, t.reading).where(
                in_class(t.pupil_id, class_id)
            )
        )
        return {
            pupil_id: FamilyProfile(
                pupil_id,
                contact_way=ContactWay(way),
                interpreter_language=interpreter,
                reading=ReadingPreference(reading),
            )
            for pupil_id, way, interpreter, reading in rows
        }

    def save(self, profile: FamilyProfile, at: dt.datetime, by: str) -> None:
        """Make the stored profile exactly this one (items not in it are removed)."""
        self.session.merge(
            FamilyProfileRow(
                pupil_id=profile.pupil_id,
                home_languages=list(profile.home_languages),
                contact_way=profile.contact_way.value,
                contact_time=profile.contact_time,
                interpreter_language=profile.interpreter_language,
                reading=profile.reading.value,
                updated_at=at,
                updated_by=by,
            )
        )
        kept = [item.id for item in profile.items]
        self.session.execute(
            delete(FamilyProfileItemRow).where(
                FamilyProfileItemRow.pupil_id == profile.pupil_id, FamilyProfileItemRow.id.not_in(kept)
            )
        )
        for position, item in enumerate(profile.items):
            self.session.merge(
                FamilyProfileItemRow(
                    id=item.id,
                    pupil_id=profile.pupil_id,
                    position=position,
                    text=item.text,
                    sensitive=item.sensitive,
                )
            )

    def delete_pupil(self, pupil_id: str) -> tuple[list[str], list[str]]:
        """Remove a pupil's profile and items (erasure); returns the profile and item ids removed."""
        item_ids = list(
            self.session.scalars(
                select(FamilyProfileItemRow.id).where(FamilyProfileItemRow.pupil_id == pupil_id)
            )
        )
        self.session.execute(delete(FamilyProfileItemRow).where(FamilyProfileItemRow.pupil_id == pupil_id))
        had = self.session.get(FamilyProfileRow, pupil_id) is not None
        self.session.execute(delete(FamilyProfileRow).where(FamilyProfileRow.pupil_id == pupil_id))
        return ([pupil_id] if had else []), item_ids


def _profile(row: FamilyProfileRow, items: tuple[ChildItem, ...]) -> FamilyProfile:
    return FamilyProfile(
        pupil_id=row.pupil_id,
        home_languages=tuple(row.home_languages),
        contact_way=ContactWay(row.contact_way),
        contact_time=row.contact_time,
        interpreter_language=row.interpreter_language,
        reading=ReadingPreference(row.reading),
        items=items,
    )


class ContactLog:
    """Logged contacts with families, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, contact: FamilyContact, at: dt.datetime) -> None:
        self.session.add(
            FamilyContactRow(
                id=contact.id,
                pupil_id=contact.pupil_id,
                kind=contact.kind.value,
                contacted_on=contact.on,
                note=contact.note,
                reached=contact.reached,
                interpreter_language=contact.interpreter_language,
                outcome=contact.outcome,
                follow_up_on=contact.follow_up_on,
                follow_up_done=contact.follow_up_done,
                logged_by=contact.logged_by,
                logged_at=at,
            )
        )

    def contact(self, contact_id: str) -> FamilyContact | None:
        row = self.session.get(FamilyContactRow, contact_id)
        return None if row is None else _contact(row)

    def of_pupil(self, pupil_id: str) -> list[FamilyContact]:
        """Newest first."""
        rows = self.session.scalars(
            select(FamilyContactRow)
            .where(FamilyContactRow.pupil_id == pupil_id)
            .order_by(FamilyContactRow.contacted_on.desc(), FamilyContactRow.logged_at.desc())
        )
        return [_contact(r) for r in rows]

    def follow_ups_due(self, today: dt.date, pupil_ids: Collection[str]) -> list[FamilyContact]:
        """Open follow-ups due by today for these pupils, the oldest first."""
        rows = self.session.scalars(
            select(FamilyContactRow)
            .where(
                FamilyContactRow.follow_up_on <= today,
                FamilyContactRow.follow_up_done.is_(False),
                FamilyContactRow.pupil_id.in_(pupil_ids),
            )
            .order_by(FamilyContactRow.follow_up_on)
        )
        return [_contact(r) for r in rows]

    def mark_followed_up(self, contact_id: str) -> None:
        self.session.execute(
            update(FamilyContactRow).where(FamilyContactRow.id == contact_id).values(follow_up_done=True)
        )

    def delete_pupil(self, pupil_id: str) -> list[str]:
        ids = list(
            self.session.scalars(select(FamilyContactRow.id).where(FamilyContactRow.pupil_id == pupil_id))
        )
        self.session.execute(delete(FamilyContactRow).where(FamilyContactRow.pupil_id == pupil_id))
        return ids


def _contact(row: FamilyContactRow) -> FamilyContact:
    return FamilyContact(
        id=row.id,
        pupil_id=row.pupil_id,
        kind=ContactKind(row.kind),
        on=row.contacted_on,
        note=row.note,
        reached=row.reached,
        interpreter_language=row.interpreter_language,
        outcome=row.outcome,
        follow_up_on=row.follow_up_on,
        follow_up_done=row.follow_up_done,
        logged_by=row.logged_by,
    )


def in_class(pupil_column: QueryableAttribute[str], class_id: str | None) -> ColumnElement[bool]:
    """A pupil id column limited to one class's pupils, or to every pupil for None (no list of ids
    bound into the query, which for a whole school would be 1,500 parameters)."""
    if class_id is None:
        return true()
    return pupil_column.in_(select(PupilRow.id).where(PupilRow.class_id == class_id))


@dataclass(slots=True)
class LastContacts:
    """One pupil's family: the last day something came back on each channel."""

    app: dt.date | None = None
    paper: dt.date | None = None
    logged: dt.date | None = None
    meeting: dt.date | None = None
    failed_attempts: int = 0


@dataclass(slots=True)
class HomeFacts:
    """What a pupil's contacts say about reaching home: devices, paper, large print, a phone number."""

    has_device: bool = False
    takes_app: bool = False
    wants_paper: bool = False
    large_print: bool = False
    has_phone: bool = False
    home_language: str = ""


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class ReachQuery:
    """The last two-way contact with each family over every channel, in a handful of grouped queries."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def last_contacts(self, pupil_ids: Collection[str], class_id: str | None) -> dict[str, LastContacts]:
        """For these pupils (all of the class, or of the school for None)."""
        found: dict[str, LastContacts] = {p: LastContacts() for p in pupil_ids}
        if not found:
            return found

        last_heard = self.session.execute(
            select(FamilyLastHeardRow.pupil_id, FamilyLastHeardRow.channel, FamilyLastHeardRow.last_on).where(
                in_class(FamilyLastHeardRow.pupil_id, class_id)
            )
        )
        for pupil_id, channel, day in last_heard:
            last = found.get(pupil_id)
            if last is None:
                continue
            if channel == Method.PAPER.value:
                last.paper = _later(last.paper, day)
            else:
                last.app = _later(last.app, day)
        meeting = FamilyContactRow.kind == ContactKind.MEETING.value
        for pupil_id, is_meeting, day in self.session.execute(
            select(FamilyContactRow.pupil_id, meeting, func.max(FamilyContactRow.contacted_on))
            .where(FamilyContactRow.reached.is_(True), in_class(FamilyContactRow.pupil_id, class_id))
            .group_by(FamilyContactRow.pupil_id, meeting)
        ):
            last = found.get(pupil_id, LastContacts())
            if is_meeting:
                last.meeting = _as_date(day)
            else:
                last.logged = _as_date(day)
        # Attempts that did not reach the family since anything last came back from them.
        for pupil_id, day in self.session.execute(
            select(FamilyContactRow.pupil_id, FamilyContactRow.contacted_on).where(
                FamilyContactRow.reached.is_(False), in_class(FamilyContactRow.pupil_id, class_id)
            )
        ):
            last = found.get(pupil_id, LastContacts())
            heard = _later(_later(last.logged, last.meeting), _later(last.app, last.paper))
            if heard is None or day > heard:
                last.failed_attempts += 1
        return found

    def home_facts(self, pupil_ids: Collection[str], class_id: str | None) -> dict[str, HomeFacts]:
        """Each pupil's family taken together (one query over the links for the whole school)."""
        found: dict[str, HomeFacts] = {p: HomeFacts() for p in pupil_ids}
        rows = self.session.execute(
            select(
                PupilFamilyRow.pupil_id,
                FamilyMemberRow.channel,
                func.json_array_length(FamilyMemberRow.devices),  # no 2,000 JSON lists decoded for a count
                FamilyMemberRow.large_print,
                FamilyMemberRow.phone,
                FamilyMemberRow.home_language,
            )
            .join(FamilyMemberRow, FamilyMemberRow.id == PupilFamilyRow.family_member_id)
            .where(in_class(PupilFamilyRow.pupil_id, class_id))
            .order_by(PupilFamilyRow.pupil_id, FamilyMemberRow.contact_order)
        )
        for pupil_id, channel, devices, large_print, phone, home_language in rows:
            facts = found.get(pupil_id)
            if facts is None:
                continue
            facts.has_device = facts.has_device or bool(devices)
            facts.takes_app = facts.takes_app or (channel != "paper" and bool(devices))
            facts.wants_paper = facts.wants_paper or channel != "app"
            facts.large_print = facts.large_print or large_print
            facts.has_phone = facts.has_phone or bool(phone.strip())
            facts.home_language = facts.home_language or home_language
        return found

    def roll(self, class_id: str | None) -> list[Pupil]:
        """A class's pupils (the school's, for None) with their names, read as plain columns: building
        1,500 ORM objects costs more than the rest of the reach view together."""
        t = PupilRow
        rows = self.session.execute(
            select(
                t.id,
                t.class_id,
                t.legal_first_name,
                t.legal_last_name,
                t.preferred_first_name,
                t.preferred_last_name,
                t.date_of_birth,
                t.first_language,
            ).where(true() if class_id is None else t.class_id == class_id)
        )
        return [
            Pupil(
                id=pupil_id,
                class_id=class_of,
                legal_first_name=first,
                legal_last_name=last,
                preferred_first_name=preferred_first,
                preferred_last_name=preferred_last,
                date_of_birth=born,
                first_language=language,
            )
            for pupil_id, class_of, first, last, preferred_first, preferred_last, born, language in rows
        ]

    def forget_pupil(self, pupil_id: str) -> None:
        """Erasure: the pupil's last-heard days go with the pupil."""
        self.session.execute(delete(FamilyLastHeardRow).where(FamilyLastHeardRow.pupil_id == pupil_id))

    def reach_days(self) -> int:
        row = self.session.get(ReachSettingRow, _SETTING_ID)
        return row.days if row is not None else DEFAULT_REACH_DAYS

    def set_reach_days(self, days: int) -> None:
        self.session.merge(ReachSettingRow(id=_SETTING_ID, days=days))
