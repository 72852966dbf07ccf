"""A class newsletter on paper: the period's news for the class and the school, and the dates ahead."""

from dataclasses import dataclass

from reportlab.platypus import Flowable

from desktop.domain.calendar import Period
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.printing.blocks import Keep, bilingual, gap, rule
from desktop.printing.folder import period_words
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle
from desktop.printing.text import Text
from desktop.printing.week import english_date


@dataclass(frozen=True, slots=True)
class Newsletter:
    class_name: str
    period: Period
    news: tuple[NewsItem, ...]
    events: tuple[SchoolEvent, ...]


def newsletter_flowables(letter: Newsletter, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    flow: list[Flowable] = [
        bilingual(book, "class_news", style.title),
        Text(f"{letter.class_name}  ·  {period_words(letter.period)}", style.body),
        rule(style, thick=True),
    ]
    if letter.news:
        flow += [bilingual(book, "news", style.heading), gap(style, 0.5)]
    for item in letter.news:
        flow += [
            Keep(
                [
                    Text(item.title, style.strong),
                    Text(f"{english_date(item.published_on)}  ·  {item.author_name}", style.muted),
                    Text(item.body, style.body),
                ]
            ),
            gap(style),
        ]
    if letter.events:
        flow += [rule(style), bilingual(book, "dates", style.heading), gap(style, 0.5)]
    for event in letter.events:
        when = english_date(event.starts_on) + (f", {event.starts_at:%H:%M}" if event.starts_at else "")
        where = f"  ·  {event.location}" if event.location else ""
        parts: list[Flowable] = [Text(event.title, style.strong), Text(when + where, style.muted)]
        if event.details.strip():
            parts.append(Text(event.details, style.body))
        flow += [Keep(parts), gap(style)]
    return flow
