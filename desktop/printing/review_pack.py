"""The annual review pack of a pupil with an EHC plan: one printable bundle for everyone coming to the
meeting.

In the order the meeting runs: the child and the plan in force (outcomes, provision, targets), the views
gathered (what came back from home for this review, and the family's and the child's views at the last
review), each target's progress at the last review with its evidence, the reports brought so far, and
the plan's history of reviews. Text in any script is set by desktop/printing/text.py.
"""

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from desktop.domain.agreements import Agreement, VersionStatus
from desktop.domain.plan_reviews import AttendeeRole, PlanReview, Progress
from desktop.domain.pupils import Pupil
from desktop.printing.blocks import Keep, gap, rule
from desktop.printing.layout import PageMarks, SetMarks, render
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import NORMAL, PrintStyle
from desktop.printing.text import Text, TextStyle
from desktop.printing.week import english_date

STYLE = NORMAL
BOOK = Phrasebook()
PROGRESS_WORDS = {Progress.MET: "Met", Progress.PARTLY: "Partly met", Progress.NOT_YET: "Not yet met"}
ROLE_WORDS = {
    AttendeeRole.FAMILY: "family",
    AttendeeRole.CHILD: "child",
    AttendeeRole.STAFF: "school",
    AttendeeRole.PROFESSIONAL: "outside professional",
}


@dataclass(frozen=True, slots=True)
class AnnualReviewPack:
    school_name: str
    pupil: Pupil
    class_name: str
    plan: Agreement
    reviews: tuple[PlanReview, ...]
    due_on: dt.date | None
    views_received: tuple[str, ...]
    """The answers that came back from home for this review, each as a line of text."""
    made_at: dt.datetime
    made_by: str


def _line(text: str, style: TextStyle, space_after: float = 0) -> Text:
    """A line of the pack's English, set left to right even when it starts with a name in Arabic script."""
    return Text(text, style, rtl=False, space_after=space_after)


def _heading(text: str, style: PrintStyle) -> list[Flowable]:
    return [gap(style), _line(text, style.heading, space_after=style.gap / 2)]


def _bullets(lines: list[str], style: PrintStyle, empty: str) -> list[Flowable]:
    if not lines:
        return [_line(empty, style.muted)]
    return [_line(f"•  {line}", style.body) for line in lines]


def _plan(pack: AnnualReviewPack, style: PrintStyle) -> list[Flowable]:
    in_force = next((v for v in reversed(pack.plan.versions) if v.status is VersionStatus.ACTIVE), None)
    flow = _heading("The plan in force", style)
    if in_force is None:
        return [*flow, _line("No version of the plan is in force yet.", style.muted)]
    content = in_force.content
    flow.append(
        _line(
            f"{pack.plan.title}, version {in_force.number}, made on "
            f"{english_date(in_force.created_at.date())} by {in_force.created_by}.",
            style.body,
        )
    )
    flow += [gap(style, 0.3), _line("Outcomes", style.strong)]
    flow += _bullets(list(content.outcomes), style, "No outcomes written.")
    flow += [gap(style, 0.3), _line("Provision: who does what, how often", style.strong)]
    flow += _bullets([f"{p.what}: {p.who}, {p.how_often}" for p in content.provision], style, "None written.")
    flow += [gap(style, 0.3), _line("Targets", style.strong)]
    flow += _bullets([t.text for t in content.targets], style, "No targets.")
    draft = pack.plan.current
    if draft.status is VersionStatus.DRAFT:
        flow += [
            gap(style, 0.3),
            _line(f"Proposed in version {draft.number} (a draft: {draft.change_note})", style.strong),
        ]
        flow += _bullets([t.text for t in draft.content.targets], style, "No targets.")
    return flow


def _views(pack: AnnualReviewPack, style: PrintStyle) -> list[Flowable]:
    flow = _heading("Views gathered", style)
    flow += [_line("Received for this review", style.strong)]
    flow += _bullets(list(pack.views_received), style, "None received yet.")
    last = pack.reviews[-1] if pack.reviews else None
    if last is not None:
        flow += [gap(style, 0.3), _line(f"At the last review ({english_date(last.held_on)})", style.strong)]
        flow.append(
            _line(f"The family's views: {last.meeting.family_views or 'not written down.'}", style.body)
        )
        flow.append(
            _line(f"The child's views: {last.meeting.child_views or 'not written down.'}", style.body)
        )
    return flow


def _progress(pack: AnnualReviewPack, style: PrintStyle) -> list[Flowable]:
    flow = _heading("Progress on each target at the last review", style)
    if not pack.reviews:
        return [*flow, _line("The plan has not been reviewed yet.", style.muted)]
    for progress in pack.reviews[-1].meeting.progress:
        parts: list[Flowable] = [
            _line(f"{progress.target}: {PROGRESS_WORDS[progress.progress]}", style.strong)
        ]
        if progress.note:
            parts.append(_line(progress.note, style.body))
        for evidence in progress.evidence:
            parts.append(_line(f"Evidence: {evidence.label}", style.muted))
        flow.append(Keep([*parts, gap(style, 0.3)]))
    return flow


def _reports(pack: AnnualReviewPack, style: PrintStyle) -> list[Flowable]:
    flow = _heading("Reports attached", style)
    reports = [(r.held_on, report) for r in pack.reviews for report in r.meeting.reports]
    if not reports:
        return [*flow, _line("No reports yet: bring them to the meeting.", style.muted)]
    for held_on, report in reports:
        flow.append(
            Keep(
                [
                    _line(
                        f"{report.title}, by {report.author or 'not named'} ({english_date(held_on)})",
                        style.strong,
                    ),
                    _line(report.summary or "No summary written.", style.body),
                    *([_line(f"File attached: {report.filename}", style.muted)] if report.filename else []),
                    gap(style, 0.3),
                ]
            )
        )
    return flow


def _history(pack: AnnualReviewPack, style: PrintStyle) -> list[Flowable]:
    flow = _heading("Reviews so far", style)
    if not pack.reviews:
        return [*flow, _line("None yet.", style.muted)]
    for review in pack.reviews:
        came = "; ".join(f"{a.name} ({a.detail or ROLE_WORDS[a.role]})" for a in review.meeting.attendees)
        flow.append(
            Keep(
                [
                    _line(
                        f"{english_date(review.held_on)}: version {review.reviewed_version} reviewed, "
                        f"version {review.next_version} made",
                        style.strong,
                    ),
                    _line(f"Came: {came}", style.body),
                    _line(f"Decisions: {review.meeting.decisions or 'none written.'}", style.body),
                    gap(style, 0.3),
                ]
            )
        )
    return flow


def review_pack_flowables(pack: AnnualReviewPack, style: PrintStyle = STYLE) -> list[Flowable]:
    pupil = pack.pupil
    due = f" The review is due on {english_date(pack.due_on)}." if pack.due_on else ""
    flow: list[Flowable] = [
        _line(f"Annual review of the EHC plan: {pupil.display_name}", style.title),
        _line(
            f"{pupil.display_name}, born {english_date(pupil.date_of_birth)}, {pack.class_name}. "
            f"Made on {pack.made_at:%d.%m.%Y} by {pack.made_by} for everyone coming to the meeting.{due}",
            style.body,
        ),
        rule(style, thick=True),
    ]
    for section in (_plan, _views, _progress, _reports, _history):
        part = section(pack, style)
        flow += [Keep(part[:4]), *part[4:]]
    return flow


def render_review_pack(pack: AnnualReviewPack) -> bytes:
    """The bundle as a PDF, A4, each page headed with the school and the child's name and numbered."""
    name = pack.pupil.display_name
    marks = PageMarks(
        school=pack.school_name,
        title=f"Annual review: {name}",
        footer=f"{name}  ·  {pack.made_at:%d.%m.%Y}",
        style=STYLE,
        book=BOOK,
    )
    return render([SetMarks(marks), *review_pack_flowables(pack)], f"Annual review: {name}").pdf
