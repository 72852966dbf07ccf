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

Its request to join says which device it was (`claim_rejoin`), signed with the old key it still holds,
so the office's Devices tab lists one computer that joined again rather than a stranger beside a
removed device. The office believes the claim only if the signature checks against the registration
it gave the old device, and only for a device it removed (`rejoined_from`): a stranger with a valid
invitation cannot take over another computer's place in the list, and a server relaying the request
can drop the claim (the computer is then listed as new) but cannot make one up.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping

from desktop.services.sync.device import REMOVED_ERROR
from desktop.store.sync_store.enrolled import EnrolledDevices
from desktop.store.sync_store.rejoin import Rejoining
from desktop.store.vault import Vault
from sync.clock import Timestamp
from sync.crypto import CryptoError, DeviceKeys, DevicePublicKeys, Keyring, open_bundle
from sync.merge import Change, RecordState, Stamped, TextRegister
from sync.payload import decode_payload
from sync.protocol import PROTOCOL_VERSION, EnrolmentRequest, SealedBundle

Renamed = Mapping[Timestamp, Timestamp]


def start_again(vault: Vault, keys: DeviceKeys) -> int:
    """Make this removed device the new device `keys` (see the module docstring), in one transaction.

    Returns how many changes written here are queued again to be sent once the office approves it."""
    with vault.writing() as session:
        here = Rejoining(session)
        old = here.old_keys()
        keyring = Keyring(here.scope_keys())
        unsent = here.outbox()
        acknowledged = here.acknowledged_bundles()
        sealed = here.sealed_bundles()
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
        here.replace_outbox(queued)
        for scope_id, record_id in sorted({(q.scope_id, q.record_id) for q in queued}):
            state = here.record(scope_id, record_id)
            if state is not None:
                here.replace_record(_restamped_state(state, renamed))

        here.forget_bundles([b.bundle_id for b in sealed if b.device_id == old.device_id])
        here.become(keys, REMOVED_ERROR)
    return len(queued)


def _claim_bytes(request: EnrolmentRequest, old_device_id: str) -> bytes:
    """What the old key signs: the invitation, the old id and the new device's id and keys, each
    length-prefixed under a tag of its own, so the signature fits no other message."""
    fields = (
        b"linkbook rejoin",
        str(PROTOCOL_VERSION).encode(),
        request.invitation_id.encode(),
        old_device_id.encode(),
        request.device_id.encode(),
        request.exchange_public,
        request.signing_public,
    )
    return b"".join(struct.pack(">I", len(f)) + f for f in fields)


def claim_rejoin(request: EnrolmentRequest, old: DeviceKeys) -> EnrolmentRequest:
    """The request of a removed computer joining again, saying (signed with its old key) which it was."""
    signature = old.sign(_claim_bytes(request, old.device_id))
    return request.model_copy(update={"rejoining": old.device_id, "rejoining_signature": signature})


def rejoined_from(vault: Vault, request: EnrolmentRequest) -> str:
    """(Admin device) The removed device this request comes from, or "" if it claims none or its claim
    does not hold: the device must be one this admin approved and removed, and the claim must be signed
    with the key this admin registered for it."""
    old_id, signature = request.rejoining, request.rejoining_signature
    if old_id is None or signature is None or old_id == request.device_id:
        return ""
    with vault.reading() as session:
        registration = EnrolledDevices(session).removed_registration(old_id)
    if registration is None:
        return ""
    try:
        DevicePublicKeys.of(registration).verify(signature, _claim_bytes(request, old_id))
    except CryptoError:
        return ""
    return old_id


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
