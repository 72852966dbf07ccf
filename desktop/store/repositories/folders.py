"""Work folders and their pieces of work."""

import datetime as dt
from collections import defaultdict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.calendar import Period, PeriodKind
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FamilyComment, FolderStatus, WorkFolder, WorkItem
from desktop.store.chunks import in_chunks
from desktop.store.schema import WorkFolderRow, WorkItemAttachmentRow, WorkItemRow


class WorkFolderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, folder: WorkFolder) -> None:
        """Save the folder and replace its items with the folder's own."""
        comment = folder.family_comment
        self.session.merge(
            WorkFolderRow(
                id=folder.id,
                pupil_id=folder.pupil_id,
                period_kind=folder.period.kind.value,
                period_start=folder.period.start,
                status=folder.status.value,
                comment_text=comment.text if comment else None,
                comment_by=comment.by_name if comment else None,
                comment_at=comment.at if comment else None,
                comment_method=comment.method.value if comment else None,
            )
        )
        old_items = select(WorkItemRow.id).where(WorkItemRow.folder_id == folder.id)
        self.session.execute(
            delete(WorkItemAttachmentRow).where(WorkItemAttachmentRow.item_id.in_(old_items))
        )
        self.session.execute(delete(WorkItemRow).where(WorkItemRow.folder_id == folder.id))
        self.session.flush()
        for position, item in enumerate(folder.items):
            self.session.add(
                WorkItemRow(
                    id=item.id,
                    folder_id=folder.id,
                    position=position,
                    subject=item.subject,
                    title=item.title,
                    done_on=item.done_on,
                    feedback=item.feedback,
                    mark=item.mark,
                )
            )
        self.session.flush()
        for item in folder.items:
            self.session.add_all(
                WorkItemAttachmentRow(item_id=item.id, attachment_id=a, position=n)
                for n, a in enumerate(item.attachment_ids)
            )

    def folder(self, folder_id: str) -> WorkFolder | None:
        row = self.session.get(WorkFolderRow, folder_id)
        return None if row is None else self._assemble([row])[0]

    def folders_by_id(self, folder_ids: list[str]) -> list[WorkFolder]:
        """The folders with these ids that exist, each whole, in a few queries (at most a few hundred ids)."""
        if not folder_ids:
            return []
        return self._assemble(
            list(self.session.scalars(select(WorkFolderRow).where(WorkFolderRow.id.in_(folder_ids))))
        )

    def for_pupil(self, pupil_id: str, period: Period | None = None) -> list[WorkFolder]:
        query = select(WorkFolderRow).where(WorkFolderRow.pupil_id == pupil_id)
        if period is not None:
            query = query.where(
                WorkFolderRow.period_kind == period.kind.value, WorkFolderRow.period_start == period.start
            )
        return self._assemble(list(self.session.scalars(query.order_by(WorkFolderRow.period_start))))

    def for_pupils(self, pupil_ids: list[str], period: Period) -> dict[str, WorkFolder]:
        """Each listed pupil's folder for the period (pupils without one are left out), in one query."""
        query = select(WorkFolderRow).where(
            WorkFolderRow.pupil_id.in_(pupil_ids),
            WorkFolderRow.period_kind == period.kind.value,
            WorkFolderRow.period_start == period.start,
        )
        return {f.pupil_id: f for f in self._assemble(list(self.session.scalars(query)))}

    def starting_within(
        self, pupil_ids: list[str], first: dt.date, last: dt.date
    ) -> dict[str, list[WorkFolder]]:
        """Each listed pupil's folders whose period starts between the dates (a week's, or a month's and
        its weeks'), in the order of for_pupil, read together; every pupil listed."""
        found: dict[str, list[WorkFolder]] = {pupil_id: [] for pupil_id in pupil_ids}
        for chunk in in_chunks(dict.fromkeys(pupil_ids)):
            query = select(WorkFolderRow).where(
                WorkFolderRow.pupil_id.in_(chunk),
                WorkFolderRow.period_start >= first,
                WorkFolderRow.period_start <= last,
            )
            rows = self.session.scalars(query.order_by(WorkFolderRow.period_start))
            for folder in self._assemble(list(rows)):
                found[folder.pupil_id].append(folder)
        return found

    def _assemble(self, rows: list[WorkFolderRow]) -> list[WorkFolder]:
        ids = [r.id for r in rows]
        items: dict[str, list[WorkItemRow]] = defaultdict(list)
        for item in self.session.scalars(
            select(WorkItemRow).where(WorkItemRow.folder_id.in_(ids)).order_by(WorkItemRow.position)
        ):
            items[item.folder_id].append(item)
        item_ids = [i.id for its in items.values() for i in its]
        attachments: dict[str, list[str]] = defaultdict(list)
        for link in self.session.scalars(
            select(WorkItemAttachmentRow)
            .where(WorkItemAttachmentRow.item_id.in_(item_ids))
            .order_by(WorkItemAttachmentRow.position)
        ):
            attachments[link.item_id].append(link.attachment_id)
        return [
            WorkFolder(
                id=r.id,
                pupil_id=r.pupil_id,
                period=Period(PeriodKind(r.period_kind), r.period_start),
                status=FolderStatus(r.status),
                items=tuple(
                    WorkItem(
                        id=i.id,
                        subject=i.subject,
                        title=i.title,
                        done_on=i.done_on,
                        feedback=i.feedback,
                        mark=i.mark,
                        attachment_ids=tuple(attachments[i.id]),
                    )
                    for i in items[r.id]
                ),
                family_comment=(
                    FamilyComment(r.comment_text, r.comment_by or "", r.comment_at, Method(r.comment_method))
                    if r.comment_text is not None and r.comment_at is not None and r.comment_method
                    else None
                ),
            )
            for r in rows
        ]
