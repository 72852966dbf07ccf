"""Who may see and do what, by role. Keys enforce the same rules across devices (see sync/)."""

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


_STAFF_ALL = frozenset(Capability)
_BY_ROLE: dict[StaffRole, frozenset[Capability]] = {
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
    ),
    StaffRole.TEACHING_ASSISTANT: frozenset(
        {Capability.WRITE_ENTRIES, Capability.READ_ENTRIES, Capability.PRINT}
    ),
}


def may(role: StaffRole, capability: Capability) -> bool:
    """Whether a member of staff in this role may do this."""
    return capability in _BY_ROLE[role]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is using the app (or the command line) right now; recorded in the audit trail."""

    name: str
    role: StaffRole
    staff_id: str | None = None

    def require(self, capability: Capability) -> None:
        if not may(self.role, capability):
            raise PermissionError(
                f"A {self.role.value.replace('_', ' ')} may not {capability.value.replace('_', ' ')}; "
                "ask a colleague whose role allows it."
            )
