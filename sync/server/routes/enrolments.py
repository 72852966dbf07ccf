"""The enrolment mailbox: a new device's request goes to the admin, the approval comes back.

The admin device first tells the server which invitations it holds open (their ids, derived from the
codes, and when they expire). A request that answers none of them, a used one or an expired one is
refused at once, with the reason in the `X-Linkbook-Reason` header, so a device that typed a wrong
code is told so instead of waiting; a device already waiting can ask the same at any time. An admin
device that issued an invitation while it could not reach the server tells it at its next sync; until
then a request answering it is refused as unknown too (the server cannot tell the two apart, so the
joining device's words cover both). A request is relayed as it came: the rejoining claim in it is for
the admin device to check, not the server.
"""

from fastapi import APIRouter, HTTPException, Response

from sync.crypto import device_id_for
from sync.join_proof import proves_code_to_server
from sync.protocol import (
    REASON_HEADER,
    EnrolmentApproval,
    EnrolmentRefusal,
    EnrolmentRequest,
    EnrolmentRequests,
    OpenInvitation,
    RefusalReason,
)
from sync.server.deps import AddressLimited, AdminDep, DeviceDep, StoreDep
from sync.server.routes.params import DevicePath, InvitationPath

router = APIRouter(tags=["enrolment"])

REFUSAL_STATUS = {
    RefusalReason.UNKNOWN_INVITATION: 404,
    RefusalReason.USED: 409,
    RefusalReason.EXPIRED: 410,
}


@router.post("/v1/invitations", status_code=204)
def open_invitation(body: OpenInvitation, _admin: AdminDep, store: StoreDep) -> Response:
    """The admin device issued an invitation: requests answering it are taken until it expires or is used."""
    store.open_invitation(body.invitation_id, body.expires_at, body.verifier)
    return Response(status_code=204)


@router.post(
    "/v1/enrolments",
    status_code=202,
    dependencies=[AddressLimited],
    responses={
        403: {"description": "the request does not prove it was made with the invitation's code"},
        404: {"description": "no invitation has that id"},
        409: {"description": "the invitation was used by another device, or has too many requests"},
        410: {"description": "the invitation has expired"},
    },
)
def request_enrolment(body: EnrolmentRequest, store: StoreDep) -> Response:
    """Anyone holding the code may leave a request for an open invitation. The server checks the
    request's `server_proof` against the invitation's verifier key before the request counts against the
    invitation's cap, so a stranger who knows only the id cannot use it up; the admin, who holds the
    code, checks the request's own proof."""
    if device_id_for(body.signing_public) != body.device_id:
        raise HTTPException(422, "device id does not match its signing key")
    reason = store.enrolment_refusal(body.invitation_id, body.device_id)
    if reason is not None:
        raise HTTPException(
            REFUSAL_STATUS[reason], f"request refused: {reason.value}", headers={REASON_HEADER: reason.value}
        )
    verifier = store.invitation_verifier(body.invitation_id)
    if verifier is not None and not proves_code_to_server(verifier, body):
        raise HTTPException(403, "the request does not prove it was made with the invitation's code")
    if not store.add_enrolment_request(body):
        raise HTTPException(409, "too many requests for this invitation")
    return Response(status_code=202)


@router.get("/v1/enrolments/{invitation_id}/refusals/{device_id}", dependencies=[AddressLimited])
def refusal(invitation_id: InvitationPath, device_id: DevicePath, store: StoreDep) -> EnrolmentRefusal:
    """Whether a waiting device's request is now turned down (the invitation went to another device, or
    expired); 404 while it may still wait. Asked before the device can sign: it is not registered."""
    reason = store.enrolment_refusal(invitation_id, device_id)
    if reason is None:
        raise HTTPException(404, "not refused")
    return EnrolmentRefusal(invitation_id=invitation_id, device_id=device_id, reason=reason)


@router.get("/v1/enrolments")
def pending_requests(_admin: AdminDep, store: StoreDep) -> EnrolmentRequests:
    return EnrolmentRequests(requests=store.enrolment_requests())


@router.post("/v1/enrolments/{invitation_id}/approval", status_code=204)
def approve(
    invitation_id: InvitationPath, body: EnrolmentApproval, admin: AdminDep, store: StoreDep
) -> Response:
    if body.invitation_id != invitation_id or body.registration.registered_by != admin.device_id:
        raise HTTPException(422, "the approval does not match this invitation or admin")
    store.put_approval(body)
    return Response(status_code=204)


@router.get("/v1/enrolments/{invitation_id}/approval")
def my_approval(invitation_id: InvitationPath, device: DeviceDep, store: StoreDep) -> EnrolmentApproval:
    """The approval, for the approved device only (it can sign requests once registered)."""
    found = store.approval(invitation_id)
    if found is None or found.registration.device_id != device.device_id:
        raise HTTPException(404, "no approval for this device")
    return found
