"""Nested domain values (SEN sections, document content) to JSON-ready dicts and back, by their type hints."""

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A dataclass tree as dicts, lists, strings and numbers."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        items = [to_plain(v) for v in value]
        return sorted(items) if isinstance(value, frozenset | set) else items
    return value


def from_plain(cls: type[T], data: Any) -> T:
    """The inverse of to_plain for the declared type cls; unknown keys are ignored, missing ones default."""
    hint: Any = cls  # a type hint, not only a class: `cls` may be a union or a generic alias
    return typing.cast(T, _decoder(hint)(data))


Decoder = Callable[[Any], Any]


def _same(data: Any) -> Any:
    return data


@cache
def _decoder(tp: Any) -> Decoder:
    """A decoding function for the type, built once: reading a year of entries decodes thousands.

    Values stored as they are (strings, numbers) are passed through without a call per field, and
    enums are looked up by value in a dict rather than through Enum's constructor."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(tp) if a is not type(None)))
        if inner is _same:
            return _same
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        item = _decoder(typing.get_args(tp)[0])
        if item is _same:
            return tuple
        return lambda data: tuple([item(v) for v in data])
    if origin is frozenset:
        member = _decoder(typing.get_args(tp)[0])
        return lambda data: frozenset([member(v) for v in data])
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_decoder(tp)
    if tp is dt.datetime:
        return dt.datetime.fromisoformat
    if tp is dt.date:
        return dt.date.fromisoformat
    if tp is dt.time:
        return dt.time.fromisoformat
    return _same


def _dataclass_decoder(tp: Any) -> Decoder:
    hints = typing.get_type_hints(tp)
    fields = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(tp) if f.init}
    converted = tuple((name, d) for name, d in fields.items() if d is not _same)
    known = fields.keys()
    make = typing.cast(Callable[..., Any], tp)  # is_dataclass() narrowed tp to an instance or a class

    def decode_dataclass(data: Any) -> Any:
        values = dict(data) if data.keys() <= known else {k: v for k, v in data.items() if k in known}
        for name, decode in converted:
            if name in values:
                values[name] = decode(values[name])
        return make(**values)

    return decode_dataclass


def _enum_decoder(tp: type[enum.Enum]) -> Decoder:
    members = dict(tp._value2member_map_)

    def decode_enum(data: Any) -> Any:
        try:
            return members[data]
        except (KeyError, TypeError):
            return tp(data)

    return decode_enum
