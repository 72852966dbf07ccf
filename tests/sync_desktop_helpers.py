"""Helpers for the desktop sync tests: school vaults on disk, a real server process, devices joining."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.sync.conflicts import SyncConflicts
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncService
from desktop.services.sync.joining import Enrolment
from desktop.store.vault import Vault
from sync.protocol import DeviceRole
from tests.conftest import PASSPHRASE, TODAY
from tests.sync_helpers import SETUP_TOKEN


@dataclass
class DesktopDevice:
    """One computer: its own vault (its own passphrase and key), acting as one person."""

    name: str
    vault: Vault
    context: ServiceContext

    @property
    def sync(self) -> SyncService:
        return SyncService(self.context)

    @property
    def joining(self) -> Enrolment:
        return Enrolment(self.context)

    @property
    def conflicts(self) -> SyncConflicts:
        return SyncConflicts(self.context)

    def scalar(self, sql: str, *params: object) -> object:
        with self.vault.reading() as session:
            return session.connection().exec_driver_sql(sql, params).scalar()


def open_device(root: Path, name: str, role: StaffRole = StaffRole.ADMIN, who: str = "") -> DesktopDevice:
    vault = Vault.create(root / name, PASSPHRASE)
    actor = Actor(who or f"{name} user", role)
    return DesktopDevice(name, vault, ServiceContext(vault, actor, clock=lambda: TODAY))


def found_admin(device: DesktopDevice, target: SyncTarget) -> None:
    device.sync.found_school(target, SETUP_TOKEN)


def enrol(
    admin: DesktopDevice,
    device: DesktopDevice,
    server_url: str,
    role: DeviceRole,
    *,
    class_ids: tuple[str, ...] = (),
    pupil_ids: tuple[str, ...] = (),
) -> None:
    """Invitation on the admin device, request on the new one, approval, and the new device's first sync."""
    slip = admin.joining.invite(role, class_ids=class_ids, pupil_ids=pupil_ids, label=device.name)
    assert not device.joining.join(slip.code, SyncTarget(server_url=server_url))
    assert [d.device_id for d in admin.joining.approve()] == [device.sync.status().device_id]
    admin.sync.sync_once()
    device.sync.sync_once()


def day(offset: int = 0) -> dt.date:
    return TODAY.date() - dt.timedelta(days=offset)


def build_school(context: ServiceContext, classes: int = 2) -> dict[str, object]:
    """Two classes of five pupils (names in several scripts), each with a parent; the first two pupils
    of the first class are siblings sharing their mother."""
    from desktop.domain.families import Channel, FamilyMember, Relationship
    from desktop.domain.pupils import Pupil
    from desktop.domain.school import School, SchoolClass, StaffMember
    from desktop.services.school import SchoolService
    from tests.conftest import PUPIL_NAMES

    teacher = StaffMember("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
    rooms = [
        SchoolClass(name, "3", staff_ids=(teacher.id,)) for name in ("Year 3 Oak", "Year 3 Ash")[:classes]
    ]
    service = SchoolService(context)
    service.set_up(School("Riverside Primary"), [teacher], rooms)
    pupils = [
        Pupil(
            legal_first_name=first,
            legal_last_name=last,
            preferred_first_name=preferred,
            date_of_birth=dt.date(2018, 1 + n, 3 + n),
            class_id=rooms[n * classes // len(PUPIL_NAMES)].id,
            upn=f"A{n:012d}",
            first_language=lang,
        )
        for n, (first, last, preferred, lang) in enumerate(PUPIL_NAMES)
    ]
    service.save_pupils(pupils)
    parents = [
        FamilyMember(
            name=f"Rodzic {p.first_name}" if n else "Elżbieta Wiśniewska",
            relationship=Relationship.MOTHER,
            pupil_ids=(p.id, pupils[1].id) if n == 0 else (p.id,),
            channel=Channel.APP,
            home_language=p.first_language,
        )
        for n, p in enumerate(pupils)
        if n != 1
    ]
    service.save_family_members(parents)
    return {"classes": rooms, "class": rooms[0], "teacher": teacher, "pupils": pupils, "parents": parents}
