"""Attachment records in the database, their bytes in the encrypted blob store."""

import datetime as dt
import os

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

    def ids(self) -> list[str]:
        return list(self.session.scalars(select(AttachmentRow.id)))

    def referenced_blob_names(self) -> set[str]:
        return set(self.session.scalars(select(AttachmentRow.blob_name)))
