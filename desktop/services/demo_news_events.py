"""The demo school's news and events: the school's own, and two news items and an event for each class."""

import datetime as dt

from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.school import SchoolClass
from desktop.services import demo_data as data
from desktop.services.demo_pictures import work_picture
from desktop.services.demo_state import DemoState


class NewsBuilder(DemoState):
    """The news and events families see, spread over the term so far."""

    def _news(self, classes: list[SchoolClass]) -> None:
        first, today = self.days[0], self.plan.today
        for n, (title, body) in enumerate(data.SCHOOL_NEWS):
            published = self._day_between(
                first, today, n / len(data.SCHOOL_NEWS), (n + 1) / len(data.SCHOOL_NEWS)
            )
            attachment_ids: tuple[str, ...] = ()
            if self.plan.images and title == "Winter fair":
                poster = work_picture(self.pictures, "Winter fair", "Everyone", heading="Winter fair!")
                at = dt.datetime.combine(published, dt.time(9))
                attachment_ids = (self.writer.attachment(poster, "winter-fair-poster.png", (), at).id,)
                self.counts.attachments += 1
            self.writer.news(NewsItem(title, body, published, data.ADMIN_NAME, None, attachment_ids))
        for title, offset, starts_at, location, details in data.EVENTS:
            self.writer.event(
                SchoolEvent(title, today + dt.timedelta(days=offset), details, starts_at, location)
            )
        for school_class in classes:
            teacher = self.teacher[school_class.id]
            for title, body in self.rng.sample(data.CLASS_NEWS, 2):
                published = self._day_between(first, today, 0.2, 1.0)
                self.writer.news(NewsItem(title, body, published, teacher.name, school_class.id))
            title, offset, starts_at, location, details = self.rng.choice(data.CLASS_EVENTS)
            self.writer.event(
                SchoolEvent(
                    title, today + dt.timedelta(days=offset), details, starts_at, location, school_class.id
                )
            )
