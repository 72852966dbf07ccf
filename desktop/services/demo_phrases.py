"""The demo school's quick phrases: the default bank put in, entries built from its phrases (so families
see them in their own language), one phrase a teacher added that still needs translating, and families
whose home languages span all ten the phrases are translated into.

Its own random stream (seeded from the demo's seed), so the rest of the demo school is as it was.
"""

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import EntryText, LinkBookEntry
from desktop.domain.phrase_languages import HOME_LANGUAGES, phrase_language
from desktop.services.phrase_translations import words_for
from desktop.services.phrase_uses import in_languages, phrase_uses
from desktop.services.phrases import DEFAULT_PHRASES
from desktop.store.repositories.drafts import PhraseRepository, QuickPhrase

ADDED_PHRASE = "Please send in wellies for Forest School on Thursday."
"""A phrase a teacher added, not translated yet: the phrase bank lists it as needing translating."""
WINS_SHARE = 0.45
REMINDER_SHARE = 0.25


class DemoPhrases:
    """Seeds the bank, and builds some of each day's entries from its phrases."""

    def __init__(self, session: Session, seed: int, now: dt.datetime) -> None:
        self.rng = random.Random(f"phrases-{seed}")
        repo = PhraseRepository(session)
        if not repo.seeded():
            for position, (text, section) in enumerate(DEFAULT_PHRASES):
                repo.add(QuickPhrase(text, section, position))
            repo.add(QuickPhrase(ADDED_PHRASE, EntryText.REMINDERS, len(DEFAULT_PHRASES)))
            repo.mark_seeded(now)
        self.bank = repo.every_phrase()
        self._words = {p.id: words_for(p.text, p.id, {}) for p in self.bank}
        self.wins = [p for p in self.bank if p.section is EntryText.WINS]
        self.reminders = [p for p in self.bank if p.section is EntryText.REMINDERS]

    def built(self, entry: LinkBookEntry, family: list[FamilyMember]) -> LinkBookEntry:
        """The entry with a win and a reminder from the bank now and then, and the phrases it uses, with
        their words in the family's languages."""
        languages = {c for c in (phrase_language(m.home_language) for m in family) if c is not None}

        def words_of(english: str, phrase_id: str) -> tuple[tuple[str, str], ...]:
            found = self._words.get(phrase_id)
            return in_languages(found if found is not None else words_for(english, phrase_id, {}), languages)

        if self.wins and self.rng.random() < WINS_SHARE:
            entry = replace(entry, wins=f"{self.rng.choice(self.wins).text} {entry.wins}".strip())
        if self.reminders and self.rng.random() < REMINDER_SHARE:
            entry = replace(entry, reminders=self.rng.choice(self.reminders).text)
        return replace(entry, phrases=phrase_uses(entry, self.bank, words_of))

    def speak_every_language(
        self, families: list[tuple[str, list[FamilyMember]]], save: Callable[[FamilyMember], None]
    ) -> None:
        """Give any of the ten languages no family reads to a family reading English (one whose child's
        first language it is, where there is one), so the demo shows every language; `families` pairs
        each child's first language with its family's members, changed in place and saved again."""
        present = {phrase_language(m.home_language) for _first, family in families for m in family}
        english = {id(family): (first, family) for first, family in families if family}
        english = {k: v for k, v in english.items() if all(m.home_language == "ENG" for m in v[1])}
        for code in HOME_LANGUAGES:
            if code in present or not english:
                continue
            chosen = next((k for k, (first, _f) in english.items() if first == code), None)
            key = chosen if chosen is not None else self.rng.choice(list(english))
            _first, family = english.pop(key)
            family[:] = [replace(m, home_language=code) for m in family]
            for member in family:
                save(member)
