"""A bundle's plaintext: compressed on the way out, read back whole, and refused when it is not sound."""

from __future__ import annotations

import json
import zlib

import pytest

from sync.clock import Timestamp
from sync.merge import Change, Op
from sync.payload import (
    MAX_PLAINTEXT_BYTES,
    compress,
    count_within_budget,
    decode_payload,
    encode_change,
    plaintext_of,
)

SCOPE = "s" + "1" * 32
DEVICE = "d" + "2" * 32

WEEK = [
    "Zainab Hussain read two pages of her book to the class and counted to twenty in twos.",
    "Kofi Mensah built a tower of blocks taller than himself; he was very proud.",
    "Łucja Wiśniewska ate all her lunch today and asked for more fruit.",
    "ধ্রুব চক্রবর্তী enjoyed the story about the tiger and drew a picture of it.",
    "سارا احمدی played with the water tray and poured carefully into cups.",
]


def _changes(count: int) -> list[Change]:
    return [
        Change(
            SCOPE,
            f"entry-{number}",
            "entry",
            Op.SET,
            Timestamp(1_790_000_000_000 + number, 0, DEVICE),
            "row",
            {"text": WEEK[number % len(WEEK)], "mood": "happy", "day": f"2026-10-{1 + number % 28:02d}"},
        )
        for number in range(count)
    ]


def _payload(changes: list[Change]) -> bytes:
    return compress(plaintext_of([encode_change(change) for change in changes]))


def test_a_term_of_entries_travels_in_a_fraction_of_its_size_and_reads_back_the_same() -> None:
    changes = _changes(190)
    plaintext = plaintext_of([encode_change(change) for change in changes])
    payload = _payload(changes)

    assert decode_payload(payload, SCOPE) == changes
    assert len(payload) * 4 < len(plaintext)


def test_a_bundle_sealed_before_compression_still_reads() -> None:
    changes = _changes(3)
    plain = json.dumps(
        {"v": 1, "changes": [change.to_json() for change in changes]}, ensure_ascii=False
    ).encode()

    assert decode_payload(plain, SCOPE) == changes


def test_a_payload_that_would_inflate_past_the_limit_is_refused() -> None:
    bomb = zlib.compress(b'{"v":1,"changes":[' + b" " * (MAX_PLAINTEXT_BYTES + 1) + b"]}", 9)
    assert len(bomb) < MAX_PLAINTEXT_BYTES // 100

    with pytest.raises(ValueError, match="too large"):
        decode_payload(bomb, SCOPE)


@pytest.mark.parametrize(
    "payload",
    [
        b"\x78\x01garbage",  # a zlib header, then nothing that inflates
        _payload(_changes(5))[:-10],  # cut short
        zlib.compress(b'{"v":99,"changes":[]}'),  # a version this app does not read
        zlib.compress(b"[1, 2, 3]"),
        zlib.compress(b'{"v":1,"changes":[{"r":'),
    ],
)
def test_a_broken_payload_is_refused_as_malformed(payload: bytes) -> None:
    with pytest.raises(ValueError):
        decode_payload(payload, SCOPE)


def test_a_bundle_holds_at_most_its_budget_and_at_least_one_change() -> None:
    small = ["x" * 1000] * 5000  # about 5 MB of changes
    fits = count_within_budget(small)
    assert 1000 < fits < 5000
    assert len(plaintext_of(small[:fits])) <= 2 * 1024 * 1024 + 2048

    assert count_within_budget(["y" * (3 * 1024 * 1024)]) == 1


def _entry(text: str) -> list[Change]:
    return [
        Change(
            SCOPE,
            "entry-1",
            "entry",
            Op.SET,
            Timestamp(1_790_000_000_000, 0, DEVICE),
            "row",
            {"text": text, "mood": "happy", "day": "2026-10-01"},
        )
    ]


def test_a_short_and_a_longer_entry_seal_to_the_same_size() -> None:
    from sync.crypto import DeviceKeys, ScopeKey, seal_bundle
    from sync.protocol import new_bundle_id

    device, key = DeviceKeys.generate(), ScopeKey(SCOPE, 1, bytes(32))
    short = _payload(_entry("Amara slept well."))
    longer = _payload(_entry("Amara slept well, ate her porridge and sang all the way to school with Ngozi."))
    assert decode_payload(short, SCOPE) == _entry("Amara slept well.")
    assert len(short) == len(longer)
    sealed = [seal_bundle(p, key, new_bundle_id(), device).sealed for p in (short, longer)]
    assert len(sealed[0]) == len(sealed[1])


def test_bundle_sizes_fall_into_a_few_buckets() -> None:
    import random

    rng = random.Random(21)
    sizes = set()
    for count in range(1, 400):
        text = "".join(rng.choice("abcdefghij klmnop") for _ in range(rng.randrange(5, 400)))
        payload = _payload(_entry(text) * 1 + _changes(count % 40))
        sizes.add(len(payload))
    assert len(sizes) <= 12, sorted(sizes)


def test_a_bundle_compressed_before_padding_still_reads() -> None:
    changes = _changes(7)
    unpadded = zlib.compress(plaintext_of([encode_change(change) for change in changes]), 1)
    assert decode_payload(unpadded, SCOPE) == changes


def test_a_payloads_text_is_the_json_of_its_changes_in_utf8_whatever_scripts_they_mix() -> None:
    changes = [encode_change(change) for change in _changes(12)]

    for chosen in (changes, changes[3:4], [change for change in changes if change.isascii()], []):
        expected = '{"v":1,"changes":[' + ",".join(chosen) + "]}"
        assert plaintext_of(chosen) == expected.encode("utf-8")
        assert json.loads(plaintext_of(chosen))["changes"] == [json.loads(change) for change in chosen]
