"""Home learning: a task a teacher sets a class or a group, with guidance for the family, and what came back.

Guidance is chosen from a shipped set of phrases (`GUIDANCE`, English here; each home language's version in
resources/guidance/<dfe code>.json), so a family reads it in their own language beside the English. The
teacher's own words (what to do, a note) are printed and shown as written, marked as English.
"""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id
from desktop.domain.linkbook import Method


class GuidanceKind(enum.StrEnum):
    HELP = "help"
    """How much help to give."""
    WAY = "way"
    """A way to help."""
    STUCK = "stuck"
    """What to do if the child is stuck."""


GUIDANCE: dict[str, tuple[GuidanceKind, str]] = {
    "help_own_first": (GuidanceKind.HELP, "Let your child try on their own first."),
    "help_if_asked": (GuidanceKind.HELP, "Help only when your child asks."),
    "help_read_together": (GuidanceKind.HELP, "Read the task together, then let your child do it."),
    "help_side_by_side": (GuidanceKind.HELP, "Sit with your child and work through it together."),
    "way_talk_home_language": (GuidanceKind.WAY, "Talk about it together in your home language."),
    "way_read_to_you": (GuidanceKind.WAY, "Ask your child to read it to you."),
    "way_how_did_you": (GuidanceKind.WAY, "Ask: how did you work that out?"),
    "way_praise_effort": (GuidanceKind.WAY, "Praise the effort, not only right answers."),
    "way_everyday_things": (GuidanceKind.WAY, "Use everyday things: food, coins, shopping."),
    "way_draw_it": (GuidanceKind.WAY, "Let your child draw it or act it out."),
    "way_quiet_place": (GuidanceKind.WAY, "Find a quiet place with the television off."),
    "stuck_stop_try_later": (GuidanceKind.STUCK, "If your child gets upset, stop and try another day."),
    "stuck_look_at_example": (GuidanceKind.STUCK, "Look at the example together."),
    "stuck_part_is_fine": (GuidanceKind.STUCK, "Doing part of it is fine."),
    "stuck_tell_teacher": (GuidanceKind.STUCK, "Write what was hard on the slip; the teacher will help."),
}
"""The shipped guidance phrases: id -> (what it is, English). Ids are what the translation files key on."""

LABELS: dict[str, str] = {
    "home_learning": "Home learning",
    "hand_in_by": "By",
    "how_long": "How long",
    "minutes": "About {minutes} minutes",
    "how_much_help": "How much help to give",
    "ways_to_help": "Ways to help",
    "if_stuck": "If your child is stuck",
    "do_together": "Do this together",
    "we_did_this": "We did this",
    "your_comments": "Your comments",
    "in_english": "in English",
    "return_slip": "Tick the box, write a comment if you like, and send this slip back to school.",
}
"""The words around the guidance on the slip and in the family app, translated in the same files."""

MAX_MINUTES = 180
MAX_TEXT = 2000


def guidance_of(kind: GuidanceKind, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases of one kind, in the order given."""
    return tuple(p for p in phrases if p in GUIDANCE and GUIDANCE[p][0] is kind)


@dataclass(frozen=True, slots=True)
class HomeLearningTask:
    """What the teacher set: for whom, what to do, by when, and how the family can help."""

    class_id: str
    title: str
    """What to do, in the teacher's own words (English)."""
    due_on: dt.date
    set_on: dt.date
    set_by: str
    pupil_ids: tuple[str, ...]
    """Whom it is for: the whole class or a group of it."""
    details: str = ""
    """More of the teacher's own words (English), optional."""
    minutes: int = 0
    """How long it should take (0: not said)."""
    guidance: tuple[str, ...] = ()
    """Guidance phrase ids (keys of GUIDANCE), in the order chosen."""
    together: bool = False
    """A "do it together" task: the family and the child do it side by side."""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class HomeLearningReturn:
    """What came back from one pupil's family for one task: done, and a comment (app or paper)."""

    task_id: str
    pupil_id: str
    done: bool = False
    done_at: dt.datetime | None = None
    done_by: str = ""
    done_method: Method | None = None
    comment: str = ""
    comment_by: str = ""
    comment_at: dt.datetime | None = None
    comment_method: Method | None = None

    @property
    def heard(self) -> bool:
        return self.done or bool(self.comment.strip())


@dataclass(frozen=True, slots=True)
class PupilTask:
    """One task as one pupil's family sees it, with what they sent back."""

    task: HomeLearningTask
    back: HomeLearningReturn
