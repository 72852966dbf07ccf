"""Which quick phrases an entry was built from, worked out as it is saved, with their words kept.

A phrase counts where its English stands in one of the entry's texts (put there from the bank, or
typed the same); a care section's value counts where it is written as shipped ("Lunch", "Bumped head").
Each is kept on the entry with its id and its words in every home language it has, so the family's
paper and app show it in their language, on a device that has no bank, and after the phrase leaves the
bank. A phrase the entry had before keeps its words while its English is still in the text.
"""

from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.domain.linkbook import EntryText, LinkBookEntry, PhraseUse
from desktop.domain.phrase_languages import HOME_LANGUAGES, SECTION_VALUES, section_value
from desktop.services.phrase_translations import words_for
from desktop.store.repositories.drafts import PhraseRepository
from desktop.store.repositories.phrase_translations import PhraseTranslationRepository


def _section_values(entry: LinkBookEntry) -> list[tuple[str, str]]:
    """(section, text) of every care record's value that could be a shipped value."""
    sen = entry.sections
    found = [("food_and_drink", f.meal) for f in sen.food_and_drink]
    found += [("personal_care", c.care) for c in sen.personal_care]
    found += [("first_aid", a.what_happened) for a in sen.first_aid]
    found += [("first_aid", a.treatment) for a in sen.first_aid]
    return found


def with_phrase_uses(session: Session, entry: LinkBookEntry, stored: LinkBookEntry | None) -> LinkBookEntry:
    """The entry with the phrases its texts and care values were built from (see the module's doc)."""
    bank = sorted(PhraseRepository(session).every_phrase(), key=lambda p: -len(p.text))
    if not bank and not entry.phrases and stored is None and entry.sections.is_empty:
        return entry
    repo = PhraseTranslationRepository(session)
    school = {code: repo.for_language(code) for code in HOME_LANGUAGES}
    earlier = [*entry.phrases, *(stored.phrases if stored is not None else ())]
    uses: list[PhraseUse] = []
    for field in EntryText:
        text = str(getattr(entry, field.value))
        if not text.strip():
            continue
        taken: set[str] = set()
        for phrase in bank:
            if phrase.text and phrase.text in text and phrase.text not in taken:
                taken.add(phrase.text)
                uses.append(
                    PhraseUse(field.value, phrase.id, phrase.text, words_for(phrase.text, phrase.id, school))
                )
        for use in earlier:
            if use.field == field.value and use.english in text and use.english not in taken:
                taken.add(use.english)
                uses.append(use)
    seen: set[str] = set()
    for section, text in _section_values(entry):
        value_id = section_value(text)
        if value_id is None or value_id in seen:
            continue
        seen.add(value_id)
        english = SECTION_VALUES[value_id][1]
        uses.append(PhraseUse(section, value_id, english, words_for(english, value_id, school)))
    return replace(entry, phrases=tuple(uses))
