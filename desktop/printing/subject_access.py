"""Everything a school holds about one child, as a readable PDF: the answer to a subject access request
or a request for the educational record.

In the order a parent would look for things: the child and their family, photo consent, the link book
day by day with every reply and acknowledgement, each agreement and plan with every version and its
signatures, the support plans' assessments and review meetings, the work folders with feedback, marks
and the family's comments, the files held, the requests made, and every audit event about the child.
Names and text in any script are set by desktop/printing/text.py, like every other printed document.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from reportlab.platypus import Flowable

from desktop.domain.agreements import Agreement, DocumentContent, DocumentVersion, Party
from desktop.domain.attachments import Attachment
from desktop.domain.audit import AuditEvent
from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.plan_reviews import Assessment, PlanReview
from desktop.domain.pupils import Pupil
from desktop.domain.records import ConsentChange, RecordsRequest
from desktop.domain.staff_notes import StaffNote
from desktop.domain.work_folders import WorkFolder
from desktop.printing.blocks import Keep, gap, labelled, rule
from desktop.printing.folder import period_words
from desktop.printing.layout import PageMarks, SetMarks, render
from desktop.printing.phrases import Phrasebook
from desktop.printing.styles import NORMAL, PrintStyle
from desktop.printing.text import Text
from desktop.printing.week import english_date, sections_flowables

STYLE = NORMAL
BOOK = Phrasebook()


@dataclass(frozen=True, slots=True)
class SubjectAccessRecord:
    """What the school holds about one child, gathered in one read of the database."""

    school_name: str
    made_at: dt.datetime
    made_by: str
    pupil: Pupil
    class_name: str
    family: tuple[FamilyMember, ...] = ()
    consent_history: tuple[ConsentChange, ...] = ()
    entries: tuple[LinkBookEntry, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    folders: tuple[WorkFolder, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    requests: tuple[RecordsRequest, ...] = ()
    audit: tuple[AuditEvent, ...] = ()
    staff_names: Mapping[str, str] = field(default_factory=dict)
    """Staff ids to names, so an entry says who wrote it."""
    staff_notes: tuple[StaffNote, ...] = ()
    """Staff-only notes on entries: never shared with the family, so each is to be reviewed before
    disclosure (some may be withheld under the exemptions the school's procedure names)."""
    plan_assessments: tuple[Assessment, ...] = ()
    """The assessments of the child's support plans (what is working, what is not, the evidence)."""
    plan_reviews: tuple[PlanReview, ...] = ()
    """The review meetings of the child's support plans: who came, the views, progress, decisions."""


def _words(value: object) -> str:
    return str(value).replace("_", " ")


def _when(moment: dt.datetime) -> str:
    return f"{moment:%d.%m.%Y %H:%M}"


def _heading(text: str, style: PrintStyle) -> list[Flowable]:
    return [gap(style), Text(text, style.heading, space_after=style.gap / 2)]


def _facts(pairs: list[tuple[str, str]], style: PrintStyle) -> list[Flowable]:
    return [Text(f"{label}: {value}", style.body) for label, value in pairs if value]


def _pupil(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    pupil = record.pupil
    flow = _heading("The child", style)
    flow += _facts(
        [
            ("Legal name", f"{pupil.legal_first_name} {pupil.legal_last_name}"),
            ("Known as", pupil.display_name),
            ("Date of birth", english_date(pupil.date_of_birth)),
            ("Unique pupil number", pupil.upn),
            ("Class", record.class_name),
            ("Special educational needs", _words(pupil.sen_status.name).capitalize()),
            ("First language (DfE code)", pupil.first_language),
            ("Photo consent", _words(pupil.photo_consent.value)),
        ],
        style,
    )
    flow += _heading("Family and contacts", style)
    if not record.family:
        flow.append(Text("No family members are recorded.", style.muted))
    for member in record.family:
        lines = [
            f"{member.name} ({_words(member.relationship.name).lower()}, contact {member.contact_order})",
            f"Parental responsibility: {'yes' if member.parental_responsibility else 'no'}; "
            f"hears from school by {member.channel.value}; home language {member.home_language}"
            + ("; large print" if member.large_print else ""),
        ]
        if member.phone or member.email:
            lines.append("  ".join(v for v in (member.phone, member.email) if v))
        if member.household:
            lines.append(f"Household: {member.household}")
        if member.devices:
            lines.append(f"Devices at home: {', '.join(sorted(d.value for d in member.devices))}")
        flow.append(Keep([Text(line, style.body) for line in lines] + [gap(style, 0.5)]))
    if record.consent_history:
        flow += _heading("Photo consent history", style)
        flow += [
            Text(
                f"{_when(c.recorded_at)}: {_words(c.consent.value)}, given by {c.given_by or '-'} "
                f"({c.method.value}), recorded by {c.recorded_by}",
                style.body,
            )
            for c in record.consent_history
        ]
    return flow


def _entry(entry: LinkBookEntry, staff: Mapping[str, str], style: PrintStyle) -> list[Flowable]:
    author = staff.get(entry.author_id, entry.author_id)
    head = Text(
        f"{english_date(entry.day)} — written by {author} ({_words(entry.author_role.value)})", style.strong
    )
    flow: list[Flowable] = [head]
    for phrase, text in entry.texts():
        if text.strip():
            flow += labelled(BOOK, phrase, text, style)
    flow += sections_flowables(entry.sections, BOOK, style)
    for reply in entry.replies:
        how = "on paper" if reply.method.value == "paper" else "in the app"
        typed = f", typed in by {reply.recorded_by}" if reply.recorded_by else ""
        # The reply is a paragraph of its own, so a reply in Urdu or Arabic is set right to left.
        flow += [
            Text(
                f"Reply from {reply.author_name} ({reply.author_kind.value}, {how}{typed}), "
                f"{_when(reply.written_at)}:",
                style.label,
            ),
            Text(reply.text, style.body, space_after=2),
        ]
    for ack in entry.acknowledgements:
        flow.append(Text(f"Read by {ack.by_name} ({ack.method.value}), {_when(ack.at)}", style.muted))
    return [Keep(flow), rule(style)]


def _content(content: DocumentContent, style: PrintStyle) -> list[Flowable]:
    flow: list[Flowable] = []
    profile = content.profile
    for label, text in (
        ("All about me", profile.all_about_me),
        ("What is important to me", profile.important_to_me),
        ("How best to support me", profile.how_to_support_me),
    ):
        if text.strip():
            flow.append(Text(f"{label}: {text}", style.body))
    for party in Party:
        for commitment in content.commitments_of(party):
            flow.append(Text(f"The {party.value} will: {commitment.text}", style.body))
    for target in content.targets:
        review = f" (review {english_date(target.review_date)})" if target.review_date else ""
        progress = f" Progress: {target.progress}" if target.progress else ""
        flow.append(Text(f"Target: {target.text}{review}.{progress}", style.body))
    for outcome in content.outcomes:
        flow.append(Text(f"Outcome: {outcome}", style.body))
    for provision in content.provision:
        flow.append(Text(f"Provision: {provision.what}; {provision.who}; {provision.how_often}", style.body))
    if content.review_date:
        flow.append(Text(f"Review date: {english_date(content.review_date)}", style.body))
    return flow


def _version(version: DocumentVersion, style: PrintStyle) -> list[Flowable]:
    head = (
        f"Version {version.number} ({version.status.value}), made {_when(version.created_at)} "
        f"by {version.created_by}"
    )
    flow: list[Flowable] = [Text(head, style.strong)]
    if version.change_note:
        flow.append(Text(f"What changed: {version.change_note}", style.muted))
    flow += _content(version.content, style)
    if not version.signatures:
        flow.append(Text("Not signed.", style.muted))
    for signature in version.signatures:
        flow.append(
            Text(
                f"Signed by {signature.signer_name} for the {signature.party.value} "
                f"({signature.method.value}) on {english_date(signature.signed_on)}",
                style.body,
            )
        )
    return [*flow, gap(style, 0.5)]


def _agreements(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    flow = _heading(f"Agreements, support plans and profiles ({len(record.agreements)})", style)
    if not record.agreements:
        flow.append(Text("None.", style.muted))
    for agreement in record.agreements:
        flow.append(Text(f"{agreement.title} — {_words(agreement.kind.value)}", style.strong))
        for version in agreement.versions:
            flow += _version(version, style)
        flow.append(rule(style))
    return flow


def _assessment(assessment: Assessment, style: PrintStyle) -> list[Flowable]:
    flow: list[Flowable] = [
        Text(
            f"Assessment of version {assessment.version_number}, {english_date(assessment.assessed_on)}, "
            f"by {assessment.assessed_by}",
            style.strong,
        )
    ]
    if assessment.working:
        flow.append(Text(f"Working: {assessment.working}", style.body))
    if assessment.not_working:
        flow.append(Text(f"Not working: {assessment.not_working}", style.body))
    if assessment.evidence:
        flow.append(Text("Evidence: " + "; ".join(e.label for e in assessment.evidence), style.muted))
    return flow


def _review(review: PlanReview, style: PrintStyle) -> list[Flowable]:
    meeting = review.meeting
    flow: list[Flowable] = [
        Text(
            f"Review of version {review.reviewed_version}, held {english_date(meeting.held_on)} "
            f"(made version {review.next_version}; next review {english_date(review.next_review_date)})",
            style.strong,
        ),
        Text(f"Recorded by {review.recorded_by}, {_when(review.recorded_at)}", style.muted),
    ]
    if meeting.attendees:
        came = ", ".join(f"{a.name} ({a.detail or _words(a.role.value)})" for a in meeting.attendees)
        flow.append(Text(f"Who came: {came}", style.body))
    if meeting.family_views:
        flow.append(Text(f"The family's views: {meeting.family_views}", style.body))
    if meeting.child_views:
        flow.append(Text(f"The child's views: {meeting.child_views}", style.body))
    for progress in meeting.progress:
        line = f"{progress.target}: {_words(progress.progress.value)}"
        if progress.note:
            line += f" ({progress.note})"
        if progress.evidence:
            line += "; evidence: " + "; ".join(e.label for e in progress.evidence)
        flow.append(Text(line, style.body))
    if meeting.decisions:
        flow.append(Text(f"Decisions: {meeting.decisions}", style.body))
    for report in meeting.reports:
        line = f"Report: {report.title}, by {report.author}: {report.summary}"
        if report.attachment_id:
            name = PurePath(report.filename).name
            line += f" (its file in this export as attachments/{report.attachment_id}-{name})"
        flow.append(Text(line, style.body))
    return flow


def _plan_cycle(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    count = len(record.plan_assessments) + len(record.plan_reviews)
    flow = _heading(f"Support plan assessments and reviews ({count})", style)
    if not count:
        flow.append(Text("None.", style.muted))
    titles = {a.id: a.title for a in record.agreements}
    for agreement_id in dict.fromkeys(
        [a.agreement_id for a in record.plan_assessments] + [r.agreement_id for r in record.plan_reviews]
    ):
        flow.append(Text(titles.get(agreement_id, "A support plan"), style.label))
        steps: list[tuple[dt.date, list[Flowable]]] = [
            (a.assessed_on, _assessment(a, style))
            for a in record.plan_assessments
            if a.agreement_id == agreement_id
        ]
        steps += [
            (r.meeting.held_on, _review(r, style))
            for r in record.plan_reviews
            if r.agreement_id == agreement_id
        ]
        for _on, parts in sorted(steps, key=lambda step: step[0]):
            flow += [*parts, gap(style, 0.5)]
        flow.append(rule(style))
    return flow


def _folders(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    files = {a.id: a.filename for a in record.attachments}
    flow = _heading(f"Work folders ({len(record.folders)})", style)
    if not record.folders:
        flow.append(Text("None.", style.muted))
    for folder in record.folders:
        parts: list[Flowable] = [Text(f"{period_words(folder.period)} — {folder.status.value}", style.strong)]
        for number, item in enumerate(folder.items, start=1):
            line = f"{number}. {item.subject}: {item.title} ({english_date(item.done_on)})"
            parts.append(Text(line, style.body))
            if item.feedback:
                parts.append(Text(f"Feedback: {item.feedback}", style.body))
            if item.mark:
                parts.append(Text(f"Mark: {item.mark}", style.body))
            if item.attachment_ids:
                names = ", ".join(files.get(a, a) for a in item.attachment_ids)
                parts.append(Text(f"Files: {names}", style.muted))
        comment = folder.family_comment
        if comment:
            parts.append(
                Text(
                    f"Family comment from {comment.by_name} ({comment.method.value}), {_when(comment.at)}: "
                    f"{comment.text}",
                    style.body,
                )
            )
        flow += [*parts, rule(style)]
    return flow


def _attachments(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    flow = _heading(f"Photos and scans held ({len(record.attachments)})", style)
    if not record.attachments:
        flow.append(Text("None.", style.muted))
    flow += [
        Text(
            f"{a.filename} — {a.media_type}, {a.size:,} bytes, added {_when(a.created_at)} "
            f"(in this export as attachments/{a.id}-{a.filename})",
            style.body,
        )
        for a in record.attachments
    ]
    return flow


def _requests(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    flow = _heading(f"Requests for this child's records ({len(record.requests)})", style)
    if not record.requests:
        flow.append(Text("None before this one.", style.muted))
    for request in record.requests:
        end = ""
        if request.answered_on:
            end = f"; {request.status.value} on {english_date(request.answered_on)}"
        if request.refusal_reason:
            end += f" ({request.refusal_reason})"
        flow.append(
            Text(
                f"{english_date(request.received_on)}: {request.kind.label}, from {request.requester}; "
                f"due {english_date(request.due_on)}{end}",
                style.body,
            )
        )
    return flow


STAFF_NOTES_HEADING = "Staff-only notes: review each before disclosure"


def _staff_notes(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    if not record.staff_notes:
        return []
    days = {e.id: e.day for e in record.entries}
    flow = _heading(f"{STAFF_NOTES_HEADING} ({len(record.staff_notes)})", style)
    flow.append(
        Text(
            "These notes were written for colleagues and never went home. Review each one before this "
            "export is disclosed: remove it from the copy given out only where the school's procedure "
            "allows an exemption.",
            style.muted,
            space_after=style.gap / 2,
        )
    )
    for note in record.staff_notes:
        day = days.get(note.entry_id)
        about = f"entry of {english_date(day)}" if day else "an entry"
        flow.append(Text(f"[To review] {about}, {note.written_by}, {_when(note.written_at)}:", style.label))
        flow.append(Text(note.text, style.body, space_after=style.gap / 2))
    return flow


def _audit(record: SubjectAccessRecord, style: PrintStyle) -> list[Flowable]:
    flow = _heading(
        f"Who has viewed, changed, printed or exported these records ({len(record.audit)})", style
    )
    flow.append(
        Text(
            "Every event of the school's tamper-evident audit trail that concerns this child, oldest first.",
            style.muted,
            space_after=style.gap / 2,
        )
    )
    flow += [
        Text(
            f"{_when(e.at)}  {e.actor}  {e.action.value} {_words(e.record_kind)}"
            + (f" ({e.detail})" if e.detail else ""),
            style.small,
        )
        for e in record.audit
    ]
    return flow


def _kept_with_heading(section: list[Flowable]) -> list[Flowable]:
    """A section's heading (a gap and a title) never ends a page alone: it goes with what follows it."""
    if len(section) < 3:
        return section
    return [Keep(section[:3]), *section[3:]]


def subject_access_flowables(record: SubjectAccessRecord, style: PrintStyle = STYLE) -> list[Flowable]:
    name = record.pupil.display_name
    link_book = _heading(f"Link book ({len(record.entries)} entries)", style)
    if not record.entries:
        link_book.append(Text("No entries.", style.muted))
    for entry in record.entries:
        link_book += _entry(entry, record.staff_names, style)
    flow: list[Flowable] = [
        Text(
            f"Everything {record.school_name or 'the school'} holds about {name} in Linkbook, made on "
            f"{_when(record.made_at)} by {record.made_by}. The same records are in the JSON file beside "
            "this one, and the photos and scans in the attachments folder.",
            style.body,
        ),
        rule(style, thick=True),
        *_pupil(record, style),
    ]
    for section in (
        link_book,
        _agreements(record, style),
        _plan_cycle(record, style),
        _folders(record, style),
        _attachments(record, style),
        _requests(record, style),
        _staff_notes(record, style),
        _audit(record, style),
    ):
        flow += _kept_with_heading(section)
    return flow


def render_subject_access(record: SubjectAccessRecord) -> bytes:
    """The PDF, A4, each page headed with the school and the child's name and numbered."""
    name = record.pupil.display_name
    marks = PageMarks(
        school=record.school_name,
        title=f"Records held about {name}",
        footer=f"{name}  ·  {record.made_at:%d.%m.%Y}",
        style=STYLE,
        book=BOOK,
    )
    flow = [SetMarks(marks), *subject_access_flowables(record)]
    return render(flow, f"Records held about {name}").pdf
