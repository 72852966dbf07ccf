"""Wrapped scope keys: an admin posts them, each device fetches those wrapped for it."""

from fastapi import APIRouter, HTTPException, Response
from starlette.concurrency import run_in_threadpool

from sync.crypto import CryptoError, wrapped_key_signed_bytes
from sync.protocol import WrappedKeys
from sync.server.deps import AdminDep, SignedDep, SignedRequest, StoreDep
from sync.server.responses import JSON

router = APIRouter(tags=["keys"])


@router.post("/v1/keys", status_code=204)
def post_keys(body: WrappedKeys, admin: AdminDep, store: StoreDep) -> Response:
    signer = admin.public_keys
    for key in body.keys:
        if key.wrapped_by != admin.device_id:
            raise HTTPException(403, "keys must be wrapped by the posting admin device")
        try:
            signer.verify(key.signature, wrapped_key_signed_bytes(key))
        except CryptoError as error:
            raise HTTPException(422, "bad signature on a wrapped key") from error
    store.put_wrapped_keys(body.keys)
    return Response(status_code=204)


@router.get("/v1/keys", response_model=WrappedKeys)
async def my_keys(signed: SignedDep) -> Response:
    """The keys wrapped for this device, each as stored when an admin posted it (validated then): put
    together as they are, not parsed and written out again on every sync."""
    return await run_in_threadpool(_my_keys, signed)


def _my_keys(signed: SignedRequest) -> Response:
    device = signed.device()
    payloads = signed.store.wrapped_key_payloads(device.device_id)
    return Response(b'{"keys":[' + ",".join(payloads).encode() + b"]}", media_type=JSON)
