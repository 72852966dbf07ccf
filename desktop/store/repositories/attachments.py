"""Attachment records in the database, their bytes in the encrypted blob store."""

import datetime as dt
import os
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.attachments import Attachment
from desktop.store.blobs import BlobStore
from desktop.store.schema import AttachmentPupilRow, AttachmentRow


class AttachmentRepository:
    def __init__(self, session: Session, blobs: BlobStore) -> None:
        self.session = session
        self.blobs = blobs

    def add(
        self, data: bytes, filename: str, media_type: str, pupil_ids: tuple[str, ...], now: dt.datetime
    ) -> Attachment:
        """Store the file (once, however often it is added) and record it."""
        name = self.blobs.name_for(data)
        existing_key = self.session.scalar(
            select(AttachmentRow.file_key).where(AttachmentRow.blob_name == name)
        )
        file_key = existing_key or os.urandom(32)
        if existing_key is None or not self.blobs.exists(name):
            self.blobs.write(name, data, file_key)
        attachment = Attachment(
            filename=filename,
            media_type=media_type,
            size=len(data),
            blob_name=name,
            created_at=now,
            pupil_ids=pupil_ids,
        )
        self.session.add(
            AttachmentRow(
                id=attachment.id,
                blob_name=name,
                file_key=file_key,
                filename=filename,
                media_type=media_type,
                size=len(data),
                created_at=now,
            )
        )
        self.session.flush()
        self.session.add_all(AttachmentPupilRow(attachment_id=attachment.id, pupil_id=p) for p in pupil_ids)
        return attachment

    def get(self, attachment_id: str) -> Attachment | None:
        row = self.session.get(AttachmentRow, attachment_id)
        if row is None:
            return None
        pupils = self.session.scalars(
            select(AttachmentPupilRow.pupil_id).where(AttachmentPupilRow.attachment_id == attachment_id)
        )
        return Attachment(
            id=row.id,
            filename=row.filename,
            media_type=row.media_type,
            size=row.size,
            blob_name=row.blob_name,
            created_at=row.created_at,
            pupil_ids=tuple(sorted(pupils)),
        )

    def read(self, attachment_id: str) -> bytes:
        row = self.session.get(AttachmentRow, attachment_id)
        if row is None:
            raise KeyError(attachment_id)
        return self.blobs.read(row.blob_name, row.file_key)

    def remove(self, attachment_id: str) -> str | None:
        """Delete the attachment's record (its tags go with it); returns its file's name, for the caller
        to delete once committed if no other attachment uses it (`blob_names_in_use`)."""
        row = self.session.get(AttachmentRow, attachment_id)
        if row is None:
            return None
        name = row.blob_name
        for tag in self.session.scalars(
            select(AttachmentPupilRow).where(AttachmentPupilRow.attachment_id == attachment_id)
        ):
            self.session.delete(tag)
        self.session.delete(row)
        self.session.flush()
        return name

    def ids(self) -> list[str]:
        return list(self.session.scalars(select(AttachmentRow.id)))

    def referenced_blob_names(self) -> set[str]:
        return set(self.session.scalars(select(AttachmentRow.blob_name)))

    def exists(self, attachment_id: str) -> bool:
        return self.session.get(AttachmentRow, attachment_id) is not None

    def blob_names_in_use(self, names: Iterable[str]) -> set[str]:
        """Those of these blobs that an attachment still refers to."""
        return set(
            self.session.scalars(
                select(AttachmentRow.blob_name).where(AttachmentRow.blob_name.in_(list(names)))
            )
        )


class PhotoTags:
    """Who each photo shows: the children tagged in it (what photo consent is checked against)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def pupils_in(self, attachment_ids: Iterable[str]) -> list[str]:
        """The children tagged in any of these photos, each once, in the order first found."""
        query = select(AttachmentPupilRow.pupil_id).where(
            AttachmentPupilRow.attachment_id.in_(list(attachment_ids))
        )
        return list(dict.fromkeys(self.session.scalars(query)))

    def photos_of(self, pupil_id: str) -> list[str]:
        """The ids of the photos this child is tagged in."""
        return list(
            self.session.scalars(
                select(AttachmentPupilRow.attachment_id).where(AttachmentPupilRow.pupil_id == pupil_id)
            )
        )

    def tag(self, attachment_id: str, pupil_ids: Iterable[str]) -> list[str]:
        """Tag the photo with these children; returns those not tagged in it before, who now are."""
        already = set(self.pupils_in([attachment_id]))
        added = [p for p in dict.fromkeys(pupil_ids) if p not in already]
        self.session.add_all(AttachmentPupilRow(attachment_id=attachment_id, pupil_id=p) for p in added)
        return added
