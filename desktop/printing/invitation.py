"""A printed invitation to connect a device: the one-time code, large, its QR code, and what to do.

The slip is handed to a member of staff or a family, so it carries no child's name: only the school, who
the device is for (as the admin typed it), the code, when it stops working and the server's address.
Whoever holds the slip can ask to join, which is why the admin still approves each device by hand.
"""

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.blocks import draw_qr
from desktop.printing.fonts import Face, font_name
from desktop.printing.styles import ACCENT, INK, MUTED, PAGE_SIZE, RULE
from desktop.printing.text import Align, TextStyle, draw_text


@dataclass(frozen=True, slots=True)
class InvitationWords:
    """Every word the slip prints, English by default; the app passes them in the family's language.

    `{day}` and `{url}` are filled in here; `english` says whether these are the English
    words (a slip in another language carries the English heading under its own, for the office).
    """

    title: str = "Linkbook: connect a device"
    for_staff: str = "For a member of staff's device"
    for_family: str = "For a family's device"
    for_device: str = "For a device"
    your_code: str = "Your one-time code"
    what_to_do: str = "What to do"
    steps: tuple[str, ...] = (
        "1. Install Linkbook on the new computer and open it.",
        "2. Choose \u201cJoin a school\u201d and type the code above, or scan the QR code.",
        "3. Tell the school office you have done so: they approve the device.",
        "4. The device then receives what it is allowed to see.",
    )
    works_until: str = "The code works once, until {day}."
    server: str = "School sync server: {url}"
    keep_private: str = "Keep this slip private until you have used it; throw it away afterwards."
    day: str = ""
    """The expiry date as the family reads it (empty: "6 December 2026")."""
    english: bool = True


TITLE = TextStyle(22, 1.25, bold=True, colour=INK)
BODY = TextStyle(12, 1.4, colour=INK)
LABEL = TextStyle(10, 1.3, bold=True, colour=ACCENT)
CODE = TextStyle(34, 1.2, bold=True, colour=INK, align=Align.CENTER)
SMALL = TextStyle(10, 1.35, colour=MUTED)


@dataclass(frozen=True, slots=True)
class InvitationPrint:
    """What goes on the slip (from `Enrolment.invite`'s InvitationSlip, plus the school's name)."""

    school_name: str
    code: str
    role: str
    qr_payload: str
    expires_at: dt.datetime
    server_url: str = ""
    label: str = ""


def render_invitation(slip: InvitationPrint, words: InvitationWords | None = None) -> bytes:
    """One A4 page: heading, the code in large type inside a box, the QR code, and the steps."""
    words = words or InvitationWords()
    buffer = io.BytesIO()
    # reportlab-stubs types initialFontName as a float; reportlab takes the font's name.
    canvas = Canvas(buffer, pagesize=PAGE_SIZE, initialFontName=font_name(Face.LATIN))  # type: ignore[arg-type]  # the stubs type the font name wrongly
    canvas.setTitle("Linkbook: connect a device")
    canvas.setCreator("Linkbook")
    width, height = PAGE_SIZE
    margin = 20 * mm
    inner = width - 2 * margin
    top = height - margin

    top -= draw_text(canvas, words.title, TITLE, margin, top, inner)
    if not words.english:
        top -= draw_text(canvas, InvitationWords().title, SMALL, margin, top, inner)
    if slip.school_name.strip():
        top -= draw_text(canvas, slip.school_name, BODY, margin, top, inner)
    who = {"staff": words.for_staff, "family": words.for_family}.get(slip.role, words.for_device)
    top -= 4 * mm
    top -= draw_text(canvas, who + (f": {slip.label}" if slip.label else ""), BODY, margin, top, inner)
    top -= 8 * mm

    top -= draw_text(canvas, words.your_code, LABEL, margin, top, inner)
    box = 24 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1)
    canvas.roundRect(margin, top - box, inner, box, 3 * mm, stroke=1, fill=0)
    draw_text(canvas, slip.code, CODE, margin, top - (box - CODE.size * CODE.leading) / 2, inner)
    top -= box + 8 * mm

    qr = 55 * mm
    draw_qr(canvas, slip.qr_payload, margin, top - qr, qr)
    text_x = margin + qr + 8 * mm
    text_width = inner - qr - 8 * mm
    used = draw_text(canvas, words.what_to_do, LABEL, text_x, top, text_width)
    for step in words.steps:
        used += draw_text(canvas, step, BODY, text_x, top - used, text_width)
    top -= max(qr, used) + 8 * mm

    day = words.day or f"{slip.expires_at:%d %B %Y}"
    details = [words.works_until.format(day=day)]
    if slip.server_url:
        details.append(words.server.format(url=slip.server_url))
    details.append(words.keep_private)
    for line in details:
        top -= draw_text(canvas, line, SMALL, margin, top, inner)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
