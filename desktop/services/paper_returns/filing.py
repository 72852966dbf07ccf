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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from PIL import Image

from desktop.domain.audit import AuditAction
from desktop.domain.paper_returns import PaperReturn, ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.printing.page_areas import AreaKind
from desktop.printing.page_codes import PageAreas, PageCode
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.deciding import PagePlanner, Review
from desktop.services.paper_returns.marks import ANGLED, PageTransform, cutting
from desktop.services.paper_returns.outcomes import Cancelled, FileProblem, ImportReport, PageOutcome
from desktop.services.paper_returns.reading import PageReading, read_page
from desktop.services.paper_returns.scans import ScannedPage, ScanProblem, scanned_pages
from desktop.services.paper_returns.writing import (
    FOLDER_COMMENT_ON_PAPER,
    FOLDER_READ_ON_PAPER,
    HOME_LEARNING_ON_PAPER,
    REPLY_ON_PAPER,
    PageWriter,
)
from desktop.services.reply_codes import ReplyCodeError, parse
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.paper_returns import PaperReturnRepository

__all__ = [
    "FOLDER_COMMENT_ON_PAPER",
    "FOLDER_READ_ON_PAPER",
    "HOME_LEARNING_ON_PAPER",
    "REPLY_ON_PAPER",
    "Cancelled",
    "FileProblem",
    "ImportReport",
    "PageOutcome",
    "PaperReturnService",
    "page_key",
]

BLANK_BELOW = 0.002
"""Share of a page covered in ink below which it is a blank back (no corner codes to expect)."""


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
            reason = _no_code_reason(reading)
            return self._queue(key, source, picture, scanned_at, number, reason)
        code = reading.code
        try:
            pupil = PagePlanner(self.context).pupil(code)
        except Review as review:
            return self._queue(key, source, picture, scanned_at, number, str(review), code)
        transform = PageTransform.of(reading)
        try:
            if transform is None:
                raise Review(
                    "only one of the page's two corner codes could be read, so its boxes cannot be "
                    "found exactly; look at the marks"
                )
            with self.context.vault.reading() as session:
                repository = PaperReturnRepository(session)
                earlier = repository.filed_with_code(code.payload)
                layouts = repository.layouts(code.reply_code, code.household, code.page)
            if earlier is not None:
                raise Review(f"this page was already filed from an earlier scan ({earlier.source})")
            if not layouts:
                raise Review(
                    "this page's printed layout is not known here (printed on another computer, or "
                    "before scans could be read)"
                )
            if len(layouts) > 1:
                raise Review("this page was printed more than once with different contents")
            if not transform.trusted:
                raise Review(f"{ANGLED} (the corner codes lie {transform.fit_error:.1f} points off any fit)")
            areas = PageAreas.from_json(code, layouts[0])
            plan = PagePlanner(self.context).plan(pupil, code, areas, grey, transform)
        except Review as review:
            reason = str(review)
            if transform is not None and transform.angled and reason.startswith("unsure mark"):
                reason = f"{ANGLED} ({reason})"
            return self._queue(key, source, picture, scanned_at, number, reason, code, pupil)
        cuttings = [(area, cutting(picture, transform, area)) for area in plan.written]
        writer = PageWriter(self.context)
        writer.file(plan, pupil, code, scanned_at)
        stored = writer.store(
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
        writer.file_views(plan, pupil, code, scanned_at, stored)
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
        stored = PageWriter(self.context).store(
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


def _no_code_reason(reading: PageReading) -> str:
    """The review reason for a printed page without corner codes, with a hint when it carries a pack's
    reply code (the class news and other pages not sent back carry one, and can be discarded)."""
    for text in reading.other_codes:
        try:
            parse(text)
        except ReplyCodeError:
            continue
        return (
            f"{reading.problem} (it carries the reply code {text}: if it is the class news or another "
            "page not sent back, discard it)"
        )
    return reading.problem
