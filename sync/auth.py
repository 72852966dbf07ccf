"""Signed requests: how a device proves who it is to the server without passwords or bearer tokens.

Each request carries the device id, a timestamp, a random nonce and an Ed25519 signature over the method,
path, query, timestamp, nonce and the SHA-256 of the body. The server checks the signature against the
public key an admin registered, refuses timestamps outside a small window and nonces it has seen within
it (so a captured request cannot be replayed), and binds the body so it cannot be swapped.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Generator

import httpx

from sync.crypto import DeviceKeys, _frame

DEVICE_HEADER = "X-Linkbook-Device"
TIMESTAMP_HEADER = "X-Linkbook-Timestamp"
NONCE_HEADER = "X-Linkbook-Nonce"
SIGNATURE_HEADER = "X-Linkbook-Signature"

NONCE_PATTERN = r"^[0-9a-f]{32}$"


def request_signed_bytes(
    method: str, path: str, query: str, timestamp_ms: int, nonce: str, body_sha256: bytes
) -> bytes:
    """The bytes a device signs for one request."""
    return _frame(b"linkbook request", method.upper(), path, query, timestamp_ms, nonce, body_sha256)


class DeviceSignature(httpx.Auth):
    """httpx authentication that signs every request as one device."""

    requires_request_body = True

    def __init__(self, device: DeviceKeys) -> None:
        self._device = device

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp_ms = time.time_ns() // 1_000_000
        nonce = secrets.token_hex(16)
        digest = hashlib.sha256(request.content).digest()
        message = request_signed_bytes(
            request.method, request.url.path, request.url.query.decode("ascii"), timestamp_ms, nonce, digest
        )
        request.headers[DEVICE_HEADER] = self._device.device_id
        request.headers[TIMESTAMP_HEADER] = str(timestamp_ms)
        request.headers[NONCE_HEADER] = nonce
        request.headers[SIGNATURE_HEADER] = self._device.sign(message).hex()
        yield request
