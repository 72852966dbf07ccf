"""Devices and scope memberships: the founding admin, enrolled devices, who may fetch which scope."""

import hmac

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from sync.crypto import CryptoError, DevicePublicKeys, verify_registration
from sync.protocol import (
    Bootstrap,
    DeviceId,
    DeviceRegistration,
    DeviceRole,
    EnrolDevice,
    ScopeList,
    ScopeMembers,
)
from sync.server.deps import AddressLimited, AdminDep, DeviceDep, StoreDep
from sync.server.routes.params import DevicePath, ScopePath
from sync.server.tokens import token_digest

router = APIRouter(tags=["devices"])


class MembersResult(BaseModel):
    not_added: list[DeviceId]
    """Devices that are unknown or revoked, so were not made members."""


@router.post("/v1/bootstrap", status_code=201, dependencies=[AddressLimited])
async def bootstrap(body: Bootstrap, store: StoreDep) -> DeviceRegistration:
    """Register the founding admin device: once, with the setup token the server wrote at first start."""
    registration = body.registration
    if registration.role is not DeviceRole.ADMIN or registration.registered_by != registration.device_id:
        raise HTTPException(422, "the founding device must be a self-signed admin")
    try:
        verify_registration(registration, DevicePublicKeys.of(registration))
    except CryptoError as error:
        raise HTTPException(422, "bad registration signature") from error
    expected = await run_in_threadpool(store.setup_token_digest)
    if expected is None or not hmac.compare_digest(expected, token_digest(body.setup_token)):
        raise HTTPException(403, "wrong setup token")
    if not await run_in_threadpool(store.bootstrap, registration):
        raise HTTPException(409, "this server already has an admin")
    return registration


@router.post("/v1/devices", status_code=201)
def enrol_device(body: EnrolDevice, admin: AdminDep, store: StoreDep) -> DeviceRegistration:
    """An admin registers a device it approved, with the scopes the device may fetch."""
    registration = body.registration
    try:
        verify_registration(registration, DevicePublicKeys.of(admin.registration))
    except CryptoError as error:
        raise HTTPException(422, "the registration is not signed by this admin device") from error
    if not store.register_device(registration, body.scopes):
        raise HTTPException(409, "that device was removed or is registered with other keys")
    return registration


@router.get("/v1/devices/{device_id}")
def device(device_id: DevicePath, _device: DeviceDep, store: StoreDep) -> DeviceRegistration:
    """A device's public keys, to check its signatures (revoked ones too: their old bundles stay valid)."""
    found = store.device(device_id)
    if found is None:
        raise HTTPException(404, "no such device")
    return found.registration


@router.delete("/v1/devices/{device_id}", status_code=204)
def revoke_device(device_id: DevicePath, _admin: AdminDep, store: StoreDep) -> Response:
    """Remove a device: it can no longer sign in, and loses every scope."""
    if not store.revoke_device(device_id):
        raise HTTPException(404, "no such device")
    return Response(status_code=204)


@router.get("/v1/scopes")
def my_scopes(device: DeviceDep, store: StoreDep) -> ScopeList:
    return ScopeList(scopes=store.scopes_of(device.device_id))


@router.put("/v1/scopes/{scope_id}/members")
def add_members(scope_id: ScopePath, body: ScopeMembers, _admin: AdminDep, store: StoreDep) -> MembersResult:
    """Let devices fetch and push a scope; creates the scope's log when it is new."""
    return MembersResult(not_added=store.add_members(scope_id, body.device_ids))


@router.delete("/v1/scopes/{scope_id}/members/{device_id}", status_code=204)
def remove_member(scope_id: ScopePath, device_id: DevicePath, _admin: AdminDep, store: StoreDep) -> Response:
    store.remove_member(scope_id, device_id)
    return Response(status_code=204)
