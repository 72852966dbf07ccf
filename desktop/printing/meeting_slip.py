"""Paper for meetings: the booking slip a family ticks and sends back, and the reminder of a booked time.

The slip lists each time offered beside a tick box (recorded as `slot:<meeting id>:<slot id>`, see
page_areas), so a
scan of the returned slip is read with the very boxes printed; its corner codes carry the pupil's reply
code and a page number from `SLIP_PAGES` up, so a slip never shares a page code with a link-book pack of
the same week. Both print in English and the family's home language, in large print where asked.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Table, TableStyle

from desktop.domain.languages import LANGUAGES
from desktop.domain.meetings import Meeting, MeetingSlot
from desktop.printing.blocks import bilingual, gap, table_font
from desktop.printing.layout import NewSheet, PageMarks, Rendered, render
from desktop.printing.page_areas import AreaKind, record_area
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PAGE_SIZE, PrintStyle, print_style
from desktop.printing.text import Text, TextStyle, draw_line, layout

SLIP_PAGES = 900
"""Booking slips' page codes are numbered from here (a pack's pages count from 1)."""


@dataclass(frozen=True, slots=True)
class SlipFor:
    """One household's slip (or reminder) for one child."""

    pupil_name: str
    class_name: str
    names: tuple[str, ...]
    language: str
    large_print: bool
    code: str
    household: int = 1
    booked: MeetingSlot | None = None
    """For a reminder: the time booked."""


class SlotTick(Flowable):
    """A tick box and the time beside it: "Tick the times that suit"."""

    def __init__(self, slot: MeetingSlot, style: PrintStyle) -> None:
        super().__init__()
        self.slot = slot
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.tick + 6
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        tick = self.style.tick
        top = self.height
        canvas.setStrokeColor(self.style.rule)
        canvas.setLineWidth(1.2)
        canvas.rect(0, top - tick, tick, tick, stroke=1, fill=0)
        ref = f"slot:{self.slot.meeting_id}:{self.slot.id}"
        record_area(canvas, AreaKind.TICK, ref, 0, top - tick, tick, tick, "time_suits")
        lines = layout(self.slot.label, self.style.strong, self.width - tick - 10, rtl=False)
        canvas.setFillColor(self.style.strong.colour)
        if lines:
            line = lines[0]
            draw_line(canvas, line, tick + 10, top - (tick - line.height) / 2, self.style.strong.size)


def _about(
    meeting: Meeting, book: Phrasebook, style: PrintStyle, booked: MeetingSlot | None = None
) -> list[Flowable]:
    """The meeting's title, then a row per fact: the label in both languages on the left, the value on
    the right in its own cell (a time set after a right-to-left label would be reordered by the bidi
    algorithm: "16:20–16:30" read back as "16:30–16:20")."""
    rows: list[tuple[str, str, TextStyle]] = [("meeting_day", _day(meeting.day), style.body)]
    if meeting.room:
        rows.append(("meeting_room", meeting.room, style.body))
    known = LANGUAGES.get(meeting.interpreter_language)
    if known is not None:
        name = known.english_name
        if known.native_name != known.english_name:
            name += f" ({known.native_name})"
        rows.append(("interpreter_there", name, style.body))
    if booked is not None:
        rows.append(("meeting_time", booked.label, style.strong))
    cells = [
        [Text(book.both(phrase, " / "), style.label), Text(value, chosen)] for phrase, value, chosen in rows
    ]
    width = PAGE_SIZE[0] - 2 * style.margin
    table = Table(cells, colWidths=[width * 0.45, width * 0.55], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, style.rule),
            ]
        )
    )
    return [Text(meeting.title, style.heading), gap(style, 0.5), table]


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _marks(
    slip: SlipFor, index: int, school: str, book: Phrasebook, style: PrintStyle, phrase: str, returnable: bool
) -> PageMarks:
    return PageMarks(
        school=school,
        title=book.both(phrase),
        footer=f"{slip.pupil_name}  ·  {slip.class_name}  ·  {slip.code}",
        style=style,
        book=book,
        code=slip.code,
        pack_index=index,
        household=slip.household,
        returnable=returnable,
        code_page_offset=SLIP_PAGES if returnable else 0,
    )


def booking_slips(
    school: str, meeting: Meeting, slips: Sequence[SlipFor], overrides: Mapping[str, Mapping[str, str]]
) -> Rendered:
    """One slip per household, each on its own sheet: the meeting, its times to tick, a name line."""
    flow: list[Flowable] = []
    for index, slip in enumerate(slips):
        book = Phrasebook(slip.language, overrides)
        style = print_style(slip.large_print, slip.language)
        flow.append(NewSheet(_marks(slip, index, school, book, style, "meeting_slip", True)))
        who = " and ".join(slip.names) if slip.names else "The family"
        flow += [Text(f"{book.both('for', ' / ')}: {who} ({slip.pupil_name})", style.muted), gap(style, 0.5)]
        flow += _about(meeting, book, style)
        flow += [gap(style), bilingual(book, "tick_times", style.label), gap(style, 0.5)]
        flow += [SlotTick(slot, style) for slot in meeting.slots]
        flow += [gap(style), bilingual(book, "return_slip", style.muted)]
    flow.append(NewSheet(None))
    return render(flow, f"{meeting.title}: booking slips")


def reminders(
    school: str, meeting: Meeting, slips: Sequence[SlipFor], overrides: Mapping[str, Mapping[str, str]]
) -> Rendered:
    """A reminder for each household with a booking: the day, the time, the room, the interpreter."""
    flow: list[Flowable] = []
    for index, slip in enumerate(slips):
        if slip.booked is None:
            continue
        book = Phrasebook(slip.language, overrides)
        style = print_style(slip.large_print, slip.language)
        flow.append(NewSheet(_marks(slip, index, school, book, style, "meeting_reminder", False)))
        who = " and ".join(slip.names) if slip.names else "The family"
        flow += [Text(f"{book.both('for', ' / ')}: {who} ({slip.pupil_name})", style.muted), gap(style, 0.5)]
        flow += _about(meeting, book, style, slip.booked)
        flow += [gap(style), bilingual(book, "see_you", style.body)]
    flow.append(NewSheet(None))
    return render(flow, f"{meeting.title}: reminders")
