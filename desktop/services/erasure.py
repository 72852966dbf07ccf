"""Erasure: a pupil, or one kind of a pupil's records, removed for good.

What goes, in one transaction: the rows (entries, replies, acknowledgements, agreements with every
version and signature, folders and pieces of work, photos that show the child, family members who are
nobody else's, consent history, drafts, the links to outside systems' ids), their rows in the full-text
index (which is then merged, so no deleted term lingers in its segments), and the export file names in
the requests register. The erasure register gets a line that names no one, and the audit trail an event.
After the commit, blob files nothing refers to are deleted and the write-ahead log is checkpointed and
truncated, so the old pages are gone from the data folder and, since a backup copies only what is
there, from every later backup.

Other devices learn of an erasure through sync: `hand_on_for_sync` is the one place the erased ids leave
this module, inside the erasing transaction, so a tombstone is queued exactly when the erasure commits;
the same step purges the erased values from this device's sync tables (desktop/store/sync_store/erasure.py).
"""

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.domain.agreements import DocumentKind
from desktop.domain.audit import AuditAction
from desktop.domain.records import RecordKind
from desktop.services.context import ServiceContext
from desktop.services.retention import SEN_KINDS, RetentionService, require_admin
from desktop.store.database import truncate_write_ahead_log
from desktop.store.errors import InvalidInput
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.erasure import PupilRecordsEraser
from desktop.store.repositories.records import ErasureEntry, ErasureRegister, RequestRepository
from desktop.store.repositories.school import SchoolRepository
from desktop.store.sync_store.erasure import SyncErasure


@dataclass(frozen=True, slots=True)
class ErasedRecords:
    """What an erasure removed: the ids of each kind of record, as sync knows the kinds."""

    scope: str
    """"pupil", or the record kind erased (RecordKind value)."""
    pupil_id: str
    ids: Mapping[str, tuple[str, ...]]


class TombstoneSink(Protocol):
    """Receives the erased ids inside the erasing transaction (the sync outbox queues tombstones)."""

    def erased(self, session: Session, records: ErasedRecords) -> None: ...


@dataclass(frozen=True, slots=True)
class ErasureReceipt:
    entry: ErasureEntry
    records: ErasedRecords
    blobs_removed: int


class ErasureService:
    def __init__(self, context: ServiceContext, tombstones: TombstoneSink | None = None) -> None:
        """tombstones: where erased ids go for other devices; by default this device's sync state
        (tombstones queued, the erased values purged from it), which is also right before it syncs."""
        self.context = context
        self.vault = context.vault
        self.tombstones: TombstoneSink = tombstones if tombstones is not None else SyncErasure()

    def erase_pupil(self, pupil_id: str, reason: str, request_id: str | None = None) -> ErasureReceipt:
        """Remove the pupil and everything held about them."""
        return self._erase("pupil", pupil_id, lambda eraser: eraser.pupil(pupil_id), reason, request_id)

    def erase_records(
        self, pupil_id: str, kind: RecordKind, reason: str, *, due_only: bool = False
    ) -> ErasureReceipt:
        """Remove one kind of a pupil's records; with due_only, only those past their retention period."""
        through: dt.date | None = None
        if due_only:
            rule = RetentionService(self.context).rules()[kind]
            through = rule.latest_due(self.context.today())
        work: Callable[[PupilRecordsEraser], None]
        if kind is RecordKind.LINK_BOOK:
            work = lambda eraser: eraser.link_book(pupil_id, through)  # noqa: E731
        elif kind is RecordKind.WORK_FOLDER:
            work = lambda eraser: eraser.work_folders(pupil_id, through)  # noqa: E731
        elif kind in (RecordKind.SEN_RECORD, RecordKind.AGREEMENT):
            kinds = SEN_KINDS if kind is RecordKind.SEN_RECORD else (DocumentKind.AGREEMENT,)
            if due_only:
                due = {i.pupil_id for i in RetentionService(self.context).review() if i.kind is kind}
                if pupil_id not in due:
                    raise InvalidInput("None of this pupil's records of that kind are due for deletion yet.")
            work = lambda eraser: eraser.agreements(pupil_id, kinds)  # noqa: E731
        else:
            raise InvalidInput(
                f"{kind.value} records are not erased on their own; erase the whole pupil instead."
            )
        return self._erase(kind.value, pupil_id, work, reason, None)

    def register(self) -> list[ErasureEntry]:
        """The erasure register, oldest first."""
        require_admin(self.context, "read the erasure register")
        with self.vault.reading() as session:
            return ErasureRegister(session).entries()

    def hand_on_for_sync(self, session: Session, records: ErasedRecords) -> None:
        """THE place erased ids leave for other devices: the sync outbox turns them into tombstones."""
        self.tombstones.erased(session, records)

    def _erase(
        self,
        scope: str,
        pupil_id: str,
        work: Callable[[PupilRecordsEraser], None],
        reason: str,
        request_id: str | None,
    ) -> ErasureReceipt:
        require_admin(self.context, "erase records")
        if not reason.strip():
            raise InvalidInput("Say why these records are erased (for example: retention period over).")
        with self.vault.writing() as session:
            if SchoolRepository(session).pupil(pupil_id) is None:
                raise InvalidInput("That pupil is not on roll in this school (already erased?).")
            eraser = PupilRecordsEraser(session)
            work(eraser)
            eraser.compact_search_index()
            if scope == "pupil":
                RequestRepository(session).forget_export_files(pupil_id)
            counts = eraser.erased.counts()
            entry = ErasureEntry(
                erased_at=self.context.now(),
                erased_by=self.context.actor.name,
                scope=scope,
                subject_id=pupil_id,
                reason=reason.strip(),
                counts=counts,
                request_id=request_id,
            )
            ErasureRegister(session).add(entry)
            summary = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "nothing"
            self.context.audit(session, AuditAction.DELETED, scope, entry.id, pupil_id, f"erased: {summary}")
            records = ErasedRecords(
                scope, pupil_id, {kind: tuple(ids) for kind, ids in eraser.erased.by_kind.items()}
            )
            self.hand_on_for_sync(session, records)
            blob_names = set(eraser.erased.blob_names)
        removed = self._remove_blobs(blob_names)
        self._truncate_log()
        return ErasureReceipt(entry, records, removed)

    def _remove_blobs(self, names: set[str]) -> int:
        """Delete the files of blobs that no attachment refers to (checked again, after the commit)."""
        if not names:
            return 0
        with self.vault.reading() as session:
            still = AttachmentRepository(session, self.vault.blobs).blob_names_in_use(names)
        removed = 0
        for name in sorted(names - still):
            if self.vault.blobs.exists(name):
                self.vault.blobs.delete(name)
                removed += 1
        return removed

    def _truncate_log(self) -> None:
        """Copy the overwritten pages into the database file and empty the write-ahead log, which still
        holds the pages as they were before the erasure."""
        truncate_write_ahead_log(self.vault.engine)
