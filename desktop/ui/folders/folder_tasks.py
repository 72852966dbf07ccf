"""The folder view's reads and writes, each run as a task on the window's runner.

Every answer reaches its callback on the GUI thread, unless forget() was called after the task started
(the app locked while it ran): then it is dropped, so nothing of a child reappears in a view that was
just emptied. Writes report that the pupil's folders changed, so the roster and progress screens refresh.
"""

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from desktop.domain.calendar import Period
from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FolderStatus, WorkFolder, WorkItem
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.print_packs import PrintPackService
from desktop.services.school import SchoolService
from desktop.store.errors import StoreError
from desktop.ui.folders.drops import AddedWork, SortedFiles, add_work
from desktop.ui.folders.thumbnails import thumbnail
from desktop.ui.tasks import NOTHING, Changes, TaskRunner, TaskState, Topic

T = TypeVar("T")
OnError = Callable[[BaseException], None]
OnFolder = Callable[[WorkFolder], None]


class FolderTasks:
    def __init__(self, context: ServiceContext, runner: TaskRunner) -> None:
        self.context = context
        self.runner = runner
        self.service = WorkFolderService(context)
        self._generation = 0

    def forget(self) -> None:
        """Drop the answers of every task already started."""
        self._generation += 1

    def _run(
        self,
        label: str,
        work: Callable[[TaskState], T],
        on_done: Callable[[T], None],
        on_error: OnError | None,
        changes: Changes = NOTHING,
    ) -> None:
        generation = self._generation

        def done(result: T) -> None:
            if generation == self._generation:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and on_error is not None:
                on_error(exc)

        self.runner.run(label, work, done, changes, failed)

    @staticmethod
    def _changed(pupil_id: str) -> Changes:
        return Changes(frozenset({Topic.FOLDERS}), frozenset({pupil_id}))

    def thumbnails(self, attachment_ids: list[str], on_done: Callable[[dict[str, QImage]], None]) -> None:
        """Decode the stored photos and scans into thumbnails; a null image for any that cannot be shown."""
        service = self.service

        def decode(state: TaskState) -> dict[str, QImage]:
            images: dict[str, QImage] = {}
            for n, attachment_id in enumerate(attachment_ids):
                state.check()
                try:
                    images[attachment_id] = thumbnail(service.attachment_bytes(attachment_id))
                except (KeyError, StoreError, OSError):
                    images[attachment_id] = QImage()
                state.progress((n + 1) / len(attachment_ids))
            return images

        self._run(QCoreApplication.translate("FolderTasks", "Making thumbnails"), decode, on_done, None)

    def add_files(
        self,
        folder: WorkFolder,
        day: dt.date,
        files: SortedFiles,
        on_done: Callable[[AddedWork], None],
        on_error: OnError,
    ) -> None:
        service, folder_id, pupil_id = self.service, folder.id, folder.pupil_id

        def add(state: TaskState) -> AddedWork:
            return add_work(service, folder_id, pupil_id, day, files, state)

        self._run(
            QCoreApplication.translate("FolderTasks", "Adding work to the folder"),
            add,
            on_done,
            on_error,
            self._changed(pupil_id),
        )

    def save_item(
        self, folder: WorkFolder, item: WorkItem, on_done: Callable[[WorkFolder], None], on_error: OnError
    ) -> None:
        service, folder_id = self.service, folder.id

        def save(_state: TaskState) -> WorkFolder:
            return service.update_item(folder_id, item)

        self._run(
            QCoreApplication.translate("FolderTasks", "Saving feedback"),
            save,
            on_done,
            on_error,
            self._changed(folder.pupil_id),
        )

    def remove_item(
        self, folder: WorkFolder, item_id: str, on_done: Callable[[WorkFolder], None], on_error: OnError
    ) -> None:
        service, folder_id = self.service, folder.id

        def remove(_state: TaskState) -> WorkFolder:
            return service.remove_item(folder_id, item_id)

        self._run(
            QCoreApplication.translate("FolderTasks", "Removing a piece of work"),
            remove,
            on_done,
            on_error,
            self._changed(folder.pupil_id),
        )

    def set_status(
        self,
        folder: WorkFolder,
        status: FolderStatus,
        on_done: Callable[[WorkFolder], None],
        on_error: OnError,
    ) -> None:
        service, folder_id = self.service, folder.id

        def change(_state: TaskState) -> WorkFolder:
            return service.set_status(folder_id, status)

        label = QCoreApplication.translate("FolderTasks", "Changing the folder's status")
        self._run(label, change, on_done, on_error, self._changed(folder.pupil_id))

    def record_view(self, folder: WorkFolder) -> None:
        """Note in the audit trail that this child's folder was opened (the service keeps one look as one)."""
        audit = AuditLogService(self.context)

        def record(_state: TaskState) -> bool:
            return audit.record_view(folder.pupil_id, "work_folder", folder.id)

        label = QCoreApplication.translate("FolderTasks", "Opening the folder")
        self._run(label, record, lambda _recorded: None, None)

    def family(self, pupil_id: str, on_done: Callable[[list[FamilyMember]], None], on_error: OnError) -> None:
        school = SchoolService(self.context)

        def load(_state: TaskState) -> list[FamilyMember]:
            return school.family_of(pupil_id)

        self._run(
            QCoreApplication.translate("FolderTasks", "Opening the family's details"), load, on_done, on_error
        )

    def add_paper_comment(
        self, folder: WorkFolder, text: str, by_name: str, on_done: OnFolder, on_error: OnError
    ) -> None:
        service, folder_id = self.service, folder.id

        def save(_state: TaskState) -> WorkFolder:
            return service.add_family_comment(folder_id, text, by_name, Method.PAPER)

        label = QCoreApplication.translate("FolderTasks", "Saving the family's comment")
        self._run(label, save, on_done, on_error, self._changed(folder.pupil_id))

    def folder_pdf(
        self, pupil_id: str, period: Period, on_done: Callable[[bytes], None], on_error: OnError
    ) -> None:
        printing = PrintPackService(self.context)

        def render(_state: TaskState) -> bytes:
            return printing.folder(pupil_id, period)

        self._run(
            QCoreApplication.translate("FolderTasks", "Preparing the folder to print"),
            render,
            on_done,
            on_error,
        )
