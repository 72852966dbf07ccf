"""Typed dependencies: the store, the settings, and the signed-in device (authentication)."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from sync.auth import DEVICE_HEADER, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, request_signed_bytes
from sync.crypto import CryptoError, DevicePublicKeys
from sync.protocol import (
    DEVICE_QUOTA,
    DEVICE_REMOVED,
    REASON_HEADER,
    SCOPE_QUOTA,
    DeviceRegistration,
    DeviceRole,
)
from sync.server.config import ServerSettings
from sync.server.limits import RateLimiter
from sync.server.store import ServerStore
from sync.server.store.devices import StoredDevice
from sync.server.store.quotas import Allowance, QuotaExceeded

_DEVICE = re.compile(r"d[0-9a-f]{32}")
_NONCE = re.compile(r"[0-9a-f]{32}")
_SIGNATURE = re.compile(r"[0-9a-f]{128}")
_PLAIN_PATH = re.compile(r"/(?!/)[^?#\\\t\r\n]*")
_PLAIN_QUERY = re.compile(r"[^#\t\r\n]*")
_TIMESTAMP = re.compile(r"[0-9]{1,16}")
"""ASCII digits only: Starlette reads header bytes as Latin-1, and `"1²".isdigit()` is True while
`int("1²")` raises, so `str.isdigit` would let a superscript through to a 500."""


# Dependencies that do no I/O are `async def`: FastAPI runs a plain `def` dependency in a worker thread,
# a trip that costs more than the dependency itself, on every request.
async def get_store(request: Request) -> ServerStore:
    store: ServerStore = request.app.state.store
    return store


async def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


async def get_limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.limiter
    return limiter


StoreDep = Annotated[ServerStore, Depends(get_store)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
LimiterDep = Annotated[RateLimiter, Depends(get_limiter)]


@dataclass(frozen=True, slots=True)
class SignedInDevice:
    """The device whose signature a request carries, checked against its registration."""

    device_id: str
    registration: DeviceRegistration
    revoked: bool = False
    keys: DevicePublicKeys | None = None
    """Its public keys, loaded once per process (see `ServerStore.device`)."""

    @property
    def is_admin(self) -> bool:
        return self.registration.role is DeviceRole.ADMIN

    @property
    def public_keys(self) -> DevicePublicKeys:
        return self.keys or DevicePublicKeys.of(self.registration)


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "LinkbookSignature"})


@dataclass(frozen=True, slots=True)
class _Signed:
    """What a request says about its signer, its headers' form checked."""

    device_id: str
    timestamp_ms: int
    nonce: str
    signature: str


@dataclass(frozen=True, slots=True)
class SignedRequest:
    """A request's signature headers and the bytes its signature covers, read in the event loop; not yet
    checked. `device()` checks them against the store in a worker thread, so that a route can do the
    checks and its own work in one trip to a thread (each trip costs about as much as a small query)."""

    signed: _Signed
    message: bytes
    stored: StoredDevice | None
    store: ServerStore
    settings: ServerSettings
    limiter: RateLimiter
    admin_limiter: RateLimiter
    address_key: str

    def device(self) -> SignedInDevice:
        """The signed-in device (see `signed_in_device`); 401, 403 or 429 otherwise. In a worker thread."""
        return _checked_device(
            self.signed,
            self.message,
            self.stored,
            self.store,
            self.settings,
            self.limiter,
            self.admin_limiter,
            self.address_key,
        )


async def _read_signed(
    request: Request,
    store: ServerStore,
    settings: ServerSettings,
    limiter: RateLimiter,
    *,
    device_first: bool,
) -> SignedRequest:
    """The request's signature headers checked for form and time, and its signed bytes; with
    `device_first`, a body is read only once its device is known to exist (one trip to a thread)."""
    address_key, signed = _headers_within_allowance(request, settings, limiter)
    stored: StoredDevice | None = None
    if device_first and _carries_body(request):
        # A body is read only for a device that exists (as before this check went in one trip).
        stored = await run_in_threadpool(store.device, signed.device_id)
        if stored is None:
            limiter.allow(address_key)
            raise _unauthorised("unknown device")
    message = await _signed_message(request, signed)
    return SignedRequest(
        signed, message, stored, store, settings, limiter, request.app.state.admin_limiter, address_key
    )


async def signed_in_device(
    request: Request, store: StoreDep, settings: SettingsDep, limiter: LimiterDep
) -> SignedInDevice:
    """Check the request's device signature, its freshness and its nonce; refuse anything else with 401.

    Rate limits are counted only once the signature is checked: against the device (an admin device has
    its own, larger allowance, for enrolling a year group in one go), never against an id anyone can
    claim. A request that fails the checks counts against its source address instead, and an address
    that has used up its allowance that way gets 429 before any work is done. A removed device's
    correctly signed request gets a 403 with the reason `device_removed`.

    The checks that touch the database (the device, then its nonce) run in one trip to a worker thread."""
    pending = await _read_signed(request, store, settings, limiter, device_first=True)
    return await run_in_threadpool(pending.device)


@dataclass(frozen=True, slots=True)
class SignedSender:
    """A request with a body (a push), its signature checked against the device's keys and counted
    against its rate limit in the event loop. What can change between two requests is checked by
    `admitted()`, in the worker thread that does the route's work: that the device was not removed, that
    the nonce is new, and its memberships. So the route makes one trip to a thread, not two."""

    device: SignedInDevice
    nonce: str
    store: ServerStore
    settings: ServerSettings
    limiter: RateLimiter
    address_key: str

    def admitted(self, scope_ids: Sequence[str]) -> tuple[SignedInDevice, frozenset[str]]:
        """The device, read again (403 if it was removed, even a moment ago, in any server process), its
        nonce recorded (401 if seen before), and which of `scope_ids` it is a member of: one round trip
        on PostgreSQL (`ServerStore.admit`). In a worker thread, first thing."""
        member_of = _admit(
            self.store, self.settings, self.limiter, self.address_key, self.device, self.nonce, scope_ids
        )
        return self.device, member_of


async def signed_in_sender(request: Request) -> SignedSender:
    """The checks of `signed_in_device` for a route with a JSON body (a push), which FastAPI reads before
    any dependency and validates after them: the signature is checked, and the device's rate limit
    counted, before the body is validated, so an unsigned request learns nothing about what it sent.

    The device's keys come from memory once this process has read them (`ServerStore.registered_keys`:
    a registration never changes), so these checks need no trip to a thread; whether the device was
    removed, and the nonce, are checked by `SignedSender.admitted()` with the route's work. (Its store,
    settings and limiters are read from the app as in `signed_request`.)"""
    state = request.app.state
    store: ServerStore = state.store
    settings: ServerSettings = state.settings
    limiter: RateLimiter = state.limiter
    address_key, signed = _headers_within_allowance(request, settings, limiter)
    known = store.registered_keys(signed.device_id)
    if known is None:
        stored = await run_in_threadpool(store.device, signed.device_id)
        if stored is None:
            limiter.allow(address_key)
            raise _unauthorised("unknown device")
        known = stored.registration, stored.keys
    registration, keys = known
    message = await _signed_message(request, signed)
    try:
        keys.verify(bytes.fromhex(signed.signature), message)
    except CryptoError as error:
        limiter.allow(address_key)
        raise _unauthorised("bad signature") from error
    device = SignedInDevice(signed.device_id, registration, False, keys)
    chosen = state.admin_limiter if device.is_admin else limiter
    if not chosen.allow(device.device_id):
        raise _too_many()
    return SignedSender(device, signed.nonce, store, settings, limiter, address_key)


async def signed_request(request: Request) -> SignedRequest:
    """The checks of `signed_in_device`, left for the route to run with its own work in one worker
    thread (`SignedRequest.device()` first). For the GETs every sync calls (heads, pull, keys); not for
    a route with a body, whose validation would then come before the signature's check. Its store,
    settings and limiter are read from the app here, not as dependencies of their own: FastAPI's
    resolving of each costs more than the reading (`SignedRequest.store` serves the route)."""
    state = request.app.state
    return await _read_signed(request, state.store, state.settings, state.limiter, device_first=False)


def _headers_within_allowance(
    request: Request, settings: ServerSettings, limiter: RateLimiter
) -> tuple[str, _Signed]:
    """(the source address's rate-limit key, the signature headers): 429 if the address has used up its
    allowance, 401 (counted against the address) if the headers are malformed or out of the window."""
    address_key = _address_key(request)
    if not limiter.has_allowance(address_key):
        raise _too_many()
    try:
        return address_key, _signed_headers(request, settings)
    except HTTPException:
        limiter.allow(address_key)
        raise


async def _signed_message(request: Request, signed: _Signed) -> bytes:
    """The bytes the request's signature covers: method, path, query, time, nonce, the body's digest."""
    body = await request.body()
    path, query = _signed_target(request)
    return request_signed_bytes(
        request.method, path, query, signed.timestamp_ms, signed.nonce, hashlib.sha256(body).digest()
    )


def _signed_target(request: Request) -> tuple[str, str]:
    """The path and query a signature covers: `request.url`'s, read straight from the request (putting the
    whole URL together and taking it apart again costs more than the rest of the checks in the event
    loop). A path or query with a character that would change in that round trip (escaped, stripped, or
    taken for a fragment) goes through `request.url` itself."""
    path: str = request.scope["path"]
    query: str = request.scope.get("query_string", b"").decode()
    if _PLAIN_PATH.fullmatch(path) and _PLAIN_QUERY.fullmatch(query):
        return path, query
    url = request.url
    return url.path, url.query


def _carries_body(request: Request) -> bool:
    """Whether the request has a body to read (a push, a chunk); a GET's checks go in one trip."""
    headers = request.headers
    return headers.get("content-length", "0") != "0" or "transfer-encoding" in headers


def _signed_headers(request: Request, settings: ServerSettings) -> _Signed:
    """The signature headers, well formed and within the clock window; 401 otherwise."""
    headers = request.headers
    device_id = headers.get(DEVICE_HEADER, "")
    timestamp = headers.get(TIMESTAMP_HEADER, "")
    nonce = headers.get(NONCE_HEADER, "")
    signature = headers.get(SIGNATURE_HEADER, "")
    if not (
        _DEVICE.fullmatch(device_id)
        and _TIMESTAMP.fullmatch(timestamp)
        and _NONCE.fullmatch(nonce)
        and _SIGNATURE.fullmatch(signature)
    ):
        raise _unauthorised("a signed request is required")
    timestamp_ms = int(timestamp)
    now_ms = time.time_ns() // 1_000_000
    if abs(now_ms - timestamp_ms) > settings.clock_window_s * 1000:
        raise _unauthorised("the request's time is too far from the server's clock")
    return _Signed(device_id, timestamp_ms, nonce, signature)


def _checked_device(
    signed: _Signed,
    message: bytes,
    stored: StoredDevice | None,
    store: ServerStore,
    settings: ServerSettings,
    limiter: RateLimiter,
    admin_limiter: RateLimiter,
    address_key: str,
) -> SignedInDevice:
    """The registered device whose key signed `message`, counted against its rate limit, its nonce
    recorded (in that order); 401, 403 or 429 otherwise. Runs in a worker thread.

    Once this process has read the device's keys (`ServerStore.registered_keys`), the signature is
    checked against them first, and whether the device was removed is read with its nonce recorded, in
    one round trip (`ServerStore.admit`); otherwise the device is read first."""
    known = None if stored is not None else store.registered_keys(signed.device_id)
    if known is None:
        stored = stored or store.device(signed.device_id)
        if stored is None:
            limiter.allow(address_key)
            raise _unauthorised("unknown device")
        known = stored.registration, stored.keys
    registration, keys = known
    try:
        keys.verify(bytes.fromhex(signed.signature), message)
    except CryptoError as error:
        limiter.allow(address_key)
        raise _unauthorised("bad signature") from error
    device = SignedInDevice(signed.device_id, registration, False, keys)
    chosen = admin_limiter if device.is_admin else limiter
    if not chosen.allow(device.device_id):
        raise _too_many()
    if stored is not None:
        if stored.revoked:
            raise _removed()
        _record_nonce(store, settings, limiter, address_key, device, signed.nonce)
        return device
    _admit(store, settings, limiter, address_key, device, signed.nonce, ())
    return device


def _removed() -> HTTPException:
    """Said only to the device itself (its signature checked), so that it stops retrying for good."""
    return HTTPException(
        403, "this device was removed from the school's sync", headers={REASON_HEADER: DEVICE_REMOVED}
    )


def _record_nonce(
    store: ServerStore,
    settings: ServerSettings,
    limiter: RateLimiter,
    address_key: str,
    device: SignedInDevice,
    nonce: str,
) -> None:
    """Record the request's nonce; 401 if the device used it before (a replay). In a worker thread."""
    if not store.use_nonce(device.device_id, nonce, _nonce_expiry(settings)):
        limiter.allow(address_key)
        raise _unauthorised("this request was already seen")


def _nonce_expiry(settings: ServerSettings) -> int:
    """When a nonce recorded now may be forgotten (ms): past twice the clock window, no request signed
    with it is taken any more."""
    return time.time_ns() // 1_000_000 + 2 * settings.clock_window_s * 1000


def _admit(
    store: ServerStore,
    settings: ServerSettings,
    limiter: RateLimiter,
    address_key: str,
    device: SignedInDevice,
    nonce: str,
    scope_ids: Sequence[str],
) -> frozenset[str]:
    """The device read again (403 if it was removed, even a moment ago, in any server process), its nonce
    recorded (401 if seen before), and which of `scope_ids` it is a member of, in one round trip on
    PostgreSQL (`ServerStore.admit`). In a worker thread."""
    admission = store.admit(device.device_id, nonce, _nonce_expiry(settings), scope_ids)
    if not admission.known:  # a device is never deleted; kept for a database changed by hand
        limiter.allow(address_key)
        raise _unauthorised("unknown device")
    if admission.removed:
        raise _removed()
    if not admission.fresh:
        limiter.allow(address_key)
        raise _unauthorised("this request was already seen")
    return admission.member_of


def _address_key(request: Request) -> str:
    return "address:" + (request.client.host if request.client else "unknown")


def _too_many() -> HTTPException:
    return HTTPException(429, "too many requests", headers={"Retry-After": "1"})


DeviceDep = Annotated[SignedInDevice, Depends(signed_in_device)]
SignedDep = Annotated[SignedRequest, Depends(signed_request)]
SenderDep = Annotated[SignedSender, Depends(signed_in_sender)]


def allowance_for(device: SignedInDevice, settings: ServerSettings) -> Allowance:
    """How much `device` may store, by its role (see `ServerSettings`)."""
    limit = {
        DeviceRole.ADMIN: None,
        DeviceRole.STAFF: settings.device_quota_bytes,
        DeviceRole.FAMILY: settings.family_device_quota_bytes,
    }[device.registration.role]
    return Allowance(device.device_id, limit, settings.scope_quota_bytes)


async def allowance_of(device: DeviceDep, settings: SettingsDep) -> Allowance:
    """How much the signed-in device may store, by its role (see `ServerSettings`)."""
    return allowance_for(device, settings)


AllowanceDep = Annotated[Allowance, Depends(allowance_of)]


def storage_full(exceeded: QuotaExceeded) -> HTTPException:
    """507 with the reason header the client turns into words (`sync.transport.StorageFull`)."""
    what = "this scope" if exceeded.is_scope else "this device"
    return HTTPException(
        507,
        f"{what} has used its storage allowance of {exceeded.limit // (1024 * 1024)} MiB on this server",
        headers={REASON_HEADER: SCOPE_QUOTA if exceeded.is_scope else DEVICE_QUOTA},
    )


async def admin_device(device: DeviceDep) -> SignedInDevice:
    if not device.is_admin:
        raise HTTPException(403, "only an admin device may do this")
    return device


AdminDep = Annotated[SignedInDevice, Depends(admin_device)]


async def client_address_limit(request: Request, limiter: LimiterDep) -> None:
    """Rate limit for requests made before a device can sign (bootstrap, enrolment requests)."""
    if not limiter.allow(_address_key(request)):
        raise _too_many()


AddressLimited = Depends(client_address_limit)


def require_member(store: ServerStore, device: SignedInDevice, scope_id: str) -> None:
    """A device may not even learn whether a scope it is not a member of has anything in it."""
    if not store.is_member(scope_id, device.device_id):
        raise not_a_member()


def not_a_member() -> HTTPException:
    return HTTPException(403, "not a member of this scope")
