"""What every service needs: the unlocked vault, who is acting, and the time."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.domain.access import Actor
from desktop.domain.audit import AuditAction, AuditEvent
from desktop.store.repositories.audit import AuditRepository
from desktop.store.vault import Vault


def local_now() -> dt.datetime:
    """Wall-clock time, naive, in the school's local zone (all stored times are local)."""
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    vault: Vault
    actor: Actor
    clock: Callable[[], dt.datetime] = field(default=local_now)

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        return self.clock().date()

    def audit(
        self,
        session: Session,
        action: AuditAction,
        record_kind: str,
        record_id: str,
        pupil_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Record who did what, in the same transaction as the change itself."""
        self.audit_each(session, action, record_kind, [(record_id, pupil_id)], detail)

    def audit_each(
        self,
        session: Session,
        action: AuditAction,
        record_kind: str,
        records: list[tuple[str, str | None]],
        detail: str = "",
    ) -> None:
        """audit for each (record id, pupil id) in turn, written together (a class's printed packs)."""
        AuditRepository(session).append_all(
            [
                AuditEvent(
                    at=self.now(),
                    actor=self.actor.name,
                    action=action,
                    record_kind=record_kind,
                    record_id=record_id,
                    pupil_id=pupil_id,
                    detail=detail,
                )
                for record_id, pupil_id in records
            ]
        )
