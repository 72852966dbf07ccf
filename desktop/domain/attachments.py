"""Attachments: photos and scans of work, stored encrypted outside the database."""

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.ids import new_id


@dataclass(frozen=True, slots=True)
class Attachment:
    """What the app knows of a stored file; the bytes live in the encrypted blob store."""

    filename: str
    media_type: str
    size: int
    blob_name: str
    created_at: dt.datetime
    pupil_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)
