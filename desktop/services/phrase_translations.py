"""Quick phrases in the families' home languages: the starter translations, the school's checked ones,
and the phrases still waiting for a translator.

The default bank and the care sections' common values ship with starter translations in the ten home
languages (resources/quick_phrases/<code>.json), unchecked. A bilingual member of staff checks one as it
is, or writes the school's own; either is kept with who did it and when, audited, and wins over the file.
A translation belongs to the English it was made from: a phrase whose English changes needs translating
again. A phrase with no translation into a language its class's families read is a task ("needs
translating into Polish") until someone writes one.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.languages import LANGUAGES, Language
from desktop.domain.phrase_languages import (
    PHRASE_LANGUAGES,
    SECTION_VALUES,
    PhraseTranslation,
    phrase_language,
)
from desktop.printing.font_coverage import unsupported_characters
from desktop.printing.quick_phrase_words import in_english_mark, shipped_words
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.drafts import PhraseRepository, QuickPhrase
from desktop.store.repositories.phrase_translations import PhraseTranslationRepository
from desktop.store.repositories.school import SchoolRepository

__all__ = [
    "PhraseTranslationService",
    "TranslationLine",
    "TranslationTask",
    "in_english_mark",
    "shipped_words",
]

MAX_TRANSLATION = 400
"""A phrase's translation may run longer than its English (the bank's limit is 300), not much more."""


@dataclass(frozen=True, slots=True)
class TranslationLine:
    """One phrase in one language: its English, the words a family gets, and whether staff checked them."""

    phrase_id: str
    english: str
    field: str
    """The entry text (learning, wins, ...) or care section the phrase is for."""
    language: str
    text: str
    """The words a family gets ("" when there is no translation yet)."""
    shipped: str
    checked_by: str = ""
    checked_at: dt.datetime | None = None
    class_id: str | None = None

    @property
    def checked(self) -> bool:
        return bool(self.checked_by)


@dataclass(frozen=True, slots=True)
class TranslationTask:
    """A phrase that families of a class read in another language, with no translation into it yet."""

    phrase_id: str
    english: str
    language: str
    class_id: str | None

    @property
    def language_name(self) -> str:
        return LANGUAGES[self.language].english_name


@dataclass(frozen=True, slots=True)
class _Phrase:
    phrase_id: str
    english: str
    field: str
    class_id: str | None = None


def _bank_phrase(phrase: QuickPhrase) -> _Phrase:
    return _Phrase(phrase.id, phrase.text, phrase.section.value, phrase.class_id)


VALUE_PHRASES: tuple[_Phrase, ...] = tuple(
    _Phrase(phrase_id, english, section) for phrase_id, (section, english) in SECTION_VALUES.items()
)


def resolve(
    english: str, phrase_id: str, code: str, school: dict[str, PhraseTranslation]
) -> tuple[str, PhraseTranslation | None]:
    """The words for a phrase in a language, and the school's record of them when it has one."""
    own = school.get(phrase_id)
    if own is not None and own.source == english:
        return own.text, own
    return shipped_words(code).get(english, ""), None


def words_for(
    english: str, phrase_id: str, school: dict[str, dict[str, PhraseTranslation]]
) -> tuple[tuple[str, str], ...]:
    """(code, words) for every home language the phrase is translated into; school is by language."""
    found = []
    for code in PHRASE_LANGUAGES:
        text, _own = resolve(english, phrase_id, code, school.get(code, {}))
        if text:
            found.append((code, text))
    return tuple(found)


def _code(language: str) -> str:
    code = phrase_language(language)
    if code is None:
        names = ", ".join(f"{c} ({LANGUAGES[c].english_name})" for c in PHRASE_LANGUAGES)
        raise InvalidInput(f"Quick phrases are translated into {names}; {language!r} is not one of them.")
    return code


def clean_translation(text: str) -> str:
    """A translation as it will be kept, or InvalidInput saying what is wrong with it."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(
            "The translation is empty. Type the phrase in the family's language, or leave it for "
            "someone who reads the language."
        )
    if len(cleaned) > MAX_TRANSLATION:
        raise InvalidInput(
            f"Keep a translation under {MAX_TRANSLATION} characters; this one has {len(cleaned)}."
        )
    missing = unsupported_characters(cleaned)
    if missing:
        shown = ", ".join(f"\u201c{c}\u201d (U+{ord(c):04X})" for c in missing)
        raise InvalidInput(
            f"The translation has characters no font Linkbook ships can show or print: {shown}. "
            "Retype them, or leave them out."
        )
    return cleaned


class PhraseTranslationService:
    """List, check and write the phrases' translations; list what still needs translating."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    @staticmethod
    def languages() -> list[Language]:
        return [LANGUAGES[code] for code in PHRASE_LANGUAGES]

    def _phrases(self, repo: PhraseRepository) -> list[_Phrase]:
        return [_bank_phrase(p) for p in repo.every_phrase()] + list(VALUE_PHRASES)

    def lines(self, language: str) -> list[TranslationLine]:
        """Every phrase of the bank (the school's, then each class's), then the care values, in one
        language."""
        code = _code(language)
        with self.vault.reading() as session:
            phrases = self._phrases(PhraseRepository(session))
            school = PhraseTranslationRepository(session).for_language(code)
        return [self._line(p, code, school) for p in phrases]

    def _line(self, phrase: _Phrase, code: str, school: dict[str, PhraseTranslation]) -> TranslationLine:
        text, own = resolve(phrase.english, phrase.phrase_id, code, school)
        return TranslationLine(
            phrase.phrase_id,
            phrase.english,
            phrase.field,
            code,
            text,
            shipped_words(code).get(phrase.english, ""),
            own.checked_by if own else "",
            own.checked_at if own else None,
            phrase.class_id,
        )

    def line(self, phrase_id: str, language: str) -> TranslationLine:
        code = _code(language)
        with self.vault.reading() as session:
            phrase = self._phrase(PhraseRepository(session), phrase_id)
            school = PhraseTranslationRepository(session).for_language(code)
        return self._line(phrase, code, school)

    def _phrase(self, repo: PhraseRepository, phrase_id: str) -> _Phrase:
        value = next((p for p in VALUE_PHRASES if p.phrase_id == phrase_id), None)
        if value is not None:
            return value
        found = repo.phrase(phrase_id)
        if found is None:
            raise InvalidInput("That quick phrase has been removed; there is nothing to translate.")
        return _bank_phrase(found)

    def translate(self, phrase_id: str, language: str, text: str) -> TranslationLine:
        """The school's own words for the phrase in the language, written (so checked) by this person."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        code = _code(language)
        words = clean_translation(text)
        with self.vault.writing() as session:
            phrase = self._phrase(PhraseRepository(session), phrase_id)
            PhraseTranslationRepository(session).put(
                PhraseTranslation(
                    phrase_id, code, words, phrase.english, self.context.actor.name, self.context.now()
                )
            )
            self.context.audit(
                session, AuditAction.CHANGED, "phrase_translation", f"{code}/{phrase_id}", detail="translated"
            )
        return self.line(phrase_id, code)

    def check(self, phrase_id: str, language: str) -> TranslationLine:
        """Mark the phrase's translation as read and right, as it stands, by this person."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        code = _code(language)
        with self.vault.writing() as session:
            phrase = self._phrase(PhraseRepository(session), phrase_id)
            repo = PhraseTranslationRepository(session)
            text, _own = resolve(phrase.english, phrase_id, code, repo.for_language(code))
            if not text:
                raise InvalidInput(
                    f"There is no {LANGUAGES[code].english_name} translation of \u201c{phrase.english}\u201d "
                    "to check yet; type one."
                )
            repo.put(
                PhraseTranslation(
                    phrase_id, code, text, phrase.english, self.context.actor.name, self.context.now()
                )
            )
            self.context.audit(
                session, AuditAction.CHANGED, "phrase_translation", f"{code}/{phrase_id}", detail="checked"
            )
        return self.line(phrase_id, code)

    def tasks(self, class_id: str | None = None) -> list[TranslationTask]:
        """Phrases with no translation into a language their families read: a class's phrase for that
        class's families, a school-wide phrase for every family. With class_id, only what that class's
        teacher sees (the school's phrases and the class's own, for the class's families)."""
        with self.vault.reading() as session:
            bank = PhraseRepository(session).every_phrase()
            repo = PhraseTranslationRepository(session)
            by_class = repo.family_languages_by_class()
            school = {code: repo.for_language(code) for code in PHRASE_LANGUAGES}
        found: list[TranslationTask] = []
        for phrase in bank:
            if class_id is not None and phrase.class_id not in (None, class_id):
                continue
            if class_id is not None:
                recorded: Iterable[str] = by_class.get(class_id, set())
            elif phrase.class_id is not None:
                recorded = by_class.get(phrase.class_id, set())
            else:
                recorded = {code for codes in by_class.values() for code in codes}
            languages = sorted({c for c in map(phrase_language, recorded) if c is not None})
            for code in languages:
                text, _own = resolve(phrase.text, phrase.id, code, school[code])
                if not text:
                    found.append(TranslationTask(phrase.id, phrase.text, code, phrase.class_id))
        return found

    def family_language(self, member_id: str | None) -> str:
        """The home language of a family member (the person using the family app), ENG if unknown."""
        if member_id is None:
            return "ENG"
        with self.vault.reading() as session:
            member = SchoolRepository(session).family_member(member_id)
        return member.home_language if member is not None else "ENG"
