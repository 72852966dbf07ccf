"""Entry drafts and the quick-phrase bank: what a teacher is typing, and what they type every day.

The tables are described here with SQLAlchemy Core (revision 0004 creates them) so this module does not
depend on the ORM classes being in schema.py yet; the rows never leave this module either way. Drafts
belong to this device and its author: they never sync, and are deleted once the entry is saved.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    Table,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from desktop.domain.ids import new_id
from desktop.domain.linkbook import EntryText, SenSections, own_texts
from desktop.store.codec import from_plain, to_plain
from desktop.store.schema import EntryDraftRow, PhraseBankRow, QuickPhraseRow

entry_draft = cast(Table, EntryDraftRow.__table__)
quick_phrase = cast(Table, QuickPhraseRow.__table__)
phrase_bank = cast(Table, PhraseBankRow.__table__)

_BANK = "school"


PhraseSection = EntryText
"""The part of an entry a quick phrase is written for: one of the texts written for the child."""


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """The fields of one pupil's entry for one day as last typed by one author, not yet saved."""

    pupil_id: str
    day: dt.date
    author_key: str
    learning: str = ""
    wins: str = ""
    reminders: str = ""
    note: str = ""
    sections: SenSections = field(default_factory=SenSections)
    updated_at: dt.datetime | None = None

    @property
    def is_blank(self) -> bool:
        return not any(t.strip() for t in own_texts(self)) and self.sections.is_empty


@dataclass(frozen=True, slots=True)
class QuickPhrase:
    """A phrase a teacher inserts with one key; class_id None means for every class."""

    text: str
    section: PhraseSection
    position: int = 0
    class_id: str | None = None
    id: str = field(default_factory=new_id)


def _draft(row: Any) -> EntryDraft:
    plain: dict[str, Any] = row.sections or {}
    return EntryDraft(
        pupil_id=row.pupil_id,
        day=row.day,
        author_key=row.author_key,
        learning=row.learning,
        wins=row.wins,
        reminders=row.reminders,
        note=row.note,
        sections=from_plain(SenSections, plain) if any(plain.values()) else SenSections(),
        updated_at=row.updated_at,
    )


def _phrase(row: Any) -> QuickPhrase:
    return QuickPhrase(
        id=row.id,
        text=row.text,
        section=PhraseSection(row.section),
        position=row.position,
        class_id=row.class_id,
    )


class DraftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, draft: EntryDraft, now: dt.datetime) -> None:
        """Insert or replace the draft for its pupil, day and author."""
        self._delete(draft.pupil_id, draft.day, draft.author_key)
        self.session.execute(
            insert(entry_draft).values(
                pupil_id=draft.pupil_id,
                day=draft.day,
                author_key=draft.author_key,
                learning=draft.learning,
                wins=draft.wins,
                reminders=draft.reminders,
                note=draft.note,
                sections=to_plain(draft.sections) if not draft.sections.is_empty else {},
                updated_at=now,
            )
        )

    def draft(self, pupil_id: str, day: dt.date, author_key: str) -> EntryDraft | None:
        row = self.session.execute(
            select(entry_draft).where(
                entry_draft.c.pupil_id == pupil_id,
                entry_draft.c.day == day,
                entry_draft.c.author_key == author_key,
            )
        ).first()
        return None if row is None else _draft(row)

    def drafts_on(self, day: dt.date, pupil_ids: Iterable[str], author_key: str) -> list[EntryDraft]:
        ids = list(pupil_ids)
        if not ids:
            return []
        rows = self.session.execute(
            select(entry_draft).where(
                entry_draft.c.day == day,
                entry_draft.c.author_key == author_key,
                entry_draft.c.pupil_id.in_(ids),
            )
        )
        return [_draft(r) for r in rows]

    def discard(self, pupil_id: str, day: dt.date, author_key: str) -> None:
        self._delete(pupil_id, day, author_key)

    def discard_before(self, day: dt.date) -> int:
        """Forget drafts of days before `day`; returns how many."""
        result = self.session.execute(delete(entry_draft).where(entry_draft.c.day < day))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]  # a DML statement's result is a CursorResult

    def _delete(self, pupil_id: str, day: dt.date, author_key: str) -> None:
        self.session.execute(
            delete(entry_draft).where(
                entry_draft.c.pupil_id == pupil_id,
                entry_draft.c.day == day,
                entry_draft.c.author_key == author_key,
            )
        )


class PhraseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def phrases(self, class_id: str | None = None) -> list[QuickPhrase]:
        """The school's phrases, then the class's own (when a class is given), each in their order."""
        query = select(quick_phrase)
        if class_id is None:
            query = query.where(quick_phrase.c.class_id.is_(None))
        else:
            query = query.where(or_(quick_phrase.c.class_id.is_(None), quick_phrase.c.class_id == class_id))
        query = query.order_by(quick_phrase.c.class_id.is_not(None), quick_phrase.c.position)
        return [_phrase(r) for r in self.session.execute(query)]

    def every_phrase(self) -> list[QuickPhrase]:
        """Every phrase, the school's then each class's, in position order."""
        query = select(quick_phrase).order_by(
            quick_phrase.c.class_id.is_not(None), quick_phrase.c.class_id, quick_phrase.c.position
        )
        return [_phrase(r) for r in self.session.execute(query)]

    def all_ids(self) -> list[str]:
        """Every phrase's id, school-wide and per class, in position order."""
        query = select(quick_phrase.c.id).order_by(quick_phrase.c.position, quick_phrase.c.id)
        return list(self.session.scalars(query))

    def phrase(self, phrase_id: str) -> QuickPhrase | None:
        row = self.session.execute(select(quick_phrase).where(quick_phrase.c.id == phrase_id)).first()
        return None if row is None else _phrase(row)

    def next_position(self, class_id: str | None) -> int:
        where = quick_phrase.c.class_id.is_(None) if class_id is None else quick_phrase.c.class_id == class_id
        last = self.session.scalar(select(func.max(quick_phrase.c.position)).where(where))
        return 0 if last is None else int(last) + 1

    def add(self, phrase: QuickPhrase) -> None:
        self.session.execute(
            insert(quick_phrase).values(
                id=phrase.id,
                class_id=phrase.class_id,
                section=phrase.section.value,
                text=phrase.text,
                position=phrase.position,
            )
        )

    def change(self, phrase: QuickPhrase) -> None:
        self.session.execute(
            update(quick_phrase)
            .where(quick_phrase.c.id == phrase.id)
            .values(section=phrase.section.value, text=phrase.text, position=phrase.position)
        )

    def remove(self, phrase_id: str) -> None:
        self.session.execute(delete(quick_phrase).where(quick_phrase.c.id == phrase_id))

    def set_positions(self, ordered_ids: list[str]) -> None:
        for position, phrase_id in enumerate(ordered_ids):
            self.session.execute(
                update(quick_phrase).where(quick_phrase.c.id == phrase_id).values(position=position)
            )

    def seeded(self) -> bool:
        """Whether the default phrases were ever put in the bank (so emptying it is respected)."""
        return self.session.scalar(select(phrase_bank.c.id).where(phrase_bank.c.id == _BANK)) is not None

    def mark_seeded(self, now: dt.datetime) -> None:
        self.session.execute(insert(phrase_bank).values(id=_BANK, seeded_at=now))
