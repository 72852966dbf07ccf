"""Quick phrases in the families' home languages: which languages, what a translation records, and how
an entry's text splits into the phrases it was built from and the words typed around them.

The bank's English is the source; each phrase has a version per home language, shipped unchecked for the
default bank (resources/quick_phrases) and checked or corrected by a bilingual member of staff. The care
sections' fixed values (meals, common personal care and first aid) are phrases too, with ids of their own.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.domain.linkbook import PhraseUse

HOME_LANGUAGES: tuple[str, ...] = ("POL", "URD", "PNJ", "BNG", "SOM", "ARA", "GUJ", "POR", "TAM", "RUM")
"""The ten home languages schools in England meet most, by DfE code."""

WELSH = "WEL"
PHRASE_LANGUAGES: tuple[str, ...] = (*HOME_LANGUAGES, WELSH)
"""The languages the phrases are translated into: the ten, and Welsh. Linkbook does not know which
country a school is in, so every school has the Welsh words; a phrase is only wanted in Welsh (and only
printed in Welsh) for a family whose home language is Welsh."""

_ALIASES = {"PNJG": "PNJ", "CYM": WELSH}


def phrase_language(code: str | None) -> str | None:
    """The language a family's code reads phrases in (Panjabi codes share; Welsh is WEL or CYM), or None
    for English and languages the phrases are not translated into."""
    if not code:
        return None
    upper = code.strip().upper()
    upper = _ALIASES.get(upper, upper)
    return upper if upper in PHRASE_LANGUAGES else None


def reads_english_only(code: str | None) -> bool:
    """Whether a family reads in English (nothing to mark as "in English" for them)."""
    return not code or code.strip().upper() in ("ENG", "OTH", "")


VALUE_PREFIX = "value:"
SECTION_VALUES: dict[str, tuple[str, str]] = {
    "value:breakfast_club": ("food_and_drink", "Breakfast club"),
    "value:snack": ("food_and_drink", "Snack"),
    "value:lunch": ("food_and_drink", "Lunch"),
    "value:drink": ("food_and_drink", "Drink"),
    "value:nappy_changed": ("personal_care", "Nappy changed"),
    "value:toilet_visit": ("personal_care", "Went to the toilet"),
    "value:changed_clothes": ("personal_care", "Changed into spare clothes"),
    "value:hands_washed": ("personal_care", "Washed hands"),
    "value:bumped_head": ("first_aid", "Bumped head"),
    "value:grazed_knee": ("first_aid", "Grazed knee"),
    "value:fell_over": ("first_aid", "Fell over in the playground"),
    "value:cold_compress": ("first_aid", "Cold compress"),
    "value:cleaned_wound": ("first_aid", "Cleaned with water"),
    "value:plaster": ("first_aid", "Plaster put on"),
}
"""The care sections' common values, id: (section, English). A value typed differently stays as typed."""


def section_value(english: str) -> str | None:
    """The id of a care section's value written exactly (case and spaces aside) as shipped, else None."""
    wanted = " ".join(english.split()).casefold()
    return next((i for i, (_s, text) in SECTION_VALUES.items() if text.casefold() == wanted), None)


@dataclass(frozen=True, slots=True)
class PhraseTranslation:
    """A phrase in one home language as the school keeps it: who wrote or checked it, and when."""

    phrase_id: str
    language: str
    text: str
    source: str
    """The English it translates: when the phrase's English changes, the translation no longer counts."""
    checked_by: str = ""
    checked_at: dt.datetime | None = None

    @property
    def checked(self) -> bool:
        return bool(self.checked_by)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of an entry's text: one phrase it was built from (use set), or words typed around them."""

    text: str
    use: PhraseUse | None = None


def pieces(text: str, uses: tuple[PhraseUse, ...]) -> list[Piece]:
    """The text split into its phrases, in order, and the words between them (blank runs left out).

    A phrase counts where its English still stands in the text; one edited since it was put in is
    just words.
    """
    found: list[tuple[int, int, PhraseUse]] = []
    for use in uses:
        if not use.english:
            continue
        start = 0
        while (at := text.find(use.english, start)) >= 0:
            end = at + len(use.english)
            if not any(at < e and s < end for s, e, _u in found):
                found.append((at, end, use))
                break
            start = at + 1
    found.sort(key=lambda f: f[0])
    result: list[Piece] = []
    position = 0
    for at, end, use in found:
        between = text[position:at].strip()
        if between:
            result.append(Piece(between))
        result.append(Piece(use.english, use))
        position = end
    rest = text[position:].strip()
    if rest:
        result.append(Piece(rest))
    return result


def uses_in(field: str, uses: tuple[PhraseUse, ...]) -> tuple[PhraseUse, ...]:
    return tuple(u for u in uses if u.field == field)
