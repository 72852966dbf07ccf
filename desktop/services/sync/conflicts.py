"""Long texts edited on two devices that never saw each other: both versions kept, a person chooses.

The merge (sync.merge.TextRegister) never overwrites one version with the other; the store lists such
fields in sync_conflict (desktop/store/sync_store/capture.py). Here they are read with every version,
and a person's choice (one of them, or a merge they wrote) replaces them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.sync_store.backlog import SyncBacklog
from desktop.store.sync_store.capture import resolve_conflict


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """One long-text field of one record with versions written on two devices that never saw each other."""

    kind: str
    """The kind of record (see desktop/store/sync_store/kinds.py), e.g. "agreement_version"."""
    scope_id: str
    record_id: str
    field: str
    versions: tuple[str, ...]
    """Oldest first; the row shows the newest until a person chooses. Agreement content is its JSON."""


class SyncConflicts:
    """The texts this device holds in two versions (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def waiting(self) -> list[SyncConflict]:
        """Long texts edited on two devices at once, with every version, oldest first. The person picks
        (or merges) one and saves it through the usual service: that edit replaces all the versions."""
        with self.vault.reading() as session:
            listed = SyncBacklog(session).conflicts()
        found = []
        for listed_field in listed:
            register = listed_field.state.texts.get(listed_field.field)
            if register is not None and register.in_conflict:
                versions = tuple(str(head.value or "") for head in register.heads)
                found.append(
                    SyncConflict(
                        listed_field.kind,
                        listed_field.scope_id,
                        listed_field.record_id,
                        listed_field.field,
                        versions,
                    )
                )
        return found

    def resolve(self, conflict: SyncConflict, text: str) -> None:
        """Keep `text` (one of the versions, or a merge of them a person wrote) in place of them all."""
        with self.vault.writing() as session:
            try:
                resolve_conflict(session, conflict.scope_id, conflict.record_id, conflict.field, text)
            except ValueError:
                raise InvalidInput("That conflict has already been resolved on this device.") from None
            self.context.audit(session, AuditAction.CHANGED, conflict.kind, conflict.record_id[-32:])
