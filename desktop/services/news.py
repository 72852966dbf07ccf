"""Class and school news, and the calendar."""

import datetime as dt
import mimetypes

from desktop.domain.attachments import Attachment
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import SchoolCalendar, Term, typical_english_year
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.services.consent import check_news_photos
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.repositories.news import NewsRepository

PHOTO_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
MAX_PHOTO = 20 * 1024 * 1024


class NewsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def publish(self, item: NewsItem) -> None:
        self.context.actor.require_staff()
        if not item.title.strip() or not item.body.strip():
            raise InvalidInput("News needs a title and some text.")
        with self.vault.writing() as session:
            check_news_photos(session, item.attachment_ids)
            NewsRepository(session).save_news(item)
            self.context.audit(session, AuditAction.CREATED, "news", item.id)

    def add_event(self, event: SchoolEvent) -> None:
        self.context.actor.require_staff()
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

    def attach_photo(self, data: bytes, filename: str) -> Attachment:
        """Store a photo for a news item, encrypted like every attachment; put its id on the item."""
        self.context.actor.require_staff()
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if media_type not in PHOTO_TYPES:
            raise InvalidInput(f"{filename} is not a photo; add a PNG, JPEG, GIF or WebP picture.")
        if not data:
            raise InvalidInput(f"{filename} is empty; choose the photo again.")
        if len(data) > MAX_PHOTO:
            raise InvalidInput(
                f"{filename} is over {MAX_PHOTO // 2**20} MB; save a smaller copy and add that."
            )
        with self.vault.writing() as session:
            attachment = AttachmentRepository(session, self.vault.blobs).add(
                data, filename, media_type, (), self.context.now()
            )
            self.context.audit(session, AuditAction.CREATED, "attachment", attachment.id)
        return attachment

    def calendar(self) -> SchoolCalendar:
        """The school's terms and closures (a typical English year around today until it enters its own)."""
        with self.vault.reading() as session:
            calendar = CalendarRepository(session).calendar()
        return calendar if calendar.terms else typical_english_year(self.context.today())

    def half_term(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """First and last day of the half-term around day, from the school's calendar (a typical English
        year until the school enters its own): news is planned and read half-term by half-term."""
        with self.vault.reading() as session:
            calendar = CalendarRepository(session).calendar()
        return half_term_around(calendar if calendar.terms else typical_english_year(day), day)


def half_term_around(calendar: SchoolCalendar, day: dt.date) -> tuple[dt.date, dt.date]:
    """The stretch of the term holding day (or the last term before it) between its half-term breaks.

    A break is a week whose five weekdays are all closures; single closure days (INSET) do not split.
    """
    term = _term_for(calendar.terms, day)
    if term is None:
        return day - dt.timedelta(weeks=7), day
    first, last = term.first_day, term.last_day
    monday = term.first_day - dt.timedelta(days=term.first_day.weekday())
    while monday <= term.last_day:
        week = [monday + dt.timedelta(days=n) for n in range(5)]
        if all(d in calendar.closures for d in week):
            if week[-1] < day:
                first = monday + dt.timedelta(days=7)
            else:  # the break ahead, or the one we are in: it closes the half-term that led up to it
                last = monday - dt.timedelta(days=3)
                break
        monday += dt.timedelta(days=7)
    return first, last


def _term_for(terms: tuple[Term, ...], day: dt.date) -> Term | None:
    started = [t for t in terms if t.first_day <= day]
    if started:
        return max(started, key=lambda t: t.first_day)
    return min(terms, key=lambda t: t.first_day) if terms else None
