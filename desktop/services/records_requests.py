"""The register of requests for a child's records: what was asked, by whom, when it is due, how it ended.

Deadlines are worked out here, not typed in, so a wrong date cannot be entered: one calendar month for
a subject access request, 15 school days on the school's own calendar for an educational record request
(desktop/domain/records.py). The register is in the encrypted database like every record.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.records import NoSchoolDaysAhead, RecordsRequest, RequestKind, RequestStatus, due_date
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.repositories.records import RequestRepository
from desktop.store.repositories.school import SchoolRepository


class RequestsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def due_date(self, kind: RequestKind, received_on: dt.date) -> dt.date:
        """When a request of this kind received that day must be answered."""
        with self.vault.reading() as session:
            calendar = CalendarRepository(session).calendar()
        try:
            return due_date(kind, received_on, calendar)
        except NoSchoolDaysAhead as exc:
            raise InvalidInput(str(exc)) from None

    def add(
        self,
        pupil_id: str,
        requester: str,
        kind: RequestKind,
        received_on: dt.date | None = None,
        note: str = "",
    ) -> RecordsRequest:
        """Enter a request as it arrives; its due date is counted from the day it was received."""
        self.context.actor.require(Capability.EXPORT_RECORDS)
        received_on = received_on or self.context.today()
        if not requester.strip():
            raise InvalidInput("Say who asked (their name, and how they are related to the child).")
        if received_on > self.context.today():
            raise InvalidInput("A request cannot have been received in the future; check the date.")
        due_on = self.due_date(kind, received_on)
        request = RecordsRequest(
            received_on=received_on,
            requester=requester.strip(),
            kind=kind,
            due_on=due_on,
            pupil_id=pupil_id,
            recorded_by=self.context.actor.name,
            note=note.strip(),
        )
        with self.vault.writing() as session:
            if SchoolRepository(session).pupil(pupil_id) is None:
                raise InvalidInput("That pupil is not on roll in this school; check the name or UPN.")
            RequestRepository(session).save(request)
            self.context.audit(
                session, AuditAction.CREATED, "records_request", request.id, pupil_id, f"{kind.value}"
            )
        return request

    def answer(self, request_id: str, export_file: str, answered_on: dt.date | None = None) -> RecordsRequest:
        """Close a request as answered, with the export that answered it."""
        if not export_file.strip():
            raise InvalidInput("Give the file name of the export sent in answer.")
        return self._close(
            request_id,
            lambda r, day: replace(
                r, status=RequestStatus.ANSWERED, answered_on=day, export_file=export_file.strip()
            ),
            answered_on,
        )

    def refuse(self, request_id: str, reason: str, on: dt.date | None = None) -> RecordsRequest:
        """Close a request as refused; the reason is kept (the requester must be told it)."""
        if not reason.strip():
            raise InvalidInput("Say why the request is refused; the person who asked must be told.")
        return self._close(
            request_id,
            lambda r, day: replace(
                r, status=RequestStatus.REFUSED, answered_on=day, refusal_reason=reason.strip()
            ),
            on,
        )

    def _close(
        self,
        request_id: str,
        change: Callable[[RecordsRequest, dt.date], RecordsRequest],
        day: dt.date | None,
    ) -> RecordsRequest:
        self.context.actor.require(Capability.EXPORT_RECORDS)
        day = day or self.context.today()
        if day > self.context.today():
            raise InvalidInput("That date has not come yet; give the day the answer went out.")
        with self.vault.writing() as session:
            repo = RequestRepository(session)
            request = repo.get(request_id)
            if request is None:
                raise InvalidInput("There is no request with that id; `linkbook requests list` shows them.")
            if request.status is not RequestStatus.OPEN:
                raise InvalidInput(f"That request is already {request.status.value}.")
            if day < request.received_on:
                raise InvalidInput("A request cannot be answered before it was received; check the date.")
            closed: RecordsRequest = change(request, day)
            repo.save(closed)
            self.context.audit(
                session,
                AuditAction.CHANGED,
                "records_request",
                request.id,
                request.pupil_id,
                closed.status.value,
            )
        return closed

    def request(self, request_id: str) -> RecordsRequest:
        with self.vault.reading() as session:
            found = RequestRepository(session).get(request_id)
        if found is None:
            raise InvalidInput("There is no request with that id; `linkbook requests list` shows them.")
        return found

    def requests(
        self, status: RequestStatus | None = None, pupil_id: str | None = None
    ) -> list[RecordsRequest]:
        """Oldest due first."""
        with self.vault.reading() as session:
            return RequestRepository(session).all(status, pupil_id)
