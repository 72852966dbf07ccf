"""Wrapped scope keys: an admin posts them, each device fetches those wrapped for it."""

from fastapi import APIRouter, HTTPException, Response

from sync.crypto import CryptoError, wrapped_key_signed_bytes
from sync.protocol import WrappedKeys
from sync.server.deps import AdminDep, DeviceDep, StoreDep
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
def my_keys(device: DeviceDep, store: StoreDep) -> Response:
    """The keys wrapped for this device, each as stored when an admin posted it (validated then): put
    together as they are, not parsed and written out again on every sync."""
    payloads = store.wrapped_key_payloads(device.device_id)
    return Response(b'{"keys":[' + ",".join(payloads).encode() + b"]}", media_type=JSON)
