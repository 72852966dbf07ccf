"""A child's week of link-book pages: each school day's entry, then room to reply, tick and sign."""

import datetime as dt
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from desktop.domain.calendar import Period
from desktop.domain.entry_translations import EntryTranslation, translation_language
from desktop.domain.linkbook import LinkBookEntry, PhraseUse, SenSections
from desktop.domain.phrase_languages import uses_in
from desktop.printing.blocks import (
    Bilingual,
    Keep,
    TickAndSign,
    WritingLines,
    bilingual,
    gap,
    labelled,
    rule,
)
from desktop.printing.entry_phrases import phrase_labelled, value_words
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle
from desktop.printing.text import Text
from desktop.printing.translated_text import Translations, by_key, entry_text

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class LinkBookWeek:
    """What one child's week of pages shows; entries keyed by day (None: no page written that day)."""

    pupil_name: str
    class_name: str
    period: Period
    days: tuple[tuple[dt.date, LinkBookEntry | None], ...]
    translations: tuple[EntryTranslation, ...] = field(default=())
    """Staff translations of the entries' text, each household's pages showing its own language's."""


def english_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def day_heading(book: Phrasebook, day: dt.date, style: PrintStyle) -> Bilingual:
    """'Monday 16 November 2026' with the weekday in the home language and the date in figures."""
    home_day = book.home(WEEKDAYS[day.weekday()]) if day.weekday() < 5 else None
    home = f"{home_day} {day.day:02d}.{day.month:02d}.{day.year}" if home_day else None
    return Bilingual(english_date(day), home, style.heading, book.right_to_left)


def week_flowables(week: LinkBookWeek, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    """The week's pages: a heading, then for each school day its entry and a reply slip."""
    flow: list[Flowable] = [
        bilingual(book, "link_book", style.title),
        Text(week.pupil_name, style.heading),
        Text(
            f"{week.class_name}  ·  {book.english('week_beginning')} {english_date(week.period.start)}",
            style.body,
        ),
        gap(style),
        _instructions(book, style),
        rule(style, thick=True),
    ]
    translations = by_key(week.translations)
    for day, entry in week.days:
        flow += day_flowables(day, entry, book, style, translations)
    return flow


def _instructions(book: Phrasebook, style: PrintStyle) -> Flowable:
    parts: list[Flowable] = [Text(book.english("return_page"), style.muted)]
    home = book.home("return_page")
    if home:
        parts.append(Text(home, style.muted, rtl=book.right_to_left))
    return Keep(parts)


def _text_field(
    book: Phrasebook,
    entry: LinkBookEntry,
    field: str,
    text: str,
    translations: Translations,
    style: PrintStyle,
) -> list[Flowable]:
    """A staff translation of the field wins (it covers the whole text, phrases too); else a text built
    from quick phrases shows each phrase in the family's language; else the words as written."""
    language = translation_language(book.language) or ""
    if (entry.id, field, language) not in translations and uses_in(field, entry.phrases):
        return phrase_labelled(book, field, text, entry.phrases, style)
    return entry_text(book, entry.id, field, text, translations, style)


def day_flowables(
    day: dt.date,
    entry: LinkBookEntry | None,
    book: Phrasebook,
    style: PrintStyle,
    translations: Translations | None = None,
) -> list[Flowable]:
    """One day: what school wrote, then the family's reply box, tick box and signature.

    The day is kept on one page where it fits, so a reply box never sits apart from what it answers.
    """
    flow: list[Flowable] = [day_heading(book, day, style), gap(style, 0.5)]
    if entry is None or entry.is_blank:
        flow += [bilingual(book, "no_entry", style.muted), gap(style)]
    else:
        for phrase, text in entry.texts():
            if text.strip():
                flow += _text_field(book, entry, phrase, text, translations or {}, style)
        flow += sections_flowables(entry.sections, book, style, entry.phrases)
    flow.append(
        Keep(
            [
                bilingual(book, "your_reply", style.label),
                WritingLines(style.reply_lines, style.writing_line, style.rule, ref=f"day:{day.isoformat()}"),
                gap(style, 0.8),
                TickAndSign(book, style, ref=f"day:{day.isoformat()}", also="please_contact"),
            ]
        )
    )
    return [Keep(flow), rule(style)]


def _both(book: Phrasebook, phrase: str) -> str:
    return book.both(phrase, " / ")


def sections_flowables(
    sections: SenSections, book: Phrasebook, style: PrintStyle, uses: tuple[PhraseUse, ...] = ()
) -> list[Flowable]:
    """The structured SEN sections, one short line per record, values in both languages."""
    flow: list[Flowable] = []

    def value(text: str) -> str:
        return value_words(book, text, uses)

    if sections.mood:
        lines = [
            f"{_both(book, m.session.value)}: {_both(book, m.mood.value)}"
            + (f" — {m.note}" if m.note else "")
            for m in sections.mood
        ]
        flow += labelled(book, "mood", "\n".join(lines), style)
    if sections.food_and_drink:
        lines = [
            f"{value(f.meal)}: {_both(book, f.amount.value)}" + (f" — {f.note}" if f.note else "")
            for f in sections.food_and_drink
        ]
        flow += labelled(book, "food_and_drink", "\n".join(lines), style)
    if sections.personal_care:
        lines = [
            f"{c.time:%H:%M} {value(c.care)}" + (f" — {c.note}" if c.note else "")
            for c in sections.personal_care
        ]
        flow += labelled(book, "personal_care", "\n".join(lines), style)
    if sections.first_aid:
        lines = [
            f"{a.time:%H:%M} {value(a.what_happened)} — {value(a.treatment)} ({a.given_by})"
            for a in sections.first_aid
        ]
        flow += labelled(book, "first_aid", "\n".join(lines), style)
    if sections.medication:
        lines = [f"{m.time:%H:%M} {m.medicine}, {m.dose} ({m.given_by})" for m in sections.medication]
        flow += labelled(book, "medication", "\n".join(lines), style)
    return flow
