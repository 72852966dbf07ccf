"""Subject access: everything held about one pupil, as a PDF a parent can read and a JSON file of the
same records, in one zip written atomically (temp file beside it, fsync, rename).

The records are gathered in one read transaction, so the PDF and the JSON agree with each other and with
a single moment of the database. The export is audited; the audit detail holds counts only, never the
file's name (a name a person chose may name the child, and must not outlive an erasure).
"""

import dataclasses
import datetime as dt
import enum
import json
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.ids import new_id
from desktop.domain.records import RequestStatus
from desktop.printing.subject_access import SubjectAccessRecord, render_subject_access
from desktop.services.context import ServiceContext
from desktop.store.atomic import atomic_writer
from desktop.store.errors import InvalidInput
from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.attachments import AttachmentRepository, PhotoTags
from desktop.store.repositories.audit import AuditRepository
from desktop.store.repositories.folders import WorkFolderRepository
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.plan_reviews import PlanReviewRepository
from desktop.store.repositories.records import PhotoConsentRepository, RequestRepository
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.staff_notes import StaffNotes

PDF_NAME = "subject-access.pdf"
JSON_NAME = "subject-access.json"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class SubjectAccessExport:
    path: Path
    export_id: str
    entries: int
    agreements: int
    folders: int
    attachments: int
    audit_events: int
    pdf_bytes: int


def plain(value: Any) -> Any:
    """Domain objects as JSON values: dataclasses as objects, enums by value, dates in ISO 8601."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(plain(v) for v in value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def record_json(record: SubjectAccessRecord) -> bytes:
    body = {"format": FORMAT, "kind": "linkbook subject access export", **plain(record)}
    body["staff_notes_review"] = (
        "Each of staff_notes was written for staff only and never went home: review it before disclosure."
        if record.staff_notes
        else ""
    )
    body["period"] = {
        "first_entry": record.entries[0].day.isoformat() if record.entries else None,
        "last_entry": record.entries[-1].day.isoformat() if record.entries else None,
    }
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


class SubjectAccessService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def gather(self, pupil_id: str) -> tuple[SubjectAccessRecord, dict[str, bytes]]:
        """Every record about the pupil, and the bytes of each of their photos and scans, and of the
        report files kept with their plans' reviews (by id)."""
        with self.vault.reading() as session:
            school = SchoolRepository(session)
            pupil = school.pupil(pupil_id)
            if pupil is None:
                raise InvalidInput("That pupil is not on roll in this school; check the name or UPN.")
            school_class = school.school_class(pupil.class_id)
            folders = WorkFolderRepository(session).for_pupil(pupil_id)
            agreements = tuple(AgreementRepository(session).for_pupil(pupil_id))
            cycle = PlanReviewRepository(session)
            plan_reviews = tuple(r for p in agreements for r in cycle.reviews(p.id))
            files = AttachmentRepository(session, self.vault.blobs)
            attachment_ids = list(
                dict.fromkeys(
                    [a for f in folders for i in f.items for a in i.attachment_ids]
                    + PhotoTags(session).photos_of(pupil_id)
                    + [r.attachment_id for v in plan_reviews for r in v.meeting.reports if r.attachment_id]
                )
            )
            attachments = [a for a in (files.get(i) for i in attachment_ids) if a is not None]
            contents = {a.id: files.read(a.id) for a in attachments}
            found = school.school()
            record = SubjectAccessRecord(
                school_name=found.name if found else "",
                made_at=self.context.now(),
                made_by=self.context.actor.name,
                pupil=pupil,
                class_name=school_class.name if school_class else "",
                family=tuple(school.family_of(pupil_id)),
                consent_history=tuple(PhotoConsentRepository(session).history(pupil_id)),
                entries=tuple(LinkBookRepository(session).entries_for_pupil(pupil_id)),
                agreements=agreements,
                folders=tuple(folders),
                attachments=tuple(attachments),
                requests=tuple(RequestRepository(session).all(pupil_id=pupil_id)),
                audit=tuple(AuditRepository(session).events(pupil_id)),
                staff_names={s.id: s.name for s in school.staff()},
                staff_notes=tuple(StaffNotes(session).of_pupil(pupil_id)),
                plan_assessments=tuple(a for p in agreements for a in cycle.assessments(p.id)),
                plan_reviews=plan_reviews,
            )
        return record, contents

    def export(self, pupil_id: str, destination: Path, request_id: str | None = None) -> SubjectAccessExport:
        """Write the zip; with request_id, that request is marked answered by it in the same transaction."""
        self.context.actor.require(Capability.EXPORT_RECORDS)
        if destination.suffix.lower() != ".zip":
            raise InvalidInput(f"{destination.name} does not end in .zip; give a file name like export.zip.")
        if destination.is_dir():
            raise InvalidInput(f"{destination} is a folder; give a file name inside it, like export.zip.")
        record, contents = self.gather(pupil_id)
        pdf = render_subject_access(record)
        data = record_json(record)
        export_id = new_id()
        summary = SubjectAccessExport(
            path=destination,
            export_id=export_id,
            entries=len(record.entries),
            agreements=len(record.agreements),
            folders=len(record.folders),
            attachments=len(record.attachments),
            audit_events=len(record.audit),
            pdf_bytes=len(pdf),
        )
        with self.vault.writing() as session:
            if request_id is not None:
                self._answer(session, request_id, pupil_id, destination.name)
            self.context.audit(
                session,
                AuditAction.EXPORTED,
                "subject_access",
                export_id,
                pupil_id,
                f"{summary.entries} entries, {summary.agreements} agreements, {summary.folders} folders, "
                f"{summary.attachments} files, {summary.audit_events} audit events",
            )
            # Written inside the transaction: if the file cannot be written, the audit event and the
            # request's answer roll back with it.
            with (
                atomic_writer(destination, 0o600) as handle,
                zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
            ):
                archive.writestr(PDF_NAME, pdf)
                archive.writestr(JSON_NAME, data)
                for attachment in record.attachments:
                    archive.writestr(
                        f"attachments/{attachment.id}-{Path(attachment.filename).name}",
                        contents[attachment.id],
                        zipfile.ZIP_STORED,
                    )
        return summary

    def _answer(self, session: Session, request_id: str, pupil_id: str, file_name: str) -> None:
        repo = RequestRepository(session)
        request = repo.get(request_id)
        if request is None or request.pupil_id != pupil_id:
            raise InvalidInput("That request is not about this pupil; `linkbook requests list` shows them.")
        if request.status is not RequestStatus.OPEN:
            raise InvalidInput(f"That request is already {request.status.value}.")
        repo.save(
            replace(
                request,
                status=RequestStatus.ANSWERED,
                answered_on=self.context.today(),
                export_file=file_name,
            )
        )
        self.context.audit(session, AuditAction.CHANGED, "records_request", request_id, pupil_id, "answered")
