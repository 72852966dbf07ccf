"""Who this device is for: whether it is a family device, the children on it, and who is using it.

The device's role comes from its sync registration (a family device was enrolled for its children only).
The person acting is one of those children's family members; with two carers on one device the window
lets them say which of them is using it, remembered in Linkbook's settings (an id, never a name).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.access import Actor, FamilyRole
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.services.sync.engine import SyncService
from desktop.store.vault import Vault
from desktop.ui.settings import Setting
from sync.protocol import DeviceRole

CHOSEN_MEMBER: Setting[str] = Setting("family/member_id", "", str)
"""The family member who last used this device (their record's id)."""

_READER = Actor("Linkbook", FamilyRole.FAMILY_MEMBER)


def is_family_device(vault: Vault) -> bool:
    """Whether this device was enrolled for a family (its sync registration says so)."""
    status = SyncService(ServiceContext(vault, _READER)).status()
    return status.set_up and status.role == DeviceRole.FAMILY.value


@dataclass(frozen=True, slots=True)
class Household:
    """The children whose records reached this device, and their family members."""

    children: tuple[Pupil, ...]
    members: tuple[FamilyMember, ...]

    def member(self, member_id: str) -> FamilyMember | None:
        return next((m for m in self.members if m.id == member_id), None)

    def actor(self, member_id: str = "") -> Actor:
        """The family member acting (the one asked for, else the first), for their own children only."""
        member = self.member(member_id) or (self.members[0] if self.members else None)
        on_device = [c.id for c in self.children]
        if member is None:
            return Actor("Family", FamilyRole.FAMILY_MEMBER, pupil_ids=tuple(on_device))
        mine = tuple(c for c in on_device if c in member.pupil_ids)
        return Actor(member.name, FamilyRole.FAMILY_MEMBER, family_member_id=member.id, pupil_ids=mine)


def load_household(vault: Vault) -> Household:
    """Read the device's children and their family members (a family device holds no one else's)."""
    school = SchoolService(ServiceContext(vault, _READER))
    children = tuple(school.pupils())
    members: dict[str, FamilyMember] = {}
    for child in children:
        for member in school.family_of(child.id):
            members.setdefault(member.id, member)
    ordered = sorted(members.values(), key=lambda m: (m.contact_order, m.name.casefold()))
    return Household(children, tuple(ordered))


def family_actor(vault: Vault) -> Actor:
    """Who the app acts as when it opens: the family member who used it last, else the first."""
    return load_household(vault).actor(CHOSEN_MEMBER.read())
