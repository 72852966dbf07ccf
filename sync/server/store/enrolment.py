"""The enrolment mailbox: invitations held open, requests to join, and the admin's approvals."""

from __future__ import annotations

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import EnrolmentApproval, EnrolmentRequest, RefusalReason
from sync.server.store.database import Database
from sync.server.store.tables import (
    enrolment_approvals,
    enrolment_requests,
    invitation_verifiers,
    invitations,
)

ENROLMENT_TTL_S = 14 * 24 * 3600
MAX_REQUESTS_PER_INVITATION = 5


class EnrolmentStore(Database):
    """Invitations (an id, an expiry and a verifier key: never the code), requests and approvals."""

    def open_invitation(self, invitation_id: str, expires_at_ms: int, verifier: bytes | None = None) -> None:
        """Hold an invitation open until it expires or is used (telling the server twice does no harm).

        An invitation's verifier key, once given, stays: a later notice cannot swap it."""
        with self._writing() as conn:
            if verifier is not None:
                held = conn.execute(
                    select(invitation_verifiers.c.invitation_id).where(
                        invitation_verifiers.c.invitation_id == invitation_id
                    )
                ).first()
                if held is None:
                    try:
                        with conn.begin_nested():
                            conn.execute(
                                insert(invitation_verifiers).values(
                                    invitation_id=invitation_id, verifier=verifier
                                )
                            )
                    except IntegrityError:
                        pass
            found = conn.execute(
                select(invitations.c.invitation_id).where(invitations.c.invitation_id == invitation_id)
            ).first()
            if found is None:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            insert(invitations).values(
                                invitation_id=invitation_id, expires_at=expires_at_ms, used_by=""
                            )
                        )
                except IntegrityError:
                    pass  # another process was told the same a moment before

    def invitation_verifier(self, invitation_id: str) -> bytes | None:
        """The invitation's verifier key; None for one opened by an admin device from before keys."""
        with self._reading() as conn:
            found = conn.execute(
                select(invitation_verifiers.c.verifier).where(
                    invitation_verifiers.c.invitation_id == invitation_id
                )
            ).scalar()
        return None if found is None else bytes(found)

    def enrolment_refusal(self, invitation_id: str, device_id: str) -> RefusalReason | None:
        """Why this device's request to join with this invitation is turned down, or None if it may wait
        (the invitation is open, or was approved for this very device)."""
        with self._reading() as conn:
            row = conn.execute(
                select(invitations.c.expires_at, invitations.c.used_by).where(
                    invitations.c.invitation_id == invitation_id
                )
            ).first()
        if row is None:
            return RefusalReason.UNKNOWN_INVITATION
        if row.used_by:
            return None if row.used_by == device_id else RefusalReason.USED
        return RefusalReason.EXPIRED if self._now_ms() > int(row.expires_at) else None

    def add_enrolment_request(self, request: EnrolmentRequest) -> bool:
        now = self._now_ms()
        with self._writing() as conn:
            conn.execute(
                delete(enrolment_requests).where(
                    enrolment_requests.c.created_at < now - ENROLMENT_TTL_S * 1000
                )
            )
            count = conn.execute(
                select(func.count())
                .select_from(enrolment_requests)
                .where(enrolment_requests.c.invitation_id == request.invitation_id)
            ).scalar_one()
            exists = conn.execute(
                select(enrolment_requests.c.device_id).where(
                    and_(
                        enrolment_requests.c.invitation_id == request.invitation_id,
                        enrolment_requests.c.device_id == request.device_id,
                    )
                )
            ).first()
            if exists is not None:
                return True
            if count >= MAX_REQUESTS_PER_INVITATION:
                return False
            conn.execute(
                insert(enrolment_requests).values(
                    invitation_id=request.invitation_id,
                    device_id=request.device_id,
                    payload=request.model_dump_json(),
                    created_at=now,
                )
            )
            return True

    def enrolment_requests(self) -> list[EnrolmentRequest]:
        with self._reading() as conn:
            rows = conn.execute(
                select(enrolment_requests.c.payload).order_by(enrolment_requests.c.created_at)
            )
            return [EnrolmentRequest.model_validate_json(p) for p in rows.scalars()]

    def put_approval(self, approval: EnrolmentApproval) -> None:
        with self._writing() as conn:
            conn.execute(
                delete(enrolment_approvals).where(
                    enrolment_approvals.c.invitation_id == approval.invitation_id
                )
            )
            conn.execute(
                insert(enrolment_approvals).values(
                    invitation_id=approval.invitation_id,
                    device_id=approval.registration.device_id,
                    payload=approval.model_dump_json(),
                )
            )
            conn.execute(
                delete(enrolment_requests).where(enrolment_requests.c.invitation_id == approval.invitation_id)
            )
            conn.execute(
                update(invitations)
                .where(invitations.c.invitation_id == approval.invitation_id)
                .values(used_by=approval.registration.device_id)
            )

    def approval(self, invitation_id: str) -> EnrolmentApproval | None:
        with self._reading() as conn:
            payload = conn.execute(
                select(enrolment_approvals.c.payload).where(
                    enrolment_approvals.c.invitation_id == invitation_id
                )
            ).scalar()
        return None if payload is None else EnrolmentApproval.model_validate_json(payload)
