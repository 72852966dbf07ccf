"""Carrying out a previewed import: one transaction, audited, all or nothing.

Everything (classes, pupils, family members, the outside ids, the remembered mapping and the audit
events) is written inside one `vault.writing()` block, so an import that fails part-way changes nothing
and one that succeeds is on disk before it is reported. New records go in batches (ImportWriter), changed
ones through SchoolRepository; the audit events are chained in one go at the end of the transaction.
"""

from collections import Counter
from dataclasses import dataclass

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction, AuditEvent
from desktop.domain.ids import new_id
from desktop.services.context import ServiceContext
from desktop.services.imports import mappings
from desktop.services.imports.family import Step
from desktop.services.imports.plan import ImportPlan
from desktop.store.errors import InvalidInput
from desktop.store.repositories.import_mappings import ImportMappingRepository, ImportWriter
from desktop.store.repositories.school import SchoolRepository


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What was written, in the counts the preview promised."""

    added: int
    changed: int
    unchanged: int
    family_added: int
    family_changed: int
    classes_created: tuple[str, ...]
    rejected: int


def apply_plan(context: ServiceContext, plan: ImportPlan) -> ImportResult:
    """Write the plan, or nothing if the school changed since the preview (the plan would be stale)."""
    context.actor.require(Capability.IMPORT_RECORDS)
    source = plan.source
    events: list[AuditEvent] = []

    def audit(action: AuditAction, kind: str, record_id: str, pupil_id: str | None, detail: str) -> None:
        events.append(
            AuditEvent(context.now(), context.actor.name, action, kind, record_id, pupil_id, detail)
        )

    with context.vault.writing() as session:
        imports = ImportMappingRepository(session)
        if imports.audit_head() != plan.audit_head:
            raise InvalidInput(
                "The school's records changed after this preview was made (someone saved something). "
                "Nothing was imported; preview the import again."
            )
        repo = SchoolRepository(session)
        writer = ImportWriter(session)
        for school_class in plan.new_classes:
            repo.save_class(school_class)
            audit(AuditAction.CREATED, "class", school_class.id, None, f"by a {source.format} import")
        writer.add_pupils([step.pupil for step in plan.pupils if step.kind is Step.ADD])
        for step in plan.pupils:
            if step.kind is Step.CHANGE:
                repo.save_pupil(step.pupil)
        writer.add_family_members([f.member for f in plan.family if f.kind is Step.ADD])
        contacts_touched: Counter[str] = Counter()
        for family_step in plan.family:
            if family_step.kind is Step.CHANGE:
                repo.save_family_member(family_step.member)
            if family_step.kind is not Step.UNCHANGED:
                contacts_touched.update(family_step.member.pupil_ids)
        imports.save_links(source.source_key, "pupil", plan.pupil_links)
        imports.save_links(source.source_key, "family_member", plan.contact_links)
        for step in plan.pupils:
            if step.kind is Step.UNCHANGED and not contacts_touched[step.pupil.id]:
                continue
            what = {Step.ADD: "added", Step.CHANGE: "changed", Step.UNCHANGED: "contacts updated"}[step.kind]
            fields = f" ({', '.join(c.label for c in step.changes)})" if step.changes else ""
            audit(
                AuditAction.IMPORTED,
                "pupil",
                step.pupil.id,
                step.pupil.id,
                f"{what} by a {source.format} import{fields}",
            )
        if source.mapping is not None and source.mapping_source:
            mappings.remember(session, source.mapping_source, source.mapping, source.day_first, context.now())
        result = ImportResult(
            added=plan.count(Step.ADD),
            changed=plan.count(Step.CHANGE),
            unchanged=plan.count(Step.UNCHANGED),
            family_added=plan.family_count(Step.ADD),
            family_changed=plan.family_count(Step.CHANGE),
            classes_created=tuple(c.name for c in plan.new_classes),
            rejected=len(plan.rejections),
        )
        audit(
            AuditAction.IMPORTED,
            "import",
            new_id(),
            None,
            f"{source.format}: {result.added} added, {result.changed} changed, "
            f"{result.unchanged} unchanged, {result.rejected} rejected; "
            f"family {result.family_added} added, {result.family_changed} changed",
        )
        writer.append_audit(events)
    return result
