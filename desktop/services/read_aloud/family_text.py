"""What "Read aloud" speaks in the family's language: a member of staff's translation of a text, or a text
made only of quick phrases that all have words in that language (kept with the entry when it was saved).

Anything else stays the English the school wrote, spoken by the English voice."""

from collections.abc import Mapping

from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.phrase_languages import phrase_language, pieces, uses_in
from desktop.services.read_aloud.script import SpokenPart, spoken_parts


def home_language_texts(
    entry: LinkBookEntry, language: str, staff_translations: Mapping[str, str]
) -> dict[str, str]:
    """Text field -> its words in the family's language, where there are such words for all of it."""
    found = {field: text for field, text in staff_translations.items() if text.strip()}
    code = phrase_language(language)
    if code is None:
        return found
    for field, text in entry.texts():
        if field in found or not text.strip():
            continue
        runs = pieces(text, uses_in(field, entry.phrases))
        words = [run.use.in_language(code) if run.use is not None else None for run in runs]
        if runs and all(words):
            found[field] = " ".join(w for w in words if w)
    return found


def family_parts(
    entry: LinkBookEntry, language: str, staff_translations: Mapping[str, str] | None = None
) -> tuple[SpokenPart, ...]:
    """The entry as the family hears it: each part in their language where it has words, else English."""
    translated = home_language_texts(entry, language, staff_translations or {})
    return spoken_parts(entry, language, translated)
