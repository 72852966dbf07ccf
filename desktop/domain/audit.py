"""The audit trail: who did what to which child's record, chained by hash so edits show."""

import datetime as dt
import enum
import hashlib
import json
from dataclasses import dataclass, field, replace

from desktop.domain.ids import new_id

GENESIS_HASH = "0" * 64


class AuditAction(enum.StrEnum):
    VIEWED = "viewed"
    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"
    PRINTED = "printed"
    EXPORTED = "exported"
    IMPORTED = "imported"
    SIGNED = "signed"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    at: dt.datetime
    actor: str
    action: AuditAction
    record_kind: str
    record_id: str
    pupil_id: str | None = None
    detail: str = ""
    prev_hash: str = GENESIS_HASH
    hash: str = ""
    id: str = field(default_factory=new_id)

    def digest(self) -> str:
        """The hash of this event's content chained to the hash before it."""
        payload = json.dumps(
            [
                self.id,
                self.at.isoformat(),
                self.actor,
                str(self.action),
                self.record_kind,
                self.record_id,
                self.pupil_id,
                self.detail,
                self.prev_hash,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def sealed(self, prev_hash: str) -> "AuditEvent":
        """This event linked after the event whose hash is prev_hash."""
        linked = replace(self, prev_hash=prev_hash, hash="")
        return replace(linked, hash=linked.digest())


def first_broken_link(events: list[AuditEvent]) -> int | None:
    """Index of the first event whose hash or link does not hold, or None if the chain is whole."""
    prev = GENESIS_HASH
    for index, event in enumerate(events):
        if event.prev_hash != prev or event.digest() != event.hash:
            return index
        prev = event.hash
    return None
