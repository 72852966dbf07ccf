"""Batch packs: one PDF for a class, a pack per family in hand-out order behind a list for the teacher.

Every pack starts on the front of a new sheet (so a duplex printer never puts two families' pages on one
sheet), carries its reply code and QR code on every page, and is printed in the family's home language and,
where they asked, in large print. A child with two homes gets two packs, one for each household.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from desktop.domain.calendar import Period
from desktop.domain.languages import LANGUAGES
from desktop.printing.agreement import KIND_PHRASE, AgreementSheet, agreement_flowables
from desktop.printing.blocks import gap, table_font
from desktop.printing.folder import WorkFolderSheet, folder_flowables
from desktop.printing.home_learning import HomeLearningSlips, home_learning_flowables, slips_title
from desktop.printing.layout import NewSheet, PageMarks, Rendered, SetMarks, render
from desktop.printing.newsletter import Newsletter, newsletter_flowables
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import NORMAL, PAGE_SIZE, PrintStyle, print_style
from desktop.printing.text import Text, text_width
from desktop.printing.week import LinkBookWeek, week_flowables

NO_BREAK_SPACE = "\u00a0"
Document = LinkBookWeek | WorkFolderSheet | AgreementSheet | Newsletter | HomeLearningSlips


@dataclass(frozen=True, slots=True)
class Recipient:
    """A household a pack goes to: the people in it, their language, and whether they want large print."""

    names: tuple[str, ...]
    household: str = ""
    language: str = "ENG"
    large_print: bool = False
    wants_paper: bool = True

    @property
    def label(self) -> str:
        names = " and ".join(self.names) if self.names else "The family"
        return f"{names} ({self.household})" if self.household else names


@dataclass(frozen=True, slots=True)
class FamilyPack:
    """What one household gets for one child: the documents, in order, under one reply code."""

    pupil_name: str
    class_name: str
    period: Period
    recipient: Recipient
    code: str
    documents: tuple[Document, ...]


@dataclass(frozen=True, slots=True)
class PackBatch:
    school_name: str
    title: str
    packs: tuple[FamilyPack, ...]
    teacher_list: bool = True
    overrides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


def document_title(document: Document) -> str:
    """The phrase id naming a document, for headers (home-learning slips name themselves: slips_title)."""
    if isinstance(document, LinkBookWeek):
        return "link_book"
    if isinstance(document, WorkFolderSheet):
        return "work_folder"
    if isinstance(document, AgreementSheet):
        return KIND_PHRASE[document.agreement.kind]
    return "class_news"


def document_flowables(document: Document, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    if isinstance(document, LinkBookWeek):
        return week_flowables(document, book, style)
    if isinstance(document, WorkFolderSheet):
        return folder_flowables(document, book, style)
    if isinstance(document, AgreementSheet):
        return agreement_flowables(document, book, style)
    if isinstance(document, HomeLearningSlips):
        return home_learning_flowables(document, book, style)
    return newsletter_flowables(document, book, style)


def pack_flowables(
    pack: FamilyPack,
    index: int,
    school_name: str,
    overrides: Mapping[str, Mapping[str, str]],
    household: int = 1,
) -> list[Flowable]:
    """One family's pack: each document starting on a new sheet, all under the pack's marks."""
    recipient = pack.recipient
    book = Phrasebook(recipient.language, overrides)
    style = print_style(recipient.large_print, recipient.language)
    footer = f"{pack.pupil_name}  ·  {pack.class_name}  ·  {pack.period.label}  ·  {pack.code}"
    flow: list[Flowable] = []
    for number, document in enumerate(pack.documents):
        marks = PageMarks(
            school=school_name,
            title=(
                slips_title(book.language)
                if isinstance(document, HomeLearningSlips)
                else book.both(document_title(document))
            ),
            footer=footer,
            style=style,
            book=book,
            code=pack.code,
            pack_index=index,
            household=household,
            returnable=not isinstance(document, Newsletter),
        )
        # The pack starts on a new sheet; the documents in it each start on a new page.
        flow += [NewSheet(marks)] if number == 0 else [PageBreak(), SetMarks(marks)]
        if number == 0:
            flow += [Text(f"{book.both('for', ' / ')}: {recipient.label}", style.muted), gap(style, 0.5)]
        flow += document_flowables(document, book, style)
    return flow


LIST_SHARES = (5, 18, 24, 11, 8, 17, 17)
"""Percentages of the width for the hand-out list's columns; the last (the reply code) grows to fit."""
CELL_PADDING = 2


def unbroken(text: str) -> str:
    """Text that is never broken across lines (its spaces made non-breaking)."""
    return text.replace(" ", NO_BREAK_SPACE)


def _list_widths(batch: PackBatch, style: PrintStyle) -> list[float]:
    """Column widths in points: the reply code column wide enough for the widest code on one line (a
    teacher reads the code off the list to match a returned page), the others sharing what is left."""
    total = PAGE_SIZE[0] - 2 * style.margin
    code = max(
        [total * LIST_SHARES[-1] / 100]
        + [text_width(unbroken(p.code), style.small) + 2 * CELL_PADDING + 1 for p in batch.packs]
    )
    rest = total - code
    others = LIST_SHARES[:-1]
    return [rest * share / sum(others) for share in others] + [code]


def teacher_list(batch: PackBatch) -> list[Flowable]:
    """The first sheet: who gets which pack, in the order they come off the printer."""
    style = NORMAL
    book = Phrasebook()
    marks = PageMarks(batch.school_name, "Packs to hand out", batch.title, style, book)
    header = ["", "Pupil", "For", "Language", "Large print", "In the pack", "Reply code"]
    rows: list[list[Flowable]] = [[Text(h, style.label) for h in header]]
    for number, pack in enumerate(batch.packs, start=1):
        language = LANGUAGES.get(pack.recipient.language.upper())
        contents = ", ".join(
            dict.fromkeys(
                slips_title("ENG") if isinstance(d, HomeLearningSlips) else book.english(document_title(d))
                for d in pack.documents
            )
        )
        cells = [
            f"{number}.",
            pack.pupil_name,
            pack.recipient.label,
            language.english_name if language else pack.recipient.language,
            "yes" if pack.recipient.large_print else "",
            contents,
            unbroken(pack.code),
        ]
        rows.append([Text(c, style.small) for c in cells])
    table = Table(rows, colWidths=_list_widths(batch, style), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, style.accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, style.rule),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    paper = sum(1 for p in batch.packs if p.recipient.wants_paper)
    summary = (
        f"{len(batch.packs)} packs ({paper} for families who asked for paper). Each pack starts on a new "
        "sheet; hand them out in this order."
    )
    notes = [Text(note, style.strong) for note in untranslated_notes(batch)]
    return [
        NewSheet(marks),
        Text(batch.title, style.heading),
        Text(summary, style.body),
        *([Spacer(1, 4), *notes] if notes else []),
        Spacer(1, 8),
        table,
    ]


def untranslated_notes(batch: PackBatch) -> list[str]:
    """A line for the teacher per home language that has no labels yet, naming the pupils whose packs
    are printed in English only because of it (the family may need the pack explained)."""
    pupils: dict[str, list[str]] = {}
    for pack in batch.packs:
        code = pack.recipient.language.upper()
        if code != "ENG" and not Phrasebook(code, batch.overrides).bilingual:
            names = pupils.setdefault(code, [])
            if pack.pupil_name not in names:
                names.append(pack.pupil_name)
    notes = []
    for code, names in pupils.items():
        language = LANGUAGES.get(code)
        if language is None:
            what = f"no labels in their home language (code {code}) yet"
        elif code == "OTH":
            what = "their home language is recorded only as \u201cother than English\u201d"
        else:
            what = f"no {language.english_name} labels yet"
        notes.append(f"Printed in English: {what} — {', '.join(names)}")
    return notes


def render_packs(batch: PackBatch, on_pack: Callable[[int], None] | None = None) -> Rendered:
    """The batch as one PDF: the teacher's list (if asked for), then each pack on its own sheets."""
    flow: list[Flowable] = teacher_list(batch) if batch.teacher_list else []
    households: dict[str, int] = {}
    for index, pack in enumerate(batch.packs):
        # A child with two homes has one reply code and two packs: the household tells their pages apart.
        households[pack.code] = households.get(pack.code, 0) + 1
        flow += pack_flowables(pack, index, batch.school_name, batch.overrides, households[pack.code])
    flow.append(NewSheet(None))
    return render(flow, batch.title, on_pack)


def render_pack(
    pack: FamilyPack, school_name: str, overrides: Mapping[str, Mapping[str, str]] | None = None
) -> bytes:
    """One family's pack on its own (no teacher's list)."""
    return render_packs(PackBatch(school_name, pack.pupil_name, (pack,), False, overrides or {})).pdf


def pack_count_pages(rendered: Rendered) -> list[int]:
    """Pages of each pack, blank backs included (the last runs to the end of the PDF)."""
    starts: Sequence[int] = rendered.pack_starts
    ends = [*starts[1:], rendered.pages + 1]
    return [end - start for start, end in zip(starts, ends, strict=True)]
