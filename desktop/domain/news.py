"""News and events for a class or for the whole school."""

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.ids import new_id


@dataclass(frozen=True, slots=True)
class NewsItem:
    """A piece of news; class_id None means it is for the whole school."""

    title: str
    body: str
    published_on: dt.date
    author_name: str
    class_id: str | None = None
    attachment_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class SchoolEvent:
    """Something on the calendar families need to know about."""

    title: str
    starts_on: dt.date
    details: str = ""
    starts_at: dt.time | None = None
    location: str = ""
    class_id: str | None = None
    id: str = field(default_factory=new_id)
