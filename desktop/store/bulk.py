"""Writing thousands of records at once (a generated or imported school) in one transaction.

Row for row what the repositories write, but entries, replies, acknowledgements and folders are buffered
and inserted in batches: through the ORM one by one they cost about 4 ms each.
"""

import datetime as dt
from collections import defaultdict
from typing import Any, cast

from sqlalchemy import Integer, Table, Text, column, func, insert, select, table
from sqlalchemy.orm import Session

from desktop.domain.agreements import Agreement, AgreementTemplate
from desktop.domain.attachments import Attachment
from desktop.domain.calendar import SchoolCalendar
from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember
from desktop.domain.work_folders import WorkFolder
from desktop.store.blobs import BlobStore
from desktop.store.codec import to_plain
from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.repositories.news import NewsRepository
from desktop.store.repositories.phrase_translations import uses_to_plain
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.search import SearchIndex
from desktop.store.schema import (
    SEARCH_TABLE,
    AcknowledgementRow,
    EntryRow,
    ReplyRow,
    SearchDocumentRow,
    WorkFolderRow,
    WorkItemAttachmentRow,
    WorkItemRow,
)


def _table(row_type: type[Any]) -> Table:
    return cast(Table, row_type.__table__)


class BulkWriter:
    """Writes many records in the caller's transaction, indexed for search as the services do.

    For generated and imported schools. The school, its people, agreements and news go through the
    repositories one by one. Entries, replies,
    acknowledgements and folders are thousands of rows: written one by one through the ORM they take
    about 4 ms each (a merge, a search-index lookup, several flushes), so they are buffered and inserted
    in batches, row for row what the repositories would write, with their search documents numbered in
    the order written so that "newest first" stays true. `finish` writes whatever is still buffered.
    """

    batch_size = 2000

    def __init__(self, session: Session, blobs: BlobStore) -> None:
        self.session = session
        self.school_repo = SchoolRepository(session)
        self.agreements = AgreementRepository(session)
        self.news_repo = NewsRepository(session)
        self.attachments = AttachmentRepository(session, blobs)
        self.search = SearchIndex(session)
        self._rows: dict[type[Any], list[dict[str, Any]]] = defaultdict(list)
        self._documents: list[tuple[str, str, str, dt.date | None, str]] = []

    def set_up(self, school: School, staff: list[StaffMember], classes: list[SchoolClass]) -> None:
        self.school_repo.save_school(school)
        for member in staff:
            self.school_repo.save_staff(member)
        for school_class in classes:
            self.school_repo.save_class(school_class)

    def calendar(self, calendar: SchoolCalendar) -> None:
        CalendarRepository(self.session).replace(calendar)

    def template(self, template: AgreementTemplate) -> None:
        self.agreements.save_template(template)

    def pupil(self, pupil: Pupil) -> None:
        self.school_repo.save_pupil(pupil)

    def family_member(self, member: FamilyMember) -> None:
        self.school_repo.save_family_member(member)

    def entry(self, entry: LinkBookEntry) -> None:
        """An entry with its replies and acknowledgements; entry.updated_at is when it was written."""
        self._rows[EntryRow].append(
            {
                "id": entry.id,
                "pupil_id": entry.pupil_id,
                "day": entry.day,
                "author_id": entry.author_id,
                "author_role": entry.author_role.value,
                **dict(entry.texts()),
                "sections": {} if entry.sections.is_empty else to_plain(entry.sections),
                "updated_at": entry.updated_at or dt.datetime.combine(entry.day, dt.time(15)),
                "phrases": uses_to_plain(entry.phrases),
            }
        )
        self._documents.append(("entry", entry.id, entry.pupil_id, entry.day, entry.searchable_text()))
        for reply in entry.replies:
            self._rows[ReplyRow].append(
                {
                    "id": reply.id,
                    "entry_id": entry.id,
                    "author_kind": reply.author_kind.value,
                    "author_name": reply.author_name,
                    "text": reply.text,
                    "written_at": reply.written_at,
                    "method": reply.method.value,
                    "family_member_id": reply.family_member_id,
                    "staff_id": reply.staff_id,
                    "recorded_by": reply.recorded_by,
                }
            )
            self._documents.append(("reply", reply.id, entry.pupil_id, entry.day, reply.text))
        for ack in entry.acknowledgements:
            self._rows[AcknowledgementRow].append(
                {
                    "id": ack.id,
                    "entry_id": entry.id,
                    "by_name": ack.by_name,
                    "at": ack.at,
                    "method": ack.method.value,
                    "family_member_id": ack.family_member_id,
                }
            )
        if len(self._rows[EntryRow]) >= self.batch_size:
            self.write_batch()

    def agreement(self, agreement: Agreement) -> None:
        self.agreements.save_header(agreement)
        for version in agreement.versions:
            self.agreements.save_version(agreement.id, version)
            for signature in version.signatures:
                self.agreements.add_signature(version.id, signature)
        self.search.put(
            "agreement",
            agreement.id,
            agreement.pupil_id,
            None,
            f"{agreement.title}\n{agreement.current.content.searchable_text()}",
        )

    def attachment(
        self, image: bytes, filename: str, pupil_ids: tuple[str, ...], at: dt.datetime
    ) -> Attachment:
        return self.attachments.add(image, filename, "image/png", pupil_ids, at)

    def folder(self, folder: WorkFolder) -> None:
        comment = folder.family_comment
        self._rows[WorkFolderRow].append(
            {
                "id": folder.id,
                "pupil_id": folder.pupil_id,
                "period_kind": folder.period.kind.value,
                "period_start": folder.period.start,
                "status": folder.status.value,
                "comment_text": comment.text if comment else None,
                "comment_by": comment.by_name if comment else None,
                "comment_at": comment.at if comment else None,
                "comment_method": comment.method.value if comment else None,
            }
        )
        for position, item in enumerate(folder.items):
            self._rows[WorkItemRow].append(
                {
                    "id": item.id,
                    "folder_id": folder.id,
                    "position": position,
                    "subject": item.subject,
                    "title": item.title,
                    "done_on": item.done_on,
                    "feedback": item.feedback,
                    "mark": item.mark,
                }
            )
            self._rows[WorkItemAttachmentRow] += [
                {"item_id": item.id, "attachment_id": a, "position": n}
                for n, a in enumerate(item.attachment_ids)
            ]
        self._documents.append(
            ("folder", folder.id, folder.pupil_id, folder.period.start, folder.searchable_text())
        )

    def news(self, item: NewsItem) -> None:
        self.news_repo.save_news(item)

    def event(self, event: SchoolEvent) -> None:
        self.news_repo.save_event(event)

    def write_batch(self) -> None:
        """Insert everything buffered, parents before children, and index it in the order it came."""
        self.session.flush()
        for row_type in _BATCH_ORDER:
            rows = self._rows.pop(row_type, None)
            if rows:
                # The table itself, not the mapped class: one executemany per batch, no ORM bookkeeping.
                self.session.execute(insert(_table(row_type)), rows)
        if self._documents:
            last = self.session.scalar(select(func.max(SearchDocumentRow.rowid))) or 0
            numbered = list(enumerate(self._documents, start=last + 1))
            self.session.execute(
                insert(_table(SearchDocumentRow)),
                [
                    {"rowid": n, "kind": kind, "record_id": rid, "pupil_id": pid, "day": day}
                    for n, (kind, rid, pid, day, _body) in numbered
                ],
            )
            self.session.execute(insert(_SEARCH_INDEX), [{"rowid": n, "body": doc[4]} for n, doc in numbered])
            self._documents = []

    def finish(self) -> None:
        self.write_batch()
        self.session.flush()


_BATCH_ORDER: tuple[type[Any], ...] = (
    EntryRow,
    ReplyRow,
    AcknowledgementRow,
    WorkFolderRow,
    WorkItemRow,
    WorkItemAttachmentRow,
)
_SEARCH_INDEX = table(SEARCH_TABLE, column("rowid", Integer), column("body", Text))
