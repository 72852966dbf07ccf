"""Family profiles, the contact log, and each family's last two-way contact on every channel."""

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.domain.agreements import Party
from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.family_profile import ChildItem, ContactWay, FamilyProfile, ReadingPreference
from desktop.domain.linkbook import AuthorKind, Method
from desktop.domain.reach import DEFAULT_REACH_DAYS
from desktop.store.schema import (
    AcknowledgementRow,
    AgreementRow,
    AgreementVersionRow,
    EntryRow,
    FamilyMemberRow,
    PupilFamilyRow,
    ReplyRow,
    SignatureRow,
    WorkFolderRow,
)
from desktop.store.schema_family_reach import (
    FamilyContactRow,
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

    def profiles(self, pupil_ids: Collection[str]) -> dict[str, FamilyProfile]:
        """Profiles of these pupils, without their items (reach needs languages and reading only)."""
        rows = self.session.scalars(select(FamilyProfileRow).where(FamilyProfileRow.pupil_id.in_(pupil_ids)))
        return {row.pupil_id: _profile(row, ()) for row in rows}

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

    def last_contacts(self, pupil_ids: Collection[str]) -> dict[str, LastContacts]:
        found: dict[str, LastContacts] = {p: LastContacts() for p in pupil_ids}
        if not found:
            return found
        wanted = list(found)

        def note(rows: Iterable[tuple[str, object, object]]) -> None:
            for pupil_id, method, day in rows:
                last = found.get(pupil_id)
                if last is None:
                    continue
                if method == Method.PAPER.value:
                    last.paper = _later(last.paper, _as_date(day))
                else:
                    last.app = _later(last.app, _as_date(day))

        note(
            self.session.execute(
                select(EntryRow.pupil_id, ReplyRow.method, func.max(ReplyRow.written_at))
                .join(EntryRow, EntryRow.id == ReplyRow.entry_id)
                .where(ReplyRow.author_kind == AuthorKind.FAMILY.value, EntryRow.pupil_id.in_(wanted))
                .group_by(EntryRow.pupil_id, ReplyRow.method)
            )
        )
        note(
            self.session.execute(
                select(EntryRow.pupil_id, AcknowledgementRow.method, func.max(AcknowledgementRow.at))
                .join(EntryRow, EntryRow.id == AcknowledgementRow.entry_id)
                .where(EntryRow.pupil_id.in_(wanted))
                .group_by(EntryRow.pupil_id, AcknowledgementRow.method)
            )
        )
        note(
            self.session.execute(
                select(
                    WorkFolderRow.pupil_id, WorkFolderRow.comment_method, func.max(WorkFolderRow.comment_at)
                )
                .where(WorkFolderRow.comment_at.is_not(None), WorkFolderRow.pupil_id.in_(wanted))
                .group_by(WorkFolderRow.pupil_id, WorkFolderRow.comment_method)
            )
        )
        note(
            self.session.execute(
                select(AgreementRow.pupil_id, SignatureRow.method, func.max(SignatureRow.signed_on))
                .join(AgreementVersionRow, AgreementVersionRow.id == SignatureRow.version_id)
                .join(AgreementRow, AgreementRow.id == AgreementVersionRow.agreement_id)
                .where(SignatureRow.party == Party.FAMILY.value, AgreementRow.pupil_id.in_(wanted))
                .group_by(AgreementRow.pupil_id, SignatureRow.method)
            )
        )
        meeting = FamilyContactRow.kind == ContactKind.MEETING.value
        for pupil_id, is_meeting, day in self.session.execute(
            select(FamilyContactRow.pupil_id, meeting, func.max(FamilyContactRow.contacted_on))
            .where(FamilyContactRow.reached.is_(True), FamilyContactRow.pupil_id.in_(wanted))
            .group_by(FamilyContactRow.pupil_id, meeting)
        ):
            last = found[pupil_id]
            if is_meeting:
                last.meeting = _as_date(day)
            else:
                last.logged = _as_date(day)
        # Attempts that did not reach the family since anything last came back from them.
        for pupil_id, day in self.session.execute(
            select(FamilyContactRow.pupil_id, FamilyContactRow.contacted_on).where(
                FamilyContactRow.reached.is_(False), FamilyContactRow.pupil_id.in_(wanted)
            )
        ):
            last = found[pupil_id]
            heard = _later(_later(last.logged, last.meeting), _later(last.app, last.paper))
            if heard is None or day > heard:
                last.failed_attempts += 1
        return found

    def home_facts(self, pupil_ids: Collection[str]) -> dict[str, HomeFacts]:
        """Each pupil's family taken together (one query over the links for the whole school)."""
        found: dict[str, HomeFacts] = {p: HomeFacts() for p in pupil_ids}
        rows = self.session.execute(
            select(
                PupilFamilyRow.pupil_id,
                FamilyMemberRow.channel,
                FamilyMemberRow.devices,
                FamilyMemberRow.large_print,
                FamilyMemberRow.phone,
                FamilyMemberRow.home_language,
            )
            .join(FamilyMemberRow, FamilyMemberRow.id == PupilFamilyRow.family_member_id)
            .where(PupilFamilyRow.pupil_id.in_(list(found)))
            .order_by(PupilFamilyRow.pupil_id, FamilyMemberRow.contact_order)
        )
        for pupil_id, channel, devices, large_print, phone, home_language in rows:
            facts = found[pupil_id]
            facts.has_device = facts.has_device or bool(devices)
            facts.takes_app = facts.takes_app or (channel != "paper" and bool(devices))
            facts.wants_paper = facts.wants_paper or channel != "app"
            facts.large_print = facts.large_print or large_print
            facts.has_phone = facts.has_phone or bool(phone.strip())
            facts.home_language = facts.home_language or home_language
        return found

    def reach_days(self) -> int:
        row = self.session.get(ReachSettingRow, _SETTING_ID)
        return row.days if row is not None else DEFAULT_REACH_DAYS

    def set_reach_days(self, days: int) -> None:
        self.session.merge(ReachSettingRow(id=_SETTING_ID, days=days))
