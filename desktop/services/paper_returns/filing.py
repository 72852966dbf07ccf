"""Filing returned pages: each scanned page filed to its record, or kept for a person to review.

A page is known by its corner codes (reading), read against the boxes printed on it (the layout kept
when it was printed) and its marks read (marks). It is then filed through the same services a typed paper
reply goes through (so the reply or acknowledgement is audited and synced like any other), marked as made
on paper and dated by the scan. The page's picture and the reply and signature areas cut out of it are
kept as encrypted attachments with the pupil's record.

Anything not certain waits in the review queue with its picture: no readable code, one corner only, an
unsure mark, a pupil no longer on roll, a page already filed from another scan. Each page is keyed by a
hash of its picture, so importing the same scan again changes nothing.
"""

import datetime as dt
import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import zxingcpp
from PIL import Image

from desktop.domain.agreements import Party
from desktop.domain.audit import AuditAction
from desktop.domain.linkbook import Method
from desktop.domain.paper_returns import PaperReturn, ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.review_views import ViewsFrom, ViewsReceived
from desktop.printing.home_learning import REF_PREFIX as SLIP_REF
from desktop.printing.page_areas import Area, AreaKind
from desktop.printing.page_codes import PageAreas, PageCode
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.home_learning import HomeLearningService
from desktop.services.linkbook import LinkBookService
from desktop.services.meetings import MeetingService
from desktop.services.paper_returns.marks import Mark, PageTransform, cutting, has_writing, read_tick
from desktop.services.paper_returns.reading import FORMATS, read_page
from desktop.services.paper_returns.scans import ScannedPage, ScanProblem, scanned_pages
from desktop.services.paper_returns.views import UnsureViews, ViewsOnPaper, is_views_ref, read_views
from desktop.services.print_packs import households
from desktop.services.reply_codes import ReplyCodeError, ReplyCodeService, parse
from desktop.services.review_views import ReviewViewsService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.paper_returns import PaperReturnRepository

REPLY_ON_PAPER = "Handwritten reply on the returned page (kept as a picture beside this entry)."
FOLDER_COMMENT_ON_PAPER = "Handwritten comment on the returned page (kept as a picture beside this folder)."
HOME_LEARNING_ON_PAPER = "Handwritten comment on the returned slip (kept as a picture)."
FOLDER_READ_ON_PAPER = "Marked “I have read this” on the returned page."
BLANK_BELOW = 0.002
"""Share of a page covered in ink below which it is a blank back (no corner codes to expect)."""


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What became of one scanned page, in the words the import prints."""

    number: int
    """The page's number in this import, counted across its files (1-based)."""
    source: str
    status: ReturnStatus | None
    """Filed, to review, or None: not a page sent back (a blank back, the class news)."""
    pupil: str = ""
    what: str = ""
    read: bool = False
    reason: str = ""
    again: bool = False
    """The same page was imported before; nothing changed."""
    return_id: str | None = None

    def line(self) -> str:
        again = " (imported before, unchanged)" if self.again else ""
        if self.status is ReturnStatus.FILED:
            read = "yes" if self.read else "no"
            return f"page {self.number}: filed: {self.pupil}, {self.what}, read: {read}{again}"
        if self.status is ReturnStatus.TO_REVIEW:
            return f"page {self.number}: to review: {self.reason}{again}"
        if self.status is ReturnStatus.DISCARDED:
            return f"page {self.number}: discarded before{again}"
        return f"page {self.number}: not a returned page: {self.reason}"


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file that could not be read (or stopped being readable part-way); the message says what to do."""

    path: Path
    message: str


@dataclass(slots=True)
class ImportReport:
    pages: list[PageOutcome] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)

    @property
    def filed(self) -> int:
        return sum(p.status is ReturnStatus.FILED for p in self.pages)

    @property
    def to_review(self) -> int:
        return sum(p.status is ReturnStatus.TO_REVIEW for p in self.pages)

    @property
    def not_returned(self) -> int:
        return sum(p.status is None for p in self.pages)

    def summary(self) -> str:
        return f"{self.filed} filed, {self.to_review} to review, {self.not_returned} not returned pages"


class Cancelled(Exception):
    """The person stopped the import; the pages before were filed or queued, none half-way."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """What one page will file, decided in full before anything is written."""

    days: list[tuple[str, bool, bool]]
    """(entry id, ticked, written) for each link-book day marked."""
    folder: tuple[str, bool, bool] | None
    signatures: list[tuple[str, Party]]
    what: str
    read: bool
    written: list[Area]
    """The reply and signature areas with writing in them (cut out and kept)."""
    views: list[ViewsOnPaper] = field(default_factory=list)
    """The views before a plan's review marked on the page (see paper_returns/views.py)."""
    home_learning: list[tuple[str, bool, bool]] = field(default_factory=list)
    """(task id, ticked done, comment written) for each home-learning slip marked."""
    booking: tuple[str, str] | None = None
    """(meeting id, slot id): the time a returned booking slip books (the first ticked one still free)."""


class _Review(Exception):
    """The page waits for a person, for this reason."""


class PaperReturnService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    # Importing

    def import_files(
        self,
        paths: Iterable[Path],
        progress: Callable[[int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[PageOutcome | FileProblem]:
        """Each page of each file, filed or queued, as it is done; a file that cannot be read gives one
        FileProblem and the import goes on with the next file."""
        number = 0
        for path in paths:
            scanned_at = self._scan_time(path)
            try:
                for page in scanned_pages(path):
                    if cancelled and cancelled():
                        raise Cancelled
                    number += 1
                    outcome = self.import_page(page, number, scanned_at)
                    if progress:
                        progress(number, outcome.line())
                    yield outcome
            except ScanProblem as problem:
                yield FileProblem(path, str(problem))

    def import_report(self, paths: Iterable[Path]) -> ImportReport:
        report = ImportReport()
        for item in self.import_files(paths):
            if isinstance(item, FileProblem):
                report.problems.append(item)
            else:
                report.pages.append(item)
        return report

    def import_page(self, page: ScannedPage, number: int, scanned_at: dt.datetime) -> PageOutcome:
        picture = page.picture
        source = f"{page.source.name}, page {page.number}"
        grey = picture.convert("L")
        key = page_key(grey)
        with self.context.vault.reading() as session:
            before = PaperReturnRepository(session).by_key(key)
        if before is not None:
            return self._outcome(before, number, again=True)
        if _blank(grey):
            # Checked first: a blank page has no codes to look for (and the search for faint ones is slow).
            return PageOutcome(number, source, None, reason="a blank page")
        reading = read_page(grey)
        if reading.code is None:
            reason = _no_code_reason(grey, reading.problem)
            return self._queue(key, source, picture, scanned_at, number, reason)
        code = reading.code
        try:
            pupil = self._pupil(code)
        except _Review as review:
            return self._queue(key, source, picture, scanned_at, number, str(review), code)
        transform = PageTransform.of(reading)
        try:
            if transform is None:
                raise _Review(
                    "only one of the page's two corner codes could be read, so its boxes cannot be "
                    "found exactly; look at the marks"
                )
            with self.context.vault.reading() as session:
                repository = PaperReturnRepository(session)
                earlier = repository.filed_with_code(code.payload)
                layouts = repository.layouts(code.reply_code, code.household, code.page)
            if earlier is not None:
                raise _Review(f"this page was already filed from an earlier scan ({earlier.source})")
            if not layouts:
                raise _Review(
                    "this page's printed layout is not known here (printed on another computer, or "
                    "before scans could be read)"
                )
            if len(layouts) > 1:
                raise _Review("this page was printed more than once with different contents")
            areas = PageAreas.from_json(code, layouts[0])
            plan = self._plan(pupil, code, areas, grey, transform)
        except _Review as review:
            return self._queue(key, source, picture, scanned_at, number, str(review), code, pupil)
        cuttings = [(area, cutting(picture, transform, area)) for area in plan.written]
        self._file(plan, pupil, code, scanned_at)
        stored = self._store(
            key,
            source,
            picture,
            scanned_at,
            ReturnStatus.FILED,
            code,
            pupil,
            "",
            plan.what,
            cuttings,
            plan.read,
        )
        self._file_views(plan, pupil, code, scanned_at, stored)
        return PageOutcome(
            number, source, ReturnStatus.FILED, pupil.display_name, plan.what, plan.read, return_id=stored.id
        )

    # The review queue

    def waiting(self) -> list[PaperReturn]:
        """Pages waiting for a person, oldest scan first."""
        with self.context.vault.reading() as session:
            return PaperReturnRepository(session).with_status(ReturnStatus.TO_REVIEW)

    def for_pupil(self, pupil_id: str) -> list[PaperReturn]:
        """A pupil's returned pages, filed or waiting, to show beside their entries."""
        self.context.actor.require_pupil(pupil_id)
        with self.context.vault.reading() as session:
            return PaperReturnRepository(session).for_pupil(pupil_id)

    def day_cuttings(self, pupil_id: str) -> dict[dt.date, list[tuple[str, bytes]]]:
        """The reply areas cut out of a pupil's filed pages, by the link-book day they answer: (attachment
        id, PNG bytes), to show as pictures beside each entry."""
        found: dict[dt.date, list[tuple[str, bytes]]] = {}
        for page in self.for_pupil(pupil_id):
            if page.status is not ReturnStatus.FILED:
                continue
            for ref, kind, attachment_id in page.cuttings:
                what, _, day = ref.partition(":")
                if what == "day" and kind == AreaKind.REPLY.value:
                    found.setdefault(dt.date.fromisoformat(day), []).append(
                        (attachment_id, self.picture(attachment_id))
                    )
        return found

    def picture(self, attachment_id: str) -> bytes:
        """A kept page or cutting (JPEG or PNG bytes)."""
        with self.context.vault.reading() as session:
            return AttachmentRepository(session, self.context.vault.blobs).read(attachment_id)

    def discard(self, return_id: str) -> PaperReturn:
        """A person looked and threw the page away; it is kept, marked discarded, and never filed."""
        page = self._waiting(return_id)
        done = replace(page, status=ReturnStatus.DISCARDED)
        with self.context.vault.writing() as session:
            PaperReturnRepository(session).update(done)
            self.context.audit(
                session, AuditAction.DELETED, "paper_return", page.id, page.pupil_id, page.reason
            )
        return done

    def mark_filed(self, return_id: str, what: str) -> PaperReturn:
        """A person filed the page's content by hand (typed it in as a paper reply): it leaves the queue."""
        page = self._waiting(return_id)
        done = replace(page, status=ReturnStatus.FILED, summary=what)
        with self.context.vault.writing() as session:
            PaperReturnRepository(session).update(done)
            self.context.audit(session, AuditAction.CHANGED, "paper_return", page.id, page.pupil_id, what)
        return done

    # Inside

    def _waiting(self, return_id: str) -> PaperReturn:
        with self.context.vault.reading() as session:
            page = PaperReturnRepository(session).get(return_id)
        if page is None or page.status is not ReturnStatus.TO_REVIEW:
            raise InvalidInput("That page is no longer waiting for review; refresh the list.")
        return page

    def _pupil(self, code: PageCode) -> Pupil:
        try:
            parse(code.reply_code)
            return ReplyCodeService(self.context).lookup(code.reply_code).pupil
        except ReplyCodeError:
            raise _Review(
                f"the code {code.reply_code} names no pupil on roll (a pupil who has left or was erased, "
                "or another school's page)"
            ) from None

    def _plan(
        self, pupil: Pupil, code: PageCode, page: PageAreas, grey: Image.Image, transform: PageTransform
    ) -> _Plan:
        refs: dict[str, list[Area]] = {}
        for area in page.areas:
            refs.setdefault(area.ref, []).append(area)
        days: list[tuple[str, bool, bool]] = []
        folder: tuple[str, bool, bool] | None = None
        signatures: list[tuple[str, Party]] = []
        slips: list[tuple[str, bool, bool]] = []
        words: list[str] = []
        written_areas = [
            a for a in page.areas if a.kind is not AreaKind.TICK and has_writing(grey, transform, a)
        ]
        read = False
        try:
            views = read_views(page.areas, grey, transform)
        except UnsureViews as unsure:
            raise _Review(str(unsure)) from None
        for found in views:
            try:
                plan = AgreementService(self.context).agreement(found.agreement_id)
            except InvalidInput:
                raise _Review("a views form for a plan no longer in the school's records") from None
            if plan.pupil_id != pupil.id:
                raise _Review("a views form whose plan is another child's")
            words.append(f"views before the review of {plan.title}: {found.words()}")
        slip_meeting = ""
        ticked_slots: list[str] = []
        for ref, areas in refs.items():
            if is_views_ref(ref):
                continue
            ticked = False
            for area in areas:
                if area.kind is AreaKind.TICK:
                    mark = read_tick(grey, transform, area)
                    if mark is Mark.UNSURE:
                        box = "We did this" if ref.startswith(f"{SLIP_REF}:") else "I have read this"
                        raise _Review(f"unsure mark in the “{box}” box ({_ref_words(ref)})")
                    ticked = ticked or mark is Mark.TICKED
            written = any(has_writing(grey, transform, a) for a in areas if a.kind is AreaKind.REPLY)
            signed = any(has_writing(grey, transform, a) for a in areas if a.kind is AreaKind.SIGNATURE)
            kind, _, rest = ref.partition(":")
            if kind == "slot":
                slip_meeting = rest.partition(":")[0]
                if ticked:
                    ticked_slots.append(rest.partition(":")[2])
                continue
            read = read or ticked
            if not (ticked or written or signed):
                continue
            if kind == "day":
                day = dt.date.fromisoformat(rest)
                entries = LinkBookService(self.context).timeline(pupil.id, day, day)
                if not entries:
                    raise _Review(f"marks for {_ref_words(ref)}, which has no link-book entry")
                days.append((entries[0].id, ticked, written))
            elif kind == "folder":
                period = parse(code.reply_code)[0]
                folders = [
                    f for f in WorkFolderService(self.context).for_pupil(pupil.id) if f.period == period
                ]
                if not folders:
                    raise _Review("a marked folder comment page, but the pupil has no folder for its period")
                folder = (folders[0].id, ticked, written)
            elif kind == SLIP_REF:
                if not any(t.task.id == rest for t in HomeLearningService(self.context).for_pupil(pupil.id)):
                    raise _Review("marks on a home-learning slip whose task is not set for this pupil here")
                slips.append((rest, ticked, written))
            elif kind == "agreement" and signed:
                agreement_id, _, party = rest.partition(":")
                if Party(party) is Party.SCHOOL:
                    continue  # the school signs its own line at school
                signatures.append((agreement_id, Party(party)))
                read = True
            if kind == SLIP_REF:
                done_words = [w for w, on in (("ticked done", ticked), ("comment written", written)) if on]
                words.append(f"{_ref_words(ref)} ({', '.join(done_words)})")
            else:
                words.append(_ref_words(ref) + _marks_words(ticked, written, signed and kind == "agreement"))
        booking = None
        if slip_meeting:
            booking, booked_words = self._slip_booking(slip_meeting, pupil, ticked_slots)
            words.append(booked_words)
            read = True
        what = "; ".join(words) if words else "nothing marked"
        return _Plan(days, folder, signatures, what, read, written_areas, views, slips, booking)

    def _slip_booking(self, meeting_id: str, pupil: Pupil, ticked: list[str]) -> tuple[tuple[str, str], str]:
        """The time a returned booking slip books, and its words; _Review if none can be booked."""
        meetings = MeetingService(self.context)
        try:
            meeting = meetings.meeting(meeting_id)
            slot = meetings.free_choice(meeting, pupil.id, ticked)
        except InvalidInput as problem:
            raise _Review(f"booking slip: {problem}") from None
        return (meeting.id, slot.id), f"{meeting.title} booked at {slot.label} (booking slip)"

    def _file(self, plan: _Plan, pupil: Pupil, code: PageCode, scanned_at: dt.datetime) -> None:
        by_name = self._household_names(pupil, code.household)
        replies = ReplyCodeService(self.context)
        for entry_id, ticked, written in plan.days:
            replies.record_paper_reply(
                entry_id,
                REPLY_ON_PAPER if written else "",
                by_name,
                ticked,
                written_on=scanned_at.date(),
                acknowledged_at=scanned_at,
            )
        if plan.folder is not None:
            folder_id, _ticked, written = plan.folder
            text = FOLDER_COMMENT_ON_PAPER if written else FOLDER_READ_ON_PAPER
            WorkFolderService(self.context).add_family_comment(
                folder_id, text, by_name, Method.PAPER, at=scanned_at
            )
        for task_id, ticked, written in plan.home_learning:
            HomeLearningService(self.context).record_return(
                task_id,
                pupil.id,
                ticked,
                HOME_LEARNING_ON_PAPER if written else "",
                by_name,
                Method.PAPER,
                at=scanned_at,
            )
        if plan.booking is not None:
            meeting_id, slot_id = plan.booking
            MeetingService(self.context).file_slip(meeting_id, pupil.id, [slot_id], by_name)
        agreements = AgreementService(self.context)
        for agreement_id, party in plan.signatures:
            signer = pupil.display_name if party is Party.PUPIL else by_name
            current = agreements.agreement(agreement_id).current
            if any(s.party is party and s.signer_name == signer for s in current.signatures):
                continue
            agreements.sign(agreement_id, party, signer, Method.PAPER, signed_on=scanned_at.date())

    def _file_views(
        self, plan: _Plan, pupil: Pupil, code: PageCode, scanned_at: dt.datetime, stored: PaperReturn
    ) -> None:
        """The views read from the page, each with the handwriting cut out of it (kept as pictures)."""
        service = ReviewViewsService(self.context)
        for found in plan.views:
            prefix = f"views:{found.agreement_id}:{found.given_by.value}:"
            pictures = tuple(
                (ref.removeprefix(prefix), attachment_id)
                for ref, _kind, attachment_id in stored.cuttings
                if ref.startswith(prefix)
            )
            by_name = (
                pupil.first_name
                if found.given_by is ViewsFrom.CHILD
                else self._household_names(pupil, code.household)
            )
            service.record(
                found.agreement_id,
                found.views(),
                ViewsReceived.PAPER_SCANNED,
                by_name,
                at=scanned_at,
                pictures=pictures,
            )

    def _household_names(self, pupil: Pupil, household: int) -> str:
        recipients = households(SchoolService(self.context).family_of(pupil.id), paper_only=False)
        if 1 <= household <= len(recipients) and recipients[household - 1].names:
            return " and ".join(recipients[household - 1].names)
        return "The family"

    def _queue(
        self,
        key: str,
        source: str,
        picture: Image.Image,
        scanned_at: dt.datetime,
        number: int,
        reason: str,
        code: PageCode | None = None,
        pupil: Pupil | None = None,
    ) -> PageOutcome:
        stored = self._store(
            key, source, picture, scanned_at, ReturnStatus.TO_REVIEW, code, pupil, reason, "", []
        )
        return PageOutcome(
            number,
            source,
            ReturnStatus.TO_REVIEW,
            pupil.display_name if pupil else "",
            reason=reason,
            return_id=stored.id,
        )

    def _store(
        self,
        key: str,
        source: str,
        picture: Image.Image,
        scanned_at: dt.datetime,
        status: ReturnStatus,
        code: PageCode | None,
        pupil: Pupil | None,
        reason: str,
        what: str,
        cuttings: list[tuple[Area, Image.Image]],
        read: bool = False,
    ) -> PaperReturn:
        """The page's picture and cuttings as encrypted attachments, and the page's row, in one go."""
        pupils = (pupil.id,) if pupil else ()
        now = self.context.now()
        with self.context.vault.writing() as session:
            attachments = AttachmentRepository(session, self.context.vault.blobs)
            whole = attachments.add(_jpeg(picture), f"{source}.jpg", "image/jpeg", pupils, now)
            kept = tuple(
                (
                    area.ref,
                    area.kind.value,
                    attachments.add(_png(image), f"{area.kind.value}.png", "image/png", pupils, now).id,
                )
                for area, image in cuttings
            )
            page = PaperReturn(
                page_key=key,
                source=source,
                status=status,
                scanned_at=scanned_at,
                picture_id=whole.id,
                code=code.payload if code else "",
                pupil_id=pupil.id if pupil else None,
                reason=reason,
                summary=what,
                read=read,
                cuttings=kept,
            )
            PaperReturnRepository(session).add(page)
            detail = what if status is ReturnStatus.FILED else f"to review: {reason}"
            self.context.audit(session, AuditAction.IMPORTED, "paper_return", page.id, page.pupil_id, detail)
        return page

    def _outcome(self, page: PaperReturn, number: int, again: bool) -> PageOutcome:
        pupil = ""
        if page.pupil_id:
            try:
                pupil = SchoolService(self.context).pupil(page.pupil_id).display_name
            except InvalidInput:
                pupil = ""
        return PageOutcome(
            number,
            page.source,
            page.status,
            pupil,
            page.summary,
            page.read,
            page.reason,
            again,
            page.id,
        )

    def _scan_time(self, path: Path) -> dt.datetime:
        """When the page was scanned: the file's time, never later than now."""
        try:
            modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return self.context.now()
        return min(modified, self.context.now())


def page_key(picture: Image.Image) -> str:
    """A hash of the page's pixels (grey): the same scan imported again has the same key."""
    digest = hashlib.sha256(f"{picture.mode}:{picture.width}x{picture.height}:".encode())
    digest.update(picture.tobytes())
    return digest.hexdigest()


def _blank(grey: Image.Image) -> bool:
    """Whether the page is blank (the back of a sheet): the only pages the import passes over. A page with
    print on it and no readable corner code may be a family's page whose corners were torn or
    photographed too small, so a person looks at it."""
    histogram = grey.reduce(4).histogram()
    return sum(histogram[:128]) / max(1, sum(histogram)) < BLANK_BELOW


def _no_code_reason(grey: Image.Image, problem: str) -> str:
    """The review reason for a printed page without corner codes, with a hint when it carries a pack's
    reply code (the class news and other pages not sent back carry one, and can be discarded)."""
    for barcode in zxingcpp.read_barcodes(grey, formats=FORMATS):
        try:
            parse(barcode.text)
        except ReplyCodeError:
            continue
        return (
            f"{problem} (it carries the reply code {barcode.text}: if it is the class news or another "
            "page not sent back, discard it)"
        )
    return problem


def _ref_words(ref: str) -> str:
    kind, _, rest = ref.partition(":")
    if kind == "day":
        return f"link book {dt.date.fromisoformat(rest):%a %d %b}"
    if kind == "folder":
        return "work folder comment page"
    if kind == "agreement":
        return f"agreement, {rest.partition(':')[2]}'s signature"
    if kind == SLIP_REF:
        return "home-learning slip"
    return ref


def _marks_words(ticked: bool, written: bool, signed: bool) -> str:
    parts = [w for w, on in (("ticked read", ticked), ("reply written", written), ("signed", signed)) if on]
    return f" ({', '.join(parts)})" if parts else ""


def _jpeg(picture: Image.Image) -> bytes:
    """The page as kept: grey (pen colours carry no meaning here; a third of the size and time)."""
    buffer = io.BytesIO()
    picture.convert("L").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()
