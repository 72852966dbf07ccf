"""What a teacher wrote, on a family's paper page: the English as written, marked as English for a family
who reads another language, and a member of staff's translation beside it with who translated it.

The translation is printed in the family's own script and direction (desktop/printing/text.py); the
"English" mark is in the family's language too, so a reader who does not read English knows what it is.
"""

from collections.abc import Mapping

from reportlab.platypus import Flowable, Spacer

from desktop.domain.entry_translations import EntryTranslation, english_mark, translation_language
from desktop.domain.languages import LANGUAGES
from desktop.printing.blocks import Keep, bilingual, gap, labelled
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle
from desktop.printing.text import Text

Translations = Mapping[tuple[str, str, str], EntryTranslation]
"""Translations by (entry id, text field, language)."""


def by_key(translations: tuple[EntryTranslation, ...]) -> dict[tuple[str, str, str], EntryTranslation]:
    return {(t.entry_id, t.text_field, t.language): t for t in translations}


def entry_text(
    book: Phrasebook,
    entry_id: str,
    field: str,
    text: str,
    translations: Translations,
    style: PrintStyle,
) -> list[Flowable]:
    """One text field of an entry: its label, the English (marked for other readers), the translation."""
    mark = english_mark(book.language)
    if mark is None:
        return labelled(book, field, text, style)
    parts: list[Flowable] = [
        bilingual(book, field, style.label),
        Text(mark, style.muted),
        Text(text, style.body),
    ]
    code = translation_language(book.language) or ""
    translation = translations.get((entry_id, field, code))
    if translation is not None:
        language = LANGUAGES.get(code)
        parts += [
            Spacer(1, style.gap / 2),
            Text(language.native_name if language else code, style.muted, rtl=book.right_to_left),
            Text(translation.text, style.body, rtl=book.right_to_left),
            Text(f"Translated by {translation.translator_name}", style.muted),
        ]
    return [Keep(parts), gap(style, 0.6)]
