"""The family's and the child's views, gathered before a support plan's review meeting.

SEND reviews put the family's and the child's own words at their heart. Before the meeting the family
answers four open questions ("Your views"), and the child a few simple statements on a smiley scale (three
faces) and three boxes of their own. Views come in from the family app, or on the printed form: typed in
by staff from the paper, or read from a scan of it (ticked faces read, handwriting kept as pictures).
"""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id


class ViewsFrom(enum.StrEnum):
    """Whose views these are."""

    FAMILY = "family"
    CHILD = "child"


class ViewsReceived(enum.StrEnum):
    """How the views reached the school."""

    APP = "app"
    PAPER_TYPED = "paper_typed"
    """On the printed form, typed in by staff."""
    PAPER_SCANNED = "paper_scanned"
    """On the printed form, read from a scan (ticked faces read; handwriting kept as pictures)."""


class Face(enum.StrEnum):
    """The smiley scale: three faces a child ticks."""

    HAPPY = "happy"
    OKAY = "okay"
    SAD = "sad"


FAMILY_QUESTIONS: tuple[str, ...] = ("going_well", "hard", "helps_at_home", "hopes")
"""The family's questions, as phrase ids (their words live in the phrasebook and the app's tr())."""
CHILD_STATEMENTS: tuple[str, ...] = ("like_school", "get_help", "have_friends", "feel_safe", "learn_well")
"""The child's statements on the smiley scale, as phrase ids."""
CHILD_BOXES: tuple[str, ...] = ("i_like", "is_hard", "helps_me")
"""The child's three boxes, as phrase ids."""


@dataclass(frozen=True, slots=True)
class FamilyViews:
    """What the family says before the review: what goes well, what is hard, what helps, their hopes."""

    going_well: str = ""
    hard: str = ""
    helps_at_home: str = ""
    hopes: str = ""
    """What we would like to talk about at the meeting, and our hopes."""

    def answers(self) -> dict[str, str]:
        return {q: getattr(self, q) for q in FAMILY_QUESTIONS}

    @property
    def empty(self) -> bool:
        return not any(v.strip() for v in self.answers().values())


@dataclass(frozen=True, slots=True)
class ChildViews:
    """What the child says: a face for each statement, and their own words in three boxes."""

    faces: tuple[tuple[str, Face], ...] = ()
    """(statement phrase id, face ticked), for the statements the child answered."""
    i_like: str = ""
    is_hard: str = ""
    helps_me: str = ""

    def face(self, statement: str) -> Face | None:
        return next((f for s, f in self.faces if s == statement), None)

    def answers(self) -> dict[str, str]:
        return {b: getattr(self, b) for b in CHILD_BOXES}

    @property
    def empty(self) -> bool:
        return not self.faces and not any(v.strip() for v in self.answers().values())


Views = FamilyViews | ChildViews


@dataclass(frozen=True, slots=True)
class ReceivedViews:
    """One set of views as the school holds it: for which plan, from whom, how and when it came."""

    agreement_id: str
    pupil_id: str
    views: Views
    received: ViewsReceived
    received_at: dt.datetime
    by_name: str
    """Who answered: the family member's name, or the child's."""
    pictures: tuple[tuple[str, str], ...] = ()
    """(question or box phrase id, attachment id) of handwriting cut out of a scanned form."""
    id: str = field(default_factory=new_id)

    @property
    def given_by(self) -> ViewsFrom:
        return ViewsFrom.CHILD if isinstance(self.views, ChildViews) else ViewsFrom.FAMILY


def due_for_views(review_date: dt.date | None, today: dt.date, weeks: int) -> bool:
    """Whether a plan reviewed on this date wants views gathered now: due within the weeks given, or
    overdue (a review that slipped still wants the family's words)."""
    return review_date is not None and review_date <= today + dt.timedelta(weeks=weeks)


def _combined(first: Views, second: Views) -> Views:
    if isinstance(first, ChildViews) and isinstance(second, ChildViews):
        faces = dict(first.faces) | dict(second.faces)
        words = {b: getattr(first, b) or getattr(second, b) for b in CHILD_BOXES}
        return ChildViews(tuple(faces.items()), **words)
    assert isinstance(first, FamilyViews) and isinstance(second, FamilyViews)
    return FamilyViews(**{q: getattr(first, q) or getattr(second, q) for q in FAMILY_QUESTIONS})


def pages_joined(given: list[ReceivedViews]) -> list[ReceivedViews]:
    """Views as people gave them: a form scanned page by page is filed a page at a time, and the pages of
    one form (same plan, same person, same scan) are shown as the one set of views they are."""
    joined: list[ReceivedViews] = []
    for views in given:
        same = next(
            (
                n
                for n, j in enumerate(joined)
                if views.received is ViewsReceived.PAPER_SCANNED
                and j.received is ViewsReceived.PAPER_SCANNED
                and (j.agreement_id, j.given_by, j.by_name, j.received_at)
                == (views.agreement_id, views.given_by, views.by_name, views.received_at)
            ),
            None,
        )
        if same is None:
            joined.append(views)
            continue
        first = joined[same]
        joined[same] = ReceivedViews(
            first.agreement_id,
            first.pupil_id,
            _combined(first.views, views.views),
            first.received,
            first.received_at,
            first.by_name,
            first.pictures + views.pictures,
            first.id,
        )
    return joined
