"""The log: push sealed bundles (idempotently), pull a scope's bundles since a sequence number."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from sync.crypto import CryptoError, verify_bundle
from sync.protocol import (
    HEADS_WITH_KEYS,
    MAX_BUNDLES_PER_PULL,
    PUSH_WITH_HEADS,
    LoggedBundle,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    ScopeHeads,
)
from sync.server.deps import (
    SenderDep,
    SignedDep,
    SignedRequest,
    SignedSender,
    allowance_for,
    not_a_member,
    storage_full,
)
from sync.server.responses import JsonBytes
from sync.server.routes.params import ScopePath
from sync.server.store import ServerStore
from sync.server.store.bundles import BundleConflict
from sync.server.store.quotas import Allowance, QuotaExceeded

router = APIRouter(tags=["bundles"])


@router.post(
    "/v1/bundles",
    response_model=PushResponse,
    responses={507: {"description": "a storage quota is used up"}},
)
async def push(
    body: PushRequest,
    sender: SenderDep,
    request: Request,
    with_heads: Annotated[bool, Query(alias=PUSH_WITH_HEADS)] = False,
) -> Response:
    """Append bundles to their scopes' logs. A bundle id already stored is not stored again. A push that
    would take the device or a scope past its storage quota stores nothing: 507 with the reason. With
    `?with_heads=true` the answer also carries the device's heads (as `GET /v1/heads`, read after the
    push is stored), which saves the client that request."""
    state = request.app.state
    allowance = allowance_for(sender.device, state.settings)
    return await run_in_threadpool(_push, body, sender, allowance, state.store, with_heads)


def _push(
    body: PushRequest, signed: SignedSender, allowance: Allowance, store: ServerStore, with_heads: bool
) -> Response:
    device, member_of = signed.admitted([bundle.scope_id for bundle in body.bundles])
    sender = device.public_keys
    if any(bundle.device_id != device.device_id for bundle in body.bundles):
        raise HTTPException(403, "a device may push only bundles it signed")
    for bundle in body.bundles:
        if bundle.scope_id not in member_of:
            raise not_a_member()
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
    stored = [PushResult.model_construct(bundle_id=b, seq=s, duplicate=d) for b, s, d in results]
    if not with_heads:
        # No `heads` key at all: an older client's PushResponse forbids fields it does not know.
        return JsonBytes(PushResponse.model_construct(results=stored), exclude={"heads"})
    return JsonBytes(PushResponse.model_construct(results=stored, heads=store.heads_of(device.device_id)))


@router.get("/v1/heads", response_model=ScopeHeads)
async def heads(
    signed: SignedDep, with_keys: Annotated[bool, Query(alias=HEADS_WITH_KEYS)] = False
) -> Response:
    """Where each of the device's scopes' logs ends, so a client pulls only scopes with something new.
    With `?with_keys=true` also how many scope keys are wrapped for the device (a count that only grows),
    so a client that took them all at that count skips asking for them."""
    return await run_in_threadpool(_heads, signed, with_keys)


def _heads(signed: SignedRequest, with_keys: bool) -> Response:
    device = signed.device()
    if not with_keys:
        # No `keys` key at all: an older client's ScopeHeads forbids fields it does not know.
        return JsonBytes(
            ScopeHeads.model_construct(heads=signed.store.heads_of(device.device_id)), exclude={"keys"}
        )
    heads, keys = signed.store.heads_and_keys_of(device.device_id)
    return JsonBytes(ScopeHeads.model_construct(heads=heads, keys=keys))


@router.get("/v1/scopes/{scope_id}/bundles", response_model=PullResponse)
async def pull(
    scope_id: ScopePath,
    signed: SignedDep,
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_BUNDLES_PER_PULL)] = MAX_BUNDLES_PER_PULL,
) -> Response:
    """Bundles of a scope with seq > since, in seq order; refused unless the device is a member."""
    return await run_in_threadpool(_pull, scope_id, signed, since, limit)


def _pull(scope_id: str, signed: SignedRequest, since: int, limit: int) -> Response:
    device = signed.device()
    page = signed.store.pull(device.device_id, scope_id, since, limit)
    if page is None:
        raise not_a_member()
    found, more = page
    return JsonBytes(
        PullResponse.model_construct(
            scope_id=scope_id,
            bundles=[LoggedBundle.model_construct(seq=seq, bundle=bundle) for seq, bundle in found],
            next_since=found[-1][0] if found else since,
            more=more,
        )
    )
