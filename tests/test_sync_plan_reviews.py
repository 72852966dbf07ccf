"""A support plan's assessments and reviews reach the other staff devices of the pupil's class, through a
real server on 127.0.0.1, and never a family's device: the family sees the plan the review made only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.agreements import DocumentContent, DocumentKind, Target
from desktop.domain.plan_reviews import (
    Attendee,
    AttendeeRole,
    NextPlan,
    Progress,
    ReviewMeeting,
    TargetProgress,
)
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.plan_reviews import PlanReviewService
from desktop.services.sync.device import SyncTarget
from desktop.store.sync_store.store import VaultSyncStore
from sync.client import SyncEngine
from sync.crypto import decrypt_bundle
from sync.http import HttpTransport
from sync.merge import Change
from sync.payload import decode_payload
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import DesktopDevice, build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess

READING = "Lire un petit livre à voix haute, quatre soirs par semaine"
WORKING = "Reads to the teaching assistant every morning without prompting"
FAMILY_VIEWS = "Mum says the bedtime story is now the best part of Tomasz's day"


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


def _senco(device: DesktopDevice) -> ServiceContext:
    return ServiceContext(device.vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: TODAY)


def _opened_by(device: DesktopDevice, server_url: str) -> list[Change]:
    """Every record the server holds for this device's scopes, decrypted with the device's own keys."""
    engine = SyncEngine(VaultSyncStore(device.vault))
    opened: list[Change] = []
    with HttpTransport(server_url, engine.device) as transport:
        for scope_id in engine.keyring.scopes():
            cursor, more = "", True
            while more:
                page = transport.pull(scope_id, cursor, lambda _bundle_id: False)
                for _seq, bundle in page.bundles:
                    payload = decrypt_bundle(bundle, engine.keyring.get(bundle.scope_id, bundle.generation))
                    opened += decode_payload(payload, bundle.scope_id)
                cursor, more = page.cursor, page.more
    return opened


def test_a_review_reaches_the_class_teacher_and_no_family_device(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    child = pupils[0]
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(oak.id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(child.id,))

    senco = _senco(office)
    plans = AgreementService(senco)
    plan = plans.create(
        child.id, DocumentKind.SUPPORT_PLAN, "Support plan", DocumentContent(targets=(Target(READING),))
    )
    plans.activate(plan.id)
    reviews = PlanReviewService(senco)
    reviews.assess(plan.id, WORKING, "Still loses his place on a busy page")
    meeting = ReviewMeeting(
        held_on=TODAY.date(),
        attendees=(Attendee("Anna Kowalska", AttendeeRole.FAMILY, "Mum"),),
        family_views=FAMILY_VIEWS,
        child_views="J'aime les livres de dinosaures",
        progress=(TargetProgress(READING, Progress.MET, (), "Most evenings"),),
        decisions="Keep reading at home; add a target for writing",
    )
    _updated, review = reviews.record_review(
        plan.id, meeting, NextPlan(targets=(Target("Write two sentences about the story"),))
    )
    office.sync.sync_once()
    teacher.sync.sync_once()
    family.sync.sync_once()

    cycle = PlanReviewService(_senco(teacher)).cycle(plan.id)
    assert [a.working for a in cycle.assessments] == [WORKING]
    assert [r.id for r in cycle.reviews] == [review.id]
    assert cycle.reviews[0].meeting.family_views == FAMILY_VIEWS
    assert cycle.review_that_made(2) is not None

    assert family.scalar("SELECT count(*) FROM agreement_version") == 2, "the plan the review made went home"
    assert family.scalar("SELECT count(*) FROM plan_review") == 0
    assert family.scalar("SELECT count(*) FROM plan_assessment") == 0
    opened = _opened_by(family, fresh_server.url)
    kinds = {change.kind for change in opened}
    assert "agreement_version" in kinds
    assert not kinds & {"plan_review", "plan_assessment"}
    values = json.dumps([change.to_json() for change in opened], ensure_ascii=False)
    assert WORKING not in values and FAMILY_VIEWS not in values


def _report_pdf(words: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setPageCompression(0)
    page.drawString(72, 720, words)
    page.save()
    return out.getvalue()


def test_a_reviews_report_file_reaches_the_other_staff_device_and_never_a_family_device(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    import sqlite3

    from desktop.domain.plan_reviews import Report
    from sync.transport import Refused

    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    child = pupils[0]
    found_admin(office, SyncTarget(server_url=fresh_server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    enrol(office, teacher, fresh_server.url, DeviceRole.STAFF, class_ids=(oak.id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, fresh_server.url, DeviceRole.FAMILY, pupil_ids=(child.id,))

    senco = _senco(office)
    plans = AgreementService(senco)
    plan = plans.create(
        child.id, DocumentKind.SUPPORT_PLAN, "Support plan", DocumentContent(targets=(Target(READING),))
    )
    plans.activate(plan.id)
    reviews = PlanReviewService(senco)
    words = "Rapport de l'orthophoniste : Zofia lit avec plus d'aisance"
    data = _report_pdf(words)
    report = reviews.attach_report(
        plan.id,
        Report("Speech and language report", "Mme Nguyễn Thị Lan", "Reads aloud more fluently"),
        data,
        "orthophonie-2026.pdf",
    )
    office.sync.sync_once()
    teacher.sync.sync_once()
    assert teacher.scalar("SELECT count(*) FROM attachment") == 0, "a file no saved review names stays here"

    meeting = ReviewMeeting(
        held_on=TODAY.date(),
        attendees=(Attendee("Anna Kowalska", AttendeeRole.FAMILY, "Mum"),),
        family_views=FAMILY_VIEWS,
        child_views="J'aime les livres de dinosaures",
        progress=(TargetProgress(READING, Progress.MET, (), "Most evenings"),),
        decisions="Keep reading at home",
        reports=(report,),
    )
    reviews.record_review(plan.id, meeting, NextPlan(targets=(Target("Write two sentences"),)))
    office.sync.sync_once()
    teacher.sync.sync_once()
    family.sync.sync_once()

    [kept] = PlanReviewService(_senco(teacher)).cycle(plan.id).reviews[0].meeting.reports
    assert kept.filename == "orthophonie-2026.pdf"
    assert PlanReviewService(_senco(teacher)).report_file(kept) == data, (
        "the same bytes on the teacher's device"
    )
    with sqlite3.connect(fresh_server.data_dir / "server.db") as db:
        assert db.execute("SELECT count(*) FROM blobs WHERE complete = 1").fetchone()[0] == 1
    server_bytes = b"".join(p.read_bytes() for p in fresh_server.data_dir.rglob("*") if p.is_file())
    assert words.encode() not in server_bytes and b"orthophonie-2026.pdf" not in server_bytes

    assert family.scalar("SELECT count(*) FROM plan_review") == 0
    assert family.scalar("SELECT count(*) FROM attachment") == 0
    family_files = [p for p in family.vault.blobs.root.rglob("*") if p.is_file()]
    assert family_files == [], "no report file on the family's device, even encrypted"
    opened = _opened_by(family, fresh_server.url)
    assert "review_report" not in {change.kind for change in opened}
    assert "orthophonie" not in json.dumps([c.to_json() for c in opened], ensure_ascii=False)
    [teacher_record] = [
        r for r in _opened_by(teacher, fresh_server.url) if r.kind == "review_report" and r.field == "blob_id"
    ]
    family_engine = SyncEngine(VaultSyncStore(family.vault))
    with HttpTransport(fresh_server.url, family_engine.device) as transport, pytest.raises(Refused):
        transport.download_blob(teacher_record.scope_id, str(teacher_record.value))


def test_a_teacher_enrolled_before_the_admins_first_sync_receives_the_classs_plans_and_reviews(
    tmp_path: Path, fresh_server: ServerProcess
) -> None:
    """The order a school reported: sync founded, a teacher's device enrolled, only then the admin's first
    sync (which makes the scopes), then the teacher's. The teacher still gets the agreements, support
    plans and reviews of their class, and nothing of the other class; a family's device enrolled in the
    same order gets its child's agreement, and no review."""
    from desktop.domain.agreements import Commitment, Party

    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    in_oak = [p for p in pupils if p.class_id == oak.id]
    elsewhere = [p for p in pupils if p.class_id != oak.id]
    senco = _senco(office)
    plans = AgreementService(senco)
    agreement = plans.create(
        in_oak[1].id,
        DocumentKind.AGREEMENT,
        "Home-school agreement",
        DocumentContent(commitments=(Commitment(Party.FAMILY, "Read together four evenings a week"),)),
    )
    plans.activate(agreement.id)
    plan = plans.create(
        in_oak[0].id, DocumentKind.SUPPORT_PLAN, "Support plan", DocumentContent(targets=(Target(READING),))
    )
    plans.activate(plan.id)
    other_plan = plans.create(
        elsewhere[0].id, DocumentKind.SUPPORT_PLAN, "Ash plan", DocumentContent(targets=(Target("Count"),))
    )
    plans.activate(other_plan.id)
    reviews = PlanReviewService(senco)
    reviews.assess(plan.id, WORKING, "Loses his place")
    meeting = ReviewMeeting(
        held_on=TODAY.date(),
        attendees=(Attendee("Anna Kowalska", AttendeeRole.FAMILY, "Mum"),),
        family_views=FAMILY_VIEWS,
        child_views="",
        progress=(TargetProgress(READING, Progress.MET, (), ""),),
        decisions="Keep going",
    )
    _updated, review = reviews.record_review(plan.id, meeting, NextPlan(targets=(Target("Write"),)))

    found_admin(office, SyncTarget(server_url=fresh_server.url))
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(oak.id,), label="teacher")
    assert not teacher.joining.join(slip.code, SyncTarget(server_url=fresh_server.url))
    family = open_device(tmp_path, "family")
    family_slip = office.joining.invite(DeviceRole.FAMILY, pupil_ids=(in_oak[1].id,), label="family")
    assert not family.joining.join(family_slip.code, SyncTarget(server_url=fresh_server.url))
    assert {d.device_id for d in office.joining.approve()} == {
        teacher.sync.status().device_id,
        family.sync.status().device_id,
    }
    office.sync.sync_once()  # the admin's first sync, after the teacher and the family were let in
    teacher.sync.sync_once()
    family.sync.sync_once()

    agreement_ids = {row[0] for row in _rows(teacher, "SELECT id FROM agreement")}
    assert agreement_ids == {agreement.id, plan.id}, "the class's agreement and plan, not the other class's"
    assert teacher.scalar("SELECT count(*) FROM agreement_version WHERE agreement_id = ?", plan.id) == 2
    cycle = PlanReviewService(_senco(teacher)).cycle(plan.id)
    assert [r.id for r in cycle.reviews] == [review.id]
    assert [a.working for a in cycle.assessments] == [WORKING]
    assert teacher.scalar("SELECT count(*) FROM plan_review WHERE agreement_id = ?", other_plan.id) == 0

    # The family's device, let in before the scopes existed too, gets its own child's agreement only.
    assert {row[0] for row in _rows(family, "SELECT id FROM agreement")} == {agreement.id}
    assert {row[0] for row in _rows(family, "SELECT id FROM pupil")} == {in_oak[1].id}
    assert family.scalar("SELECT count(*) FROM plan_review") == 0
    assert family.scalar("SELECT count(*) FROM plan_assessment") == 0
    assert "plan_review" not in {c.kind for c in _opened_by(family, fresh_server.url)}


def _rows(device: DesktopDevice, sql: str) -> list[tuple[object, ...]]:
    with device.vault.reading() as session:
        return [tuple(r) for r in session.connection().exec_driver_sql(sql).fetchall()]
