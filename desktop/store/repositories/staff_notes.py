"""Staff-only notes on entries and the school's safeguarding word list, in the caller's transaction."""

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.safeguarding import DEFAULT_CONCERN_WORDS
from desktop.domain.staff_notes import StaffNote
from desktop.store.schema_staff_notes import ConcernWordsRow, EntryStaffNoteRow

_WORDS_ID = 1


class StaffNotes:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, note: StaffNote) -> None:
        """Keep the entry's note (replacing the one before); an empty text removes it."""
        row = self.session.get(EntryStaffNoteRow, note.entry_id)
        if not note.text:
            if row is not None:
                self.session.delete(row)
            return
        if row is None:
            self.session.add(
                EntryStaffNoteRow(
                    entry_id=note.entry_id,
                    pupil_id=note.pupil_id,
                    text=note.text,
                    written_by=note.written_by,
                    written_at=note.written_at,
                )
            )
            return
        row.text, row.written_by, row.written_at = note.text, note.written_by, note.written_at

    def of_entry(self, entry_id: str) -> StaffNote | None:
        row = self.session.get(EntryStaffNoteRow, entry_id)
        return None if row is None else _note(row)

    def of_pupil(self, pupil_id: str) -> list[StaffNote]:
        rows = self.session.scalars(
            select(EntryStaffNoteRow)
            .where(EntryStaffNoteRow.pupil_id == pupil_id)
            .order_by(EntryStaffNoteRow.written_at)
        )
        return [_note(r) for r in rows]

    def delete_pupil(self, pupil_id: str) -> list[str]:
        ids = list(
            self.session.scalars(
                select(EntryStaffNoteRow.entry_id).where(EntryStaffNoteRow.pupil_id == pupil_id)
            )
        )
        self.session.execute(delete(EntryStaffNoteRow).where(EntryStaffNoteRow.pupil_id == pupil_id))
        return ids


def _note(row: EntryStaffNoteRow) -> StaffNote:
    return StaffNote(row.entry_id, row.pupil_id, row.text, row.written_by, row.written_at)


class ConcernWords:
    def __init__(self, session: Session) -> None:
        self.session = session

    def words(self) -> tuple[str, ...]:
        row = self.session.get(ConcernWordsRow, _WORDS_ID)
        return DEFAULT_CONCERN_WORDS if row is None else tuple(str(w) for w in row.words)

    def set_words(self, words: tuple[str, ...]) -> None:
        self.session.merge(ConcernWordsRow(id=_WORDS_ID, words=list(words)))
