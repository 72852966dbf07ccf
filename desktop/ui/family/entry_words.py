"""What school wrote, as the family reads it: each quick phrase in the family's home language with the
English beside it, and the care sections' values in both languages.

A phrase not yet translated into the family's language shows in English with an "in English" mark. A
family that reads English, and an entry with no phrases (older ones), see the texts as they were written.
The words come from the entry itself (kept when it was saved), so a family device needs no phrase bank.
"""

import html
from dataclasses import dataclass

from desktop.domain.linkbook import LinkBookEntry, PhraseUse
from desktop.domain.phrase_languages import (
    phrase_language,
    pieces,
    reads_english_only,
    section_value,
    uses_in,
)
from desktop.printing.phrases import Phrasebook
from desktop.services.phrase_translations import in_english_mark

_ENGLISH_COLOUR = "#555555"
_MARK_COLOUR = "#8a4b00"


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _phrase_html(english: str, home: str | None, language: str) -> str:
    """One phrase on its own line: the home language first, the English beside it (or the mark)."""
    if home:
        return (
            f"<span>{html.escape(home)}</span> "
            f"<span style='color:{_ENGLISH_COLOUR}'>\u2014 {html.escape(english)}</span>"
        )
    return (
        f"<span>{html.escape(english)}</span> "
        f"<i style='color:{_MARK_COLOUR}'>({html.escape(in_english_mark(language))})</i>"
    )


def text_html(field: str, text: str, uses: tuple[PhraseUse, ...], language: str) -> str:
    """A text field as HTML: its phrases in the family's language, the words around them as written."""
    mine = uses_in(field, uses)
    runs = pieces(text, mine) if mine and not reads_english_only(language) else []
    if not any(run.use is not None for run in runs):
        return _escaped(text)
    code = phrase_language(language)
    lines = [
        _phrase_html(run.text, run.use.in_language(code) if code else None, language)
        if run.use is not None
        else _escaped(run.text)
        for run in runs
    ]
    return "<br>".join(lines)


def _value(text: str, uses: tuple[PhraseUse, ...], code: str | None) -> str:
    value_id = section_value(text)
    use = next((u for u in uses if u.phrase_id == value_id), None) if value_id else None
    home = use.in_language(code) if use is not None and code else None
    return f"{text} / {home}" if home else text


def care_lines(entry: LinkBookEntry, language: str) -> list[str]:
    """The care sections, a line a record; values in the family's language too where there are words."""
    sen = entry.sections
    if reads_english_only(language):
        care = [f"{m.session.value}: {m.mood.value} {m.note}".strip() for m in sen.mood]
        care += [f"{f.meal}: {f.amount.value} {f.note}".strip() for f in sen.food_and_drink]
        care += [f"{c.time:%H:%M} {c.care} {c.note}".strip() for c in sen.personal_care]
        care += [f"{a.time:%H:%M} {a.what_happened}; {a.treatment} ({a.given_by})" for a in sen.first_aid]
    else:
        book, code, uses = Phrasebook(language), phrase_language(language), entry.phrases
        care = [f"{book.both(m.session.value)}: {book.both(m.mood.value)} {m.note}".strip() for m in sen.mood]
        care += [
            f"{_value(f.meal, uses, code)}: {book.both(f.amount.value)} {f.note}".strip()
            for f in sen.food_and_drink
        ]
        care += [f"{c.time:%H:%M} {_value(c.care, uses, code)} {c.note}".strip() for c in sen.personal_care]
        care += [
            f"{a.time:%H:%M} {_value(a.what_happened, uses, code)}; {_value(a.treatment, uses, code)} "
            f"({a.given_by})"
            for a in sen.first_aid
        ]
    care += [f"{m.time:%H:%M} {m.medicine}, {m.dose} ({m.given_by})" for m in sen.medication]
    return care


@dataclass(frozen=True, slots=True)
class EntryPart:
    """One paragraph of what school wrote: its title, its body as HTML, and the text field it shows (None
    for the day in detail). `phrased` when the body shows quick phrases in the family's language."""

    field: str | None
    title: str
    html: str
    phrased: bool = False


def entry_parts(
    entry: LinkBookEntry, language: str, titles: dict[str, str], detail_title: str
) -> list[EntryPart]:
    """Each text field with words, then the day in detail."""
    english_only = reads_english_only(language)
    parts = [
        EntryPart(
            name,
            titles[name],
            text_html(name, text, entry.phrases, language),
            not english_only and bool(uses_in(name, entry.phrases)),
        )
        for name, text in entry.texts()
        if text.strip()
    ]
    care = care_lines(entry, language)
    if care:
        parts.append(EntryPart(None, detail_title, _escaped("\n".join(care))))
    return parts
