"""Unsaved edits of an agreement, plan or school template, kept when the app locks (schema 0008).

The SENCO's screen cannot ask "save or discard?" while the app is locking, so what was typed is kept
here, in the encrypted database, and offered back the next time the same document is opened. A draft
belongs to this device and its author: it never syncs, is never audited, and goes once the document is
saved or the offer is declined.
"""

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class AgreementDraftRow(Base):
    """What one author last typed into one document (an agreement, or a template) and did not save."""

    __tablename__ = "agreement_draft"
    document_id: Mapped[str] = mapped_column(Id, primary_key=True)
    """The agreement's id, or the template's."""
    author_key: Mapped[str] = mapped_column(Text, primary_key=True)
    is_template: Mapped[bool] = mapped_column(Boolean)
    pupil_id: Mapped[str | None] = mapped_column(
        ForeignKey("pupil.id", ondelete="CASCADE"), index=True, default=None
    )
    """The agreement's pupil (None for a template), so erasing a pupil takes their drafts with them."""
    base_version: Mapped[int | None] = mapped_column(Integer, default=None)
    """The version number the edits were typed over (None for a template)."""
    title: Mapped[str] = mapped_column(Text)
    content: Mapped[dict[str, Any]] = mapped_column()
    change_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
