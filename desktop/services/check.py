"""`linkbook check`: is the school's data whole? Schema, every encrypted page, the audit chain, the files."""

from dataclasses import dataclass, field

from desktop.domain.audit import AuditEvent, first_broken_link
from desktop.services.context import ServiceContext
from desktop.store import migrate
from desktop.store.blobs import BlobDamaged
from desktop.store.database import damage_of, integrity_problems
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.audit import AuditRepository


@dataclass(frozen=True, slots=True)
class CheckReport:
    schema: str | None
    expected_schema: str
    audit_events: int
    attachments: int
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


class CheckService:
    def __init__(self, context: ServiceContext) -> None:
        self.vault = context.vault

    def run(self) -> CheckReport:
        """Every check runs; damage found by one is reported and the rest still run where they can."""
        problems: list[str] = []
        if self.vault.lost_changes is not None:
            problems.append(f"database: {self.vault.lost_changes}")
        schema = None
        events: list[AuditEvent] = []
        attachment_ids: list[str] = []
        head = migrate.head_revision()
        try:
            schema = migrate.current_revision(self.vault.engine)
            if schema != head:
                problems.append(f"schema is {schema}, this version of Linkbook expects {head}")
            problems += [f"database: {p}" for p in integrity_problems(self.vault.engine)]
        except Exception as exc:
            damage = damage_of(exc)
            if damage is None:
                raise
            problems.append(f"database: damaged ({damage})")
        if len(problems) > (self.vault.lost_changes is not None):
            return CheckReport(schema, head, 0, 0, tuple(problems))
        with self.vault.reading() as session:
            events = AuditRepository(session).events()
            broken = first_broken_link(events)
            if broken is not None:
                problems.append(
                    f"audit trail: event {broken + 1} of {len(events)} was altered after it was written"
                )
            repo = AttachmentRepository(session, self.vault.blobs)
            attachment_ids = repo.ids()
            for attachment_id in attachment_ids:
                try:
                    repo.read(attachment_id)
                except BlobDamaged as exc:
                    problems.append(f"attachment {attachment_id[:8]}: {exc}")
        return CheckReport(
            schema=schema,
            expected_schema=head,
            audit_events=len(events),
            attachments=len(attachment_ids),
            problems=tuple(problems),
        )
