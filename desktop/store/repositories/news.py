"""Class and school news, and calendar events."""

import datetime as dt
from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.news import NewsItem, SchoolEvent
from desktop.store.schema import EventRow, NewsAttachmentRow, NewsRow


class NewsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save_news(self, item: NewsItem) -> None:
        self.session.merge(
            NewsRow(
                id=item.id,
                class_id=item.class_id,
                title=item.title,
                body=item.body,
                published_on=item.published_on,
                author_name=item.author_name,
            )
        )
        self.session.flush()
        for attachment_id in item.attachment_ids:
            self.session.merge(NewsAttachmentRow(news_id=item.id, attachment_id=attachment_id))

    def news_for_class(self, class_id: str | None, first: dt.date, last: dt.date) -> list[NewsItem]:
        """News for the class and for the whole school, between the dates, newest first."""
        query = (
            select(NewsRow)
            .where(or_(NewsRow.class_id == class_id, NewsRow.class_id.is_(None)))
            .where(NewsRow.published_on.between(first, last))
            .order_by(NewsRow.published_on.desc())
        )
        rows = list(self.session.scalars(query))
        attachments: dict[str, list[str]] = defaultdict(list)
        for link in self.session.scalars(
            select(NewsAttachmentRow).where(NewsAttachmentRow.news_id.in_([r.id for r in rows]))
        ):
            attachments[link.news_id].append(link.attachment_id)
        return [
            NewsItem(
                id=r.id,
                class_id=r.class_id,
                title=r.title,
                body=r.body,
                published_on=r.published_on,
                author_name=r.author_name,
                attachment_ids=tuple(attachments[r.id]),
            )
            for r in rows
        ]

    def save_event(self, event: SchoolEvent) -> None:
        self.session.merge(
            EventRow(
                id=event.id,
                class_id=event.class_id,
                title=event.title,
                starts_on=event.starts_on,
                starts_at=event.starts_at,
                location=event.location,
                details=event.details,
            )
        )

    def events_for_class(self, class_id: str | None, first: dt.date, last: dt.date) -> list[SchoolEvent]:
        query = (
            select(EventRow)
            .where(or_(EventRow.class_id == class_id, EventRow.class_id.is_(None)))
            .where(EventRow.starts_on.between(first, last))
            .order_by(EventRow.starts_on, EventRow.starts_at)
        )
        return [
            SchoolEvent(
                id=r.id,
                class_id=r.class_id,
                title=r.title,
                starts_on=r.starts_on,
                starts_at=r.starts_at,
                location=r.location,
                details=r.details,
            )
            for r in self.session.scalars(query)
        ]
