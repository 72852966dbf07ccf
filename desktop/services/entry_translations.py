"""Translating what a teacher wrote: the entries each home language is waiting for, and saving a staff
member's translation of one part of an entry (audited, checked, never machine-made).

Any member of staff who may write entries may translate, into the language they choose; the translation
records who they are. What a family is shown is the translation that still matches the entry's English
(desktop/domain/entry_translations.py).
"""

import unicodedata
from collections.abc import Iterable, Mapping

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.entry_translations import (
    EntryTranslation,
    WantedTranslation,
    current_translations,
    fields_wanted,
    translation_language,
)
from desktop.domain.languages import LANGUAGES, Language
from desktop.domain.linkbook import ENTRY_TEXT_FIELDS, LinkBookEntry
from desktop.printing.font_coverage import describe, unsupported_characters
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.entry_translations import EntryTranslations
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.school import SchoolRepository

MAX_TRANSLATION = 20_000
NEWEST_LOOKED_AT = 400
"""How many of a language's newest entries the wanted list looks through (a term's worth for a class)."""

GONE = (
    "That entry is no longer in the link book: it was erased or deleted, so there is nothing to translate. "
    "Nothing was saved."
)


def record_id(translation: EntryTranslation) -> str:
    """The translation's id in the audit trail and in sync: entry, text field and language."""
    return f"{translation.entry_id}:{translation.text_field}:{translation.language}"


def _language(code: str) -> Language:
    found = translation_language(code)
    known = LANGUAGES.get(found) if found else None
    if known is None:
        raise InvalidInput(f"{code!r} is not a home language to translate into; choose one from the list.")
    return known


def clean_translation(text: str, language: Language) -> str:
    """The translation as it will be kept, or InvalidInput saying what to change."""
    cleaned = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    if not cleaned:
        raise InvalidInput(
            f"The translation is empty. Type the {language.english_name} words, or leave this part for "
            "now: the family sees the English until it is translated."
        )
    if len(cleaned) > MAX_TRANSLATION:
        raise InvalidInput(
            f"The translation is {len(cleaned):,} characters long; keep it under {MAX_TRANSLATION:,}."
        )
    missing = unsupported_characters(cleaned)
    if missing:
        raise InvalidInput(
            f"The translation has characters no font Linkbook ships can print: {describe(missing)}. "
            "Retype them, or leave them out; nothing was saved."
        )
    return cleaned


class EntryTranslationService:
    """The wanted list per language, and staff translations of entries."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def languages(self) -> list[Language]:
        """The home languages the school's families read, other than English, in English-name order."""
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            codes = EntryTranslations(session).family_languages()
        found = {translation_language(c) for c in codes} - {None}
        known = [LANGUAGES[c] for c in found if c in LANGUAGES]
        return sorted(known, key=lambda lang: lang.english_name)

    def wanted(self, language: str, limit: int = NEWEST_LOOKED_AT) -> list[WantedTranslation]:
        """Entries whose family reads the language and whose text is not (or no longer) translated into
        it, newest first."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        code = _language(language).code
        readers = [c for c in LANGUAGES if translation_language(c) == code]
        with self.vault.reading() as session:
            repo = EntryTranslations(session)
            entry_ids = repo.entries_read_in(readers, limit)
            links = LinkBookRepository(session)
            entries = [e for e in (links.entry(i) for i in entry_ids) if e is not None]
            pupils = SchoolRepository(session).pupils_by_ids({e.pupil_id for e in entries})
            translations = repo.of_entries(entry_ids, code)
        by_entry: dict[str, dict[str, EntryTranslation]] = {}
        for t in translations:
            by_entry.setdefault(t.entry_id, {})[t.text_field] = t
        found: list[WantedTranslation] = []
        for entry in entries:
            done = by_entry.get(entry.id, {})
            wanted = fields_wanted(entry, done)
            if not wanted:
                continue
            pupil = pupils.get(entry.pupil_id)
            found.append(
                WantedTranslation(
                    entry=entry,
                    pupil_name=pupil.display_name if pupil else "",
                    language=code,
                    wanted=wanted,
                    out_of_date=tuple(f for f in wanted if f in done),
                    translations=done,
                )
            )
        return found

    def translate(
        self, entry_id: str, text_field: str, language: str, text: str, english: str | None = None
    ) -> EntryTranslation:
        """Save a staff member's translation of one text field of an entry.

        `english` is the English the translator read; if the entry has changed since, nothing is saved and
        they are asked to read it again.
        """
        actor = self.context.actor
        actor.require(Capability.WRITE_ENTRIES)
        if text_field not in ENTRY_TEXT_FIELDS:
            raise InvalidInput(f"An entry has no part called {text_field!r}; choose one from the entry.")
        known = _language(language)
        cleaned = clean_translation(text, known)
        with self.vault.writing() as session:
            entry = LinkBookRepository(session).entry(entry_id)
            if entry is None:
                raise InvalidInput(GONE)
            source = str(getattr(entry, text_field))
            if not source.strip():
                raise InvalidInput("That part of the entry is empty now; there is nothing to translate.")
            if english is not None and english != source:
                raise InvalidInput(
                    "The entry was changed while you were translating it. Read the new English and "
                    "translate it again; nothing was saved."
                )
            translation = EntryTranslation(
                entry_id=entry.id,
                text_field=text_field,
                language=known.code,
                text=cleaned,
                source=source,
                translator_id=actor.staff_id or "",
                translator_name=actor.name,
                translated_at=self.context.now(),
            )
            is_new = EntryTranslations(session).put(translation)
            self.context.audit(
                session,
                AuditAction.CREATED if is_new else AuditAction.CHANGED,
                "entry_translation",
                record_id(translation),
                entry.pupil_id,
                f"{known.english_name} translation of {text_field}",
            )
        return translation

    def for_entries(
        self, entries: Iterable[LinkBookEntry], language: str
    ) -> dict[str, dict[str, EntryTranslation]]:
        """Each entry's up-to-date translations into the family's language (by entry id, then text
        field); empty for English-reading families. Family members may read their own children's."""
        code = translation_language(language)
        chosen = list(entries)
        for pupil_id in {e.pupil_id for e in chosen}:
            self.context.actor.require_pupil(pupil_id)
        if code is None or not chosen:
            return {}
        with self.vault.reading() as session:
            translations = EntryTranslations(session).of_entries([e.id for e in chosen], code)
        return _current(chosen, translations, code)

    def printed(
        self, entries: Iterable[LinkBookEntry], languages: Iterable[str]
    ) -> tuple[EntryTranslation, ...]:
        """The entries' up-to-date translations into each of the languages (a household's pack shows its
        own language's): what a week of paper pages carries."""
        chosen = list(entries)
        found: list[EntryTranslation] = []
        for code in _codes(languages):
            for by_field in self.for_entries(chosen, code).values():
                found += by_field.values()
        return tuple(found)

    def printed_by_pupil(
        self, entries: Mapping[str, list[LinkBookEntry]], languages: Mapping[str, list[str]]
    ) -> dict[str, tuple[EntryTranslation, ...]]:
        """printed for each pupil's entries into their own households' languages (a class's packs), with
        the translations read together."""
        for pupil_id in entries:
            self.context.actor.require_pupil(pupil_id)
        codes = {pupil_id: _codes(languages.get(pupil_id, ())) for pupil_id in entries}
        wanted = [e.id for pupil_id, chosen in entries.items() if codes[pupil_id] for e in chosen]
        by_entry: dict[str, list[EntryTranslation]] = {}
        if wanted:
            with self.vault.reading() as session:
                for t in EntryTranslations(session).of_entries(wanted):
                    by_entry.setdefault(t.entry_id, []).append(t)
        found: dict[str, tuple[EntryTranslation, ...]] = {}
        for pupil_id, chosen in entries.items():
            mine = [t for e in chosen for t in by_entry.get(e.id, ())]
            printed: list[EntryTranslation] = []
            for code in codes[pupil_id]:
                for by_field in _current(chosen, mine, code).values():
                    printed += by_field.values()
            found[pupil_id] = tuple(printed)
        return found


def _codes(languages: Iterable[str]) -> list[str]:
    """The translation languages of these home languages, each once, in order."""
    return sorted({c for c in (translation_language(lang) for lang in languages) if c})


def _current(
    entries: list[LinkBookEntry], translations: list[EntryTranslation], code: str
) -> dict[str, dict[str, EntryTranslation]]:
    """Each entry's up-to-date translations into the language, by entry id, then text field."""
    found: dict[str, dict[str, EntryTranslation]] = {}
    for entry in entries:
        current = current_translations(entry, translations, code)
        if current:
            found[entry.id] = current
    return found
