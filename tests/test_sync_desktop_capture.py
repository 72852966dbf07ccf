"""Capture's fast path for new records (a first sync) gives exactly what the general merge path gives, and
a pull keeps each merged state in sync_record as exactly the text `RecordState.to_json` encodes to."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.store.sync_store.capture import _write_states, stored_state
from desktop.store.sync_store.fresh import (
    FreshRecords,
    compact_json,
    fresh_append,
    fresh_fields,
    plain_json,
    state_json,
)
from desktop.store.sync_store.rows import _loads
from desktop.store.vault import Vault
from sync.clock import HybridLogicalClock, Timestamp
from sync.merge import Change, Op, RecordState, merge
from tests.conftest import PASSPHRASE

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
pulled_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
names = st.text(alphabet="abcdefghij_", min_size=1, max_size=8)


@given(
    fields=st.dictionaries(names, json_values, max_size=6),
    texts=st.sets(names, max_size=2),
    text_value=st.text(),
    record_id=st.text(min_size=1, max_size=12),
)
def test_a_new_record_encodes_as_merging_its_changes_would(
    fields: dict, texts: set[str], text_value: str, record_id: str
) -> None:
    row = {**fields, **{name: text_value for name in texts}}
    fast_clock, slow_clock = (
        HybridLogicalClock("dfast", now_ms=lambda: 5),
        HybridLogicalClock("dfast", now_ms=lambda: 5),
    )
    changes, state = fresh_fields(
        "s1", record_id, "agreement_version", row, frozenset(texts), fast_clock.now_encoded
    )

    merged: RecordState | None = None
    expected = []
    for name, value in row.items():
        if value is None:
            continue
        op = Op.TEXT if name in texts else Op.SET
        change = Change("s1", record_id, "agreement_version", op, slow_clock.now(), name, value)
        merged, _ = merge(merged, change)
        expected.append((change.stamp.encode(), change.to_json()))
    assert [(stamp, json.loads(text)) for stamp, text in changes] == expected
    if merged is None:
        assert state is None
    else:
        assert state is not None and RecordState.from_json(json.loads(state)) == merged
        assert json.loads(state) == merged.to_json()


odd_keys = st.integers() | st.booleans() | st.none()


@given(value=json_values | st.dictionaries(odd_keys, json_values, max_size=3))
def test_a_value_is_written_as_the_json_modules_compact_encoding_writes_it(value: object) -> None:
    # Integers of any size and keys that are not strings included: orjson refuses those, the json module
    # writes them; every character a string can hold, as JSON escapes it.
    assert compact_json(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_every_character_is_escaped_as_the_json_module_escapes_it() -> None:
    text = "".join(map(chr, range(0xD800))) + "Łucja 😀 \u2028\u2029 زينب"
    expected = json.dumps([text, {"ключ": text}], ensure_ascii=False, separators=(",", ":"))
    assert compact_json([text, {"ключ": text}]) == expected


@given(value=st.dictionaries(names, json_values, max_size=6))
def test_an_append_only_record_encodes_as_merging_it_would(value: dict) -> None:
    stamp = HybridLogicalClock("dreply", now_ms=lambda: 9).now()
    (encoded_stamp, change_text), state = fresh_append("s2", "r1", "reply", value, stamp)
    change = Change("s2", "r1", "reply", Op.APPEND, stamp, value=value)
    merged, _ = merge(None, change)
    assert encoded_stamp == stamp.encode()
    assert json.loads(change_text) == change.to_json()
    assert json.loads(state) == merged.to_json()


@given(
    row=st.dictionaries(names, json_values, max_size=6),
    record_id=st.text(min_size=1, max_size=12),
    field=st.sampled_from(["row", "linked"]),
)
def test_a_run_of_new_single_field_records_encodes_as_each_record_alone_would(
    row: dict, record_id: str, field: str
) -> None:
    value = row if field == "row" else True
    run_clock, alone_clock = (
        HybridLogicalClock("drun", now_ms=lambda: 7),
        HybridLogicalClock("drun", now_ms=lambda: 7),
    )
    records = FreshRecords("s3", "entry", run_clock.now_encoded)

    made = [records.single(record_id, field, value), records.single(record_id + "2", field, value)]

    expected = []
    for rid in (record_id, record_id + "2"):
        changes, state = fresh_fields(
            "s3", rid, "entry", {field: value}, frozenset(), alone_clock.now_encoded
        )
        assert state is not None
        expected.append((*changes[0], state))
    assert made == expected


@given(value=st.dictionaries(names, json_values, max_size=6), record_id=st.text(min_size=1, max_size=12))
def test_a_run_of_new_append_only_records_encodes_as_each_record_alone_would(
    value: dict, record_id: str
) -> None:
    run_clock, alone_clock = (
        HybridLogicalClock("drun", now_ms=lambda: 7),
        HybridLogicalClock("drun", now_ms=lambda: 7),
    )
    records = FreshRecords("s4", "reply", run_clock.now_encoded)

    made = [records.append(record_id, value), records.append(record_id + "2", value)]

    expected = []
    for rid in (record_id, record_id + "2"):
        (stamp, change), state = fresh_append("s4", rid, "reply", value, alone_clock.now())
        expected.append((stamp, change, state))
    assert made == expected


@given(value=pulled_values)
def test_a_pulled_json_column_is_written_as_json_dumps_writes_it(value: object) -> None:
    """A pulled row's JSON columns are written as the app's own saves write them, character for
    character (non-ASCII escaped, spaced), whatever the value: scripts, floats, NaN, nesting."""
    assert plain_json(value) == json.dumps(value)


@given(value=json_values, spaced=st.booleans(), padded=st.sampled_from(["", " ", "\n", "x", "]"]))
def test_a_json_column_reads_as_json_loads_reads_it(value: object, spaced: bool, padded: str) -> None:
    separators = (", ", ": ") if spaced else (",", ":")
    text = json.dumps(value, separators=separators)  # as the database holds a JSON column
    for written in (text, padded + text, text + padded):
        try:
            expected: object = json.loads(written)
        except json.JSONDecodeError as error:
            expected = ("refused", str(error))
        try:
            read: object = _loads(written)
        except json.JSONDecodeError as error:
            read = ("refused", str(error))
        assert read == expected


def test_a_flush_of_many_states_keeps_the_last_state_of_each_record(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "school", PASSPHRASE)
    try:
        with vault.writing() as session:
            connection = session.connection()
            _write_states(connection, [("s1", "kept", "entry", '{"old":1}')])
            states = [("s1", f"r{n:03d}", "entry", f'{{"n":{n}}}') for n in range(150)]
            states[20] = ("s1", "r005", "entry", '{"n":"same statement"}')
            states[100] = ("s1", "r010", "entry", '{"n":"next statement"}')
            states[101] = ("s1", "kept", "reply", '{"new":1}')
            states[140] = ("s1", "r130", "entry", '{"n":"one by one"}')
            _write_states(connection, states)
        with vault.reading() as session:
            rows = session.connection().exec_driver_sql("SELECT record_id, kind, state FROM sync_record")
            held = {record_id: (kind, state) for record_id, kind, state in rows}
    finally:
        vault.close()

    assert len(held) == 1 + 150 - 4  # "kept", and r000 to r149 but the four overwritten
    assert held["kept"] == ("reply", '{"new":1}')
    assert held["r005"] == ("entry", '{"n":"same statement"}')
    assert held["r010"] == ("entry", '{"n":"next statement"}')
    assert held["r130"] == ("entry", '{"n":"one by one"}')
    assert held["r149"] == ("entry", '{"n":149}')


stamps = st.builds(
    Timestamp,
    st.integers(0, 10**13 - 1),
    st.integers(0, 10**6 - 1),
    st.sampled_from(["d1", "d2", "dé\u2028x", 'd"q\\']),
)
changes = st.one_of(
    st.builds(lambda t, f, v: (Op.SET, t, f, v, ()), stamps, names, pulled_values),
    st.builds(
        lambda t, f, v, b: (Op.TEXT, t, f, v, tuple(b)),
        stamps,
        names,
        st.none() | st.text(),
        st.lists(stamps, max_size=2),
    ),
    st.builds(lambda t, v: (Op.APPEND, t, "", v, ()), stamps, st.dictionaries(names, pulled_values)),
    st.builds(lambda t: (Op.DELETE, t, "", None, ()), stamps),
)


@given(st.lists(changes, min_size=1, max_size=8), st.text(), st.text(min_size=1))
def test_a_pulled_state_is_kept_as_its_json_encodes(
    folded: list[tuple[Op, Timestamp, str, object, tuple[Timestamp, ...]]], scope: str, record: str
) -> None:
    """Fields, long-text versions (in conflict, superseded), an append-only record and a deletion, with
    values and device ids that JSON must escape: kept as the text the general encoder writes."""
    state: RecordState | None = None
    for op, stamp, name, value, bases in folded:
        state, _ = merge(state, Change(scope, record, "note", op, stamp, name, value, bases))
    assert state is not None
    assert state_json(state) == compact_json(state.to_json())
    tombstone = RecordState(scope, record, "note", deleted=state.deleted)
    assert stored_state(state) == compact_json((state if state.visible else tombstone).to_json())
