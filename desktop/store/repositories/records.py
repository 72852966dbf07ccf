"""The requests register, the erasure register, the school's retention periods and photo-consent history."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.ids import new_id
from desktop.domain.linkbook import Method
from desktop.domain.pupils import PhotoConsent
from desktop.domain.records import ConsentChange, RecordKind, RecordsRequest, RequestKind, RequestStatus
from desktop.store.schema import PupilRow
from desktop.store.schema_records import ErasureRow, PhotoConsentRow, RecordsRequestRow, RetentionPolicyRow


def _request(row: RecordsRequestRow) -> RecordsRequest:
    return RecordsRequest(
        id=row.id,
        pupil_id=row.pupil_id,
        kind=RequestKind(row.kind),
        received_on=row.received_on,
        requester=row.requester,
        due_on=row.due_on,
        status=RequestStatus(row.status),
        answered_on=row.answered_on,
        export_file=row.export_file,
        refusal_reason=row.refusal_reason,
        note=row.note,
        recorded_by=row.recorded_by,
    )


class RequestRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, request: RecordsRequest) -> None:
        self.session.merge(
            RecordsRequestRow(
                id=request.id,
                pupil_id=request.pupil_id,
                kind=request.kind.value,
                received_on=request.received_on,
                requester=request.requester,
                due_on=request.due_on,
                status=request.status.value,
                answered_on=request.answered_on,
                export_file=request.export_file,
                refusal_reason=request.refusal_reason,
                note=request.note,
                recorded_by=request.recorded_by,
            )
        )

    def get(self, request_id: str) -> RecordsRequest | None:
        row = self.session.get(RecordsRequestRow, request_id)
        return None if row is None else _request(row)

    def all(self, status: RequestStatus | None = None, pupil_id: str | None = None) -> list[RecordsRequest]:
        """Oldest due first."""
        query = select(RecordsRequestRow).order_by(RecordsRequestRow.due_on, RecordsRequestRow.received_on)
        if status is not None:
            query = query.where(RecordsRequestRow.status == status.value)
        if pupil_id is not None:
            query = query.where(RecordsRequestRow.pupil_id == pupil_id)
        return [_request(r) for r in self.session.scalars(query)]

    def forget_export_files(self, pupil_id: str) -> int:
        """Blank the export file names of a pupil's requests (a name a person chose may name the child)."""
        result = self.session.execute(
            update(RecordsRequestRow).where(RecordsRequestRow.pupil_id == pupil_id).values(export_file="")
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]  # a DML statement's result is a CursorResult


@dataclass(frozen=True, slots=True)
class ErasureEntry:
    """A line of the erasure register: what went, never whom it was about by name."""

    erased_at: dt.datetime
    erased_by: str
    scope: str
    subject_id: str
    reason: str
    counts: dict[str, int]
    request_id: str | None = None
    id: str = field(default_factory=new_id)


class ErasureRegister:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: ErasureEntry) -> None:
        self.session.add(
            ErasureRow(
                id=entry.id,
                erased_at=entry.erased_at,
                erased_by=entry.erased_by,
                scope=entry.scope,
                subject_id=entry.subject_id,
                reason=entry.reason,
                request_id=entry.request_id,
                counts=dict(entry.counts),
            )
        )

    def entries(self) -> list[ErasureEntry]:
        rows = self.session.scalars(select(ErasureRow).order_by(ErasureRow.erased_at))
        return [
            ErasureEntry(
                id=r.id,
                erased_at=r.erased_at,
                erased_by=r.erased_by,
                scope=r.scope,
                subject_id=r.subject_id,
                reason=r.reason,
                counts={str(k): int(v) for k, v in r.counts.items()},
                request_id=r.request_id,
            )
            for r in rows
        ]


@dataclass(frozen=True, slots=True)
class PolicyOverride:
    kind: RecordKind
    years: int
    note: str


class RetentionPolicyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def overrides(self) -> dict[RecordKind, PolicyOverride]:
        rows = self.session.scalars(select(RetentionPolicyRow))
        return {
            RecordKind(r.record_kind): PolicyOverride(RecordKind(r.record_kind), r.years, r.note)
            for r in rows
        }

    def save(self, override: PolicyOverride, now: dt.datetime, by: str) -> None:
        self.session.merge(
            RetentionPolicyRow(
                record_kind=override.kind.value,
                years=override.years,
                note=override.note,
                updated_at=now,
                updated_by=by,
            )
        )

    def remove(self, kind: RecordKind) -> None:
        row = self.session.get(RetentionPolicyRow, kind.value)
        if row is not None:
            self.session.delete(row)


class PhotoConsentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, change: ConsentChange) -> None:
        """Keep the change in the history and set it on the pupil, where every reader finds it."""
        self.session.add(
            PhotoConsentRow(
                id=change.id,
                pupil_id=change.pupil_id,
                consent=change.consent.value,
                given_by=change.given_by,
                method=change.method.value,
                recorded_at=change.recorded_at,
                recorded_by=change.recorded_by,
            )
        )
        self.session.execute(
            update(PupilRow).where(PupilRow.id == change.pupil_id).values(photo_consent=change.consent.value)
        )

    def history(self, pupil_id: str) -> list[ConsentChange]:
        rows = self.session.scalars(
            select(PhotoConsentRow)
            .where(PhotoConsentRow.pupil_id == pupil_id)
            .order_by(PhotoConsentRow.recorded_at)
        )
        return [
            ConsentChange(
                id=r.id,
                pupil_id=r.pupil_id,
                consent=PhotoConsent(r.consent),
                given_by=r.given_by,
                method=Method(r.method),
                recorded_at=r.recorded_at,
                recorded_by=r.recorded_by,
            )
            for r in rows
        ]

    def consents(self, pupil_ids: list[str]) -> dict[str, tuple[str, PhotoConsent]]:
        """Each pupil's display name and current consent."""
        rows: Any = self.session.execute(
            select(
                PupilRow.id,
                PupilRow.preferred_first_name,
                PupilRow.legal_first_name,
                PupilRow.preferred_last_name,
                PupilRow.legal_last_name,
                PupilRow.photo_consent,
            ).where(PupilRow.id.in_(pupil_ids))
        )
        return {
            pid: (f"{pf or lf} {pl or ll}", PhotoConsent(consent)) for pid, pf, lf, pl, ll, consent in rows
        }
