"""Reading teachers' marks over time: which are numbers a chart can show, and which stay as words.

Teachers write marks as they like: "8/10", "75%", "Expected", "Greater depth". Only a mark with its own
scale (a fraction or a percentage) can be compared with another, so only those are charted, as a
percentage; a bare number ("7") has no scale and is listed with the marks in words. Pure Python, no Qt.
"""

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.calendar import Period
from desktop.domain.work_folders import WorkFolder

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_FRACTION = re.compile(rf"^{_NUMBER}\s*(?:/|out of)\s*{_NUMBER}$", re.IGNORECASE)
_PERCENT = re.compile(rf"^{_NUMBER}\s*%$")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def percent(mark: str) -> float | None:
    """The mark as a percentage if it carries its own scale ("8/10", "8 out of 10", "75%"), else None."""
    text = mark.strip()
    if match := _FRACTION.match(text):
        top, bottom = _number(match[1]), _number(match[2])
        if bottom <= 0 or top > bottom:
            return None
        return 100 * top / bottom
    if match := _PERCENT.match(text):
        value = _number(match[1])
        return value if value <= 100 else None
    return None


@dataclass(frozen=True, slots=True)
class MarkRecord:
    """One piece of work's mark and feedback, as the progress screen shows it."""

    day: dt.date
    period: Period
    subject: str
    title: str
    mark: str
    feedback: str
    percent: float | None


@dataclass(frozen=True, slots=True)
class PeriodTopics:
    """What a child worked on in one folder's period: the topics, and the pieces under each."""

    period: Period
    topics: tuple[tuple[str, tuple[str, ...]], ...]


def marks_over_time(folders: list[WorkFolder]) -> list[MarkRecord]:
    """Every piece of work that has a mark or feedback, oldest first."""
    records = [
        MarkRecord(
            item.done_on,
            folder.period,
            item.subject,
            item.title,
            item.mark.strip(),
            item.feedback.strip(),
            percent(item.mark),
        )
        for folder in folders
        for item in folder.items
        if item.mark.strip() or item.feedback.strip()
    ]
    return sorted(records, key=lambda r: (r.day, r.subject, r.title))


def topics_over_time(folders: list[WorkFolder]) -> list[PeriodTopics]:
    """Per folder, oldest first, the topics (subjects) worked on and the titles of the pieces."""
    result = []
    for folder in sorted(folders, key=lambda f: f.period.start):
        by_topic: dict[str, list[str]] = {}
        for item in folder.items:
            by_topic.setdefault(item.subject.strip(), []).append(item.title)
        if by_topic:
            result.append(PeriodTopics(folder.period, tuple((k, tuple(v)) for k, v in by_topic.items())))
    return result


def words_tally(records: list[MarkRecord]) -> list[tuple[str, int]]:
    """Marks not charted (words, bare numbers) with how often each was given, commonest first."""
    counts: dict[str, int] = {}
    for record in records:
        if record.percent is None and record.mark:
            counts[record.mark] = counts.get(record.mark, 0) + 1
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold()))
