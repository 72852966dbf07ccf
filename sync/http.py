"""The HTTP transport: a device talking to the school's sync server (`linkbook-server`) with httpx.

Every request is signed as the device (`auth.DeviceSignature`). Network failures, 5xx and 429 become
`TransportError` (try again later); deliberate refusals (401, 403, 404 on a scope, 409, 413, 422) become
`Refused`, and a 403 whose reason header says the device was removed becomes `DeviceRemoved` (for
good); a 507 saying a storage quota is used up becomes `StorageFull`, with words for the user. A
request to join that the server turns down (no such open invitation, used, expired) is not an error:
its `EnrolmentRefusal` is returned, for the joining device to say why. Pushes are idempotent, so a
retried push after a lost response stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx

from sync.auth import DeviceSignature
from sync.crypto import DeviceKeys
from sync.protocol import (
    DEVICE_QUOTA,
    DEVICE_REMOVED,
    HEADS_WITH_KEYS,
    MAX_BUNDLES_PER_PULL,
    MAX_BUNDLES_PER_PUSH,
    PUSH_WITH_HEADS,
    REASON_HEADER,
    SCOPE_QUOTA,
    BlobComplete,
    BlobStatus,
    Bootstrap,
    DeviceRegistration,
    EnrolDevice,
    EnrolmentApproval,
    EnrolmentRefusal,
    EnrolmentRequest,
    EnrolmentRequests,
    OpenInvitation,
    PullResponse,
    PushRequest,
    PushResponse,
    RefusalReason,
    ScopeHeads,
    ScopeList,
    ScopeMembers,
    SealedBundle,
    WrappedKeys,
    WrappedScopeKey,
)
from sync.transport import DeviceRemoved, PullPage, Refused, StorageFull, TransportError

PUSH_BATCH_BYTES = 4 * 1024 * 1024
_REFUSAL_REASONS = frozenset(reason.value for reason in RefusalReason)
BLOB_CHUNK_BYTES = 1024 * 1024


def server_channel(base_url: str) -> str:
    """How a store names a server in its cursors and acknowledgements."""
    return f"server:{base_url.rstrip('/')}"


class HttpTransport:
    """Bundles, keys, registrations and blobs over HTTP(S) to one sync server."""

    reads_ahead = True
    """`pull` never calls `known`, so the engine may fetch the next pages on a second thread while it
    applies the last ones (`sync.read_ahead`; it never uses the transport from two threads at once)."""

    def __init__(
        self,
        base_url: str,
        device: DeviceKeys,
        client: httpx.Client | None = None,
        *,
        timeout: float = 30.0,
        pull_limit: int = MAX_BUNDLES_PER_PULL,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.channel = server_channel(self.base_url)
        self.device = device
        self.pull_limit = pull_limit
        self._client = client or httpx.Client(base_url=self.base_url, timeout=timeout)
        self._owns_client = client is None
        self._auth = DeviceSignature(device)
        self._own_seqs: dict[str, set[int]] = {}
        """Where this device's pushes landed in each scope's log (for `cursor_past_own`)."""
        self._pushed_heads: dict[str, str] | None = None
        """The heads the last push's answer carried (for `heads_after_push`), until they are used."""
        self.keys_listed: int | None = None
        """How many scope keys the server said, with the last heads, it holds wrapped for this device (None:
        not asked yet, or an older server). The count only grows: see `SyncEngine.keys_needed`."""

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        signed: bool = True,
        missing_ok: bool = False,
        refusal_ok: bool = False,
    ) -> httpx.Response | None:
        headers = {}
        if body is not None:
            content = body.model_dump_json().encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif content is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            response = self._client.request(
                method,
                self.base_url + path,
                content=content,
                params=params,
                headers=headers,
                auth=self._auth if signed else None,
            )
        except httpx.HTTPError as error:
            raise TransportError(f"{method} {path}: {type(error).__name__}") from error
        if response.status_code == 404 and missing_ok:
            return None
        if response.headers.get(REASON_HEADER) in (DEVICE_QUOTA, SCOPE_QUOTA):
            raise StorageFull(response.headers[REASON_HEADER], _detail(response))
        if response.status_code == 429 or response.status_code >= 500:
            raise TransportError(f"{method} {path}: HTTP {response.status_code}")
        if response.status_code == 403 and response.headers.get(REASON_HEADER) == DEVICE_REMOVED:
            raise DeviceRemoved(_detail(response))
        if refusal_ok and response.headers.get(REASON_HEADER) in _REFUSAL_REASONS:
            return response
        if response.status_code >= 400:
            raise Refused(response.status_code, _detail(response))
        return response

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._call(method, path, **kwargs)
        return None if response is None else response.json()

    # Bundles.
    def push(self, bundles: Sequence[SealedBundle]) -> list[str]:
        stored: list[str] = []
        batch: list[SealedBundle] = []
        size = 0
        self._pushed_heads = None
        for bundle in bundles:
            approx = len(bundle.sealed) * 4 // 3 + 400
            if batch and (len(batch) >= MAX_BUNDLES_PER_PUSH or size + approx > PUSH_BATCH_BYTES):
                stored += self._push_batch(batch)
                batch, size = [], 0
            batch.append(bundle)
            size += approx
        if batch:
            stored += self._push_batch(batch)
        return stored

    def _push_batch(self, batch: list[SealedBundle]) -> list[str]:
        answer = PushResponse.model_validate(
            self._json(
                "POST", "/v1/bundles", params={PUSH_WITH_HEADS: "true"}, body=PushRequest(bundles=batch)
            )
        )
        # An older server ignores the parameter and sends no heads: `heads_after_push` then asks.
        self._pushed_heads = (
            None if answer.heads is None else {scope_id: str(seq) for scope_id, seq in answer.heads.items()}
        )
        scope_of = {bundle.bundle_id: bundle.scope_id for bundle in batch}
        for result in answer.results:
            if result.bundle_id in scope_of:
                self._own_seqs.setdefault(scope_of[result.bundle_id], set()).add(result.seq)
        return [result.bundle_id for result in answer.results]

    def cursor_past_own(self, scope_id: str, cursor: str) -> str:
        """`cursor` moved past the bundles this device pushed (through this transport) right after it.

        The server numbers each scope's log in commit order, so a run of our own sequence numbers
        straight after the cursor holds nobody else's bundle; the engine need not fetch it back.
        """
        seq = int(cursor or 0)
        own = self._own_seqs.get(scope_id, set())
        while seq + 1 in own:
            seq += 1
        return str(seq) if seq != int(cursor or 0) else cursor

    def pull(self, scope_id: str, cursor: str, known: Callable[[str], bool]) -> PullPage:
        since = int(cursor or 0)
        page = PullResponse.model_validate(
            self._json(
                "GET", f"/v1/scopes/{scope_id}/bundles", params={"since": since, "limit": self.pull_limit}
            )
        )
        return PullPage([(str(b.seq), b.bundle) for b in page.bundles], str(page.next_since), page.more)

    def heads(self) -> dict[str, str]:
        answer = ScopeHeads.model_validate(self._json("GET", "/v1/heads", params={HEADS_WITH_KEYS: "true"}))
        self.keys_listed = answer.keys
        return {scope_id: str(seq) for scope_id, seq in answer.heads.items()}

    def heads_after_push(self) -> dict[str, str]:
        """The heads right after this transport's push: those the push's answer carried (read by the
        server once the push was stored), which saves a request; asked for when it carried none. Used
        once: a later call asks again."""
        heads, self._pushed_heads = self._pushed_heads, None
        return heads if heads is not None else self.heads()

    # Devices and keys.
    def registration(self, device_id: str) -> DeviceRegistration | None:
        found = self._json("GET", f"/v1/devices/{device_id}", missing_ok=True)
        return None if found is None else DeviceRegistration.model_validate(found)

    def wrapped_keys(self, device_id: str) -> list[WrappedScopeKey]:
        keys = WrappedKeys.model_validate(self._json("GET", "/v1/keys"))
        return [k for k in keys.keys if k.recipient_id == device_id]

    def publish_registration(self, registration: DeviceRegistration, scopes: Sequence[str]) -> None:
        self._call("POST", "/v1/devices", body=EnrolDevice(registration=registration, scopes=list(scopes)))

    def publish_keys(self, keys: Sequence[WrappedScopeKey]) -> None:
        for start in range(0, len(keys), 1000):
            self._call("POST", "/v1/keys", body=WrappedKeys(keys=list(keys[start : start + 1000])))

    def scopes(self) -> list[str]:
        """The scopes the server lets this device fetch."""
        return ScopeList.model_validate(self._json("GET", "/v1/scopes")).scopes

    def add_members(self, scope_id: str, device_ids: Sequence[str]) -> None:
        """(Admin) let these devices fetch and push a scope (creating the scope's log if new)."""
        self._call("PUT", f"/v1/scopes/{scope_id}/members", body=ScopeMembers(device_ids=list(device_ids)))

    def remove_member(self, scope_id: str, device_id: str) -> None:
        self._call("DELETE", f"/v1/scopes/{scope_id}/members/{device_id}")

    def revoke_device(self, device_id: str) -> None:
        """(Admin) the device can no longer sign in: every request it makes is refused."""
        self._call("DELETE", f"/v1/devices/{device_id}")

    def bootstrap(self, setup_token: str, registration: DeviceRegistration) -> None:
        """Register the founding admin device with the token the server wrote at first start."""
        self._call(
            "POST",
            "/v1/bootstrap",
            body=Bootstrap(setup_token=setup_token, registration=registration),
            signed=False,
        )

    # Enrolment mailbox.
    def open_invitation(self, invitation_id: str, expires_at: float, verifier: bytes | None = None) -> None:
        """(Admin) an invitation was issued: the server takes requests answering it until it expires or
        is used, and refuses any other (`expires_at` in Unix seconds). It learns the id and the verifier
        key that checks a request's `server_proof`, not the code."""
        notice = OpenInvitation(
            invitation_id=invitation_id, expires_at=int(expires_at * 1000), verifier=verifier
        )
        self._call("POST", "/v1/invitations", body=notice)

    def post_enrolment_request(self, request: EnrolmentRequest) -> EnrolmentRefusal | None:
        """Leave the request for the admin; the server's refusal when it holds no open invitation for it
        (a wrong code, a used or expired invitation), else None: wait for the approval."""
        response = self._call("POST", "/v1/enrolments", body=request, signed=False, refusal_ok=True)
        assert response is not None
        reason = response.headers.get(REASON_HEADER) if response.status_code >= 400 else None
        if reason is None:
            return None
        return EnrolmentRefusal(
            invitation_id=request.invitation_id, device_id=request.device_id, reason=RefusalReason(reason)
        )

    def refusal(self, invitation_id: str, device_id: str) -> EnrolmentRefusal | None:
        """The server's refusal of a waiting request (its invitation went to another device, or
        expired), or None while it may still wait. Unsigned: the device is not registered yet."""
        found = self._json(
            "GET", f"/v1/enrolments/{invitation_id}/refusals/{device_id}", signed=False, missing_ok=True
        )
        if found is None:
            return None
        refusal = EnrolmentRefusal.model_validate(found)
        if refusal.invitation_id != invitation_id or refusal.device_id != device_id:
            return None
        return refusal

    def enrolment_requests(self) -> list[EnrolmentRequest]:
        return EnrolmentRequests.model_validate(self._json("GET", "/v1/enrolments")).requests

    def post_approval(self, approval: EnrolmentApproval) -> None:
        self._call("POST", f"/v1/enrolments/{approval.invitation_id}/approval", body=approval)

    def fetch_approval(self, invitation_id: str) -> EnrolmentApproval | None:
        """The admin's approval, once given (the new device signs this request with its own key)."""
        try:
            found = self._json("GET", f"/v1/enrolments/{invitation_id}/approval", missing_ok=True)
        except Refused as refused:
            if refused.status == 401:
                return None
            raise
        return None if found is None else EnrolmentApproval.model_validate(found)

    # Attachments.
    def blob_status(self, scope_id: str, blob_id: str) -> BlobStatus:
        return BlobStatus.model_validate(self._json("GET", f"/v1/scopes/{scope_id}/blobs/{blob_id}/status"))

    def upload_blob(
        self, scope_id: str, blob_id: str, sealed: bytes, chunk_bytes: int = BLOB_CHUNK_BYTES
    ) -> None:
        """Upload from wherever an earlier, cut upload stopped; nothing if the server already has it."""
        status = self.blob_status(scope_id, blob_id)
        offset = status.received
        while not status.complete and offset < len(sealed):
            piece = sealed[offset : offset + chunk_bytes]
            answer = self._json(
                "PUT", f"/v1/scopes/{scope_id}/blobs/{blob_id}", content=piece, params={"offset": offset}
            )
            offset = BlobStatus.model_validate(answer).received
        if not status.complete:
            self._call(
                "POST", f"/v1/scopes/{scope_id}/blobs/{blob_id}/complete", body=BlobComplete(size=len(sealed))
            )

    def download_blob(self, scope_id: str, blob_id: str) -> bytes:
        parts: list[bytes] = []
        received = 0
        while True:
            response = self._call(
                "GET", f"/v1/scopes/{scope_id}/blobs/{blob_id}", params={"offset": received}
            )
            assert response is not None
            if not response.content:
                break
            parts.append(response.content)
            received += len(response.content)
            if received >= int(response.headers.get("X-Linkbook-Blob-Size", received)):
                break
        return b"".join(parts)


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", "")
    except ValueError:
        detail = response.text
    return str(detail)[:300]
