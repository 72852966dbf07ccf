"""A member of staff's translation of what a teacher wrote in an entry, for a family who reads another
language.

No machine translates here: a bilingual colleague types each translation, and it is kept with who did it
and the English it was made from. When the entry's English changes afterwards, the translation no longer
says the same thing: it is out of date, is not shown to the family, and is wanted again.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.linkbook import LinkBookEntry

NOT_TRANSLATED = frozenset({"ENG", "OTH"})
"""Home languages nothing is translated into: English itself, and "other than English" (which one?)."""

LANGUAGE_ALIASES = {"PNJG": "PNJ", "CYM": "WEL"}
"""DfE codes read as another code: Panjabi (Gurmukhi) families read the Panjabi translations."""


def translation_language(code: str) -> str | None:
    """The language a family reading `code` gets translations in, or None for English (or unknown)."""
    upper = code.strip().upper()
    upper = LANGUAGE_ALIASES.get(upper, upper)
    return None if not upper or upper in NOT_TRANSLATED else upper


ENGLISH_IN: dict[str, str] = {
    "POL": "po angielsku",
    "URD": "انگریزی میں",
    "PNJ": "ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ",
    "BNG": "ইংরেজিতে",
    "SOM": "Af-Ingiriisi",
    "ARA": "بالإنجليزية",
    "GUJ": "અંગ્રેજીમાં",
    "POR": "em inglês",
    "TAM": "ஆங்கிலத்தில்",
    "RUM": "în engleză",
    "WEL": "yn Saesneg",
}
""""In English" in each home language, beside the English words (starter wording, to be checked by a
native speaker like the shipped phrase files)."""


def english_mark(language: str) -> str | None:
    """The small mark over English text for a family who reads `language`; None for English readers."""
    code = translation_language(language)
    if code is None:
        return None
    home = ENGLISH_IN.get(code)
    return f"English \u00b7 {home}" if home else "English"


@dataclass(frozen=True, slots=True)
class EntryTranslation:
    """One text field of one entry, in one language, as a member of staff translated it."""

    entry_id: str
    text_field: str
    """One of ENTRY_TEXT_FIELDS."""
    language: str
    """The DfE code, upper case."""
    text: str
    source: str
    """The English it translates, as it was when translated."""
    translator_id: str
    translator_name: str
    translated_at: dt.datetime

    def is_current(self, entry: LinkBookEntry) -> bool:
        """Whether the entry still says what was translated."""
        return str(getattr(entry, self.text_field)) == self.source


def current_translations(
    entry: LinkBookEntry, translations: Iterable[EntryTranslation], language: str
) -> dict[str, EntryTranslation]:
    """The entry's up-to-date translations into the language, by text field."""
    return {
        t.text_field: t
        for t in translations
        if t.entry_id == entry.id and t.language == language and t.is_current(entry)
    }


def fields_wanted(entry: LinkBookEntry, done: Mapping[str, EntryTranslation]) -> tuple[str, ...]:
    """The entry's written text fields (ENTRY_TEXT_FIELDS order) with no up-to-date translation yet."""
    return tuple(
        name
        for name, text in entry.texts()
        if text.strip() and not (name in done and done[name].is_current(entry))
    )


@dataclass(frozen=True, slots=True)
class WantedTranslation:
    """An entry a family reads in `language` with text still to translate."""

    entry: LinkBookEntry
    pupil_name: str
    language: str
    wanted: tuple[str, ...]
    """Text fields to translate, in ENTRY_TEXT_FIELDS order."""
    out_of_date: tuple[str, ...]
    """Of those, the ones translated before the English changed."""
    translations: Mapping[str, EntryTranslation]
    """Every translation of the entry into the language, current or not, by text field."""
