"""What imports remember (column mappings per source, which record each outside id became), and how
an import adds many records at once.

The two tables are described here with SQLAlchemy Core (revision 0003 creates them) so this module does
not depend on the ORM classes being in schema.py yet; the rows never leave this module either way.

`ImportWriter` inserts new pupils, family members and audit events in batches: a 1,500-pupil CTF
through SchoolRepository's one-row-at-a-time merges takes over ten seconds, in batches about one.
It writes exactly the rows SchoolRepository.save_pupil / save_family_member and AuditRepository.append
would (the audit events are sealed by the same AuditEvent.sealed chain).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    Table,
    delete,
    insert,
    select,
)
from sqlalchemy.orm import Session

from desktop.domain.audit import GENESIS_HASH, AuditEvent
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.store.chunks import in_chunks
from desktop.store.schema import (
    AuditRow,
    FamilyMemberRow,
    ImportLinkRow,
    ImportMappingRow,
    PupilFamilyRow,
    PupilRow,
)

import_mapping = cast(Table, ImportMappingRow.__table__)
import_link = cast(Table, ImportLinkRow.__table__)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """A CSV column mapping as last used for one source: header -> field, and the date order chosen."""

    source: str
    columns: dict[str, str]
    day_first: bool | None
    updated_at: dt.datetime


class ImportMappingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # Column mappings
    def mapping(self, source: str) -> ColumnMapping | None:
        row = self.session.execute(select(import_mapping).where(import_mapping.c.source == source)).first()
        if row is None:
            return None
        columns: dict[str, Any] = row.columns
        return ColumnMapping(
            row.source, {str(k): str(v) for k, v in columns.items()}, row.day_first, row.updated_at
        )

    def mappings(self) -> list[ColumnMapping]:
        rows = self.session.execute(select(import_mapping).order_by(import_mapping.c.source))
        return [ColumnMapping(r.source, dict(r.columns), r.day_first, r.updated_at) for r in rows]

    def save_mapping(self, mapping: ColumnMapping) -> None:
        self.session.execute(delete(import_mapping).where(import_mapping.c.source == mapping.source))
        self.session.execute(
            insert(import_mapping).values(
                source=mapping.source,
                columns=dict(mapping.columns),
                day_first=mapping.day_first,
                updated_at=mapping.updated_at,
            )
        )

    # Outside ids
    def links(self, source: str, record_kind: str) -> dict[str, str]:
        """External id -> record id for one source and kind of record."""
        rows = self.session.execute(
            select(import_link.c.external_id, import_link.c.record_id).where(
                import_link.c.source == source, import_link.c.record_kind == record_kind
            )
        )
        return {r.external_id: r.record_id for r in rows}

    def save_links(self, source: str, record_kind: str, links: dict[str, str]) -> None:
        """Remember (or move) each external id to its record."""
        if not links:
            return
        for chunk in in_chunks(links):
            self.session.execute(
                delete(import_link).where(
                    import_link.c.source == source,
                    import_link.c.record_kind == record_kind,
                    import_link.c.external_id.in_(chunk),
                )
            )
        self.session.execute(
            insert(import_link),
            [
                {"source": source, "record_kind": record_kind, "external_id": e, "record_id": r}
                for e, r in links.items()
            ],
        )

    def audit_head(self) -> str:
        """The newest audit event's hash: every saved change appends one, so it shows any change."""
        last = self.session.scalar(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1))
        return last or GENESIS_HASH


class ImportWriter:
    """Batch inserts of records an import adds (new ids only: changes go through SchoolRepository)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add_pupils(self, pupils: list[Pupil]) -> None:
        if not pupils:
            return
        self.session.execute(
            insert(PupilRow),
            [
                {
                    "id": p.id,
                    "class_id": p.class_id,
                    "upn": p.upn,
                    "legal_first_name": p.legal_first_name,
                    "legal_last_name": p.legal_last_name,
                    "preferred_first_name": p.preferred_first_name,
                    "preferred_last_name": p.preferred_last_name,
                    "date_of_birth": p.date_of_birth,
                    "sen_status": p.sen_status.value,
                    "first_language": p.first_language,
                    "photo_consent": p.photo_consent.value,
                }
                for p in pupils
            ],
        )

    def add_family_members(self, members: list[FamilyMember]) -> None:
        """Pupils and classes saved so far in the transaction are written first: the links refer to them."""
        self.session.flush()
        if not members:
            return
        self.session.execute(
            insert(FamilyMemberRow),
            [
                {
                    "id": m.id,
                    "name": m.name,
                    "relationship": m.relationship.value,
                    "parental_responsibility": m.parental_responsibility,
                    "channel": m.channel.value,
                    "home_language": m.home_language,
                    "large_print": m.large_print,
                    "devices": sorted(d.value for d in m.devices),
                    "connectivity": m.connectivity.value,
                    "phone": m.phone,
                    "email": m.email,
                    "household": m.household,
                    "contact_order": m.contact_order,
                }
                for m in members
            ],
        )
        links = [{"pupil_id": p, "family_member_id": m.id} for m in members for p in m.pupil_ids]
        if links:
            self.session.execute(insert(PupilFamilyRow), links)

    def append_audit(self, events: list[AuditEvent]) -> None:
        """Chain the events, in order, after the last one. Call inside the write transaction."""
        if not events:
            return
        self.session.flush()
        previous = self.session.scalar(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1))
        previous = previous or GENESIS_HASH
        rows = []
        for event in events:
            sealed = event.sealed(previous)
            previous = sealed.hash
            rows.append(
                {
                    "id": sealed.id,
                    "at": sealed.at,
                    "actor": sealed.actor,
                    "action": sealed.action.value,
                    "record_kind": sealed.record_kind,
                    "record_id": sealed.record_id,
                    "pupil_id": sealed.pupil_id,
                    "detail": sealed.detail,
                    "prev_hash": sealed.prev_hash,
                    "hash": sealed.hash,
                }
            )
        self.session.execute(insert(AuditRow), rows)
