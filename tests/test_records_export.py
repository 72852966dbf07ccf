"""Subject-access export: one zip with a readable PDF and a JSON of everything held about one child, and
nothing about any other child."""

import datetime as dt
import io
import json
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.access import Actor
from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party, Target
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.plan_reviews import (
    Attendee,
    AttendeeRole,
    NextPlan,
    Progress,
    ReviewMeeting,
    TargetProgress,
)
from desktop.domain.pupils import PhotoConsent, Pupil
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import WorkItem
from desktop.printing.week import english_date
from desktop.services.agreements import AgreementService
from desktop.services.audit_log import AuditLogService
from desktop.services.consent import PhotoConsentService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.plan_reviews import PlanReviewService
from desktop.services.subject_access import JSON_NAME, PDF_NAME, SubjectAccessService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit import AuditRepository
from desktop.store.vault import Vault
from tests.conftest import TODAY
from tests.test_agreements_and_folders import png_bytes


@dataclass
class ChildRecords:
    """What a test wrote about one child, to look for in an export."""

    pupil: Pupil
    entries: list[LinkBookEntry]
    replies: list[str]
    versions: list[str]
    items: list[str]
    comment: str
    photo_id: str


def admin_context(vault: Vault) -> ServiceContext:
    return ServiceContext(vault, Actor("Mr Nowak-Osei (admin)", StaffRole.ADMIN), clock=lambda: TODAY)


def write_child_records(
    context: ServiceContext, pupil: Pupil, days: int, marker: str, colour: str = "#3a7"
) -> ChildRecords:
    """School days of entries (each with a reply, every other acknowledged), a signed two-version support
    plan, a folder with a photo, feedback, a mark and a family comment, and a photo-consent answer.
    `marker` is a word written into this child's records only."""
    linkbook = LinkBookService(context)
    entries, replies = [], []
    day = TODAY.date()
    while len(entries) < days:
        if day.weekday() < 5:
            entry = linkbook.save_entry(
                LinkBookEntry(
                    pupil_id=pupil.id,
                    day=day,
                    author_id=context.actor.name,
                    author_role=StaffRole.SENCO,
                    learning=f"{marker} day {len(entries) + 1}: fractions with paper strips.",
                    wins=f"{pupil.first_name} helped tidy the book corner.",
                )
            )
            reply = f"Dziękujemy, {marker} reply {len(entries) + 1} — شكرا"
            linkbook.add_reply(
                entry.id, reply, f"Parent of {pupil.first_name}", AuthorKind.FAMILY, Method.PAPER
            )
            if len(entries) % 2 == 0:
                linkbook.acknowledge(entry.id, f"Parent of {pupil.first_name}", Method.DIGITAL)
            entries.append(entry)
            replies.append(reply)
        day -= dt.timedelta(days=1)
    agreements = AgreementService(context)
    plan = agreements.create(
        pupil.id,
        DocumentKind.SUPPORT_PLAN,
        f"Support plan {marker}",
        DocumentContent(
            commitments=(Commitment(Party.SCHOOL, f"{marker}: a calm corner at lunchtime."),),
            targets=(Target(f"{marker}: ask for help with a card", dt.date(2027, 1, 15)),),
        ),
    )
    agreements.activate(plan.id)
    agreements.sign(
        plan.id, Party.FAMILY, f"Parent of {pupil.first_name}", Method.PAPER, dt.date(2026, 11, 2)
    )
    agreements.new_version(
        plan.id,
        DocumentContent(commitments=(Commitment(Party.SCHOOL, f"{marker}: ear defenders in assembly."),)),
        "Added ear defenders",
    )
    folders = WorkFolderService(context)
    photo = folders.attach(pupil.id, png_bytes(colour), f"{marker}-painting.png")
    folder = folders.open_folder(pupil.id, Period.week_of(TODAY.date()))
    items = [f"{marker} poem about autumn", f"{marker} number line"]
    for n, title in enumerate(items):
        folder = folders.add_item(
            folder.id,
            WorkItem(
                "English",
                title,
                TODAY.date(),
                feedback=f"{marker} feedback {n}",
                mark="Secure",
                attachment_ids=(photo.id,) if n == 0 else (),
            ),
        )
    comment = f"{marker}: she loved making this!"
    folders.add_family_comment(folder.id, comment, f"Parent of {pupil.first_name}", Method.PAPER)
    PhotoConsentService(context).record(pupil.id, PhotoConsent.GRANTED, f"Parent of {pupil.first_name}")
    return ChildRecords(pupil, entries, replies, ["Version 1", "Version 2"], items, comment, photo.id)


@pytest.fixture
def two_children(senco_context: ServiceContext, small_school) -> tuple[ChildRecords, ChildRecords]:
    zofia, ionut = small_school["pupils"][0], small_school["pupils"][4]
    return (
        write_child_records(senco_context, zofia, 6, "Kasztanowiec"),
        write_child_records(senco_context, ionut, 4, "Castravete"),
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_export_holds_everything_about_the_child_and_nothing_of_another(
    vault: Vault, two_children: tuple[ChildRecords, ChildRecords], tmp_path: Path
) -> None:
    zofia, ionut = two_children
    context = admin_context(vault)
    target = tmp_path / "out" / "request.zip"
    done = SubjectAccessService(context).export(zofia.pupil.id, target)

    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        pdf, body = archive.read(PDF_NAME), json.loads(archive.read(JSON_NAME))
        assert f"attachments/{zofia.photo_id}-Kasztanowiec-painting.png" in names
        assert archive.read(f"attachments/{zofia.photo_id}-Kasztanowiec-painting.png") == png_bytes("#3a7")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert done.entries == 6 and done.agreements == 1 and done.folders == 1

    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Records held about Zofia Wiśniewska" in text
    for entry in zofia.entries:
        assert english_date(entry.day) in flat
    for reply in zofia.replies:
        assert reply.split(" — ")[0] in flat, reply
    for title in zofia.items:
        assert title in flat
    assert "Kasztanowiec feedback 0" in flat and "Mark: Secure" in flat and zofia.comment in flat
    assert "Version 1 (superseded" not in flat  # a new draft leaves version 1 active
    assert "Version 1 (active" in flat and "Version 2 (draft" in flat
    assert "Signed by Parent of Zofia for the family (paper)" in flat
    assert "Kasztanowiec-painting.png" in flat

    # JSON: every record by id.
    assert [e["id"] for e in body["entries"]] == [e.id for e in sorted(zofia.entries, key=lambda e: e.day)]
    assert sorted(r["text"] for e in body["entries"] for r in e["replies"]) == sorted(zofia.replies)
    assert sum(len(e["acknowledgements"]) for e in body["entries"]) == 3
    [plan] = body["agreements"]
    assert [v["number"] for v in plan["versions"]] == [1, 2]
    assert plan["versions"][0]["signatures"][0]["signer_name"] == "Parent of Zofia"
    assert [i["title"] for f in body["folders"] for i in f["items"]] == zofia.items
    assert body["folders"][0]["family_comment"]["text"] == zofia.comment
    assert body["pupil"]["legal_last_name"] == "Wiśniewska" and body["pupil"]["upn"] == zofia.pupil.upn
    assert [c["consent"] for c in body["consent_history"]] == ["granted"]

    # Every audit event about her, in order, in both files.
    with vault.reading() as session:
        events = AuditRepository(session).events(zofia.pupil.id)
    exported_events = [e for e in events if e.action is not AuditAction.EXPORTED]
    assert [e["id"] for e in body["audit"]] == [e.id for e in exported_events]
    expected_lines = Counter(f"{e.at:%d.%m.%Y %H:%M} {e.actor} {e.action.value}" for e in exported_events)
    for line, times in expected_lines.items():
        assert flat.count(line) >= times, line

    # Nothing of Ionuț, nor of anyone else in the class.
    raw = json.dumps(body, ensure_ascii=False)
    assert ionut.pupil.legal_last_name not in raw and ionut.pupil.legal_last_name not in flat
    assert "Castravete" not in raw and "Castravete" not in flat
    assert all(entry.id not in raw for entry in ionut.entries)
    assert ionut.photo_id not in raw


def test_nobody_elses_names_in_an_export(vault: Vault, two_children, small_school, tmp_path: Path) -> None:
    zofia, _ = two_children
    target = tmp_path / "zofia.zip"
    SubjectAccessService(admin_context(vault)).export(zofia.pupil.id, target)
    with zipfile.ZipFile(target) as archive:
        raw = archive.read(JSON_NAME).decode("utf-8")
        flat = " ".join(pdf_text(archive.read(PDF_NAME)).split())
    for other in small_school["pupils"][1:]:
        for name in filter(None, (other.legal_first_name, other.legal_last_name, other.preferred_first_name)):
            assert name not in raw, name
        if other.legal_last_name.isascii():
            assert other.legal_last_name not in flat


def test_export_is_audited_and_answers_the_request(vault: Vault, two_children, tmp_path: Path) -> None:
    from desktop.domain.records import RequestKind, RequestStatus
    from desktop.services.records_requests import RequestsService
    from desktop.store.repositories.audit_query import AuditFilter

    zofia, _ = two_children
    context = admin_context(vault)
    request = RequestsService(context).add(
        zofia.pupil.id, "Parent of Zofia (mother)", RequestKind.SUBJECT_ACCESS
    )
    SubjectAccessService(context).export(zofia.pupil.id, tmp_path / "answer.zip", request.id)
    answered = RequestsService(context).request(request.id)
    assert answered.status is RequestStatus.ANSWERED and answered.export_file == "answer.zip"
    page = AuditLogService(context).page(AuditFilter(pupil_id=zofia.pupil.id, action=AuditAction.EXPORTED))
    assert page.total == 1
    [line] = page.lines
    assert line.pupil_name == "Zofia Wiśniewska" and line.event.actor == "Mr Nowak-Osei (admin)"
    assert "answer.zip" not in line.event.detail, "a file name may name the child; the audit must not keep it"


def test_a_failed_export_leaves_the_file_that_was_there(vault: Vault, two_children, tmp_path: Path) -> None:
    zofia, _ = two_children
    target = tmp_path / "export.zip"
    target.write_bytes(b"the export made last week")
    service = SubjectAccessService(admin_context(vault))
    with pytest.raises(InvalidInput, match="not on roll"):
        service.export("no-such-pupil", target)
    with pytest.raises(InvalidInput, match=r"does not end in \.zip"):
        service.export(zofia.pupil.id, tmp_path / "export.pdf")
    assert target.read_bytes() == b"the export made last week"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with vault.reading() as session:
        assert not any(e.action is AuditAction.EXPORTED for e in AuditRepository(session).events())


def test_a_teaching_assistant_may_not_export(vault: Vault, two_children, tmp_path: Path) -> None:
    zofia, _ = two_children
    assistant = ServiceContext(
        vault, Actor("Ms Achterberg", StaffRole.TEACHING_ASSISTANT), clock=lambda: TODAY
    )
    with pytest.raises(PermissionError, match="may not export records"):
        SubjectAccessService(assistant).export(zofia.pupil.id, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_export_of_a_demo_pupil_opens_and_holds_their_year(tmp_path: Path) -> None:
    from desktop.services.demo import build_demo_school
    from desktop.services.school import SchoolService

    vault = Vault.create(tmp_path / "demo", "demo passphrase, not real")
    try:
        build_demo_school(vault, classes=1, pupils_per_class=3, days=25, today=dt.date(2026, 11, 20), seed=5)
        context = admin_context(vault)
        pupils = SchoolService(context).pupils()
        child, others = pupils[0], pupils[1:]
        target = tmp_path / "demo-export.zip"
        SubjectAccessService(context).export(child.id, target)
        with zipfile.ZipFile(target) as archive:
            assert archive.testzip() is None
            body = json.loads(archive.read(JSON_NAME))
            reader = PdfReader(io.BytesIO(archive.read(PDF_NAME)))
            flat = " ".join("\n".join(page.extract_text() for page in reader.pages).split())
        timeline = LinkBookService(context).timeline(child.id)
        assert len(reader.pages) > 3 and len(body["entries"]) == len(timeline) > 10
        replies = [r for e in timeline for r in e.replies]
        for entry in timeline:
            assert english_date(entry.day) in flat
        # Text in shaped scripts (Urdu, Bengali) is drawn as glyphs a PDF reader cannot map back to
        # letters; those replies are counted in the PDF and read back whole from the JSON.
        assert flat.count("Reply from ") == len(replies) > 0
        for reply in replies:
            if reply.text.isascii():
                assert " ".join(reply.text.split())[:40] in flat
        assert sorted(r["text"] for e in body["entries"] for r in e["replies"]) == sorted(
            r.text for r in replies
        )
        with vault.reading() as session:
            events = AuditRepository(session).events(child.id)
        assert [e["id"] for e in body["audit"]] == [
            e.id for e in events if e.action is not AuditAction.EXPORTED
        ]
        raw = json.dumps(body, ensure_ascii=False)
        for other in others:
            assert other.id not in raw
            assert f"{other.legal_first_name} {other.legal_last_name}" not in raw
    finally:
        vault.close()


def test_export_holds_the_childs_plan_assessments_and_reviews(
    vault: Vault, senco_context: ServiceContext, small_school, tmp_path: Path
) -> None:
    zofia, ionut = small_school["pupils"][0], small_school["pupils"][4]
    target = "Ask for help with a card before getting stuck"
    agreements = AgreementService(senco_context)
    plan = agreements.create(
        zofia.id,
        DocumentKind.SUPPORT_PLAN,
        "Zofia's support plan",
        DocumentContent(targets=(Target(target),)),
    )
    agreements.activate(plan.id)
    reviews = PlanReviewService(senco_context)
    reviews.assess(plan.id, "Uses the help card in maths every day", "Forgets it in the playground")
    meeting = ReviewMeeting(
        held_on=TODAY.date(),
        attendees=(Attendee("Elżbieta Wiśniewska", AttendeeRole.FAMILY, "Mum"),),
        family_views="Zofia mówi, że karta pomaga — she says the card helps",
        child_views="I like the blue card best",
        progress=(TargetProgress(target, Progress.MET, (), "Every maths lesson"),),
        decisions="Take the card out to the playground too",
    )
    reviews.record_review(
        plan.id, meeting, NextPlan(targets=(Target("Show the card to a playground adult"),))
    )

    service = SubjectAccessService(senco_context)
    service.export(zofia.id, tmp_path / "zofia.zip")
    with zipfile.ZipFile(tmp_path / "zofia.zip") as archive:
        data = json.loads(archive.read(JSON_NAME))
        text = " ".join(pdf_text(archive.read(PDF_NAME)).split())
    assert [a["working"] for a in data["plan_assessments"]] == ["Uses the help card in maths every day"]
    [review] = data["plan_reviews"]
    assert review["reviewed_version"] == 1 and review["next_version"] == 2
    assert review["meeting"]["family_views"] == meeting.family_views
    assert review["meeting"]["progress"][0]["progress"] == Progress.MET.value
    assert "Support plan assessments and reviews (2)" in text
    assert "Not working: Forgets it in the playground" in text
    assert "The family's views: Zofia mówi, że karta pomaga" in text
    assert "Decisions: Take the card out to the playground too" in text

    service.export(ionut.id, tmp_path / "ionut.zip")
    with zipfile.ZipFile(tmp_path / "ionut.zip") as archive:
        other = json.loads(archive.read(JSON_NAME))
        other_text = " ".join(pdf_text(archive.read(PDF_NAME)).split())
    assert other["plan_assessments"] == [] and other["plan_reviews"] == []
    assert "Support plan assessments and reviews (0)" in other_text and "karta pomaga" not in other_text


def test_export_holds_the_files_of_the_reports_brought_to_a_review(
    vault: Vault, senco_context: ServiceContext, small_school, tmp_path: Path
) -> None:
    from desktop.domain.plan_reviews import Report

    zofia, ionut = small_school["pupils"][0], small_school["pupils"][4]
    target = "Ask for help with a card before getting stuck"
    agreements = AgreementService(senco_context)
    plan = agreements.create(
        zofia.id,
        DocumentKind.SUPPORT_PLAN,
        "Zofia's support plan",
        DocumentContent(targets=(Target(target),)),
    )
    agreements.activate(plan.id)
    reviews = PlanReviewService(senco_context)
    report_pdf = _pdf_with("Raport logopedy: Zofia Wiśniewska czyta płynniej")
    scan = png_bytes("teal")
    pdf_report = reviews.attach_report(
        plan.id,
        Report("Speech therapist's report", "Pani Kowalczyk", "Reads more fluently"),
        report_pdf,
        "logopeda-jesien.pdf",
    )
    scan_report = reviews.attach_report(plan.id, Report("OT letter", "Mr Adeyemi", ""), scan, "ot-letter.png")
    never_saved = reviews.attach_report(plan.id, Report("Draft", "", ""), b"%PDF-1.4 draft", "draft.pdf")
    meeting = ReviewMeeting(
        held_on=TODAY.date(),
        attendees=(Attendee("Elżbieta Wiśniewska", AttendeeRole.FAMILY, "Mum"),),
        family_views="She likes the card",
        child_views="",
        progress=(TargetProgress(target, Progress.MET, (), ""),),
        decisions="Keep the card",
        reports=(pdf_report, scan_report),
    )
    reviews.record_review(plan.id, meeting, NextPlan(targets=(Target("Show the card outside"),)))

    service = SubjectAccessService(senco_context)
    summary = service.export(zofia.id, tmp_path / "zofia.zip")
    with zipfile.ZipFile(tmp_path / "zofia.zip") as archive:
        names = archive.namelist()
        pdf_name = f"attachments/{pdf_report.attachment_id}-logopeda-jesien.pdf"
        scan_name = f"attachments/{scan_report.attachment_id}-ot-letter.png"
        assert archive.read(pdf_name) == report_pdf
        assert archive.read(scan_name) == scan
        data = json.loads(archive.read(JSON_NAME))
        text = " ".join(pdf_text(archive.read(PDF_NAME)).split())
    assert not any(never_saved.attachment_id in n for n in names), (
        "a file no saved review names is not theirs"
    )
    assert summary.attachments == 2
    [review] = data["plan_reviews"]
    assert [r["filename"] for r in review["meeting"]["reports"]] == ["logopeda-jesien.pdf", "ot-letter.png"]
    assert f"(its file in this export as {pdf_name})" in text
    assert "logopeda-jesien.pdf — application/pdf" in text

    service.export(ionut.id, tmp_path / "ionut.zip")
    with zipfile.ZipFile(tmp_path / "ionut.zip") as archive:
        assert not any(n.startswith("attachments/") for n in archive.namelist())


def _pdf_with(words: str) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, words)
    page.save()
    return out.getvalue()
