"""The log: push sealed bundles (idempotently), pull a scope's bundles since a sequence number."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from sync.crypto import CryptoError, DevicePublicKeys, verify_bundle
from sync.protocol import (
    MAX_BUNDLES_PER_PULL,
    LoggedBundle,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    ScopeHeads,
)
from sync.server.deps import AllowanceDep, DeviceDep, StoreDep, require_member, storage_full
from sync.server.routes.params import ScopePath
from sync.server.store import BundleConflict, QuotaExceeded

router = APIRouter(tags=["bundles"])


@router.post("/v1/bundles", responses={507: {"description": "a storage quota is used up"}})
def push(body: PushRequest, device: DeviceDep, allowance: AllowanceDep, store: StoreDep) -> PushResponse:
    """Append bundles to their scopes' logs. A bundle id already stored is not stored again. A push that
    would take the device or a scope past its storage quota stores nothing: 507 with the reason."""
    sender = DevicePublicKeys.of(device.registration)
    for bundle in body.bundles:
        if bundle.device_id != device.device_id:
            raise HTTPException(403, "a device may push only bundles it signed")
        require_member(store, device, bundle.scope_id)
        try:
            verify_bundle(bundle, sender)
        except CryptoError as error:
            raise HTTPException(422, f"bad signature on bundle {bundle.bundle_id}") from error
    try:
        results = store.append_bundles(body.bundles, allowance)
    except QuotaExceeded as exceeded:
        raise storage_full(exceeded) from exceeded
    except BundleConflict as conflict:
        raise HTTPException(409, f"bundle {conflict} was stored with other content") from conflict
    return PushResponse(results=[PushResult(bundle_id=b, seq=s, duplicate=d) for b, s, d in results])


@router.get("/v1/heads")
def heads(device: DeviceDep, store: StoreDep) -> ScopeHeads:
    """Where each of the device's scopes' logs ends, so a client pulls only scopes with something new."""
    return ScopeHeads(heads=store.heads_of(device.device_id))


@router.get("/v1/scopes/{scope_id}/bundles")
def pull(
    scope_id: ScopePath,
    device: DeviceDep,
    store: StoreDep,
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_BUNDLES_PER_PULL)] = MAX_BUNDLES_PER_PULL,
) -> PullResponse:
    """Bundles of a scope with seq > since, in seq order; refused unless the device is a member."""
    require_member(store, device, scope_id)
    found, more = store.bundles_since(scope_id, since, limit)
    return PullResponse(
        scope_id=scope_id,
        bundles=[LoggedBundle.model_construct(seq=seq, bundle=bundle) for seq, bundle in found],
        next_since=found[-1][0] if found else since,
        more=more,
    )
