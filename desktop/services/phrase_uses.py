"""Which quick phrases an entry was built from, worked out as it is saved, with their words kept.

A phrase counts where its English stands in one of the entry's texts (put there from the bank, or
typed the same); a care section's value counts where it is written as shipped ("Lunch", "Bumped head").
Each is kept on the entry with its id and its words in the home languages of the child's family (not all
ten: a school's year of entries stays small), so the family's paper and app show it in their language, on
a device that has no bank, and after the phrase leaves the bank. A phrase the entry had before keeps its
words while its English is still in the text.
"""

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.domain.linkbook import EntryText, LinkBookEntry, PhraseUse
from desktop.domain.phrase_languages import (
    PHRASE_LANGUAGES,
    SECTION_VALUES,
    PhraseTranslation,
    phrase_language,
    section_value,
)
from desktop.services.context import ServiceContext
from desktop.services.phrase_translations import words_for
from desktop.store.repositories.drafts import PhraseRepository, QuickPhrase
from desktop.store.repositories.phrase_translations import PhraseTranslationRepository
from desktop.store.repositories.school import SchoolRepository


def _section_values(entry: LinkBookEntry) -> list[tuple[str, str]]:
    """(section, text) of every care record's value that could be a shipped value."""
    sen = entry.sections
    found = [("food_and_drink", f.meal) for f in sen.food_and_drink]
    found += [("personal_care", c.care) for c in sen.personal_care]
    found += [("first_aid", a.what_happened) for a in sen.first_aid]
    found += [("first_aid", a.treatment) for a in sen.first_aid]
    return found


Words = Callable[[str, str], tuple[tuple[str, str], ...]]
"""(English, phrase id) -> (DfE code, words) for each home language the phrase is translated into."""


def phrase_uses(
    entry: LinkBookEntry, bank: list[QuickPhrase], words: Words, earlier: tuple[PhraseUse, ...] = ()
) -> tuple[PhraseUse, ...]:
    """The phrases of the bank in the entry's texts (the longest first where two overlap), those it had
    before that still stand, and its care values written as shipped."""
    longest_first = sorted(bank, key=lambda p: -len(p.text))
    uses: list[PhraseUse] = []
    for field in EntryText:
        text = str(getattr(entry, field.value))
        if not text.strip():
            continue
        taken: set[str] = set()
        found: list[PhraseUse] = []
        for phrase in longest_first:
            if phrase.text and phrase.text in text and phrase.text not in taken:
                taken.add(phrase.text)
                found.append(PhraseUse(field.value, phrase.id, phrase.text, words(phrase.text, phrase.id)))
        for use in earlier:
            if use.field == field.value and use.english in text and use.english not in taken:
                taken.add(use.english)
                found.append(use)
        uses += sorted(found, key=lambda use: text.find(use.english))
    seen: set[str] = set()
    for section, text in _section_values(entry):
        value_id = section_value(text)
        if value_id is None or value_id in seen:
            continue
        seen.add(value_id)
        english = SECTION_VALUES[value_id][1]
        uses.append(PhraseUse(section, value_id, english, words(english, value_id)))
    return tuple(uses)


def with_phrase_uses(session: Session, entry: LinkBookEntry, stored: LinkBookEntry | None) -> LinkBookEntry:
    """The entry with the phrases its texts and care values were built from (see the module's doc)."""
    bank = PhraseRepository(session).every_phrase()
    earlier = (*entry.phrases, *(stored.phrases if stored is not None else ()))
    if not bank and not earlier and entry.sections.is_empty:
        return entry
    # The family's languages and the school's translations are read only once a phrase is found: most
    # saves hold none, and a save is what a teacher waits for forty times an afternoon.
    known: list[tuple[set[str], dict[str, dict[str, PhraseTranslation]]]] = []

    def words(english: str, phrase_id: str) -> tuple[tuple[str, str], ...]:
        if not known:
            family = SchoolRepository(session).family_of(entry.pupil_id)
            codes = {code for code in (phrase_language(m.home_language) for m in family) if code}
            repo = PhraseTranslationRepository(session)
            known.append((codes, {code: repo.for_language(code) for code in codes}))
        languages, school = known[0]
        return in_languages(words_for(english, phrase_id, school), languages)

    return replace(entry, phrases=phrase_uses(entry, bank, words, earlier))


def in_languages(
    words: tuple[tuple[str, str], ...], languages: Collection[str]
) -> tuple[tuple[str, str], ...]:
    """Only the words in the given languages (those a child's family reads)."""
    return tuple((code, text) for code, text in words if code in languages)


class CurrentWords:
    """The phrases' words as the bank has them now, read once, for printing: an entry saved before a
    phrase was translated (or checked, or corrected) prints with the words it has today. A phrase no
    longer in the bank, or changed since, keeps the words the entry was saved with."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self._known: dict[str, tuple[tuple[str, str], ...]] | None = None

    def _load(self) -> dict[str, tuple[tuple[str, str], ...]]:
        if self._known is None:
            with self.context.vault.reading() as session:
                bank = PhraseRepository(session).every_phrase()
                repo = PhraseTranslationRepository(session)
                school = {code: repo.for_language(code) for code in PHRASE_LANGUAGES}
            english = {p.id: p.text for p in bank} | {i: e for i, (_s, e) in SECTION_VALUES.items()}
            self._known = {
                f"{phrase_id}\n{text}": words_for(text, phrase_id, school)
                for phrase_id, text in english.items()
            }
        return self._known

    def freshen(self, entries: Iterable[LinkBookEntry]) -> list[LinkBookEntry]:
        known: dict[str, tuple[tuple[str, str], ...]] | None = None
        fresh = []
        for entry in entries:
            if entry.phrases:
                known = known if known is not None else self._load()
                uses = tuple(
                    replace(u, words=known.get(f"{u.phrase_id}\n{u.english}", u.words)) for u in entry.phrases
                )
                entry = replace(entry, phrases=uses)
            fresh.append(entry)
        return fresh
