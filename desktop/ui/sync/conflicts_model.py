"""What a sync conflict is about, in a person's words, and the choice that settles it.

`SyncConflict` names a record by its sync ids only. Here, on the task runner, the pupil and the
document are found through the services, and an agreement's versions, which travel as JSON, are read
back into `DocumentContent`, so the chooser can show them as the lines of the printed document. A text
this version of the app cannot read as a document is shown as plain text, line by line.

A choice is saved only if the texts are still the ones the person looked at: a third version that
arrived meanwhile must be seen before anything replaces it. No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.domain.agreements import Agreement, DocumentContent, DocumentVersion
from desktop.domain.pupils import Pupil
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.services.sync.conflicts import SyncConflict, SyncConflicts
from desktop.store.codec import from_plain, to_plain
from desktop.store.errors import InvalidInput

DOCUMENT_KINDS = frozenset({"agreement_version"})
"""Record kinds whose long text is a document's content (desktop/store/sync_store/kinds.py)."""


@dataclass(frozen=True, slots=True)
class ConflictSubject:
    """One conflict with what a SENCO needs to recognise it; empty names when it could not be found."""

    conflict: SyncConflict
    pupil: Pupil | None = None
    agreement: Agreement | None = None
    version: DocumentVersion | None = None
    contents: tuple[DocumentContent | None, ...] = ()
    """Each version read as a document (same order as conflict.versions); None where it is not one."""

    @property
    def key(self) -> tuple[str, str, str]:
        return self.conflict.scope_id, self.conflict.record_id, self.conflict.field

    @property
    def is_document(self) -> bool:
        return self.agreement is not None and all(c is not None for c in self.contents)


def document_of(text: str) -> DocumentContent | None:
    """A version's text as document content, or None if it is not one."""
    try:
        data = json.loads(text)
        return from_plain(DocumentContent, data) if isinstance(data, dict) else None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def text_of(content: DocumentContent) -> str:
    """Document content as the text the sync keeps (the canonical JSON spelling the store compares)."""
    return json.dumps(to_plain(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def read_subjects(context: ServiceContext) -> list[ConflictSubject]:
    """Every open conflict, each with its pupil and document when they are on this device."""
    conflicts = SyncConflicts(context).waiting()
    wanted = {c.record_id for c in conflicts if c.kind in DOCUMENT_KINDS}
    found: dict[str, tuple[Pupil, Agreement, DocumentVersion]] = {}
    if wanted:
        agreements = AgreementService(context)
        for pupil in SchoolService(context).pupils():
            try:
                held = agreements.for_pupil(pupil.id)
            except PermissionError:
                continue
            for agreement in held:
                for version in agreement.versions:
                    if version.id in wanted:
                        found[version.id] = (pupil, agreement, version)
            if len(found) == len(wanted):
                break
    subjects = []
    for conflict in conflicts:
        if conflict.record_id in found:
            pupil, agreement, version = found[conflict.record_id]
            contents = tuple(document_of(text) for text in conflict.versions)
            subjects.append(ConflictSubject(conflict, pupil, agreement, version, contents))
        else:
            subjects.append(ConflictSubject(conflict))
    return subjects


def keep(context: ServiceContext, subject: ConflictSubject, text: str) -> ConflictSubject:
    """Keep `text` in place of every version, if the versions are still those the person saw."""
    conflicts = SyncConflicts(context)
    current = next(
        (c for c in conflicts.waiting() if (c.scope_id, c.record_id, c.field) == subject.key), None
    )
    if current is None:
        raise InvalidInput(
            "These texts have already been settled (here, or on another device that synced since). "
            "Nothing was changed; the list now shows what is left to choose."
        )
    if current.versions != subject.conflict.versions:
        raise InvalidInput(
            "Another version of this text arrived while you were choosing. Nothing was changed; "
            "look at the texts again, then choose."
        )
    conflicts.resolve(current, text)
    return subject
