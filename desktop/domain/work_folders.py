"""Work folders: a child's pieces of work for a week or a month, with feedback, going home."""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.calendar import Period
from desktop.domain.ids import new_id
from desktop.domain.linkbook import Method


class FolderStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    RETURNED = "returned"


@dataclass(frozen=True, slots=True)
class WorkItem:
    subject: str
    title: str
    done_on: dt.date
    feedback: str = ""
    mark: str = ""
    attachment_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class FamilyComment:
    text: str
    by_name: str
    at: dt.datetime
    method: Method = Method.DIGITAL


@dataclass(frozen=True, slots=True)
class WorkFolder:
    pupil_id: str
    period: Period
    status: FolderStatus = FolderStatus.DRAFT
    items: tuple[WorkItem, ...] = ()
    family_comment: FamilyComment | None = None
    id: str = field(default_factory=new_id)

    def searchable_text(self) -> str:
        parts = [f"{i.subject} {i.title} {i.feedback} {i.mark}" for i in self.items]
        if self.family_comment:
            parts.append(self.family_comment.text)
        return "\n".join(parts)
