"""What every panel of a child's page needs to write: run a change as the family member, then reload.

A panel never calls a service on the GUI thread; it hands a function of the service context to
`Writer.run`, which puts it on the task runner, and the child's page reloads once it is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.domain.access import Actor
from desktop.services.context import ServiceContext

T = TypeVar("T")


class Writer(Protocol):
    """Runs a change on the task runner and reloads the child's page when it is saved."""

    @property
    def actor(self) -> Actor: ...

    def run(self, label: str, work: Callable[[ServiceContext], object], done: Callable[[], None]) -> None:
        """work(context) on a worker thread; done() on the GUI thread once it is saved."""
        ...

    def fetch(self, label: str, work: Callable[[ServiceContext], T], done: Callable[[T], None]) -> None:
        """Read something slow (a photo's thumbnail) on a worker thread; done(result) on the GUI thread."""
        ...


def long_date(day: dt.date) -> str:
    """A day as the family's language writes it ("Friday 20 November 2026" in English)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_time(at: dt.datetime) -> str:
    when = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)
