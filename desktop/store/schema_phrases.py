"""A school's own corrections of the phrase translations printed on paper packs (schema 0007).

The shipped translations live in resources/phrases; a school whose families read a phrase differently
corrects it here, in the encrypted database, so every device of the school prints the same words.
"""

import datetime as dt

from sqlalchemy import DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class PhraseCorrectionRow(Base):
    """One phrase in one home language, as the school wants it printed (wins over the shipped file)."""

    __tablename__ = "phrase_correction"
    __table_args__ = (UniqueConstraint("language", "phrase_id"),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    """The DfE language code, upper case."""
    phrase_id: Mapped[str] = mapped_column(String(48))
    """A key of desktop.printing.phrases.ENGLISH."""
    text: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(Text, default="")
    corrected_at: Mapped[dt.datetime] = mapped_column(DateTime)
