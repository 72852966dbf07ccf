"""Wire types of the sync protocol: everything that crosses a network or lands in a shared folder.

These are exactly what the server (and anyone reading the shared folder) sees: opaque random ids for scopes,
bundles and devices, key generations, public keys, sealed bytes and signatures. No type here has room for a
name or a sentence about a child, which is the point: the server is told only what it needs to route,
order, authenticate and authorise.

Bytes travel as standard base64 in JSON. Every field is bounded, so a malformed request is refused with a
422 before any work is done.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
)

PROTOCOL_VERSION = 1
"""Raised when a wire type changes incompatibly; a server refuses bundles of a version it does not know."""

MAX_SEALED_BYTES = 8 * 1024 * 1024
"""A bundle's sealed payload is at most 8 MiB; the engine splits larger batches of changes."""

REASON_HEADER = "X-Linkbook-Reason"
"""A machine-readable reason the server adds to some refusals (see `DEVICE_REMOVED`)."""
DEVICE_REMOVED = "device_removed"
"""The signing device was removed (revoked) by an admin: refused for good, no point retrying."""
DEVICE_QUOTA = "device_quota"
"""(HTTP 507) The device has stored as much on the server as it may; nothing of the request was stored."""
SCOPE_QUOTA = "scope_quota"
"""(HTTP 507) A scope holds as much as the server allows one scope; nothing of the request was stored."""

MAX_BUNDLES_PER_PUSH = 200
MAX_BUNDLES_PER_PULL = 500


def _decode_b64(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as error:
            raise ValueError("not base64") from error
    return value


def _encode_b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


_FROM_B64 = BeforeValidator(_decode_b64)
_TO_B64 = PlainSerializer(_encode_b64, return_type=str, when_used="json")
_B64_SCHEMA = WithJsonSchema({"type": "string", "format": "byte", "contentEncoding": "base64"})

# Spelled out one by one (not built by a function) so that type checkers see each as `bytes`.
Key32 = Annotated[bytes, _FROM_B64, Field(min_length=32, max_length=32), _TO_B64, _B64_SCHEMA]
Signature = Annotated[bytes, _FROM_B64, Field(min_length=64, max_length=64), _TO_B64, _B64_SCHEMA]
SealedBytes = Annotated[
    bytes, _FROM_B64, Field(min_length=1, max_length=MAX_SEALED_BYTES), _TO_B64, _B64_SCHEMA
]
Proof = Annotated[bytes, _FROM_B64, Field(min_length=32, max_length=32), _TO_B64, _B64_SCHEMA]
WrappedSecret = Annotated[bytes, _FROM_B64, Field(min_length=60, max_length=61), _TO_B64, _B64_SCHEMA]
"""12-byte nonce, the sealed 32-byte key and one-byte code of the scope's kind, 16-byte tag: 61 bytes
(60 for a grant sealed before grants carried kinds: the key alone)."""

ScopeId = Annotated[str, StringConstraints(pattern=r"^s[0-9a-f]{32}$")]
"""An opaque random scope id ("s" + 128 random bits): never derived from a child's name or UPN."""
DeviceId = Annotated[str, StringConstraints(pattern=r"^d[0-9a-f]{32}$")]
"""A device id is derived from the device's signing key (see `crypto.device_id_for`)."""
BundleId = Annotated[str, StringConstraints(pattern=r"^b[0-9a-f]{32}$")]
InvitationId = Annotated[str, StringConstraints(pattern=r"^i[0-9a-f]{32}$")]
BlobId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Generation = Annotated[int, Field(ge=1, le=2**31 - 1)]
Sequence = Annotated[int, Field(ge=0, le=2**62)]


def new_scope_id() -> str:
    """A fresh scope id: random, so it says nothing about whose records the scope holds."""
    return "s" + secrets.token_hex(16)


def new_bundle_id() -> str:
    """A fresh bundle id; the server stores a bundle once per id, which makes pushes idempotent."""
    return "b" + secrets.token_hex(16)


class DeviceRole(StrEnum):
    """What the server needs to know about a device: only admins may register devices and grant scopes."""

    ADMIN = "admin"
    STAFF = "staff"
    FAMILY = "family"


class Wire(BaseModel):
    """Base of every wire type: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class SealedBundle(Wire):
    """A batch of changes to one scope, encrypted with the scope key and signed by the device that wrote it.

    The same value travels in HTTP bodies and as a file in a shared folder (`<bundle_id>.lbb`, its JSON).
    """

    version: Annotated[int, Field(ge=1, le=PROTOCOL_VERSION)] = PROTOCOL_VERSION
    scope_id: ScopeId
    generation: Generation
    bundle_id: BundleId
    device_id: DeviceId
    sealed: SealedBytes
    signature: Signature


class DeviceRegistration(Wire):
    """A device's public keys and role, signed by the admin device that approved it.

    The founding admin's registration is signed by itself; every other one by an admin, so a client can
    check any sender's keys back to the admin it pinned at enrolment, and a server cannot slip in a key.
    """

    device_id: DeviceId
    role: DeviceRole
    exchange_public: Key32
    signing_public: Key32
    registered_by: DeviceId
    signature: Signature


class WrappedScopeKey(Wire):
    """One scope key generation, encrypted to one device's X25519 key and signed by an admin device."""

    scope_id: ScopeId
    generation: Generation
    recipient_id: DeviceId
    ephemeral_public: Key32
    sealed: WrappedSecret
    wrapped_by: DeviceId
    signature: Signature


class PushRequest(Wire):
    bundles: Annotated[list[SealedBundle], Field(min_length=1, max_length=MAX_BUNDLES_PER_PUSH)]


class PushResult(Wire):
    bundle_id: BundleId
    seq: Sequence
    duplicate: bool


class PushResponse(Wire):
    results: list[PushResult]
    heads: dict[ScopeId, Sequence] | None = None
    """Where each of the device's scopes' logs ends once the push is stored (as `ScopeHeads`), sent only
    when the push asked with `?with_heads=true` (`PUSH_WITH_HEADS`), so that a client need not ask for
    them next; a client that did not ask never sees the field. Absent from older servers."""


PUSH_WITH_HEADS = "with_heads"
"""The query parameter of `POST /v1/bundles` asking for the device's heads in the push's answer."""


class LoggedBundle(Wire):
    """A bundle as the server logged it: its place in the scope's log and the bundle itself."""

    seq: Sequence
    bundle: SealedBundle


class PullResponse(Wire):
    scope_id: ScopeId
    bundles: list[LoggedBundle]
    next_since: Sequence
    more: bool


class ScopeList(Wire):
    scopes: list[ScopeId]


class ScopeHeads(Wire):
    """The last sequence number of each of a device's scopes: one request tells which scopes to pull."""

    heads: dict[ScopeId, Sequence]
    keys: int | None = None
    """How many scope keys are wrapped for the device (a count that only grows), sent only when the request
    asked with `?with_keys=true` (`HEADS_WITH_KEYS`): a device that took every key at this count need not
    ask for its keys again before sealing. Absent from older servers."""


HEADS_WITH_KEYS = "with_keys"
"""The query parameter of `GET /v1/heads` asking for the count of the device's wrapped keys."""


class EnrolDevice(Wire):
    """An admin registering an approved device and the scopes the server should let it fetch."""

    registration: DeviceRegistration
    scopes: Annotated[list[ScopeId], Field(max_length=10_000)]


class ScopeMembers(Wire):
    device_ids: Annotated[list[DeviceId], Field(min_length=1, max_length=10_000)]


class WrappedKeys(Wire):
    keys: Annotated[list[WrappedScopeKey], Field(max_length=10_000)]


class WrappedKeysPage(Wire):
    keys: list[WrappedScopeKey]
    next_since: Sequence


class EnrolmentRequest(Wire):
    """A new device answering an invitation: its public keys and a proof that it holds the code."""

    invitation_id: InvitationId
    device_id: DeviceId
    exchange_public: Key32
    signing_public: Key32
    proof: Proof
    rejoining: DeviceId | None = None
    """A computer the admin removed, joining again with new keys: the device id it had. Believed only
    with `rejoining_signature` checked against that device's registration (desktop sync/rejoin.py)."""
    rejoining_signature: Signature | None = None
    """The old device's Ed25519 signature over the invitation id, the new id and the new keys."""
    server_proof: Proof | None = None
    """A MAC for the server under the invitation's verifier key (`sync.join_proof.server_proof`): proves
    the code was known, so that a stranger's request does not count against the invitation's cap."""


class EnrolmentRequests(Wire):
    requests: list[EnrolmentRequest]


class EnrolmentApproval(Wire):
    """The admin's answer: the new device's registration and the admin's own, proven with the code."""

    invitation_id: InvitationId
    registration: DeviceRegistration
    admin: DeviceRegistration
    proof: Proof


class RefusalReason(StrEnum):
    """Why a request to join was turned down (the joining device says so in words)."""

    UNKNOWN_INVITATION = "unknown_invitation"
    """No open invitation of this school has that code: mistyped, or from another school."""
    USED = "used"
    """The invitation already connected another device; each works once."""
    EXPIRED = "expired"


class EnrolmentRefusal(Wire):
    """The answer to a request that cannot be approved: written by the admin device in a shared folder,
    or given by the server for an invitation it does not hold open. Not signed: it only tells the
    joining device to stop waiting, and grants nothing."""

    invitation_id: InvitationId
    device_id: DeviceId
    reason: RefusalReason


class DeviceRemoval(Wire):
    """An admin device's signed notice that it removed a device, left in a shared folder: a folder has
    no server to refuse the device, so this is how it learns (`sync.enrolment.check_removal`), and
    how every other device learns to refuse its bundles written after `removed_at`."""

    device_id: DeviceId
    removed_by: DeviceId
    signature: Signature
    removed_at: Annotated[int, Field(ge=0, le=2**42)] | None = None
    """The admin device's clock (Unix ms, hybrid logical) when it removed the device; signed with the
    rest. None in a notice written before removal times were kept: it refuses all the device's
    bundles not yet applied (`sync.enrolment.refuses`)."""


class OpenInvitation(Wire):
    """The admin device telling the server an invitation exists, so that a request answering no
    invitation (a mistyped code), one already used or one expired is turned down at once. The id comes
    from the code through scrypt (`sync.enrolment`): the server learns neither the code nor whom the
    invitation is for."""

    invitation_id: InvitationId
    expires_at: Annotated[int, Field(ge=0, le=2**42)]
    """Unix time in milliseconds."""
    verifier: Key32 | None = None
    """The invitation's server verifier key (`sync.enrolment.server_verifier_for`): one way from the
    code, it lets the server check a request's `server_proof` without learning the code."""


class Bootstrap(Wire):
    """The founding admin device, accepted once, with the setup token the server printed at first start."""

    setup_token: Annotated[str, StringConstraints(min_length=16, max_length=128)]
    registration: DeviceRegistration


class BlobStatus(Wire):
    blob_id: BlobId
    received: Sequence
    complete: bool


class BlobComplete(Wire):
    size: Annotated[int, Field(ge=1, le=2**40)]


class Health(Wire):
    status: str
    protocol: int
