"""The daily link-book entry, its structured SEN sections, and what comes back from home."""

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.ids import new_id
from desktop.domain.school import StaffRole


class EntryText(enum.StrEnum):
    """A text written for one child in their link-book entry (and the part a quick phrase is written for).

    The value is the field's name on LinkBookEntry and EntryDraft, and the key of its printed label.
    """

    LEARNING = "learning"
    WINS = "wins"
    REMINDERS = "reminders"
    NOTE = "note"


CLASS_NOTE = "class_note"
"""The entry's one other text: the same note, sent to every child of a class on the day."""

ENTRY_TEXT_FIELDS: tuple[str, ...] = (CLASS_NOTE, *EntryText)
"""Every text field of an entry, in the order they are shown, printed and searched: the class note first."""


def own_texts(record: object) -> tuple[str, ...]:
    """The texts written for the child alone (EntryText order) of an entry or a draft of one."""
    return tuple(str(getattr(record, field)) for field in EntryText)


class SchoolSession(enum.StrEnum):
    """Parts of the school day that mood is recorded for."""

    MORNING = "morning"
    LUNCHTIME = "lunchtime"
    AFTERNOON = "afternoon"


class Mood(enum.StrEnum):
    HAPPY = "happy"
    CALM = "calm"
    TIRED = "tired"
    ANXIOUS = "anxious"
    UPSET = "upset"
    UNSETTLED = "unsettled"


class Amount(enum.StrEnum):
    """How much of a meal or drink was taken."""

    ALL = "all"
    MOST = "most"
    SOME = "some"
    LITTLE = "little"
    NONE = "none"


class Method(enum.StrEnum):
    """How a family's reply, acknowledgement or signature reached the school."""

    DIGITAL = "digital"
    PAPER = "paper"


@dataclass(frozen=True, slots=True)
class MoodRecord:
    session: SchoolSession
    mood: Mood
    note: str = ""


@dataclass(frozen=True, slots=True)
class FoodRecord:
    meal: str
    amount: Amount
    note: str = ""


@dataclass(frozen=True, slots=True)
class PersonalCareRecord:
    time: dt.time
    care: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class FirstAidRecord:
    time: dt.time
    what_happened: str
    treatment: str
    given_by: str


@dataclass(frozen=True, slots=True)
class MedicationRecord:
    time: dt.time
    medicine: str
    dose: str
    given_by: str


@dataclass(frozen=True, slots=True)
class SenSections:
    """The details a parent of a child with SEN needs from the day."""

    mood: tuple[MoodRecord, ...] = ()
    food_and_drink: tuple[FoodRecord, ...] = ()
    personal_care: tuple[PersonalCareRecord, ...] = ()
    first_aid: tuple[FirstAidRecord, ...] = ()
    medication: tuple[MedicationRecord, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.mood or self.food_and_drink or self.personal_care or self.first_aid or self.medication
        )


@dataclass(frozen=True, slots=True)
class PhraseUse:
    """A quick phrase (or a care section's value) an entry was built from, with its words kept.

    `field` is the text field (an EntryText value) or SEN section it is in; `words` holds the phrase in
    each home language it had been translated into when the entry was saved, (DfE code, text) pairs, so
    the entry still reads right after the phrase leaves the bank, and on a family device with no bank.
    """

    field: str
    phrase_id: str
    english: str
    words: tuple[tuple[str, str], ...] = ()

    def in_language(self, code: str) -> str | None:
        """The phrase in the language (a DfE code), or None where it has no translation."""
        wanted = code.upper()
        return next((text for language, text in self.words if language == wanted), None)


class AuthorKind(enum.StrEnum):
    FAMILY = "family"
    STAFF = "staff"


@dataclass(frozen=True, slots=True)
class Reply:
    """A message on an entry's thread, from home or from school; written once, never edited."""

    entry_id: str
    author_kind: AuthorKind
    author_name: str
    text: str
    written_at: dt.datetime
    method: Method = Method.DIGITAL
    family_member_id: str | None = None
    staff_id: str | None = None
    recorded_by: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """A family member's "I have read this"."""

    entry_id: str
    by_name: str
    at: dt.datetime
    method: Method = Method.DIGITAL
    family_member_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class LinkBookEntry:
    """One child's page for one school day."""

    pupil_id: str
    day: dt.date
    author_id: str
    author_role: StaffRole
    learning: str = ""
    wins: str = ""
    reminders: str = ""
    note: str = ""
    class_note: str = ""
    sections: SenSections = field(default_factory=SenSections)
    replies: tuple[Reply, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = ()
    updated_at: dt.datetime | None = None
    phrases: tuple[PhraseUse, ...] = ()
    """The quick phrases and section values the texts were built from (empty for older entries)."""
    id: str = field(default_factory=new_id)

    def texts(self) -> tuple[tuple[str, str], ...]:
        """(field name, text) for every text field (ENTRY_TEXT_FIELDS), empty ones included."""
        return tuple((name, str(getattr(self, name))) for name in ENTRY_TEXT_FIELDS)

    @property
    def has_own_text(self) -> bool:
        """Whether something is written for this child alone (more than the class note)."""
        return any(t.strip() for t in own_texts(self)) or not self.sections.is_empty

    @property
    def is_blank(self) -> bool:
        return not any(text.strip() for _, text in self.texts()) and self.sections.is_empty

    @property
    def acknowledged(self) -> bool:
        return bool(self.acknowledgements)

    def searchable_text(self) -> str:
        """Everything in the entry a person might search for."""
        return searchable_text_of([text for _, text in self.texts()], self.sections)


SEARCHED_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("mood", "mood", "note"),
    ("food_and_drink", "meal", "note"),
    ("personal_care", "care", "note"),
    ("first_aid", "what_happened", "treatment"),
    ("medication", "medicine", "dose"),
)
"""The SEN sections' words a person might search for: each section's records, two fields of each."""


def searchable_text_of(texts: list[str], sections: SenSections) -> str:
    """`LinkBookEntry.searchable_text` of an entry with these texts (ENTRY_TEXT_FIELDS order) and
    sections, for indexing many entries without building each."""
    parts = list(texts)
    for section, first, second in SEARCHED_SECTIONS:
        parts += [f"{getattr(r, first)} {getattr(r, second)}" for r in getattr(sections, section)]
    return "\n".join(p for p in parts if p.strip())


def searchable_text_of_plain(texts: list[str], sections: Mapping[str, Any]) -> str:
    """`searchable_text_of` with the sections as stored (`to_plain`), without decoding them into
    records: a pull indexes a school's year of entries. A field left out is read as empty."""
    parts = list(texts)
    for section, first, second in SEARCHED_SECTIONS:
        parts += [f"{r.get(first, '')} {r.get(second, '')}" for r in sections.get(section) or ()]
    return "\n".join(p for p in parts if p.strip())
