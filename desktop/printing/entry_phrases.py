"""An entry's quick phrases on the family's paper: each phrase in the home language, the English beside.

A text with phrases in it prints as its runs: a phrase as a bilingual row (English at the start, the home
language at the end, as the labels are), the words typed around the phrases as written. A phrase not yet
translated into the family's language prints in English, marked "in English". An English-reading
family, and a text with no phrases, get the text as before.
"""

from reportlab.platypus import Flowable

from desktop.domain.linkbook import PhraseUse
from desktop.domain.phrase_languages import (
    phrase_language,
    pieces,
    reads_english_only,
    section_value,
    uses_in,
)
from desktop.printing.blocks import Bilingual, Keep, bilingual, gap, labelled
from desktop.printing.phrases import Phrasebook
from desktop.printing.quick_phrase_words import in_english_mark
from desktop.printing.styles import PrintStyle
from desktop.printing.text import Text


def phrase_labelled(
    book: Phrasebook, field: str, text: str, uses: tuple[PhraseUse, ...], style: PrintStyle
) -> list[Flowable]:
    """A text field under its bilingual label, its phrases in the family's language (see the module)."""
    mine = uses_in(field, uses)
    runs = pieces(text, mine) if mine and not reads_english_only(book.language) else []
    if not any(run.use is not None for run in runs):
        return labelled(book, field, text, style)
    code = phrase_language(book.language)
    items: list[Flowable] = [bilingual(book, field, style.label)]
    for run in runs:
        if run.use is None:
            items.append(Text(run.text, style.body))
            continue
        home = run.use.in_language(code) if code else None
        # Brackets round mixed-direction words break apart in a right-to-left line: none there.
        mark = in_english_mark(book.language)
        shown = home or (mark if book.right_to_left else f"({mark})")
        items.append(Bilingual(run.text, shown, style.body, book.right_to_left))
    return [Keep(items), gap(style, 0.6)]


def value_words(book: Phrasebook, text: str, uses: tuple[PhraseUse, ...]) -> str:
    """A care section's value, with its home-language words after a slash where it has them."""
    code = phrase_language(book.language)
    value_id = section_value(text)
    if code is None or value_id is None:
        return text
    use = next((u for u in uses if u.phrase_id == value_id), None)
    home = use.in_language(code) if use is not None else None
    return f"{text} / {home}" if home else text
