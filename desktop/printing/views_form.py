"""The views forms sent home before a support plan's review: the family's "Your views" and the child's.

The family's form asks four open questions, each with room to write, labelled in English and the home
language (large print where the household asked). The child's form is pictures and simple words: a row
for each statement with three drawn faces (happy, okay, sad) and a box under each face to tick, then
three boxes for their own words. Both are returnable pages: the reply code in the header, the corner
codes naming each page, and every box recorded where it is drawn (see page_areas), so a scan of the
form is read back with the very rectangles that were printed. Each box's `ref` says what it answers:
`views:<plan id>:family:<question>`, `views:<plan id>:child:<statement or box>`; a face's box carries the
face in its `phrase`.

The forms' corner codes number their pages from 101 (`VIEWS_FIRST_PAGE`), so a views form never shares a
page code with the link-book pack printed under the same reply code.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from desktop.domain.review_views import CHILD_BOXES, CHILD_STATEMENTS, FAMILY_QUESTIONS, Face
from desktop.printing.blocks import Bilingual, Keep, WritingLines, bilingual, gap, rule
from desktop.printing.layout import NewSheet, PageMarks, Rendered, SetMarks, render
from desktop.printing.packs import Recipient
from desktop.printing.page_areas import AreaKind, record_area
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle, centred, print_style
from desktop.printing.text import Text, TextStyle, draw_line, layout, line_x
from desktop.printing.week import english_date

VIEWS_FIRST_PAGE = 101
FACES = (Face.HAPPY, Face.OKAY, Face.SAD)


def family_phrase(question: str) -> str:
    return f"views_{question}"


def child_phrase(statement_or_box: str) -> str:
    return f"child_{statement_or_box}"


def face_phrase(face: Face) -> str:
    return f"face_{face.value}"


def views_ref(agreement_id: str, who: str, what: str) -> str:
    return f"views:{agreement_id}:{who}:{what}"


@dataclass(frozen=True, slots=True)
class ViewsForm:
    """One plan's review, as the forms show it."""

    agreement_id: str
    plan_title: str
    pupil_name: str
    first_name: str
    class_name: str
    review_date: dt.date | None


@dataclass(frozen=True, slots=True)
class ViewsPack:
    """What one household gets: the family's form and (for the first household) the child's."""

    form: ViewsForm
    recipient: Recipient
    code: str
    household: int = 1
    with_child_form: bool = True


@dataclass(frozen=True, slots=True)
class ViewsBatch:
    school_name: str
    title: str
    packs: tuple[ViewsPack, ...]
    overrides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


def _instructions(book: Phrasebook, phrase: str, style: TextStyle) -> list[Flowable]:
    parts: list[Flowable] = [Text(book.english(phrase), style)]
    home = book.home(phrase)
    if home:
        parts.append(Text(home, style, rtl=book.right_to_left))
    return parts


def _about(form: ViewsForm, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    facts = [f"{form.pupil_name}  ·  {form.class_name}"]
    if form.review_date:
        facts.append(f"{book.english('review_date')}: {english_date(form.review_date)}")
    return [
        Bilingual(form.plan_title, book.home("support_plan"), style.heading, book.right_to_left),
        Text("  ·  ".join(facts), style.body),
    ]


def family_form_flowables(form: ViewsForm, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    """The family's "Your views": four questions, each with ruled room to write."""
    flow: list[Flowable] = [
        bilingual(book, "your_views", style.title),
        *_about(form, book, style),
        gap(style, 0.5),
        *_instructions(book, "views_intro", style.body),
        *_instructions(book, "views_return", style.muted),
        rule(style, thick=True),
    ]
    for question in FAMILY_QUESTIONS:
        flow.append(
            Keep(
                [
                    bilingual(book, family_phrase(question), style.label),
                    WritingLines(
                        style.reply_lines,
                        style.writing_line,
                        style.rule,
                        ref=views_ref(form.agreement_id, "family", question),
                    ),
                    gap(style),
                ]
            )
        )
    return flow


def child_form_flowables(form: ViewsForm, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    """The child's form: a row of faces for each statement, then three boxes for their own words."""
    flow: list[Flowable] = [
        Text(form.first_name, style.title),
        bilingual(book, "child_views", style.heading),
        gap(style, 0.5),
        *_instructions(book, "child_intro", style.strong),
        gap(style, 0.5),
    ]
    for statement in CHILD_STATEMENTS:
        flow.append(
            FaceRow(book, style, child_phrase(statement), views_ref(form.agreement_id, "child", statement))
        )
    flow.append(PageBreak())
    for box in CHILD_BOXES:
        flow.append(
            Keep(
                [
                    bilingual(book, child_phrase(box), style.heading),
                    WritingLines(
                        style.reply_lines + 1,
                        style.writing_line,
                        style.rule,
                        ref=views_ref(form.agreement_id, "child", box),
                    ),
                    gap(style),
                ]
            )
        )
    return flow


class FaceRow(Flowable):
    """A statement in big simple words, and three faces (happy, okay, sad) with a box under each to tick."""

    def __init__(self, book: Phrasebook, style: PrintStyle, phrase: str, ref: str) -> None:
        super().__init__()
        self.book = book
        self.style = style
        self.phrase = phrase
        self.ref = ref

    @property
    def _statement(self) -> TextStyle:
        """The statement in English, a size up from the body: this is the child's own page."""
        return replace(self.style.strong, size=self.style.heading.size)

    @property
    def face(self) -> float:
        return self.style.tick * 2.6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._text_width = availWidth * 0.45
        self._lines = layout(self.book.english(self.phrase), self._statement, self._text_width, rtl=False)
        home = self.book.home(self.phrase)
        self._home = (
            layout(home, self.style.body, self._text_width, rtl=self.book.right_to_left) if home else []
        )
        text_height = sum(line.height for line in self._lines + self._home)
        small = self.style.small
        self._labels = {
            face: layout(self.book.both(face_phrase(face), " / "), small, self._cell, rtl=False)
            for face in FACES
        }
        self._label_height = max(sum(line.height for line in lines) for lines in self._labels.values())
        boxes = self.face + self._label_height + self.style.tick + 8
        self.height = max(text_height, boxes) + self.style.gap
        return availWidth, self.height

    @property
    def _cell(self) -> float:
        return (self.width - self._text_width) / 3

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        top = self.height - style.gap * 0.5
        y = top
        for lines, text_style in ((self._lines, self._statement), (self._home, style.body)):
            canvas.setFillColor(text_style.colour)
            for line in lines:
                draw_line(canvas, line, line_x(line, text_style, 0, self._text_width), y, text_style.size)
                y -= line.height
        for number, face in enumerate(FACES):
            left = self._text_width + number * self._cell
            centre = left + self._cell / 2
            face_top = top
            draw_face(canvas, face, centre, face_top - self.face / 2, self.face / 2)
            label_top = face_top - self.face - 2
            canvas.setFillColor(style.small.colour)
            for line in self._labels[face]:
                draw_line(
                    canvas,
                    line,
                    line_x(line, centred(style.small), left, self._cell),
                    label_top,
                    style.small.size,
                )
                label_top -= line.height
            tick = style.tick
            # Every box of the row on one line, however many lines its face's words took.
            box_x, box_y = centre - tick / 2, face_top - self.face - 2 - self._label_height - tick - 2
            canvas.setStrokeColor(style.rule)
            canvas.setLineWidth(1.2)
            canvas.rect(box_x, box_y, tick, tick, stroke=1, fill=0)
            record_area(canvas, AreaKind.TICK, self.ref, box_x, box_y, tick, tick, face.value)
        canvas.setStrokeColor(style.rule)
        canvas.setLineWidth(0.4)
        canvas.line(0, 1, self.width, 1)


def draw_face(canvas: Canvas, face: Face, x: float, y: float, radius: float) -> None:
    """A simple drawn face centred at (x, y): round, two eyes, and a smile, a straight mouth or a frown."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.1, 0.1, 0.1)
    canvas.setLineWidth(max(1.0, radius / 10))
    canvas.circle(x, y, radius, stroke=1, fill=0)
    eye = radius * 0.1
    canvas.setFillColorRGB(0.1, 0.1, 0.1)
    for dx in (-radius * 0.35, radius * 0.35):
        canvas.circle(x + dx, y + radius * 0.3, eye, stroke=0, fill=1)
    width = radius * 0.5
    if face is Face.HAPPY:
        canvas.arc(x - width, y - radius * 0.6, x + width, y + radius * 0.1, 200, 140)
    elif face is Face.SAD:
        canvas.arc(x - width, y - radius * 0.65, x + width, y + radius * 0.05, 20, 140)
    else:
        canvas.line(x - width * 0.8, y - radius * 0.35, x + width * 0.8, y - radius * 0.35)
    canvas.restoreState()


def pack_flowables(
    pack: ViewsPack, index: int, school_name: str, overrides: Mapping[str, Mapping[str, str]]
) -> list[Flowable]:
    recipient = pack.recipient
    book = Phrasebook(recipient.language, overrides)
    style = print_style(recipient.large_print, recipient.language)
    form = pack.form
    footer = f"{form.pupil_name}  ·  {form.class_name}  ·  {pack.code}"

    def marks(title: str) -> PageMarks:
        return PageMarks(
            school=school_name,
            title=book.both(title),
            footer=footer,
            style=style,
            book=book,
            code=pack.code,
            pack_index=index,
            household=pack.household,
            returnable=True,
            code_page_offset=VIEWS_FIRST_PAGE - 1,
        )

    flow: list[Flowable] = [
        NewSheet(marks("your_views")),
        Text(f"{book.both('for', ' / ')}: {recipient.label}", style.muted),
        gap(style, 0.5),
        *family_form_flowables(form, book, style),
    ]
    if pack.with_child_form:
        flow += [PageBreak(), SetMarks(marks("child_views")), *child_form_flowables(form, book, style)]
    return flow


def render_views_forms(batch: ViewsBatch) -> Rendered:
    """Every household's forms in one PDF, each pack starting on the front of a new sheet."""
    flow: list[Flowable] = []
    for index, pack in enumerate(batch.packs):
        flow += pack_flowables(pack, index, batch.school_name, batch.overrides)
    flow.append(NewSheet(None))
    return render(flow, batch.title)
