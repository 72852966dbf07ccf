"""Quick phrases in the families' home languages, as a school's bilingual staff wrote or checked them
(schema 0015).

The default bank's starter translations ship in resources/quick_phrases, unchecked; a row here is the
school's own word for a phrase in one language: a translation a member of staff wrote, or a shipped one
they checked. Which phrases an entry was built from is kept on the entry itself (linkbook_entry.phrases).
"""

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base


class QuickPhraseTranslationRow(Base):
    """One quick phrase (or care-section value) in one home language, with who checked it and when."""

    __tablename__ = "quick_phrase_translation"
    phrase_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    """A quick_phrase id, or a care section value's id ("value:lunch")."""
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    """The DfE language code, upper case."""
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    """The English the text translates; a translation of other English no longer counts."""
    checked_by: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
