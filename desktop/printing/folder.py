"""A work folder on paper: a cover, a contents list, each piece with its picture, feedback and mark, and a
page for the family's comment."""

import io
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Table, TableStyle

from desktop.domain.calendar import Period, PeriodKind
from desktop.domain.work_folders import WorkItem
from desktop.printing.blocks import (
    Keep,
    TickAndSign,
    WritingLines,
    bilingual,
    gap,
    labelled,
    rule,
    table_font,
)
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import PrintStyle
from desktop.printing.text import Text
from desktop.printing.week import english_date


@dataclass(frozen=True, slots=True)
class FolderPiece:
    """One piece of work and the picture of it (decrypted image bytes), if there is one."""

    item: WorkItem
    picture: bytes | None = None


@dataclass(frozen=True, slots=True)
class WorkFolderSheet:
    pupil_name: str
    class_name: str
    period: Period
    pieces: tuple[FolderPiece, ...]


def period_words(period: Period) -> str:
    if period.kind is PeriodKind.WEEK:
        return f"Week beginning {english_date(period.start)}"
    return f"{period.start:%B %Y}"


def folder_flowables(folder: WorkFolderSheet, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    """Cover and contents, the pieces, then the comment page (on a page of its own)."""
    flow: list[Flowable] = [
        bilingual(book, "work_folder", style.title),
        gap(style),
        Text(folder.pupil_name, style.heading),
        Text(f"{book.both('class', ': ')}  {folder.class_name}", style.body),
        Text(period_words(folder.period), style.body),
        rule(style, thick=True),
        bilingual(book, "contents", style.heading),
        gap(style, 0.5),
        _contents(folder, book, style),
        rule(style),
    ]
    for number, piece in enumerate(folder.pieces, start=1):
        flow += piece_flowables(number, piece, book, style)
    flow += comment_page(book, style)
    return flow


def _contents(folder: WorkFolderSheet, book: Phrasebook, style: PrintStyle) -> Flowable:
    rows: list[list[Flowable | str]] = [
        [
            Text("", style.label),
            bilingual(book, "subject", style.label),
            Text("", style.label),
            bilingual(book, "done_on", style.label),
        ]
    ]
    for number, piece in enumerate(folder.pieces, start=1):
        item = piece.item
        rows.append(
            [
                Text(f"{number}.", style.body),
                Text(item.subject, style.body),
                Text(item.title, style.body),
                Text(f"{item.done_on:%d.%m.%Y}", style.body),
            ]
        )
    if len(rows) == 1:
        rows.append([Text("", style.body), Text("—", style.body), Text("", style.body), Text("", style.body)])
    table = Table(rows, colWidths=["8%", "25%", "45%", "22%"], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, style.accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, style.rule),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _picture(data: bytes, style: PrintStyle) -> Flowable | None:
    """The picture scaled to fit a box (bigger in large print), keeping its shape; None if unreadable."""
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        return None
    box_w, box_h = (340.0, 250.0) if style.large else (260.0, 190.0)
    scale = min(box_w / width, box_h / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def piece_flowables(number: int, piece: FolderPiece, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    item = piece.item
    head: list[Flowable] = [
        Text(f"{number}. {item.subject}: {item.title}", style.heading),
        Text(f"{book.both('done_on', ': ')} {english_date(item.done_on)}", style.muted),
        gap(style, 0.5),
    ]
    if piece.picture:
        image = _picture(piece.picture, style)
        if image is not None:
            head += [image, gap(style, 0.5)]
    flow: list[Flowable] = [Keep(head)]
    if item.feedback.strip():
        flow += labelled(book, "feedback", item.feedback, style)
    if item.mark.strip():
        flow += labelled(book, "mark", item.mark, style)
    flow.append(rule(style))
    return flow


def comment_page(book: Phrasebook, style: PrintStyle, phrase: str = "family_comment") -> list[Flowable]:
    """A page for the family: a large box to write in, then "I have read this" and a signature."""
    instructions: list[Flowable] = [Text(book.english("return_folder"), style.muted)]
    home = book.home("return_folder")
    if home:
        instructions.append(Text(home, style.muted, rtl=book.right_to_left))
    return [
        PageBreak(),
        bilingual(book, phrase, style.heading),
        gap(style, 0.5),
        *instructions,
        gap(style),
        WritingLines(style.reply_lines * 2 + 2, style.writing_line, style.rule, ref="folder"),
        gap(style),
        TickAndSign(book, style, ref="folder"),
    ]
