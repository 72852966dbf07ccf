"""This computer's row of sync_device: who it is in the school's sync, and where it syncs.

Ids, a role, an address and a path; its keys stay in the row and are read by the engine's store
(`store.VaultSyncTransaction.device_keys`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.store.schema_sync import SyncDeviceRow

_THIS_DEVICE = SyncDeviceRow.id == 1


@dataclass(frozen=True, slots=True)
class DeviceRow:
    """This device's row of sync_device, without its keys."""

    device_id: str = ""
    role: str = ""
    capture: bool = False
    server_url: str = ""
    folder: str = ""
    joining_code: str = ""


class ThisDevice:
    """This computer's sync_device row, read and changed in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def read(self) -> DeviceRow | None:
        """This device's row, or None before it ever made its keys."""
        t = SyncDeviceRow
        found = self._c.execute(
            select(t.device_id, t.role, t.capture, t.server_url, t.folder, t.joining_code).where(_THIS_DEVICE)
        ).first()
        if found is None:
            return None
        return DeviceRow(found[0], found[1], bool(found[2]), found[3], found[4], found[5])

    def update(
        self,
        *,
        role: str | None = None,
        capture: bool | None = None,
        server_url: str | None = None,
        folder: str | None = None,
        joining_code: str | None = None,
        unqueued: bool | None = None,
    ) -> None:
        """Set the given columns of this device's row (the others stay as they are)."""
        given = {
            "role": role,
            "capture": capture,
            "server_url": server_url,
            "folder": folder,
            "joining_code": joining_code,
            "unqueued": unqueued,
        }
        values = {name: value for name, value in given.items() if value is not None}
        if values:
            self._c.execute(update(SyncDeviceRow).where(_THIS_DEVICE).values(values))

    def role(self) -> str | None:
        """This device's role ("" while joining), or None before it made its keys."""
        return self._c.execute(select(SyncDeviceRow.role).where(_THIS_DEVICE)).scalar()
