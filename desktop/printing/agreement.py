"""An agreement, support plan or one-page profile on paper: what each side commits to, the targets and
when they are reviewed, the version, and a signature line for each person who signs."""

from dataclasses import dataclass

from reportlab.platypus import Flowable, Table, TableStyle

from desktop.domain.agreements import Agreement, DocumentContent, DocumentKind, Party
from desktop.domain.linkbook import Method
from desktop.printing.blocks import (
    Bilingual,
    Keep,
    SignatureBlock,
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

KIND_PHRASE = {
    DocumentKind.AGREEMENT: "agreement",
    DocumentKind.SUPPORT_PLAN: "support_plan",
    DocumentKind.ONE_PAGE_PROFILE: "one_page_profile",
}
PARTY_COMMITS = {Party.SCHOOL: "school_will", Party.FAMILY: "family_will", Party.PUPIL: "pupil_will"}
PARTY_SIGNS = {Party.SCHOOL: "for_school", Party.FAMILY: "parent_or_carer", Party.PUPIL: "pupil"}


@dataclass(frozen=True, slots=True)
class AgreementSheet:
    agreement: Agreement
    pupil_name: str
    class_name: str


def signers(agreement: Agreement) -> list[Party]:
    """Who signs: the school and the family always; the pupil where the pupil makes commitments."""
    parties = [Party.SCHOOL, Party.FAMILY]
    content = agreement.current.content
    if content.commitments_of(Party.PUPIL) or agreement.current.signature_of(Party.PUPIL):
        parties.append(Party.PUPIL)
    return parties


def agreement_flowables(sheet: AgreementSheet, book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    agreement = sheet.agreement
    version = agreement.current
    content = version.content
    review = agreement.review_date
    facts = [
        f"{book.english('version')} {version.number} ({version.status.value.replace('_', ' ')}), "
        f"{version.created_at:%d.%m.%Y}",
    ]
    if review:
        facts.append(f"{book.english('review_date')}: {english_date(review)}")
    # The page header names the kind of document (in both languages) on every page, so the body starts
    # with this agreement's own title, with the kind's name in the home language beside it.
    flow: list[Flowable] = [
        Bilingual(agreement.title, book.home(KIND_PHRASE[agreement.kind]), style.title, book.right_to_left),
        Text(f"{sheet.pupil_name}  ·  {sheet.class_name}", style.body),
        Text("  ·  ".join(facts), style.muted),
        gap(style, 0.5),
        *_instructions(book, style),
        rule(style, thick=True),
    ]
    sections: list[list[Flowable]] = []
    profile = content.profile
    for phrase, text in (
        ("all_about_me", profile.all_about_me),
        ("important_to_me", profile.important_to_me),
        ("how_to_support_me", profile.how_to_support_me),
    ):
        if text.strip():
            sections.append(labelled(book, phrase, text, style))
    for party in (Party.SCHOOL, Party.FAMILY, Party.PUPIL):
        commitments = content.commitments_of(party)
        if commitments:
            sections.append(
                labelled(book, PARTY_COMMITS[party], "\n".join(f"•  {c.text}" for c in commitments), style)
            )
    if content.targets:
        # The table's first column is headed "Targets": no label above it saying so again.
        sections.append([gap(style, 0.3), _targets(content, book, style), gap(style)])
    if content.outcomes:
        sections.append(labelled(book, "outcomes", "\n".join(f"•  {o}" for o in content.outcomes), style))
    if content.provision:
        sections.append(
            [
                bilingual(book, "provision", style.label),
                gap(style, 0.3),
                _provision(content, book, style),
                gap(style),
            ]
        )
    signatures: list[Flowable] = [rule(style, thick=True)]
    for party in signers(agreement):
        signature = version.signature_of(party)
        signed = ""
        if signature:
            how = "signed_on_paper" if signature.method is Method.PAPER else "signed_in_app"
            signed = f"{book.english(how)}: {signature.signer_name}, {signature.signed_on:%d.%m.%Y}"
        ref = f"agreement:{agreement.id}:{party.value}"
        agree = "we_agree" if party is Party.FAMILY and not signed else ""
        block = SignatureBlock(book.both(PARTY_SIGNS[party], " / "), style, book, signed, ref, agree)
        signatures += [block, gap(style)]
    # The signature lines never stand alone on a page: they are kept with the last part of what is signed.
    last = sections.pop() if sections else []
    for section in sections:
        flow += section
    flow.append(Keep([*last, *signatures]))
    return flow


def _instructions(book: Phrasebook, style: PrintStyle) -> list[Flowable]:
    parts: list[Flowable] = [Text(book.english("return_agreement"), style.muted)]
    home = book.home("return_agreement")
    if home:
        parts.append(Text(home, style.muted, rtl=book.right_to_left))
    return parts


def _table(rows: list[list[Flowable]], widths: list[str], style: PrintStyle) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, style.accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, style.rule),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _targets(content: DocumentContent, book: Phrasebook, style: PrintStyle) -> Table:
    rows: list[list[Flowable]] = [
        [
            bilingual(book, "targets", style.label),
            bilingual(book, "review_date", style.label),
            bilingual(book, "progress", style.label),
        ]
    ]
    for target in content.targets:
        rows.append(
            [
                Text(target.text, style.body),
                Text(f"{target.review_date:%d.%m.%Y}" if target.review_date else "", style.body),
                Text(target.progress, style.body),
            ]
        )
    return _table(rows, ["52%", "18%", "30%"], style)


def _provision(content: DocumentContent, book: Phrasebook, style: PrintStyle) -> Table:
    rows: list[list[Flowable]] = [
        [bilingual(book, phrase, style.label) for phrase in ("what", "who", "how_often")]
    ]
    for provision in content.provision:
        rows.append(
            [
                Text(provision.what, style.body),
                Text(provision.who, style.body),
                Text(provision.how_often, style.body),
            ]
        )
    return _table(rows, ["50%", "25%", "25%"], style)
