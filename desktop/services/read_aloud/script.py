"""What "Read aloud" says for an entry: its texts in reading order, each in the language it is written in.

The child's own texts come first (what they learned, their wins, the day in detail from the SEN sections,
reminders, the note), then the note sent to the whole class. Each part carries its language, so each is
spoken by its own voice: a Polish translation by the Polish voice, the English beside it by the English
one, never English words in a Polish accent.

Today every part is the English the school wrote. Where a translation into the family's language exists
(a staff translation of the entry, or the family's version of the phrases it was built from), the caller
passes it in `translated` and that part is spoken in the family's language instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop.domain.linkbook import CLASS_NOTE, EntryText, LinkBookEntry, SenSections

ENGLISH = "ENG"
DETAIL = "sections"
"""The key of the SEN sections' part in `translated` and `headings` (beside the entry's text field names)."""

READING_ORDER: tuple[str, ...] = (
    EntryText.LEARNING,
    EntryText.WINS,
    DETAIL,
    EntryText.REMINDERS,
    EntryText.NOTE,
    CLASS_NOTE,
)

ENGLISH_HEADINGS: dict[str, str] = {
    EntryText.LEARNING: "What we learned.",
    EntryText.WINS: "Wins.",
    DETAIL: "The day in detail.",
    EntryText.REMINDERS: "Reminders.",
    EntryText.NOTE: "A note from school.",
    CLASS_NOTE: "For the whole class.",
}


@dataclass(frozen=True, slots=True)
class SpokenPart:
    """One passage to speak, and the DfE code of the language it is written in."""

    language: str
    text: str


SpokenText = Callable[[LinkBookEntry], tuple[SpokenPart, ...]]
"""Turns an entry into what is spoken: `english_parts` today, a family's-language version once wired."""


def sections_text(sections: SenSections) -> str:
    """The SEN sections as sentences (times as "10:30", moods and amounts as written)."""
    lines = [f"{m.session.value.capitalize()}: {m.mood.value}. {m.note}" for m in sections.mood]
    lines += [f"{f.meal}: {f.amount.value}. {f.note}" for f in sections.food_and_drink]
    lines += [f"At {c.time:%H:%M}, {c.care}. {c.note}" for c in sections.personal_care]
    lines += [
        f"At {a.time:%H:%M}, first aid: {a.what_happened}. {a.treatment}, given by {a.given_by}."
        for a in sections.first_aid
    ]
    lines += [
        f"At {m.time:%H:%M}, medicine: {m.medicine}, {m.dose}, given by {m.given_by}."
        for m in sections.medication
    ]
    return "\n".join(line.strip() for line in lines)


def _english(entry: LinkBookEntry, key: str) -> str:
    return sections_text(entry.sections) if key == DETAIL else str(getattr(entry, key))


def spoken_parts(
    entry: LinkBookEntry,
    language: str = ENGLISH,
    translated: Mapping[str, str] | None = None,
    headings: Mapping[str, str] | None = None,
) -> tuple[SpokenPart, ...]:
    """The entry's parts in READING_ORDER, empty ones left out.

    `translated` maps a field name (or DETAIL) to its version in `language`, spoken instead of the English;
    `headings` gives each heading in `language` (without them a translated part is spoken with no heading,
    since an English heading in another language's voice would be mispronounced).
    """
    translated = translated or {}
    headings = headings or {}
    parts = []
    for key in READING_ORDER:
        own = translated.get(key, "").strip()
        if own and language.upper() != ENGLISH:
            heading = headings.get(key, "").strip()
            parts.append(SpokenPart(language.upper(), f"{heading}\n{own}" if heading else own))
            continue
        text = _english(entry, key).strip()
        if text:
            parts.append(SpokenPart(ENGLISH, f"{ENGLISH_HEADINGS[key]}\n{text}"))
    return tuple(parts)


def english_parts(entry: LinkBookEntry) -> tuple[SpokenPart, ...]:
    """Everything in the English the school wrote (what is spoken until translations are wired in)."""
    return spoken_parts(entry)
