"""Class and school news, and the calendar."""

import datetime as dt

from desktop.domain.audit import AuditAction
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.news import NewsRepository


class NewsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def publish(self, item: NewsItem) -> None:
        if not item.title.strip() or not item.body.strip():
            raise InvalidInput("News needs a title and some text.")
        with self.vault.writing() as session:
            NewsRepository(session).save_news(item)
            self.context.audit(session, AuditAction.CREATED, "news", item.id)

    def add_event(self, event: SchoolEvent) -> None:
        if not event.title.strip():
            raise InvalidInput("An event needs a title.")
        with self.vault.writing() as session:
            NewsRepository(session).save_event(event)
            self.context.audit(session, AuditAction.CREATED, "event", event.id)

    def news(self, class_id: str | None, first: dt.date, last: dt.date) -> list[NewsItem]:
        with self.vault.reading() as session:
            return NewsRepository(session).news_for_class(class_id, first, last)

    def events(self, class_id: str | None, first: dt.date, last: dt.date) -> list[SchoolEvent]:
        with self.vault.reading() as session:
            return NewsRepository(session).events_for_class(class_id, first, last)
