"""Tables for what must not go home (schema 0019): staff-only notes on entries, and the school's list of
words that bring the safeguarding warning. Both sync in staff scopes only."""

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class EntryStaffNoteRow(Base):
    """A note on a link-book entry for staff only (one per entry)."""

    __tablename__ = "entry_staff_note"
    entry_id: Mapped[str] = mapped_column(
        Id, ForeignKey("linkbook_entry.id", ondelete="CASCADE"), primary_key=True
    )
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConcernWordsRow(Base):
    """The school's list of words and phrases that bring the safeguarding warning (one row)."""

    __tablename__ = "concern_words"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    words: Mapped[list[Any]] = mapped_column(default=list)
