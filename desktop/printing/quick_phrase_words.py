"""The starter translations of the quick phrases and care values, as shipped in resources/quick_phrases.

One file per home language, keyed by the English it translates, marked unchecked; the school's checked
or corrected words are kept in its database and win over these (desktop/services/phrase_translations.py).
"""

import json
from functools import cache

from desktop.domain.entry_translations import ENGLISH_IN
from desktop.domain.phrase_languages import phrase_language
from desktop.printing.resources import resources_dir


@cache
def _shipped_file(code: str) -> dict[str, object]:
    path = resources_dir() / "quick_phrases" / f"{code.lower()}.json"
    if not path.exists():
        return {}
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def shipped_words(code: str) -> dict[str, str]:
    """The starter translations of one language, by the English they translate."""
    phrases = _shipped_file(code).get("phrases", {})
    return {str(k): str(v) for k, v in phrases.items()} if isinstance(phrases, dict) else {}


def in_english_mark(code: str | None) -> str:
    """The mark on a phrase a family gets in English: "in English", and the same in their language."""
    language = phrase_language(code)
    home = ENGLISH_IN.get(language, "") if language else ""  # the words the entry translations' mark uses
    return f"in English / {home}" if home else "in English"
