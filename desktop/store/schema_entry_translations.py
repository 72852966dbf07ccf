"""Staff translations of the text of link-book entries (schema 0016).

One row per entry, text field and language; it syncs as a whole record in the pupil's scope
(desktop/store/sync_store/kinds.py), so the family's own device gets the translations of its child's
entries. The English translated is kept beside the translation, so an edit of the entry shows it out of
date on every device without anything else having to change.
"""

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class EntryTranslationRow(Base):
    """One text field of one entry in one home language, as a member of staff translated it."""

    __tablename__ = "entry_translation"
    entry_id: Mapped[str] = mapped_column(
        ForeignKey("linkbook_entry.id", ondelete="CASCADE"), primary_key=True
    )
    text_field: Mapped[str] = mapped_column(String(16), primary_key=True)
    """One of desktop.domain.linkbook.ENTRY_TEXT_FIELDS."""
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    """The DfE language code, upper case."""
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    """The entry's English as it was when translated."""
    translator_id: Mapped[str] = mapped_column(Id, default="")
    translator_name: Mapped[str] = mapped_column(Text)
    translated_at: Mapped[dt.datetime] = mapped_column(DateTime)
