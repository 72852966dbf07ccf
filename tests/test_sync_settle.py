"""Records that waited for a parent are written, once it arrives, from the state sync_record holds.

A pull keeps in memory the states of the records it left waiting, so that `settle` need neither read
nor decode them again (a joining device may leave most of a school waiting). What it writes must still
be what sync_record holds when another transaction changed a waiting record in between, or when the
transaction that held a state was rolled back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.sync_store.capture import stored_state
from desktop.store.sync_store.store import VaultSyncStore
from desktop.store.vault import Vault
from sync.clock import HybridLogicalClock
from sync.merge import Change, Op, RecordState, merge

SCOPE = "s" + "0" * 32
CLASS_ID = "c" * 32
EVENT_ID = "e" * 32


def _record(kind: str, record_id: str, clock: HybridLogicalClock, **fields: object) -> RecordState:
    state: RecordState | None = None
    for name, value in fields.items():
        state, _ = merge(state, Change(SCOPE, record_id, kind, Op.SET, clock.now(), name, value))
    assert state is not None
    return state


def _event(clock: HybridLogicalClock, title: str) -> RecordState:
    return _record(
        "event",
        EVENT_ID,
        clock,
        class_id=CLASS_ID,
        title=title,
        starts_on="2026-07-01",
        location="Field",
        details="",
    )


def _class(clock: HybridLogicalClock) -> RecordState:
    return _record("class", CLASS_ID, clock, name="Oak", year_group="Y3", sections=[])


def _title(vault: Vault) -> str | None:
    with vault.reading() as session:
        found = (
            session.connection()
            .exec_driver_sql("SELECT title FROM school_event WHERE id = ?", (EVENT_ID,))
            .first()
        )
    return None if found is None else str(found[0])


def _waiting_event(vault: Vault) -> tuple[HybridLogicalClock, VaultSyncStore]:
    """A store that has pulled the "Sports day" event before its class (so it waits), and the clock."""
    clock = HybridLogicalClock("dother")
    store = VaultSyncStore(vault)
    with store.transaction() as tx:
        tx.save_records([_event(clock, "Sports day")])
    return clock, store


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault.create(tmp_path / "office", "a passphrase for the tests")


def test_a_waiting_record_changed_by_another_transaction_is_written_as_sync_record_holds_it(
    vault: Vault,
) -> None:
    clock, store = _waiting_event(vault)
    assert _title(vault) is None, "the event waits for its class"
    with vault.writing() as session:  # e.g. the school erasing or editing it meanwhile
        session.connection().exec_driver_sql(
            "UPDATE sync_record SET state = ? WHERE record_id = ?",
            (stored_state(_event(clock, "Sports day, moved indoors")), EVENT_ID),
        )
    with store.transaction() as tx:
        tx.save_records([_class(clock)])
    assert store.settle() == 0
    assert _title(vault) == "Sports day, moved indoors"


def test_a_waiting_record_held_by_a_rolled_back_transaction_is_written_as_sync_record_holds_it(
    vault: Vault,
) -> None:
    clock, store = _waiting_event(vault)
    with pytest.raises(OSError), store.transaction() as tx:
        tx.save_records([_event(clock, "Sports day, never saved")])
        raise OSError("the disk went away")
    with store.transaction() as tx:
        tx.save_records([_class(clock)])
    assert store.settle() == 0
    assert _title(vault) == "Sports day"


def test_a_waiting_record_is_written_once_its_parent_arrives(vault: Vault) -> None:
    clock, store = _waiting_event(vault)
    with store.transaction() as tx:
        tx.save_records([_event(clock, "Sports day, moved indoors")])
    with store.transaction() as tx:
        tx.save_records([_class(clock)])
    assert _title(vault) is None
    assert store.settle() == 0
    assert _title(vault) == "Sports day, moved indoors"
