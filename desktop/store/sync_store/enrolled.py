"""sync_enrolled_device: the devices this admin device approved, removed ones kept (with when)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store.schema_sync import SyncEnrolledDeviceRow, SyncRegistrationRow
from sync.protocol import DeviceRegistration


@dataclass(frozen=True, slots=True)
class EnrolledDevice:
    device_id: str
    role: str
    label: str
    class_ids: tuple[str, ...] = ()
    pupil_ids: tuple[str, ...] = ()
    approved_at: str = ""
    removed_at: str = ""
    rejoined_from: str = ""
    """The removed device this one is, joined again with new keys (its claim checked at approval)."""


_t = SyncEnrolledDeviceRow


class EnrolledDevices:
    """The devices this admin device approved, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def all(self) -> list[EnrolledDevice]:
        """Every device approved here, removed ones included, oldest first."""
        rows = self._c.execute(
            select(
                _t.device_id,
                _t.role,
                _t.label,
                _t.class_ids,
                _t.pupil_ids,
                _t.approved_at,
                _t.removed_at,
                _t.rejoined_from,
            ).order_by(_t.approved_at)
        )
        return [
            EnrolledDevice(
                r[0], r[1], r[2], tuple(json.loads(r[3])), tuple(json.loads(r[4])), r[5], r[6], r[7]
            )
            for r in rows
        ]

    def remember(self, enrolled: EnrolledDevice) -> None:
        """Keep a device just approved (replacing any row of the same id)."""
        self._c.execute(
            insert(_t)
            .prefix_with("OR REPLACE")
            .values(
                device_id=enrolled.device_id,
                role=enrolled.role,
                label=enrolled.label,
                class_ids=json.dumps(enrolled.class_ids),
                pupil_ids=json.dumps(enrolled.pupil_ids),
                approved_at=enrolled.approved_at,
                removed_at="",
                rejoined_from=enrolled.rejoined_from,
            )
        )

    def mark_removed(self, device_id: str, at: str) -> None:
        """The school office removed the device at `at` (ISO time)."""
        self._c.execute(update(_t).where(_t.device_id == device_id).values(removed_at=at))

    def staff_classes(self) -> list[tuple[str, list[str]]]:
        """(device id, class ids) of every staff device not removed."""
        rows = self._c.execute(
            select(_t.device_id, _t.class_ids).where(_t.role == "staff", _t.removed_at == "")
        )
        return [(device_id, json.loads(class_ids)) for device_id, class_ids in rows]

    def removed_registration(self, device_id: str) -> DeviceRegistration | None:
        """The registration this admin gave `device_id`, if that device was approved here and removed."""
        r = SyncRegistrationRow
        found = self._c.execute(
            select(r.registration)
            .join(_t, _t.device_id == r.device_id)
            .where(_t.device_id == device_id, _t.removed_at != "")
        ).scalar()
        return DeviceRegistration.model_validate_json(found) if found is not None else None
