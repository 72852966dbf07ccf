"""What became of each scanned page and each file, in the words the import prints."""

from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.paper_returns import ReturnStatus


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
