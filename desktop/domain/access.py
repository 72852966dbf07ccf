"""Who may see and do what, by role. Keys enforce the same rules across devices (see sync/).

Staff act for the school; a family member (on the family's own device) acts only for their own children
and only as themselves: reading, replying, acknowledging, signing and commenting, never writing the
school's records.
"""

import enum
from dataclasses import dataclass

from desktop.domain.school import StaffRole


class Capability(enum.StrEnum):
    WRITE_ENTRIES = "write_entries"
    READ_ENTRIES = "read_entries"
    TAILOR_AGREEMENTS = "tailor_agreements"
    EDIT_TEMPLATES = "edit_templates"
    MANAGE_FOLDERS = "manage_folders"
    MANAGE_FAMILIES = "manage_families"
    IMPORT_RECORDS = "import_records"
    EXPORT_RECORDS = "export_records"
    VIEW_AUDIT = "view_audit"
    PRINT = "print"
    REPLY_TO_ENTRIES = "reply_to_entries"
    """Reply to an entry or mark it read (staff record paper replies; a family member writes their own)."""
    SIGN_AGREEMENTS = "sign_agreements"
    COMMENT_ON_FOLDERS = "comment_on_folders"


class FamilyRole(enum.StrEnum):
    """Someone at home using the app on the family's own device."""

    FAMILY_MEMBER = "family_member"


Role = StaffRole | FamilyRole
"""Whoever acts: a member of staff in their role, or a family member."""

_FROM_HOME = frozenset(
    {
        Capability.REPLY_TO_ENTRIES,
        Capability.SIGN_AGREEMENTS,
        Capability.COMMENT_ON_FOLDERS,
    }
)


_STAFF_ALL = frozenset(Capability)
_BY_ROLE: dict[Role, frozenset[Capability]] = {
    StaffRole.ADMIN: _STAFF_ALL,
    StaffRole.SENCO: _STAFF_ALL - {Capability.VIEW_AUDIT, Capability.IMPORT_RECORDS},
    StaffRole.CLASS_TEACHER: frozenset(
        {
            Capability.WRITE_ENTRIES,
            Capability.READ_ENTRIES,
            Capability.MANAGE_FOLDERS,
            Capability.MANAGE_FAMILIES,
            Capability.PRINT,
        }
    )
    | _FROM_HOME,
    StaffRole.TEACHING_ASSISTANT: frozenset(
        {Capability.WRITE_ENTRIES, Capability.READ_ENTRIES, Capability.PRINT}
    )
    | _FROM_HOME,
    FamilyRole.FAMILY_MEMBER: _FROM_HOME | {Capability.READ_ENTRIES},
}


def may(role: Role, capability: Capability) -> bool:
    """Whether a person in this role may do this."""
    return capability in _BY_ROLE[role]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is using the app (or the command line) right now; recorded in the audit trail."""

    name: str
    role: Role
    staff_id: str | None = None
    family_member_id: str | None = None
    pupil_ids: tuple[str, ...] = ()
    """A family member's own children on this device: the only ones they may see or act for."""

    @property
    def is_family(self) -> bool:
        return self.role is FamilyRole.FAMILY_MEMBER

    def require(self, capability: Capability) -> None:
        if not may(self.role, capability):
            raise PermissionError(
                f"A {self.role.value.replace('_', ' ')} may not {capability.value.replace('_', ' ')}; "
                "ask a colleague whose role allows it."
            )

    def require_pupil(self, pupil_id: str) -> None:
        """A family member sees and acts for their own children only (staff: the device's keys decide)."""
        if self.is_family and pupil_id not in self.pupil_ids:
            raise PermissionError("That child's records are not shared with you; nothing was shown or saved.")

    def require_staff(self) -> None:
        """For the school's own work (writing folders, news, a class's day), which no family member does."""
        if self.is_family:
            raise PermissionError("Only the school's staff can do this; nothing was changed.")

    def require_own_name(self, name: str, family_member_id: str | None) -> None:
        """A family member writes only as themselves: a reply or signature in another's name is refused."""
        if self.is_family and (name != self.name or family_member_id != self.family_member_id):
            raise PermissionError("From home you can write only in your own name; nothing was saved.")
