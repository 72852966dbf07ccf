"""Sealed attachments: resumable chunked upload, stored once per (scope, hash), chunked download."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import BlobComplete, BlobStatus
from sync.server.deps import AllowanceDep, DeviceDep, SettingsDep, StoreDep, require_member, storage_full
from sync.server.routes.params import BlobPath, ScopePath
from sync.server.store.quotas import QuotaExceeded

router = APIRouter(tags=["blobs"])

MAX_CHUNK_BYTES = 4 * 1024 * 1024
DOWNLOAD_BYTES = 4 * 1024 * 1024
_RAW_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.get("/v1/scopes/{scope_id}/blobs/{blob_id}/status")
def blob_status(scope_id: ScopePath, blob_id: BlobPath, device: DeviceDep, store: StoreDep) -> BlobStatus:
    """How much of an upload the server holds (resume from there), and whether it is complete."""
    require_member(store, device, scope_id)
    received, complete = store.blob_status(scope_id, blob_id)
    return BlobStatus(blob_id=blob_id, received=received, complete=complete)


@router.put(
    "/v1/scopes/{scope_id}/blobs/{blob_id}",
    openapi_extra=_RAW_BODY,
    responses={507: {"description": "a storage quota is used up"}},
)
async def upload_chunk(
    scope_id: ScopePath,
    blob_id: BlobPath,
    request: Request,
    device: DeviceDep,
    allowance: AllowanceDep,
    settings: SettingsDep,
    store: StoreDep,
    offset: Annotated[int, Query(ge=0, le=2**40)] = 0,
) -> BlobStatus:
    """Append a chunk at `offset`; if the server holds a different amount, nothing is written. Uploads
    left unfinished for `unfinished_upload_ttl_s` are removed along the way (at most once a minute)."""
    await run_in_threadpool(require_member, store, device, scope_id)
    data = await request.body()
    if len(data) > MAX_CHUNK_BYTES:
        raise HTTPException(413, "chunk too large")
    await run_in_threadpool(store.remove_unfinished_uploads, settings.unfinished_upload_ttl_s)
    try:
        received, complete = await run_in_threadpool(
            store.append_blob_chunk, scope_id, blob_id, offset, data, allowance
        )
    except QuotaExceeded as exceeded:
        raise storage_full(exceeded) from exceeded
    return BlobStatus(blob_id=blob_id, received=received, complete=complete)


@router.post("/v1/scopes/{scope_id}/blobs/{blob_id}/complete")
def complete_blob(
    scope_id: ScopePath, blob_id: BlobPath, body: BlobComplete, device: DeviceDep, store: StoreDep
) -> BlobStatus:
    require_member(store, device, scope_id)
    if not store.complete_blob(scope_id, blob_id, body.size):
        raise HTTPException(422, "the uploaded bytes do not match the blob id; upload again")
    return BlobStatus(blob_id=blob_id, received=body.size, complete=True)


@router.get(
    "/v1/scopes/{scope_id}/blobs/{blob_id}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_blob(
    scope_id: ScopePath,
    blob_id: BlobPath,
    device: DeviceDep,
    store: StoreDep,
    offset: Annotated[int, Query(ge=0, le=2**40)] = 0,
) -> Response:
    require_member(store, device, scope_id)
    found = store.read_blob(scope_id, blob_id, offset, DOWNLOAD_BYTES)
    if found is None:
        raise HTTPException(404, "no such blob")
    data, size = found
    return Response(data, media_type="application/octet-stream", headers={"X-Linkbook-Blob-Size": str(size)})
