"""The enrolment mailbox: a new device's request goes to the admin, the approval comes back."""

from fastapi import APIRouter, HTTPException, Response

from sync.crypto import device_id_for
from sync.protocol import EnrolmentApproval, EnrolmentRequest, EnrolmentRequests
from sync.server.deps import AddressLimited, AdminDep, DeviceDep, StoreDep
from sync.server.routes.params import InvitationPath

router = APIRouter(tags=["enrolment"])


@router.post("/v1/enrolments", status_code=202, dependencies=[AddressLimited])
def request_enrolment(body: EnrolmentRequest, store: StoreDep) -> Response:
    """Anyone may leave a request (its proof is checked by the admin, who holds the code)."""
    if device_id_for(body.signing_public) != body.device_id:
        raise HTTPException(422, "device id does not match its signing key")
    if not store.add_enrolment_request(body):
        raise HTTPException(409, "too many requests for this invitation")
    return Response(status_code=202)


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
