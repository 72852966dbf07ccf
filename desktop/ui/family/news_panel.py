"""Class and school news from this half-term, and what is coming up on the calendar."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.news import NewsItem, SchoolEvent
from desktop.ui.family.cards import Card, CardList, text_label
from desktop.ui.family.writing import long_date


class NewsCard(Card):
    def __init__(self, item: NewsItem, parent: QWidget | None = None) -> None:
        super().__init__(item.title, self.tr("News: {title}").format(title=item.title), parent)
        whose = self.tr("For the whole school") if item.class_id is None else self.tr("For the class")
        byline = self.tr("{day}, {author}. {whose}").format(
            day=long_date(item.published_on), author=item.author_name, whose=whose
        )
        self.add(text_label(byline, self.tr("Published"), 1.0))
        self.add(text_label(item.body, self.tr("The news")))


class EventsCard(Card):
    def __init__(self, events: tuple[SchoolEvent, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Coming up"), self.tr("Coming up"), parent)
        for event in events:
            when = long_date(event.starts_on)
            if event.starts_at is not None:
                when += f", {event.starts_at:%H:%M}"
            lines = [f"{when}: {event.title}"]
            lines += [x for x in (event.location, event.details) if x.strip()]
            self.add(text_label("\n".join(lines), self.tr("Event: {title}").format(title=event.title)))


class NewsPanel(CardList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("News and events"), self.tr("No news from the class or school yet."), parent)

    def show_news(self, news: tuple[NewsItem, ...], events: tuple[SchoolEvent, ...]) -> None:
        cards: list[QWidget] = [EventsCard(events)] if events else []
        cards += [NewsCard(item) for item in news]
        self.set_cards(cards)
