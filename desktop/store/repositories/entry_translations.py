"""Staff translations of entries' text, and which entries families read in which language."""

from collections.abc import Iterable

from sqlalchemy import delete, func, select, true
from sqlalchemy.orm import Session

from desktop.domain.entry_translations import EntryTranslation
from desktop.store.schema import EntryRow, FamilyMemberRow, PupilFamilyRow
from desktop.store.schema_entry_translations import EntryTranslationRow

_BATCH = 500
"""Entry ids bound per query."""


def _translation(row: EntryTranslationRow) -> EntryTranslation:
    return EntryTranslation(
        entry_id=row.entry_id,
        text_field=row.text_field,
        language=row.language,
        text=row.text,
        source=row.source,
        translator_id=row.translator_id,
        translator_name=row.translator_name,
        translated_at=row.translated_at,
    )


class EntryTranslations:
    """Rows of entry_translation in and out, as domain objects."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def put(self, translation: EntryTranslation) -> bool:
        """Insert or replace the translation of one field in one language; True when it is new."""
        key = (translation.entry_id, translation.text_field, translation.language)
        is_new = self.session.get(EntryTranslationRow, key) is None
        self.session.merge(
            EntryTranslationRow(
                entry_id=translation.entry_id,
                text_field=translation.text_field,
                language=translation.language,
                text=translation.text,
                source=translation.source,
                translator_id=translation.translator_id,
                translator_name=translation.translator_name,
                translated_at=translation.translated_at,
            )
        )
        return is_new

    def of_entries(self, entry_ids: Iterable[str], language: str | None = None) -> list[EntryTranslation]:
        """The translations of these entries (into one language, if given)."""
        ids = list(dict.fromkeys(entry_ids))
        found: list[EntryTranslation] = []
        for start in range(0, len(ids), _BATCH):
            query = select(EntryTranslationRow).where(
                EntryTranslationRow.entry_id.in_(ids[start : start + _BATCH])
            )
            if language is not None:
                query = query.where(EntryTranslationRow.language == language)
            found += [_translation(row) for row in self.session.scalars(query)]
        return found

    def delete_for_entries(self, entry_ids: list[str]) -> list[str]:
        """Delete the entries' translations; returns their record ids (entry:field:language) for sync."""
        gone: list[str] = []
        for start in range(0, len(entry_ids), _BATCH):
            chunk = entry_ids[start : start + _BATCH]
            rows = self.session.execute(
                select(
                    EntryTranslationRow.entry_id, EntryTranslationRow.text_field, EntryTranslationRow.language
                ).where(EntryTranslationRow.entry_id.in_(chunk))
            ).all()
            gone += [f"{e}:{f}:{lang}" for e, f, lang in rows]
            self.session.execute(delete(EntryTranslationRow).where(EntryTranslationRow.entry_id.in_(chunk)))
        return gone

    def family_languages(self) -> list[str]:
        """Every home language recorded for a family member linked to a pupil (DfE codes, upper case)."""
        query = (
            select(FamilyMemberRow.home_language)
            .join(PupilFamilyRow, PupilFamilyRow.family_member_id == FamilyMemberRow.id)
            .distinct()
        )
        return sorted({code.upper() for code in self.session.scalars(query) if code})

    def entries_read_in(
        self, codes: Iterable[str], limit: int, text_field: str = "", texts: Iterable[str] = ()
    ) -> list[str]:
        """Ids of the newest entries (by day, then last change) of pupils with a family member who reads
        one of these languages; at most `limit`; with `text_field`, only entries whose text there is one
        of `texts`."""
        readers = (
            select(PupilFamilyRow.pupil_id)
            .join(FamilyMemberRow, FamilyMemberRow.id == PupilFamilyRow.family_member_id)
            .where(func.upper(FamilyMemberRow.home_language).in_([c.upper() for c in codes]))
        )
        query = (
            select(EntryRow.id)
            .where(EntryRow.pupil_id.in_(readers))
            .where(getattr(EntryRow, text_field).in_(list(texts)) if text_field else true())
            .order_by(EntryRow.day.desc(), EntryRow.updated_at.desc())
            .limit(limit)
        )
        return list(self.session.scalars(query))
