"""A bundle's plaintext: its changes as compact JSON, compressed with zlib before it is sealed.

Link-book text is words repeated day after day, and every change repeats its field names and its
device's clock: a pupil's year compresses about six times at zlib's fastest level (127 MB/s on the bench
machine). Sealing, storing and sending a sixth of the bytes is most of what a school's first sync
costs after queuing (docs/benchmarks.md).

Compressing before encrypting leaks only what the sealed size already leaks. Length-oracle attacks
(CRIME, BREACH) need an attacker's chosen text compressed together with a secret, many times over; a
bundle holds only its sealing device's own changes, sealed once.

The sealed size is the one thing about a bundle the server sees besides who pushed it, where and when;
unpadded, it tells a one-line "slept well" from a paragraph about a bad day. So the compressed payload is
padded with zeros to a size bucket before sealing: powers of two from 512 bytes up to 64 KiB (where
nearly every day's bundle lands, a 2x cost on a few hundred bytes), then steps of a quarter of a
doubling (at most 19 % more on a first sync's large bundles). A padded payload starts with "P" and the
length of the compressed part; one from before padding (zlib's header, or "{") reads as before.

Reading is bounded: a bundle that would inflate past MAX_PLAINTEXT_BYTES is refused as malformed, so a
forged or broken bundle cannot exhaust memory. A payload that starts with "{" is plain JSON, as sealed
before compression was added; both read the same.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence

from sync.merge import Change

PAYLOAD_VERSION = 1
"""The "v" of the JSON inside; raised when the shape of a change changes incompatibly."""
PAYLOAD_BUDGET_BYTES = 2 * 1024 * 1024
"""A bundle's JSON stays under about 2 MiB before compression, well inside the 8 MiB sealed limit."""
MAX_PLAINTEXT_BYTES = 32 * 1024 * 1024
"""The most a bundle may inflate to; more is refused (a bundle within budget is far below it)."""
COMPRESSION_LEVEL = 1
"""zlib's fastest level: 6x smaller for link-book text; level 6 gives 7.9x at a third of the speed."""

MIN_BUCKET_BYTES = 512
FINE_BUCKETS_FROM = 64 * 1024
_PADDED = b"P"
"""First byte of a padded payload: neither "{" (plain JSON) nor a zlib header's first byte (0x?8)."""

_HEAD = json.dumps({"v": PAYLOAD_VERSION, "changes": []}, separators=(",", ":"))[:-3]


def encode_change(change: Change) -> str:
    """One change as the compact JSON a payload lists."""
    return json.dumps(change.to_json(), ensure_ascii=False, separators=(",", ":"))


def compress(plaintext: bytes) -> bytes:
    """A payload's JSON compressed and padded to its size bucket, ready to seal."""
    return pad(zlib.compress(plaintext, COMPRESSION_LEVEL))


def padded_size(size: int) -> int:
    """The bucket a payload of `size` bytes (with its header) is padded to."""
    bucket = MIN_BUCKET_BYTES
    while bucket < size and bucket < FINE_BUCKETS_FROM:
        bucket *= 2
    step = 0
    while bucket < size:
        step += 1
        bucket = int(FINE_BUCKETS_FROM * 2 ** (step / 4)) // 64 * 64
    return bucket


def pad(compressed: bytes) -> bytes:
    """`compressed` behind the padding header, then zeros up to its bucket."""
    framed = _PADDED + len(compressed).to_bytes(4, "big") + compressed
    return framed + bytes(padded_size(len(framed)) - len(framed))


def _unpad(payload: bytes) -> bytes:
    length = int.from_bytes(payload[1:5], "big")
    end = 5 + length
    if len(payload) < end or len(payload) != padded_size(end) or payload[end:].strip(b"\x00"):
        raise ValueError("malformed payload: padding does not match")
    return payload[5:end]


_HEAD_BYTES = f"{_HEAD}[".encode()


def plaintext_of(encoded: Sequence[str]) -> bytes:
    """The JSON a payload compresses, in UTF-8.

    Each change is encoded on its own and the bytes joined: joined first, one change with a character
    beyond Latin-1 (a Tamil phrase) widens the whole 2 MiB text, and encoding that to UTF-8 character by
    character cost more than compressing it; a change in ASCII is copied as it is."""
    return b"".join((_HEAD_BYTES, b",".join([change.encode() for change in encoded]), b"]}"))


def count_within_budget(encoded: Sequence[str]) -> int:
    """How many of the encoded changes, from the first, fit in a bundle's budget (at least one)."""
    size = 0
    for count, part in enumerate(encoded):
        size += len(part) + 1
        if count and size > PAYLOAD_BUDGET_BYTES:
            return count
    return len(encoded)


def decode_payload(payload: bytes, scope_id: str) -> list[Change]:
    """The changes in a bundle's opened payload; ValueError if it is not a payload this version reads."""
    try:
        document = json.loads(_inflate(payload))
        if not isinstance(document, dict) or document.get("v") != PAYLOAD_VERSION:
            raise ValueError("unknown payload version")
        return [Change.from_json(scope_id, item) for item in document["changes"]]
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError("malformed payload") from error


def _inflate(payload: bytes) -> bytes:
    if payload[:1] == b"{":
        return payload
    if payload[:1] == _PADDED:
        payload = _unpad(payload)
    inflater = zlib.decompressobj()
    try:
        plaintext = inflater.decompress(payload, MAX_PLAINTEXT_BYTES)
    except zlib.error as error:
        raise ValueError("malformed payload") from error
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("payload too large or cut short")
    return plaintext
