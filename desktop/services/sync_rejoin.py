"""A computer the school office removed joins again from its own data folder, as a new device.

The removed device's keys are revoked for good (the server refuses them, and every scope it held was
rotated), so it cannot simply carry on: it makes new device keys, so a new device id, and asks to join
with a new invitation like any other computer. Before it asks, `start_again`:

- keeps every record on the computer: the app's rows and their merge states stay as they are;
- queues again whatever was written here and never reached the school: changes still in the outbox,
  and bundles sealed but acknowledged by no server or folder. A change must carry its sender's device
  id in its timestamp (`sync.client`), so each one is re-stamped with the new id, keeping its time, so
  that it still counts as written when it was: an edit made while removed does not beat a later edit
  of someone else's. The merge states here are re-stamped the same way, so this computer and the others
  agree on every version (a long text keeps one head, not two);
- forgets what belonged to the old identity: its role, its sealed bundles (signed with the old key, no
  channel would take them from the new one), the scope keys (the approval brings the current ones, and
  every generation of the scopes granted, for bundles not yet opened here), the admins it trusted and
  the registrations it checked (the approval pins the admin again), and the "removed" mark of its runs.

Pull positions and what was already applied are kept, so after the approval the computer fetches only
what the school wrote since, and sends what it wrote meanwhile. Changes to a pupil the new invitation
does not cover stay queued here (counted as waiting to send) until the office grants that pupil.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from desktop.services.sync_device import REMOVED_ERROR
from desktop.store.sync_store.capture import stored_state
from desktop.store.sync_store.fresh import compact_json
from desktop.store.vault import Vault
from sync.clock import Timestamp
from sync.crypto import CryptoError, DeviceKeys, Keyring, ScopeKey, open_bundle
from sync.merge import Change, RecordState, Stamped, TextRegister
from sync.payload import decode_payload
from sync.protocol import SealedBundle

Renamed = Mapping[Timestamp, Timestamp]


def start_again(vault: Vault, keys: DeviceKeys) -> int:
    """Make this removed device the new device `keys` (see the module docstring), in one transaction.

    Returns how many changes written here are queued again to be sent once the office approves it."""
    with vault.writing() as session:
        c = session.connection()
        old = DeviceKeys.from_bytes(
            bytes(c.exec_driver_sql("SELECT keys FROM sync_device WHERE id = 1").scalar())
        )
        keyring = Keyring(
            ScopeKey(scope_id, generation, bytes(secret))
            for scope_id, generation, secret in c.exec_driver_sql(
                "SELECT scope_id, generation, key FROM sync_scope_key"
            )
        )
        unsent = [
            Change.from_json(scope_id, json.loads(encoded))
            for scope_id, encoded in c.exec_driver_sql(
                "SELECT scope_id, change FROM sync_outbox ORDER BY seq"
            )
        ]
        acknowledged = {r[0] for r in c.exec_driver_sql("SELECT DISTINCT bundle_id FROM sync_acknowledged")}
        sealed = [
            SealedBundle.model_validate_json(r[0])
            for r in c.exec_driver_sql("SELECT bundle FROM sync_outgoing")
        ]
        for bundle in sealed:
            if bundle.device_id == old.device_id and bundle.bundle_id not in acknowledged:
                unsent += _changes_in(bundle, keyring, old)

        renamed = {
            change.stamp: Timestamp(change.stamp.wall_ms, change.stamp.counter, keys.device_id)
            for change in unsent
            if change.stamp.device_id == old.device_id
        }
        restamped = (_restamped(change, renamed) for change in unsent)
        queued = sorted({(q.scope_id, q.stamp): q for q in restamped}.values(), key=_order)
        c.exec_driver_sql("DELETE FROM sync_outbox")
        if queued:
            c.exec_driver_sql(
                "INSERT INTO sync_outbox (scope_id, stamp, change) VALUES (?, ?, ?)",
                [(q.scope_id, q.stamp.encode(), compact_json(q.to_json())) for q in queued],
            )
        for scope_id, record_id in sorted({(q.scope_id, q.record_id) for q in queued}):
            found = c.exec_driver_sql(
                "SELECT state FROM sync_record WHERE scope_id = ? AND record_id = ?", (scope_id, record_id)
            ).scalar()
            if found is not None:
                state = _restamped_state(RecordState.from_json(json.loads(found)), renamed)
                c.exec_driver_sql(
                    "UPDATE sync_record SET state = ? WHERE scope_id = ? AND record_id = ?",
                    (stored_state(state), scope_id, record_id),
                )

        own = [(b.bundle_id,) for b in sealed if b.device_id == old.device_id]
        if own:
            c.exec_driver_sql("DELETE FROM sync_outgoing WHERE bundle_id = ?", own)
            c.exec_driver_sql("DELETE FROM sync_acknowledged WHERE bundle_id = ?", own)
        for table in ("sync_scope_key", "sync_trusted_admin", "sync_registration", "sync_scope_member"):
            c.exec_driver_sql(f"DELETE FROM {table}")
        c.exec_driver_sql(
            "UPDATE sync_device SET device_id = ?, keys = ?, role = '', joining_code = '' WHERE id = 1",
            (keys.device_id, keys.to_bytes()),
        )
        c.exec_driver_sql("UPDATE sync_run SET last_error = '' WHERE last_error = ?", (REMOVED_ERROR,))
    return len(queued)


def _changes_in(bundle: SealedBundle, keyring: Keyring, sender: DeviceKeys) -> list[Change]:
    """The changes of one of this device's own sealed bundles (its keys opened it when it sealed it)."""
    try:
        return decode_payload(open_bundle(bundle, keyring, sender.public), bundle.scope_id)
    except (CryptoError, ValueError):
        return []  # not one this device can open: nothing of it was ever readable here either


def _order(change: Change) -> tuple[str, str]:
    return change.scope_id, change.stamp.encode()


def _stamp(stamp: Timestamp, renamed: Renamed) -> Timestamp:
    return renamed.get(stamp, stamp)


def _stamps(stamps: Iterable[Timestamp], renamed: Renamed) -> tuple[Timestamp, ...]:
    return tuple(_stamp(s, renamed) for s in stamps)


def _restamped(change: Change, renamed: Renamed) -> Change:
    return Change(
        change.scope_id,
        change.record_id,
        change.kind,
        change.op,
        _stamp(change.stamp, renamed),
        change.field,
        change.value,
        _stamps(change.bases, renamed),
    )


def _restamped_state(state: RecordState, renamed: Renamed) -> RecordState:
    """The same state with each re-stamped change's old stamp replaced by its new one."""

    def stamped(value: Stamped) -> Stamped:
        return Stamped(value.value, _stamp(value.stamp, renamed))

    return RecordState(
        state.scope_id,
        state.record_id,
        state.kind,
        {name: stamped(value) for name, value in state.fields.items()},
        {
            name: TextRegister(
                {_stamp(s, renamed): text for s, text in register.versions.items()},
                set(_stamps(register.superseded, renamed)),
            )
            for name, register in state.texts.items()
        },
        stamped(state.created) if state.created is not None else None,
        _stamp(state.deleted, renamed) if state.deleted is not None else None,
    )
