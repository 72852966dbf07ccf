"""The school's corrections of printed phrase translations (table phrase_correction)."""

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.ids import new_id
from desktop.domain.phrase_corrections import PhraseCorrection
from desktop.store.schema_phrases import PhraseCorrectionRow


def _correction(row: PhraseCorrectionRow) -> PhraseCorrection:
    return PhraseCorrection(row.language, row.phrase_id, row.text, row.corrected_by, row.corrected_at)


class PhraseCorrectionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[PhraseCorrection]:
        rows = self.session.scalars(
            select(PhraseCorrectionRow).order_by(PhraseCorrectionRow.language, PhraseCorrectionRow.phrase_id)
        )
        return [_correction(r) for r in rows]

    def for_language(self, language: str) -> dict[str, PhraseCorrection]:
        rows = self.session.scalars(
            select(PhraseCorrectionRow).where(PhraseCorrectionRow.language == language)
        )
        return {r.phrase_id: _correction(r) for r in rows}

    def put(self, language: str, phrase_id: str, text: str, by: str, at: dt.datetime) -> None:
        """Store the school's words for the phrase, replacing an earlier correction."""
        row = self.session.scalars(
            select(PhraseCorrectionRow).where(
                PhraseCorrectionRow.language == language, PhraseCorrectionRow.phrase_id == phrase_id
            )
        ).one_or_none()
        if row is None:
            row = PhraseCorrectionRow(id=new_id(), language=language, phrase_id=phrase_id)
            self.session.add(row)
        row.text = text
        row.corrected_by = by
        row.corrected_at = at

    def remove(self, language: str, phrase_id: str) -> bool:
        """Forget the correction (the shipped translation prints again); True if there was one."""
        result = self.session.execute(
            delete(PhraseCorrectionRow).where(
                PhraseCorrectionRow.language == language, PhraseCorrectionRow.phrase_id == phrase_id
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]  # a DML statement's result is a CursorResult
