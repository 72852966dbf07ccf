"""Everything the family window shows for one child, read in one go on the task runner.

No widgets here: `load_child` runs on a worker thread, through the services, as the family member (so
the services' rules apply: their own child only, folders only once sent home).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.domain.agreements import Agreement
from desktop.domain.entry_translations import EntryTranslation
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.pupils import Pupil
from desktop.domain.work_folders import WorkFolder
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.entry_translations import EntryTranslationService
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.news import NewsService
from desktop.services.phrase_translations import PhraseTranslationService

EVENTS_AHEAD = dt.timedelta(days=60)
"""How far ahead the family sees the calendar."""


@dataclass(frozen=True, slots=True)
class ChildRecords:
    """One child's link book (newest first), agreements, folders sent home, and class and school news."""

    pupil: Pupil
    entries: tuple[LinkBookEntry, ...]
    agreements: tuple[Agreement, ...]
    folders: tuple[WorkFolder, ...]
    news: tuple[NewsItem, ...]
    events: tuple[SchoolEvent, ...]
    home_language: str = "ENG"
    """The family member's home language (DfE code): quick phrases and translations are shown in it."""
    translations: Mapping[str, Mapping[str, EntryTranslation]] = field(default_factory=dict)
    """Staff translations of the entries into that language, by entry id and text field."""


def load_child(context: ServiceContext, pupil: Pupil) -> ChildRecords:
    """Read the child's records as the acting family member (the look is audited like a teacher's)."""
    entries = LinkBookService(context).view_timeline(pupil.id)
    newest_first = sorted(entries, key=lambda e: (e.day, e.updated_at or dt.datetime.min), reverse=True)
    agreements = AgreementService(context).for_pupil(pupil.id)
    folders = sorted(
        WorkFolderService(context).for_pupil(pupil.id), key=lambda f: f.period.start, reverse=True
    )
    news_service = NewsService(context)
    today = context.today()
    first, _last = news_service.half_term(today)
    news = news_service.news(pupil.class_id, first, today)
    events = news_service.events(pupil.class_id, today, today + EVENTS_AHEAD)
    language = PhraseTranslationService(context).family_language(context.actor.family_member_id)
    translations = EntryTranslationService(context).for_entries(newest_first, language)
    return ChildRecords(
        pupil,
        tuple(newest_first),
        tuple(agreements),
        tuple(folders),
        tuple(news),
        tuple(events),
        language,
        translations,
    )
