"""Who may change what, the same on every device: checked for every change that arrives.

A family device may reply, acknowledge, sign, comment on a folder and book (or cancel) a meeting,
nothing else; only the admin
device says whose records a scope holds. The engine (sync.client.SyncEngine) asks `admit` of each
change before it merges it.
"""

from __future__ import annotations

from desktop.store.sync_store.kinds import FAMILY_KINDS_DELETABLE, FAMILY_KINDS_WRITABLE, SCOPE_MARKER
from sync.merge import Change, Op
from sync.protocol import DeviceRegistration, DeviceRole


def admit(sender: DeviceRegistration, change: Change) -> bool:
    """Who may change what, the same on every device: a family device may reply, acknowledge, sign,
    comment on a folder and book a meeting, nothing else; only an admin device says whose records a scope
    holds."""
    if change.kind == SCOPE_MARKER:
        return sender.role is DeviceRole.ADMIN
    if sender.role is not DeviceRole.FAMILY:
        return True
    allowed = FAMILY_KINDS_WRITABLE.get(change.kind)
    if allowed is None:
        return False
    if change.op is Op.DELETE:
        return change.kind in FAMILY_KINDS_DELETABLE
    if not allowed:
        return change.op is Op.APPEND
    return change.op is Op.SET and change.field in allowed
