"""Home-learning slips in the week's pack: a slip per task, for the family to tick, comment on and send back.

Each slip shows what to do and by when in the teacher's words (marked as English), then the guidance in
the family's language beside the English, then a "we did this" tick box and lines for a comment. The box
and lines are recorded as areas of `home_learning:<task id>` (see page_areas), so a scanned slip files its
tick and comment to the task; the pack's corner codes and reply code say whose it is.
"""

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from desktop.domain.calendar import Period
from desktop.domain.home_learning import GUIDANCE, GuidanceKind, HomeLearningTask
from desktop.printing.blocks import Bilingual, Keep, WritingLines, gap, rule
from desktop.printing.guidance import GuidanceBook
from desktop.printing.page_areas import AreaKind, record_area
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle
from desktop.printing.text import Text, draw_line, layout

REF_PREFIX = "home_learning"
TICK_PHRASE = "we_did_this"
HEADINGS = {
    GuidanceKind.HELP: "how_much_help",
    GuidanceKind.WAY: "ways_to_help",
    GuidanceKind.STUCK: "if_stuck",
}


def slip_ref(task_id: str) -> str:
    return f"{REF_PREFIX}:{task_id}"


@dataclass(frozen=True, slots=True)
class HomeLearningSlips:
    """One child's home-learning tasks for a pack, a slip each."""

    pupil_name: str
    class_name: str
    period: Period
    tasks: tuple[HomeLearningTask, ...]


def _both(
    guide: GuidanceBook, phrase: str, style: PrintStyle, minutes: int = 0, bold: bool = True
) -> Bilingual:
    return Bilingual(
        guide.english(phrase, minutes),
        guide.home(phrase, minutes),
        style.label if bold else style.body,
        guide.right_to_left,
    )


def _date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


class TickBox(Flowable):
    """A "we did this" box with its label in both languages, recorded as the slip's tick area."""

    def __init__(self, guide: GuidanceBook, style: PrintStyle, ref: str) -> None:
        super().__init__()
        self.guide = guide
        self.style = style
        self.ref = ref

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.tick + 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        tick = style.tick
        top = self.height
        canvas.setStrokeColor(style.rule)
        canvas.setLineWidth(1.2)
        canvas.rect(0, top - tick, tick, tick, stroke=1, fill=0)
        record_area(canvas, AreaKind.TICK, self.ref, 0, top - tick, tick, tick, TICK_PHRASE)
        home = self.guide.home(TICK_PHRASE)
        label = f"{self.guide.english(TICK_PHRASE)}  /  {home}" if home else self.guide.english(TICK_PHRASE)
        lines = layout(label, style.strong, self.width - tick - 8, rtl=False)
        canvas.setFillColor(style.strong.colour)
        if lines:
            line = lines[0]
            draw_line(canvas, line, tick + 8, top - (tick - line.height) / 2, style.strong.size)


def slip_flowables(task: HomeLearningTask, guide: GuidanceBook, style: PrintStyle) -> list[Flowable]:
    """One task's slip, kept on one page where it fits."""
    english_mark = guide.home("in_english")
    marked = (
        f"{guide.english('in_english')} / {english_mark}" if english_mark else guide.english("in_english")
    )
    flow: list[Flowable] = [
        _both(guide, "home_learning", style),
        Text(task.title, style.heading),
    ]
    if task.details:
        flow.append(Text(task.details, style.body))
    flow += [
        Text(marked, style.muted),
        gap(style, 0.4),
        Bilingual(
            f"{guide.english('hand_in_by')}: {_date(task.due_on)}",
            f"{guide.home('hand_in_by')}: {task.due_on.day:02d}.{task.due_on.month:02d}.{task.due_on.year}"
            if guide.home("hand_in_by")
            else None,
            style.label,
            guide.right_to_left,
        ),
    ]
    if task.minutes:
        flow += [_both(guide, "how_long", style), _both(guide, "minutes", style, task.minutes, bold=False)]
    if task.together:
        flow.append(_both(guide, "do_together", style))
    for kind in GuidanceKind:
        phrases = [p for p in task.guidance if p in GUIDANCE and GUIDANCE[p][0] is kind]
        if phrases:
            flow.append(gap(style, 0.3))
            flow.append(_both(guide, HEADINGS[kind], style))
            flow += [_both(guide, p, style, bold=False) for p in phrases]
    ref = slip_ref(task.id)
    flow += [
        gap(style, 0.5),
        TickBox(guide, style, ref),
        gap(style, 0.3),
        _both(guide, "your_comments", style),
        WritingLines(max(2, style.reply_lines - 1), style.writing_line, style.rule, ref=ref),
    ]
    return [Keep(flow), gap(style, 0.5), rule(style), gap(style, 0.5)]


def home_learning_flowables(slips: HomeLearningSlips, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    """The child's slips under a heading, in the family's language beside the English."""
    guide = GuidanceBook(book.language)
    flow: list[Flowable] = [
        _both(guide, "home_learning", style),
        Text(f"{slips.pupil_name}  ·  {slips.class_name}", style.heading),
        Bilingual(guide.english("return_slip"), guide.home("return_slip"), style.muted, guide.right_to_left),
        rule(style, thick=True),
    ]
    for task in slips.tasks:
        flow += slip_flowables(task, guide, style)
    return flow


def slips_title(language: str) -> str:
    """The pages' header title: "Home learning", and the family's language after it."""
    guide = GuidanceBook(language)
    home = guide.home("home_learning")
    return f"{guide.english('home_learning')} / {home}" if home else guide.english("home_learning")
