"""What a child's pack carries from their records for a period, read for one pupil or for a whole class.

A school's packs cover some 1,500 pupils. Read pupil by pupil, each needs several queries (the week's
entries, their translations, home learning, folders, agreements); a class's records are read together
instead, a few queries for the class through the same services' class-wide reads. Both ways give the same
records in the same order, so a pupil's pack is the same printed alone or with the class.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.agreements import Agreement, Party, VersionStatus
from desktop.domain.calendar import Period, PeriodKind
from desktop.domain.entry_translations import EntryTranslation
from desktop.domain.home_learning import PupilTask
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.work_folders import WorkFolder
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.entry_translations import EntryTranslationService
from desktop.services.folders import WorkFolderService
from desktop.services.home_learning import HomeLearningService
from desktop.services.linkbook import LinkBookService
from desktop.services.phrase_uses import CurrentWords


@dataclass(frozen=True, slots=True)
class RecordKinds:
    """Which of a child's records the packs carry."""

    link_book: bool
    home_learning: bool
    folders: bool
    agreements: bool


@dataclass(frozen=True, slots=True)
class PupilRecords:
    """One child's records for the period's pack (empty where the pack does not carry that kind)."""

    entries: tuple[LinkBookEntry, ...] = ()
    """The period's link-book entries, a day's last one for each day, oldest first, with their phrases'
    words as the bank has them now."""
    translations: tuple[EntryTranslation, ...] = ()
    """The entries' up-to-date translations into the households' languages."""
    tasks: tuple[PupilTask, ...] = ()
    """Home learning set by the period's end and due from its start."""
    folder: WorkFolder | None = None
    agreements: tuple[Agreement, ...] = ()
    """The agreements waiting for the family's signature."""


def awaits_family_signature(agreement: Agreement) -> bool:
    """In force, and the family has not signed this version yet: it goes home on paper to be signed."""
    return agreement.status is VersionStatus.ACTIVE and agreement.current.signature_of(Party.FAMILY) is None


def folder_for(folders: list[WorkFolder], period: Period) -> WorkFolder | None:
    """The folder a pack for the period carries: the period's own, or for a month the first of its weeks'
    (folders in the order the store gives them, earliest start first)."""
    for folder in folders:
        if folder.period == period or (
            period.kind is PeriodKind.MONTH
            and folder.period.kind is PeriodKind.WEEK
            and period.contains(folder.period.start)
        ):
            return folder
    return None


class PackRecords:
    """Reads the records the packs carry, through the services (each checks who may see the child)."""

    def __init__(self, context: ServiceContext, words: CurrentWords, kinds: RecordKinds) -> None:
        self.context = context
        self.words = words
        self.kinds = kinds

    def of_pupil(self, pupil_id: str, period: Period, languages: list[str]) -> PupilRecords:
        """One child's records, pupil by pupil (languages: their households' home languages)."""
        entries: list[LinkBookEntry] = []
        translations: tuple[EntryTranslation, ...] = ()
        if self.kinds.link_book:
            timeline = LinkBookService(self.context).timeline(pupil_id, period.start, period.end)
            entries = self._by_day(timeline)
            translations = EntryTranslationService(self.context).printed(entries, languages)
        tasks: list[PupilTask] = []
        if self.kinds.home_learning:
            tasks = HomeLearningService(self.context).for_pupil(pupil_id, period.start, period.end)
        folder = None
        if self.kinds.folders:
            folder = folder_for(WorkFolderService(self.context).for_pupil(pupil_id), period)
        agreements: list[Agreement] = []
        if self.kinds.agreements:
            agreements = AgreementService(self.context).for_pupil(pupil_id)
        return PupilRecords(
            tuple(entries),
            translations,
            tuple(tasks),
            folder,
            tuple(a for a in agreements if awaits_family_signature(a)),
        )

    def of_class(self, languages: Mapping[str, list[str]], period: Period) -> dict[str, PupilRecords]:
        """Each child's records, as of_pupil gives them, read together (languages: each pupil's
        households' home languages, by pupil id, for the pupils wanted)."""
        pupil_ids = list(languages)
        if not pupil_ids:
            return {}
        entries: dict[str, list[LinkBookEntry]] = {}
        translations: dict[str, tuple[EntryTranslation, ...]] = {}
        if self.kinds.link_book:
            read = LinkBookService(self.context).timelines(pupil_ids, period.start, period.end)
            entries = {pupil_id: self._by_day(read[pupil_id]) for pupil_id in pupil_ids}
            translations = EntryTranslationService(self.context).printed_by_pupil(entries, languages)
        tasks: dict[str, list[PupilTask]] = {}
        if self.kinds.home_learning:
            tasks = HomeLearningService(self.context).for_pupils(pupil_ids, period.start, period.end)
        folders: dict[str, list[WorkFolder]] = {}
        if self.kinds.folders:
            folders = WorkFolderService(self.context).starting_within(pupil_ids, period.start, period.end)
        agreements: dict[str, list[Agreement]] = {}
        if self.kinds.agreements:
            agreements = AgreementService(self.context).for_pupils(pupil_ids)
        return {
            pupil_id: PupilRecords(
                tuple(entries.get(pupil_id, ())),
                translations.get(pupil_id, ()),
                tuple(tasks.get(pupil_id, ())),
                folder_for(folders.get(pupil_id, []), period),
                tuple(a for a in agreements.get(pupil_id, ()) if awaits_family_signature(a)),
            )
            for pupil_id in pupil_ids
        }

    def _by_day(self, timeline: list[LinkBookEntry]) -> list[LinkBookEntry]:
        """The entries as printed: a day's last, in the order of the days' first (the timeline's order)."""
        return list({entry.day: entry for entry in self.words.freshen(timeline)}.values())
