"""A scanned page that came back from a family: filed to its record, or waiting for a person to look."""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id


class ReturnStatus(enum.StrEnum):
    FILED = "filed"
    """Filed to its record (by the import, or by a person from the review queue)."""
    TO_REVIEW = "to_review"
    """Waiting, with its picture, for a person to file or discard."""
    DISCARDED = "discarded"
    """A person looked and threw it away (the picture is kept for the audit)."""


@dataclass(frozen=True, slots=True)
class PaperReturn:
    """One scanned page, keyed by a hash of its picture so that the same scan is never filed twice."""

    page_key: str
    source: str
    """The scanned file's name and the page's number in it, for the person reviewing."""
    status: ReturnStatus
    scanned_at: dt.datetime
    picture_id: str
    """The page's picture, an encrypted attachment."""
    code: str = ""
    """The corner codes' text (`LB1:…`), empty when none could be read."""
    pupil_id: str | None = None
    reason: str = ""
    """Why the page waits for a person (empty once filed)."""
    summary: str = ""
    """What was filed, in words: `link book Mon 16 Nov (ticked read)`."""
    read: bool = False
    """Whether the family marked the page read (a tick, or a signature)."""
    cuttings: tuple[tuple[str, str, str], ...] = ()
    """(ref, kind, attachment id) of each reply or signature area cut out of the page."""
    id: str = field(default_factory=new_id)
