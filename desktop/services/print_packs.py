"""Printing for families without devices: gather what a pack needs through the services, render with
desktop/printing, and record in the audit trail that it was printed.

A school's whole batch (1,500 pupils) is rendered class by class, in worker processes when there is more
than one core: reportlab is pure Python and holds the GIL. Data is gathered in this process (the vault is
not shared), pure dataclasses go to the workers, PDF bytes come back. `progress` hears after each class,
`cancelled` is asked before each; a cancelled job writes nothing more.
"""

import concurrent.futures
import datetime as dt
import gc
import io
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period, PeriodKind
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass
from desktop.domain.work_folders import WorkFolder
from desktop.printing.agreement import AgreementSheet
from desktop.printing.folder import FolderPiece, WorkFolderSheet
from desktop.printing.fonts import load_all
from desktop.printing.joined import JoinedPdf, NotJoinable
from desktop.printing.layout import Cancelled, PageMarks, Rendered, SetMarks, render
from desktop.printing.newsletter import Newsletter, newsletter_flowables
from desktop.printing.packs import Document, FamilyPack, PackBatch, Recipient, render_packs
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import NORMAL
from desktop.printing.week import LinkBookWeek
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.home_learning import home_learning_slips
from desktop.services.news import NewsService
from desktop.services.pack_records import PackRecords, PupilRecords, RecordKinds, folder_for
from desktop.services.paper_returns.layouts import remember_printed
from desktop.services.phrase_corrections import PhraseCorrectionService
from desktop.services.phrase_uses import CurrentWords
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput

Progress = Callable[[float], None]
EVENTS_AHEAD_DAYS = 28
CANCEL_POLL = 0.2
"""Seconds between looks at the cancel flag while worker processes render."""
PROCESSES_FROM_CLASSES = 4
"""Fewer classes than this render in the calling thread (see school_packs)."""


@dataclass(frozen=True, slots=True)
class PackOptions:
    """What goes into each pack, and for whom."""

    paper_only: bool = False
    """Only households where someone asked for paper (channel paper or both)."""
    link_book: bool = True
    """The child's link-book pages for the period."""
    folders: bool = False
    """Add the work folder for the period."""
    newsletter: bool = True
    teacher_list: bool = True
    agreements: bool = False
    """Add each child's agreements that wait for the family's signature (active, not signed by them)."""
    home_learning: bool = True
    """Add a slip for each home-learning task of the period (set by its end, due from its start)."""


@dataclass(frozen=True, slots=True)
class SchoolPacksSummary:
    classes: int
    packs: int
    pages: int
    cancelled: bool = False
    folders: int = 0
    """Work folders in the packs (0 when none was asked for, or none was made for the period)."""


@dataclass(frozen=True, slots=True)
class SchoolPdf:
    """The whole school's packs as one PDF (None when the job was stopped), and what is in it."""

    pdf: bytes | None
    summary: SchoolPacksSummary


def households(members: list[FamilyMember], paper_only: bool) -> list[Recipient]:
    """One recipient per home: members grouped by household, in contact order; two homes, two packs."""
    groups: dict[str, list[FamilyMember]] = {}
    for member in sorted(members, key=lambda m: (m.contact_order, m.name)):
        groups.setdefault(member.household.strip().casefold(), []).append(member)
    recipients = []
    for group in groups.values():
        first = group[0]
        recipient = Recipient(
            names=tuple(m.name for m in group),
            household=first.household,
            language=first.home_language,
            large_print=any(m.large_print for m in group),
            wants_paper=any(m.channel.wants_paper for m in group),
        )
        if recipient.wants_paper or not paper_only:
            recipients.append(recipient)
    if not recipients and not paper_only:
        recipients.append(Recipient(names=(), wants_paper=False))
    return recipients


@dataclass
class _ClassData:
    """One class's batch, ready to render anywhere."""

    school_class: SchoolClass
    batch: PackBatch
    pupil_ids: list[str] = field(default_factory=list)


class PrintPackService:
    """Packs for one pupil, one agreement, one folder, a class or the whole school."""

    def __init__(
        self, context: ServiceContext, overrides: Mapping[str, Mapping[str, str]] | None = None
    ) -> None:
        self.context = context
        self._overrides = overrides
        self.school = SchoolService(context)
        self.codes = ReplyCodeService(context)
        self.phrase_words = CurrentWords(context)

    @property
    def overrides(self) -> Mapping[str, Mapping[str, str]]:
        """The school's corrections of the printed phrases (read once, on first use, off the GUI thread)."""
        if self._overrides is None:
            self._overrides = PhraseCorrectionService(self.context).overrides()
        return self._overrides

    # One child

    def pupil_week(self, pupil_id: str, period: Period, options: PackOptions | None = None) -> bytes:
        """One pupil's pages for the period, a pack per household (no teacher's list)."""
        pupil = self.school.pupil(pupil_id)
        batch = self._pupil_batch(pupil, period, options or PackOptions(teacher_list=False))
        if not batch.packs:
            raise InvalidInput(f"No one in {pupil.display_name}'s family asked for paper.")
        rendered = render_packs(batch)
        remember_printed(self.context, rendered)
        self._audit([pupil.id], "print_pack", period.label)
        return rendered.pdf

    def pupil_batch(self, pupil_id: str, period: Period, options: PackOptions | None = None) -> PackBatch:
        """One pupil's packs for the period, ready to render: the same packs as in their class's batch."""
        pupil = self.school.pupil(pupil_id)
        return self._pupil_batch(pupil, period, options or PackOptions(teacher_list=False))

    def _pupil_batch(self, pupil: Pupil, period: Period, options: PackOptions) -> PackBatch:
        school_class = self._class_of(pupil)
        recipients = households(self.school.family_of(pupil.id), options.paper_only)
        packs: list[FamilyPack] = []
        if recipients:
            records = self._records(options).of_pupil(pupil.id, period, [r.language for r in recipients])
            newsletter = self._newsletter(school_class, period, options)
            packs = self._packs_for(pupil, school_class, period, options, newsletter, recipients, records)
        title = f"{pupil.display_name}, {period.label}"
        return PackBatch(self._school_name(), title, tuple(packs), False, self.overrides)

    def folder(self, pupil_id: str, period: Period) -> bytes:
        """A pupil's work folder for the period: a copy for each household, in its language and print size."""
        pupil = self.school.pupil(pupil_id)
        school_class = self._class_of(pupil)
        folder = self._folder(pupil.id, period)
        if folder is None:
            raise InvalidInput(f"{pupil.display_name} has no work folder for {period.label}.")
        sheet = self._folder_sheet(pupil, school_class, folder)
        pdf = self._every_household(pupil, school_class, period, sheet)
        self._audit([pupil.id], "work_folder", period.label)
        return pdf

    def agreement(self, agreement_id: str) -> bytes:
        """An agreement, support plan or profile with signature lines: a copy for each household, each in
        that household's language and print size (parents who live apart each sign their own)."""
        agreement = AgreementService(self.context).agreement(agreement_id)
        pupil = self.school.pupil(agreement.pupil_id)
        school_class = self._class_of(pupil)
        period = Period.week_of(self.context.today())
        sheet = AgreementSheet(agreement, pupil.display_name, school_class.name)
        pdf = self._every_household(pupil, school_class, period, sheet)
        self._audit([pupil.id], "agreement", f"version {agreement.current.number}")
        return pdf

    def _every_household(
        self, pupil: Pupil, school_class: SchoolClass, period: Period, document: Document
    ) -> bytes:
        """One document as a pack per household, each starting on a new sheet."""
        code = self.codes.code_for(pupil.id, period)
        packs = tuple(
            FamilyPack(pupil.display_name, school_class.name, period, recipient, code, (document,))
            for recipient in households(self.school.family_of(pupil.id), paper_only=False)
        )
        batch = PackBatch(self._school_name(), pupil.display_name, packs, False, self.overrides)
        rendered = render_packs(batch)
        remember_printed(self.context, rendered)
        return rendered.pdf

    # A class, the school

    def class_batch(self, class_id: str, period: Period, options: PackOptions | None = None) -> PackBatch:
        """A class's packs in register order, ready to render (here or in a worker process)."""
        return self._class_data(class_id, period, options or PackOptions()).batch

    def class_packs(
        self,
        class_id: str,
        period: Period,
        options: PackOptions | None = None,
        progress: Progress | None = None,
    ) -> Rendered:
        """One PDF for the class: the teacher's list, then a pack per household in register order."""
        data = self._class_data(class_id, period, options or PackOptions())
        if not data.batch.packs:
            raise InvalidInput(f"No family in {data.school_class.name} asked for paper.")
        total = len(data.batch.packs)

        def on_pack(index: int) -> None:
            if progress:
                progress(index / total)

        rendered = render_packs(data.batch, on_pack)
        remember_printed(self.context, rendered)
        self._audit(data.pupil_ids, "print_pack", period.label)
        if progress:
            progress(1.0)
        return rendered

    def school_packs(
        self,
        period: Period,
        sink: Callable[[SchoolClass, Rendered], None],
        options: PackOptions | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        workers: int | None = None,
        start_method: str | None = None,
    ) -> SchoolPacksSummary:
        """Every class's PDF, handed to sink class by class; progress after each, cancel between them.

        start_method chooses how worker processes start: "forkserver" from a program with threads running,
        such as the app (forking a threaded process can deadlock the child)."""
        options = options or PackOptions()
        classes = self.school.classes()
        if workers is None:
            # Starting worker processes costs a second or two: worth it only for a school of some size.
            workers = min(os.cpu_count() or 1, 4) if len(classes) >= PROCESSES_FROM_CLASSES else 1
        done = packs = pages = folders = 0
        if workers <= 1:
            for school_class in classes:
                if cancelled():
                    return SchoolPacksSummary(done, packs, pages, cancelled=True, folders=folders)
                data = self._class_data(school_class.id, period, options, school_class)
                if data.batch.packs:
                    try:
                        rendered = render_packs(data.batch, _cancel_check(cancelled))
                    except Cancelled:
                        return SchoolPacksSummary(done, packs, pages, cancelled=True, folders=folders)
                    sink(school_class, rendered)
                    remember_printed(self.context, rendered)
                    self._audit(data.pupil_ids, "print_pack", period.label)
                    packs += len(data.batch.packs)
                    pages += rendered.pages
                    folders += _folder_count(data.batch)
                done += 1
                if progress:
                    progress(done / len(classes))
            return SchoolPacksSummary(done, packs, pages, folders=folders)
        context = multiprocessing.get_context(start_method) if start_method else None
        if start_method == "forkserver":
            context.set_forkserver_preload(["desktop.printing.packs"])  # type: ignore[union-attr]  # set when start_method is
        load_all()  # forked workers inherit the fonts; others load them once as they start
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker
        )
        # Largest classes first, so the last to finish are the smallest and neither worker waits long for
        # the other at the end; sink still hears the classes in the school's order.
        sizes = Counter(pupil.class_id for pupil in self.school.pupils())
        queue = sorted(range(len(classes)), key=lambda index: -sizes[classes[index].id])
        finished: dict[int, tuple[SchoolClass, Rendered] | None] = {}
        handed = 0
        stopped = False
        try:
            pending: dict[concurrent.futures.Future[Rendered], tuple[int, _ClassData]] = {}
            while queue or pending:
                while queue and len(pending) < workers * 2 and not cancelled():
                    index = queue.pop(0)
                    data = self._class_data(classes[index].id, period, options, classes[index])
                    if data.batch.packs:
                        pending[pool.submit(render_packs, data.batch)] = (index, data)
                    else:
                        finished[index] = None
                        done += 1
                if cancelled():
                    stopped = True
                    return SchoolPacksSummary(done, packs, pages, cancelled=True, folders=folders)
                if pending:
                    # Wake up often enough to notice a cancel while a worker is still rendering a class.
                    ready, _ = concurrent.futures.wait(
                        pending, timeout=CANCEL_POLL, return_when=concurrent.futures.FIRST_COMPLETED
                    )
                    for future in ready:
                        index, data = pending.pop(future)
                        rendered = future.result()
                        remember_printed(self.context, rendered)
                        self._audit(data.pupil_ids, "print_pack", period.label)
                        finished[index] = (data.school_class, rendered)
                        done += 1
                        packs += len(data.batch.packs)
                        pages += rendered.pages
                        folders += _folder_count(data.batch)
                        if progress:
                            progress(done / len(classes))
                while handed in finished:
                    result = finished.pop(handed)
                    if result is not None:
                        sink(*result)
                    handed += 1
        finally:
            # Stopped: classes not started are dropped and their results never read; nothing waits for them.
            pool.shutdown(wait=not stopped, cancel_futures=True)
        return SchoolPacksSummary(done, packs, pages, folders=folders)

    def school_pdf(
        self,
        period: Period,
        options: PackOptions | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        workers: int | None = None,
        start_method: str | None = None,
    ) -> SchoolPdf:
        """Every class's packs in one PDF, class after class in the school's order (each class's part has
        an even number of pages, so every pack still starts on the front of a sheet)."""
        title = f"Packs for the whole school, {period.label}"
        joined = JoinedPdf(title)
        writer: list[PdfWriter] = []  # pypdf, only if a class's PDF cannot be joined as it is

        def add(_school_class: SchoolClass, rendered: Rendered) -> None:
            if not writer:
                try:
                    joined.add(rendered.pdf)
                    return
                except NotJoinable:
                    writer.append(PdfWriter())
                    if joined.pages:
                        writer[0].append(PdfReader(io.BytesIO(joined.pdf())))
            writer[0].append(PdfReader(io.BytesIO(rendered.pdf)))

        summary = self.school_packs(period, add, options, progress, cancelled, workers, start_method)
        if summary.cancelled:
            return SchoolPdf(None, summary)
        if summary.packs == 0:
            raise InvalidInput(
                "No family in the school gets a pack with these choices (no one asked for paper, or there "
                "is nothing to send). Choose all families, or add the link-book pages."
            )
        if not writer:
            return SchoolPdf(joined.pdf(), summary)
        writer[0].add_metadata({"/Title": title, "/Creator": "Linkbook"})
        out = io.BytesIO()
        writer[0].write(out)
        return SchoolPdf(out.getvalue(), summary)

    # Gathering

    def _class_data(
        self, class_id: str, period: Period, options: PackOptions, known: SchoolClass | None = None
    ) -> _ClassData:
        """The class's batch (known: the class, when the caller has just read the school's classes)."""
        school_class = known or next((c for c in self.school.classes() if c.id == class_id), None)
        if school_class is None:
            raise InvalidInput("That class is not in this school.")
        self.context.actor.require(Capability.PRINT)
        newsletter = self._newsletter(school_class, period, options)
        packs: list[FamilyPack] = []
        pupil_ids: list[str] = []
        pupils = self.school.pupils(class_id)
        families = self.school.families_of([p.id for p in pupils])
        recipients = {p.id: households(families[p.id], options.paper_only) for p in pupils}
        languages = {p: [r.language for r in found] for p, found in recipients.items() if found}
        records = self._records(options).of_class(languages, period)
        for pupil in pupils:
            if not recipients[pupil.id]:
                continue
            pupil_packs = self._packs_for(
                pupil, school_class, period, options, newsletter, recipients[pupil.id], records[pupil.id]
            )
            if pupil_packs:
                pupil_ids.append(pupil.id)
            packs += pupil_packs
        title = f"{school_class.name}, {'week' if period.kind is PeriodKind.WEEK else 'month'} {period.label}"
        batch = PackBatch(self._school_name(), title, tuple(packs), options.teacher_list, self.overrides)
        return _ClassData(school_class, batch, pupil_ids)

    def _packs_for(
        self,
        pupil: Pupil,
        school_class: SchoolClass,
        period: Period,
        options: PackOptions,
        newsletter: Newsletter | None,
        recipients: list[Recipient],
        records: PupilRecords,
    ) -> list[FamilyPack]:
        """The pupil's packs, one per household (recipients), from the records read for them."""
        documents: list[Document] = []
        if options.link_book:
            entries = {e.day: e for e in records.entries}
            # An entry saved for a weekend or holiday day is printed too, in its place in the week.
            written = {day for day, entry in entries.items() if not entry.is_blank}
            days = tuple((day, entries.get(day)) for day in sorted(set(period.school_days()) | written))
            week = LinkBookWeek(pupil.display_name, school_class.name, period, days, records.translations)
            documents.append(week)
        if options.home_learning:
            documents += home_learning_slips(pupil, school_class.name, period, list(records.tasks))
        if options.folders and records.folder is not None:
            documents.append(self._folder_sheet(pupil, school_class, records.folder))
        if options.agreements:
            documents += [
                AgreementSheet(agreement, pupil.display_name, school_class.name)
                for agreement in records.agreements
            ]
        if not documents:
            return []  # nothing of this child's to send home (the class news alone is no pack)
        if newsletter is not None:
            documents.append(newsletter)
        code = self.codes.code_for(pupil.id, period)
        return [
            FamilyPack(pupil.display_name, school_class.name, period, recipient, code, tuple(documents))
            for recipient in recipients
        ]

    def class_newsletter(self, class_id: str, period: Period) -> bytes:
        """The class's news for the period and the dates ahead, on their own and in English: for the
        notice board, or for a family who wants only that."""
        self.context.actor.require(Capability.PRINT)
        school_class = next((c for c in self.school.classes() if c.id == class_id), None)
        if school_class is None:
            raise InvalidInput("That class is not in this school.")
        letter = self._newsletter(school_class, period, PackOptions())
        if letter is None:
            raise InvalidInput(
                f"{school_class.name} has no news or dates for {period.label} yet; publish some first."
            )
        book = Phrasebook("ENG", self.overrides)
        marks = PageMarks(self._school_name(), book.both("class_news"), school_class.name, NORMAL, book)
        flow = [SetMarks(marks), *newsletter_flowables(letter, book, NORMAL)]
        return render(flow, f"{school_class.name}, {period.label}").pdf

    def _newsletter(
        self, school_class: SchoolClass, period: Period, options: PackOptions
    ) -> Newsletter | None:
        if not options.newsletter:
            return None
        news = NewsService(self.context)
        items = news.news(school_class.id, period.start, period.end)
        events = news.events(school_class.id, period.start, period.end + dt.timedelta(days=EVENTS_AHEAD_DAYS))
        if not items and not events:
            return None
        return Newsletter(school_class.name, period, tuple(items), tuple(events))

    def _folder(self, pupil_id: str, period: Period) -> WorkFolder | None:
        return folder_for(WorkFolderService(self.context).for_pupil(pupil_id), period)

    def _records(self, options: PackOptions) -> PackRecords:
        kinds = RecordKinds(options.link_book, options.home_learning, options.folders, options.agreements)
        return PackRecords(self.context, self.phrase_words, kinds)

    def _folder_sheet(self, pupil: Pupil, school_class: SchoolClass, folder: WorkFolder) -> WorkFolderSheet:
        service = WorkFolderService(self.context)
        pieces = []
        for item in folder.items:
            picture = None
            for attachment_id in item.attachment_ids:
                data = service.attachment_bytes(attachment_id)
                if data[:4] == b"\x89PNG" or data[:3] == b"\xff\xd8\xff" or data[:4] == b"GIF8":
                    picture = data
                    break
            pieces.append(FolderPiece(item, picture))
        return WorkFolderSheet(pupil.display_name, school_class.name, folder.period, tuple(pieces))

    def _class_of(self, pupil: Pupil) -> SchoolClass:
        found = next((c for c in self.school.classes() if c.id == pupil.class_id), None)
        if found is None:
            raise InvalidInput(f"{pupil.display_name} is not in a class this school has.")
        return found

    def _school_name(self) -> str:
        school = self.school.school()
        return school.name if school else ""

    def _audit(self, pupil_ids: list[str], what: str, detail: str) -> None:
        """Printing a child's records is recorded, like viewing them (one transaction for the batch)."""
        self.context.actor.require(Capability.PRINT)
        with self.context.vault.writing() as session:
            records: list[tuple[str, str | None]] = [(pupil_id, pupil_id) for pupil_id in pupil_ids]
            self.context.audit_each(session, AuditAction.PRINTED, what, records, detail)


def _start_worker() -> None:
    """A printing worker process as it starts: every font loaded once, and the objects it starts with
    (inherited or loaded) kept out of the cycle collector's passes for the rest of its life."""
    load_all()
    gc.freeze()


def _cancel_check(cancelled: Callable[[], bool]) -> Callable[[int], None]:
    def check(_index: int) -> None:
        if cancelled():
            raise Cancelled("Printing was stopped; nothing was written.")

    return check


def _folder_count(batch: PackBatch) -> int:
    return sum(isinstance(document, WorkFolderSheet) for pack in batch.packs for document in pack.documents)
