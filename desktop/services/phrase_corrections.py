"""A school corrects the translations printed on paper packs.

The shipped translations (resources/phrases) were drafted without a native speaker of every language; the
school's families and staff know better. A correction is kept in the school's encrypted database, so every
device prints the same words, and wins over the shipped file wherever a pack, folder, agreement or
newsletter is printed (`PrintPackService` reads `overrides()`). Correcting is school-wide content, like
agreement templates, so it needs the right to edit templates, and each change is audited.
"""

import unicodedata
from dataclasses import dataclass

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.languages import LANGUAGES, Language
from desktop.domain.phrase_corrections import PhraseCorrection
from desktop.printing.fonts import covers, fonts_for
from desktop.printing.phrases import ALIASES, ENGLISH, Phrasebook, shipped, translated_languages
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.phrase_corrections import PhraseCorrectionRepository

MAX_PHRASE = 300
PRINTABLE_SCRIPTS = frozenset(
    {"Latin", "Greek", "Cyrillic", "Arabic", "Bengali", "Gurmukhi", "Gujarati", "Tamil"}
)
"""Scripts the shipped Noto faces cover: a language in any other script cannot be printed yet."""


@dataclass(frozen=True, slots=True)
class PhraseLine:
    """One phrase for one language: the English, the shipped translation, and the school's correction."""

    phrase_id: str
    english: str
    shipped: str
    """The translation in resources/phrases ("" when the language has none for this phrase)."""
    correction: PhraseCorrection | None

    @property
    def printed(self) -> str:
        """What prints beside the English: the correction if there is one, else the shipped words."""
        return self.correction.text if self.correction else self.shipped


def _code(language: str) -> str:
    code = ALIASES.get(language.strip().upper(), language.strip().upper())
    known = LANGUAGES.get(code)
    if known is None or code in ("ENG", "OTH") or known.script not in PRINTABLE_SCRIPTS:
        raise InvalidInput(
            f"{language!r} is not a home language Linkbook can print labels in; choose one from the list."
        )
    return code


def _phrase(phrase_id: str) -> str:
    if phrase_id not in ENGLISH:
        raise InvalidInput(f"There is no printed phrase {phrase_id!r}; choose one from the list.")
    return phrase_id


def clean(text: str) -> str:
    """The words to print, checked: one line, not too long, every character printable."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(
            "The correction is empty. Type the words to print, or choose Reset to print the shipped "
            "translation again."
        )
    if len(cleaned) > MAX_PHRASE:
        raise InvalidInput(
            f"Keep a printed phrase under {MAX_PHRASE} characters; this one has {len(cleaned)}. "
            "Shorten it: it prints as a label beside the English."
        )
    for char, font in zip(cleaned, fonts_for(cleaned), strict=True):
        if unicodedata.category(char) in ("Cc", "Co", "Cn") or not (
            covers(font, char) or unicodedata.category(char) in ("Cf", "Mn")
        ):
            raise InvalidInput(
                f"The character \u201c{char}\u201d (U+{ord(char):04X}) cannot be printed with the fonts "
                "Linkbook ships. Retype it, or leave it out."
            )
    return unicodedata.normalize("NFC", cleaned)


class PhraseCorrectionService:
    """List, correct and reset the printed phrases of a home language."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    @staticmethod
    def languages() -> list[Language]:
        """The languages a school can correct: those shipped first, then others the fonts can print."""
        shipped_codes = [c for c in translated_languages() if c in LANGUAGES]
        others = sorted(
            (
                lang
                for code, lang in LANGUAGES.items()
                if code not in shipped_codes
                and code not in ("ENG", "OTH", *ALIASES)
                and lang.script in PRINTABLE_SCRIPTS
            ),
            key=lambda lang: lang.english_name,
        )
        return [LANGUAGES[c] for c in sorted(shipped_codes, key=lambda c: LANGUAGES[c].english_name)] + others

    def phrases(self, language: str) -> list[PhraseLine]:
        """Every printed phrase in the language, in the order the English lists them."""
        code = _code(language)
        with self.vault.reading() as session:
            corrections = PhraseCorrectionRepository(session).for_language(code)
        files = shipped(code)
        return [
            PhraseLine(phrase_id, english, files.get(phrase_id, ""), corrections.get(phrase_id))
            for phrase_id, english in ENGLISH.items()
        ]

    def line(self, language: str, phrase_id: str) -> PhraseLine:
        code, phrase_id = _code(language), _phrase(phrase_id)
        with self.vault.reading() as session:
            correction = PhraseCorrectionRepository(session).for_language(code).get(phrase_id)
        return PhraseLine(phrase_id, ENGLISH[phrase_id], shipped(code).get(phrase_id, ""), correction)

    def correct(self, language: str, phrase_id: str, text: str) -> PhraseLine:
        """Print these words for the phrase from now on (the same words as shipped: the correction goes)."""
        self.context.actor.require(Capability.EDIT_TEMPLATES)
        code, phrase_id = _code(language), _phrase(phrase_id)
        words = clean(text)
        if words == shipped(code).get(phrase_id):
            return self.reset(code, phrase_id)
        with self.vault.writing() as session:
            PhraseCorrectionRepository(session).put(
                code, phrase_id, words, self.context.actor.name, self.context.now()
            )
            self.context.audit(
                session, AuditAction.CHANGED, "phrase_correction", f"{code}/{phrase_id}", detail="corrected"
            )
        return self.line(code, phrase_id)

    def reset(self, language: str, phrase_id: str) -> PhraseLine:
        """Print the shipped translation again."""
        self.context.actor.require(Capability.EDIT_TEMPLATES)
        code, phrase_id = _code(language), _phrase(phrase_id)
        with self.vault.writing() as session:
            if PhraseCorrectionRepository(session).remove(code, phrase_id):
                self.context.audit(
                    session,
                    AuditAction.DELETED,
                    "phrase_correction",
                    f"{code}/{phrase_id}",
                    detail="reset to shipped",
                )
        return self.line(code, phrase_id)

    def overrides(self) -> dict[str, dict[str, str]]:
        """Every correction, as Phrasebook takes them: {language code: {phrase id: text}}."""
        with self.vault.reading() as session:
            corrections = PhraseCorrectionRepository(session).all()
        found: dict[str, dict[str, str]] = {}
        for correction in corrections:
            found.setdefault(correction.language, {})[correction.phrase_id] = correction.text
        return found

    def phrasebook(self, language: str) -> Phrasebook:
        """The labels a family in this language gets, corrections included."""
        return Phrasebook(language, self.overrides())
