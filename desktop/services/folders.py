"""Work folders: collect a child's work for the week or month, add feedback, send home, get comments."""

import datetime as dt
import mimetypes
from dataclasses import replace

from desktop.domain.access import Capability
from desktop.domain.attachments import Attachment
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FamilyComment, FolderStatus, WorkFolder, WorkItem
from desktop.services.consent import check_folder_photos
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.folders import WorkFolderRepository
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.search import SearchIndex

MAX_ATTACHMENT = 50 * 1024 * 1024
ACCEPTED_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "application/pdf")


class WorkFolderService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def open_folder(self, pupil_id: str, period: Period) -> WorkFolder:
        """The pupil's folder for the period, made (as a draft) if there is none yet."""
        self.context.actor.require(Capability.MANAGE_FOLDERS)
        with self.vault.reading() as session:
            existing = WorkFolderRepository(session).for_pupil(pupil_id, period)
        if existing:
            return existing[0]
        folder = WorkFolder(pupil_id=pupil_id, period=period)
        self._store(folder, AuditAction.CREATED)
        return folder

    def add_item(self, folder_id: str, item: WorkItem) -> WorkFolder:
        self.context.actor.require_staff()
        if not item.title.strip():
            raise InvalidInput("Give the piece of work a title.")
        folder = self.folder(folder_id)
        updated = replace(folder, items=(*folder.items, item))
        self._store(updated, AuditAction.CHANGED)
        return updated

    def update_item(self, folder_id: str, item: WorkItem) -> WorkFolder:
        self.context.actor.require_staff()
        folder = self.folder(folder_id)
        if all(i.id != item.id for i in folder.items):
            raise InvalidInput("That piece of work is no longer in the folder.")
        updated = replace(folder, items=tuple(item if i.id == item.id else i for i in folder.items))
        self._store(updated, AuditAction.CHANGED)
        return updated

    def remove_item(self, folder_id: str, item_id: str) -> WorkFolder:
        """Take a piece of work out of a draft folder; a folder that went home keeps what the family saw."""
        self.context.actor.require_staff()
        folder = self.folder(folder_id)
        if folder.status is not FolderStatus.DRAFT:
            raise InvalidInput(
                "This folder has gone home, so its work stays as the family saw it. "
                "Set it back to draft first if the piece really must go."
            )
        if all(i.id != item_id for i in folder.items):
            raise InvalidInput("That piece of work is no longer in the folder.")
        updated = replace(folder, items=tuple(i for i in folder.items if i.id != item_id))
        self._store(updated, AuditAction.CHANGED)
        return updated

    def for_class(self, class_id: str, period: Period) -> dict[str, WorkFolder]:
        """The period's folders of the class's pupils, by pupil id, without making any."""
        with self.vault.reading() as session:
            pupil_ids = [p.id for p in SchoolRepository(session).pupils(class_id)]
            return WorkFolderRepository(session).for_pupils(pupil_ids, period)

    def attachment(self, attachment_id: str) -> Attachment:
        """What is known of a stored photo or scan (its name and type), without reading its bytes."""
        with self.vault.reading() as session:
            found = AttachmentRepository(session, self.vault.blobs).get(attachment_id)
        if found is None:
            raise InvalidInput("That photo or scan is not in this school's records.")
        return found

    def attach(self, pupil_id: str, data: bytes, filename: str, media_type: str | None = None) -> Attachment:
        """Store a photo or scan of work, encrypted; returns what to put on a work item."""
        self.context.actor.require_staff()
        media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if media_type not in ACCEPTED_TYPES:
            raise InvalidInput(f"{filename} is not a photo, a scan or a PDF; add a PNG, JPEG or PDF file.")
        if len(data) > MAX_ATTACHMENT:
            raise InvalidInput(
                f"{filename} is over {MAX_ATTACHMENT // 2**20} MB; scan it at a lower resolution."
            )
        with self.vault.writing() as session:
            attachment = AttachmentRepository(session, self.vault.blobs).add(
                data, filename, media_type, (pupil_id,), self.context.now()
            )
            self.context.audit(session, AuditAction.CREATED, "attachment", attachment.id, pupil_id)
        return attachment

    def attachment_bytes(self, attachment_id: str) -> bytes:
        with self.vault.reading() as session:
            return AttachmentRepository(session, self.vault.blobs).read(attachment_id)

    def set_status(self, folder_id: str, status: FolderStatus) -> WorkFolder:
        self.context.actor.require_staff()
        folder = self.folder(folder_id)
        if status is FolderStatus.SENT and not folder.items:
            raise InvalidInput("The folder is empty; add a piece of work before sending it home.")
        updated = replace(folder, status=status)
        self._store(updated, AuditAction.CHANGED)
        return updated

    def add_family_comment(
        self, folder_id: str, text: str, by_name: str, method: Method, at: dt.datetime | None = None
    ) -> WorkFolder:
        """The family's comment on a folder, typed from a paper slip by staff or written in the app.

        From the family's device the folder's status stays as the school set it: a family device may
        change only the comment (see services/sync/admission.py), and every device must end up the same.
        """
        actor = self.context.actor
        actor.require(Capability.COMMENT_ON_FOLDERS)
        if actor.is_family:
            actor.require_own_name(by_name, actor.family_member_id)
            if method is not Method.DIGITAL:
                raise PermissionError("From home a comment is written in the app.")
        if not text.strip():
            raise InvalidInput("The comment is empty; type what the family wrote.")
        folder = self.folder(folder_id)
        if actor.is_family and folder.status is FolderStatus.DRAFT:
            raise InvalidInput("The school has not sent this folder home yet.")
        comment = FamilyComment(text=text, by_name=by_name, at=at or self.context.now(), method=method)
        status = folder.status if actor.is_family else FolderStatus.RETURNED
        updated = replace(folder, family_comment=comment, status=status)
        self._store(updated, AuditAction.CHANGED)
        return updated

    def folder(self, folder_id: str) -> WorkFolder:
        with self.vault.reading() as session:
            found = WorkFolderRepository(session).folder(folder_id)
        if found is None:
            raise InvalidInput("That folder is not in this school's records.")
        self.context.actor.require_pupil(found.pupil_id)
        return found

    def for_pupil(self, pupil_id: str) -> list[WorkFolder]:
        """The pupil's folders; a family member sees only those the school has sent home."""
        self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            found = WorkFolderRepository(session).for_pupil(pupil_id)
        if self.context.actor.is_family:
            return [f for f in found if f.status is not FolderStatus.DRAFT]
        return found

    def starting_within(
        self, pupil_ids: list[str], first: dt.date, last: dt.date
    ) -> dict[str, list[WorkFolder]]:
        """Each pupil's folders (as for_pupil) whose period starts between the dates, read together: what
        a class's packs for a week or a month may carry."""
        for pupil_id in pupil_ids:
            self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            found = WorkFolderRepository(session).starting_within(pupil_ids, first, last)
        if self.context.actor.is_family:
            return {p: [f for f in fs if f.status is not FolderStatus.DRAFT] for p, fs in found.items()}
        return found

    def _store(self, folder: WorkFolder, action: AuditAction) -> None:
        with self.vault.writing() as session:
            check_folder_photos(session, folder.pupil_id, [a for i in folder.items for a in i.attachment_ids])
            WorkFolderRepository(session).save(folder)
            SearchIndex(session).put(
                "folder", folder.id, folder.pupil_id, folder.period.start, folder.searchable_text()
            )
            self.context.audit(
                session, action, "work_folder", folder.id, folder.pupil_id, folder.period.label
            )
