"""A record no merge state holds yet, straight to the JSON the outbox and sync_record keep.

A first sync queues every record of a school: a million changes, most of them a link-book entry whose
whole row is one value. Going through `Change`, `merge` and `to_json` encodes each value twice (once for
the change, once for the state) and each timestamp three times. Here every value and every timestamp is
encoded once and both documents are assembled from the pieces. What comes out decodes to exactly what
the general path gives (`Change.to_json()` of each change, and `RecordState.to_json()` of the state the
changes merge into); tests/test_sync_desktop_capture.py holds the two paths to that.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from json.encoder import (  # type: ignore[attr-defined]
    c_encode_basestring,
    c_encode_basestring_ascii,
    c_make_encoder,
)
from typing import Any

import orjson

from sync.clock import Timestamp
from sync.merge import RecordState

_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_encode = _encoder.encode
_c_encoder = (
    None
    if c_make_encoder is None
    else c_make_encoder(None, _encoder.default, c_encode_basestring, None, ":", ",", False, False, True)
)
"""The json module's own C encoder with `_encode`'s settings, made once. `JSONEncoder.encode` makes a
new one for each dict or list it encodes, with a table of the containers it has entered so far, which
costs more than encoding a link-book entry's row: for a first sync's million values that table is of
no use (values read from the database or parsed from JSON cannot contain themselves)."""


_string: Callable[[str], str] = c_encode_basestring or _encoder.encode
"""A string as `_encode` writes it (its own C function, without `encode`'s checks)."""


def _json(value: Any) -> str:
    """Compact JSON, as `_encode` writes it.

    Lists and objects go through orjson, four to five times quicker than the json module's C encoder
    on a link-book entry's row, and the same text for every value a record holds (strings, integers,
    booleans, null; tests/test_sync_desktop_capture.py compares them). What orjson refuses (an integer
    beyond 64 bits, a key that is not a string) is written by the json module. A float inside a list or
    object (no record has one) is written in orjson's shortest form, which reads back as the same
    number, and a NaN or an infinity there, which JSON has no word for, as null."""
    if isinstance(value, str):
        return _string(value)  # what `_encode` does with a string, without its method calls
    if isinstance(value, (dict, list)):
        try:
            return orjson.dumps(value).decode()
        except TypeError:  # orjson.JSONEncodeError: see above
            pass
    if _c_encoder is None:
        return _encode(value)
    return "".join(_c_encoder(value, 0))


compact_json = _json

_plain_encoder = (
    None
    if c_make_encoder is None
    else c_make_encoder(
        None, _encoder.default, c_encode_basestring_ascii, None, ": ", ", ", False, False, True
    )
)


def plain_json(value: Any) -> str:
    """`json.dumps(value)` (its default settings: ASCII, spaced), with its C encoder made once rather
    than for each value (a pull writes a JSON column or two of 300,000 link-book entries)."""
    if _plain_encoder is None:
        return json.dumps(value)
    return "".join(_plain_encoder(value, 0))


_name = functools.lru_cache(maxsize=1024)(_json)
"""Field and kind names repeat a million times in a first sync."""


def fresh_fields(
    scope_id: str,
    record_id: str,
    kind: str,
    fields: Mapping[str, Any],
    text_columns: frozenset[str],
    stamp: Callable[[], str],
) -> tuple[list[tuple[str, str]], str | None]:
    """(encoded stamp, change JSON) for each non-empty field, and the state JSON (None if no field).

    Each field is a SET (a TEXT edit with no bases for long-text columns), stamped in turn by `stamp`
    (an encoded timestamp: `HybridLogicalClock.now_encoded`).
    """
    record, name_of_kind = _json(record_id), _name(kind)
    changes: list[tuple[str, str]] = []
    set_parts: list[str] = []
    text_parts: list[str] = []
    for name, value in fields.items():
        if value is None:
            continue
        encoded_stamp = stamp()
        field, encoded = _name(name), _json(value)
        is_text = name in text_columns
        op = "text" if is_text else "set"
        changes.append(
            (
                encoded_stamp,
                f'{{"r":{record},"k":{name_of_kind},"o":"{op}","t":"{encoded_stamp}","f":{field},"v":{encoded}}}',
            )
        )
        if is_text:
            text_parts.append(f'{field}:{{"versions":[["{encoded_stamp}",{encoded}]],"superseded":[]}}')
        else:
            set_parts.append(f'{field}:[{encoded},"{encoded_stamp}"]')
    if not changes:
        return [], None
    state = (
        f'{{"scope":{_json(scope_id)},"record":{record},"kind":{name_of_kind},'
        f'"fields":{{{",".join(set_parts)}}},"texts":{{{",".join(text_parts)}}},"created":null,"deleted":null}}'
    )
    return changes, state


def fresh_append(
    scope_id: str, record_id: str, kind: str, value: Mapping[str, Any], stamp: Timestamp
) -> tuple[tuple[str, str], str]:
    """(encoded stamp, change JSON) of an append-only record written whole, and its state JSON."""
    record, name_of_kind = _json(record_id), _name(kind)
    encoded_stamp, encoded = stamp.encode(), _json(value)
    change = f'{{"r":{record},"k":{name_of_kind},"o":"append","t":"{encoded_stamp}","v":{encoded}}}'
    state = (
        f'{{"scope":{_json(scope_id)},"record":{record},"kind":{name_of_kind},"fields":{{}},"texts":{{}},'
        f'"created":[{encoded},"{encoded_stamp}"],"deleted":null}}'
    )
    return (encoded_stamp, change), state


class FreshRecords:
    """A scope's new records of one kind with a single field each, straight to JSON: what `fresh_fields`
    gives for a `whole` record's row or a link's "linked", and `fresh_append` for an append-only record,
    with what every record of the run shares (the scope, the kind) encoded once rather than per record
    (a first sync makes 600,000 such records). Each is (encoded stamp, change JSON, state JSON), the
    stamp drawn from `stamp` (`HybridLogicalClock.now_encoded`)."""

    def __init__(self, scope_id: str, kind: str, stamp: Callable[[], str]) -> None:
        self._stamp = stamp
        self._kind = _name(kind)
        self._state = f'{{"scope":{_json(scope_id)},"record":'

    def single(self, record_id: str, field: str, value: Any) -> tuple[str, str, str]:
        """A record whose one field, not None, is set (as `fresh_fields` with no long-text field)."""
        record, kind, name, encoded = _json(record_id), self._kind, _name(field), _json(value)
        stamp = self._stamp()
        return (
            stamp,
            f'{{"r":{record},"k":{kind},"o":"set","t":"{stamp}","f":{name},"v":{encoded}}}',
            f'{self._state}{record},"kind":{kind},"fields":{{{name}:[{encoded},"{stamp}"]}},"texts":{{}},'
            '"created":null,"deleted":null}',
        )

    def append(self, record_id: str, value: Mapping[str, Any]) -> tuple[str, str, str]:
        """An append-only record written whole (as `fresh_append`)."""
        record, kind, encoded = _json(record_id), self._kind, _json(value)
        stamp = self._stamp()
        return (
            stamp,
            f'{{"r":{record},"k":{kind},"o":"append","t":"{stamp}","v":{encoded}}}',
            f'{self._state}{record},"kind":{kind},"fields":{{}},"texts":{{}},'
            f'"created":[{encoded},"{stamp}"],"deleted":null}}',
        )


def state_json(state: RecordState) -> str:
    """`compact_json(state.to_json())`, assembled from each value and timestamp encoded once, without
    the dicts and lists of `to_json` in between (a pull keeps the state of every record of a school)."""
    fields = ",".join(
        f"{_name(name)}:[{_json(stamped.value)},{_stamp(stamped.stamp)}]"
        for name, stamped in sorted(state.fields.items())
    )
    texts = ",".join(
        f'{_name(name)}:{{"versions":[{",".join(_version(s, t) for s, t in sorted(r.versions.items()))}],'
        f'"superseded":[{",".join(map(_string, sorted(s.encode() for s in r.superseded)))}]}}'
        for name, r in sorted(state.texts.items())
    )
    created = state.created
    shown = "null" if created is None else f"[{_json(created.value)},{_stamp(created.stamp)}]"
    deleted = "null" if state.deleted is None else _stamp(state.deleted)
    return (
        f'{{"scope":{_json(state.scope_id)},"record":{_json(state.record_id)},"kind":{_name(state.kind)},'
        f'"fields":{{{fields}}},"texts":{{{texts}}},"created":{shown},"deleted":{deleted}}}'
    )


def _stamp(stamp: Timestamp) -> str:
    return _string(stamp.encode())


def _version(stamp: Timestamp, text: str | None) -> str:
    return f"[{_stamp(stamp)},{_json(text)}]"
