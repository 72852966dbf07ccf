"""Merge rules: how changes from many devices, arriving in any order, any number of times, settle.

Every rule here is a pure function of the set of changes a replica has seen, not of the order it saw them
in, so replicas that have seen the same changes hold the same state (a state-based CRDT in the sense of
Shapiro et al., 2011). Each kind of field gets the rule a school would expect:

- **Structured fields** (a mood, a tick box, a date) are last-writer-wins registers ordered by the hybrid
  logical clock, so the edit made last in causal-then-wall-clock order wins, the same on every device.
- **Append-only records with one author** (a link-book entry, a family's reply, an acknowledgement) are
  written whole, once, by one device, and never overwritten; later field edits to them are ignored.
- **Long text** (an agreement's commitment, a support plan's paragraph) is a multi-value register: each
  edit names the versions it replaces (`bases`). Two edits that did not see each other both survive as a
  conflict that a person resolves by writing a version based on both; nothing is silently dropped.
- **Deletions** are tombstones, kept for good: a deleted record stays deleted whatever arrives later, and
  edits that cross a deletion still merge underneath, so replicas agree on them too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sync.clock import Timestamp

Json = Any
"""A JSON value: None, bool, int, float, str, list or dict of them."""


class Op(StrEnum):
    SET = "set"
    TEXT = "text"
    APPEND = "append"
    DELETE = "delete"


class Outcome(StrEnum):
    APPLIED = "applied"
    UNCHANGED = "unchanged"
    """Already known, superseded, or ignored by the rules (an edit to an append-only record)."""
    REJECTED = "rejected"
    """Malformed or addressed to another kind of record; dropped the same way on every replica."""


_OPS = {op.value: op for op in Op}
_NO_BASES: tuple[str, ...] = ()


def _canonical(value: Json) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Change:
    """One field-level change to one record, as it sits in the outbox and travels inside a bundle.

    `kind` names the record type (e.g. ``"link_book_entry"``); `field` the field for SET and TEXT;
    `value` is a JSON value (for APPEND, an object with every field of the record); `bases` are the
    versions a TEXT edit replaces (the heads the person saw when they started typing).
    """

    scope_id: str
    record_id: str
    kind: str
    op: Op
    stamp: Timestamp
    field: str = ""
    value: Json = None
    bases: tuple[Timestamp, ...] = ()

    def to_json(self) -> dict[str, Json]:
        """The compact form carried in a bundle (the scope is the bundle's, so it is not repeated)."""
        encoded: dict[str, Json] = {
            "r": self.record_id,
            "k": self.kind,
            "o": self.op.value,
            "t": self.stamp.encode(),
        }
        if self.field:
            encoded["f"] = self.field
        if self.value is not None:
            encoded["v"] = self.value
        if self.bases:
            encoded["b"] = [b.encode() for b in self.bases]
        return encoded

    @classmethod
    def from_json(cls, scope_id: str, encoded: dict[str, Json]) -> Change:
        """The inverse of `to_json`; KeyError, ValueError or TypeError on anything else. (A pull decodes
        every change of a school: the op is found by value in a dict, and most changes have no bases.)"""
        bases = encoded.get("b", _NO_BASES)
        return cls(
            scope_id,
            str(encoded["r"]),
            str(encoded["k"]),
            _OPS[encoded["o"]],
            Timestamp.decode(str(encoded["t"])),
            str(encoded.get("f", "")),
            encoded.get("v"),
            () if bases is _NO_BASES else tuple(Timestamp.decode(str(b)) for b in bases),
        )


@dataclass(frozen=True, slots=True)
class Stamped:
    """A value and the timestamp of the change that wrote it."""

    value: Json
    stamp: Timestamp

    def beats(self, other: Stamped) -> bool:
        """Later stamp wins; equal stamps (only from a faulty device) are settled by the value itself."""
        if self.stamp != other.stamp:
            return self.stamp > other.stamp
        return _canonical(self.value) > _canonical(other.value)


@dataclass(slots=True)
class TextRegister:
    """The live versions of one long-text field and every version id some edit has replaced."""

    versions: dict[Timestamp, str | None] = field(default_factory=dict)
    superseded: set[Timestamp] = field(default_factory=set)

    def copy(self) -> TextRegister:
        return TextRegister(dict(self.versions), set(self.superseded))

    @property
    def heads(self) -> list[Stamped]:
        """The versions no known edit replaces, oldest first; more than one is a conflict."""
        return [Stamped(self.versions[s], s) for s in sorted(self.versions)]

    @property
    def in_conflict(self) -> bool:
        return len(self.versions) > 1

    @property
    def value(self) -> str | None:
        """The newest head: what to show until a person resolves a conflict."""
        return self.versions[max(self.versions)] if self.versions else None

    def add(self, stamp: Timestamp, text: str | None, bases: tuple[Timestamp, ...]) -> bool:
        before = (dict(self.versions), len(self.superseded))
        self.superseded.update(bases)
        if stamp not in self.superseded:
            held = self.versions.get(stamp, text)
            # One stamp, two texts happens only with a faulty device: keep the same one everywhere.
            self.versions[stamp] = max(held, text, key=_canonical) if held != text else text
        for replaced in self.superseded.intersection(self.versions):
            del self.versions[replaced]
        return (self.versions, len(self.superseded)) != before


@dataclass(slots=True)
class RecordState:
    """Everything a replica knows about one record; the store persists it (`to_json`) beside its rows."""

    scope_id: str
    record_id: str
    kind: str
    fields: dict[str, Stamped] = field(default_factory=dict)
    texts: dict[str, TextRegister] = field(default_factory=dict)
    created: Stamped | None = None
    """For an append-only record: the whole record as its author wrote it."""
    deleted: Timestamp | None = None

    @property
    def append_only(self) -> bool:
        return self.created is not None

    @property
    def author(self) -> str | None:
        """The device that wrote an append-only record."""
        return self.created.stamp.device_id if self.created else None

    @property
    def visible(self) -> bool:
        return self.deleted is None

    @property
    def conflicts(self) -> list[str]:
        """Long-text fields whose concurrent versions a person must choose between."""
        return sorted(name for name, register in self.texts.items() if register.in_conflict)

    def values(self) -> dict[str, Json]:
        """The record as the app shows it: each field's winning value (a conflict shows its newest head)."""
        if self.created is not None:
            return dict(self.created.value)
        shown = {name: stamped.value for name, stamped in self.fields.items()}
        shown.update({name: register.value for name, register in self.texts.items()})
        return shown

    def copy(self) -> RecordState:
        return RecordState(
            self.scope_id,
            self.record_id,
            self.kind,
            dict(self.fields),
            {name: register.copy() for name, register in self.texts.items()},
            self.created,
            self.deleted,
        )

    def to_json(self) -> dict[str, Json]:
        return {
            "scope": self.scope_id,
            "record": self.record_id,
            "kind": self.kind,
            "fields": {n: [s.value, s.stamp.encode()] for n, s in sorted(self.fields.items())},
            "texts": {
                n: {
                    "versions": [[s.encode(), t] for s, t in sorted(r.versions.items())],
                    "superseded": sorted(s.encode() for s in r.superseded),
                }
                for n, r in sorted(self.texts.items())
            },
            "created": [self.created.value, self.created.stamp.encode()] if self.created else None,
            "deleted": self.deleted.encode() if self.deleted else None,
        }

    @classmethod
    def from_json(cls, encoded: dict[str, Json]) -> RecordState:
        created = encoded.get("created")
        deleted = encoded.get("deleted")
        return cls(
            scope_id=encoded["scope"],
            record_id=encoded["record"],
            kind=encoded["kind"],
            fields={n: Stamped(v, Timestamp.decode(t)) for n, (v, t) in encoded["fields"].items()},
            texts={
                n: TextRegister(
                    {Timestamp.decode(s): t for s, t in r["versions"]},
                    {Timestamp.decode(s) for s in r["superseded"]},
                )
                for n, r in encoded["texts"].items()
            },
            created=Stamped(created[0], Timestamp.decode(created[1])) if created else None,
            deleted=Timestamp.decode(deleted) if deleted else None,
        )


def _well_formed(change: Change) -> bool:
    if change.op in (Op.SET, Op.TEXT):
        return bool(change.field) and (change.op is Op.SET or isinstance(change.value, str | None))
    if change.op is Op.APPEND:
        return isinstance(change.value, dict)
    return True


def merge(
    state: RecordState | None, change: Change, *, in_place: bool = False
) -> tuple[RecordState, Outcome]:
    """Fold one change into a record's state; returns the new state (the old one is not modified).

    `in_place`: the state is the caller's own (one it merged into before): it is changed and returned
    rather than copied, and left as it was unless the outcome is APPLIED. A pull folds many changes
    into each record."""
    if state is None:
        current = RecordState(change.scope_id, change.record_id, change.kind)
    elif (state.scope_id, state.record_id, state.kind) != (change.scope_id, change.record_id, change.kind):
        return state, Outcome.REJECTED
    else:
        current = state if in_place else state.copy()
    if not _well_formed(change):
        return state or current, Outcome.REJECTED

    if change.op is Op.DELETE:
        if current.deleted is not None and current.deleted >= change.stamp:
            return current, Outcome.UNCHANGED
        current.deleted = change.stamp
        return current, Outcome.APPLIED

    if change.op is Op.APPEND:
        incoming = Stamped(change.value, change.stamp)
        if current.created is not None and not _earlier(incoming, current.created):
            return current, Outcome.UNCHANGED
        current.created = incoming
        current.fields.clear()
        current.texts.clear()
        return current, Outcome.APPLIED

    if current.append_only:
        return current, Outcome.UNCHANGED

    if change.op is Op.SET:
        incoming = Stamped(change.value, change.stamp)
        existing = current.fields.get(change.field)
        if existing is not None and not incoming.beats(existing):
            return current, Outcome.UNCHANGED
        current.fields[change.field] = incoming
        return current, Outcome.APPLIED

    register = current.texts.setdefault(change.field, TextRegister())
    changed = register.add(change.stamp, change.value, change.bases)
    return current, Outcome.APPLIED if changed else Outcome.UNCHANGED


def _earlier(a: Stamped, b: Stamped) -> bool:
    """For append-only records the first write stands: the earlier stamp (then the smaller value) wins."""
    if a.stamp != b.stamp:
        return a.stamp < b.stamp
    return _canonical(a.value) < _canonical(b.value)
