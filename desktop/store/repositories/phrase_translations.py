"""The school's translations of its quick phrases, and the JSON an entry keeps its phrases in."""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.linkbook import PhraseUse
from desktop.domain.phrase_languages import PhraseTranslation
from desktop.store.schema import FamilyMemberRow, PupilFamilyRow, PupilRow
from desktop.store.schema_phrase_languages import QuickPhraseTranslationRow

_Row = QuickPhraseTranslationRow


def uses_to_plain(uses: Iterable[PhraseUse]) -> list[dict[str, Any]] | None:
    """An entry's phrases as its JSON column holds them (None when it has none, as older entries)."""
    plain = [
        {"field": u.field, "id": u.phrase_id, "english": u.english, "words": dict(u.words)} for u in uses
    ]
    return plain or None


def uses_from_plain(plain: Any) -> tuple[PhraseUse, ...]:
    """The inverse of uses_to_plain; anything unreadable (a newer device's shape) is left out."""
    if not isinstance(plain, list):
        return ()
    found = []
    for item in plain:
        if not isinstance(item, dict):
            continue
        words = item.get("words")
        found.append(
            PhraseUse(
                field=str(item.get("field", "")),
                phrase_id=str(item.get("id", "")),
                english=str(item.get("english", "")),
                words=tuple(sorted((str(k), str(v)) for k, v in words.items()))
                if isinstance(words, dict)
                else (),
            )
        )
    return tuple(found)


def _translation(row: _Row) -> PhraseTranslation:
    return PhraseTranslation(
        phrase_id=row.phrase_id,
        language=row.language,
        text=row.text,
        source=row.source,
        checked_by=row.checked_by,
        checked_at=row.checked_at,
    )


class PhraseTranslationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_language(self, language: str) -> dict[str, PhraseTranslation]:
        """The school's translations into one language, by phrase id."""
        rows = self.session.scalars(select(_Row).where(_Row.language == language.upper()))
        return {row.phrase_id: _translation(row) for row in rows}

    def all(self) -> list[PhraseTranslation]:
        return [_translation(row) for row in self.session.scalars(select(_Row))]

    def put(self, translation: PhraseTranslation) -> None:
        self.session.merge(
            _Row(
                phrase_id=translation.phrase_id,
                language=translation.language.upper(),
                text=translation.text,
                source=translation.source,
                checked_by=translation.checked_by,
                checked_at=translation.checked_at,
            )
        )

    def remove_phrase(self, phrase_id: str) -> None:
        """Forget every language's translation of a phrase leaving the bank (entries keep their words)."""
        self.session.execute(delete(_Row).where(_Row.phrase_id == phrase_id))

    def family_languages_by_class(self) -> dict[str, set[str]]:
        """The home languages (DfE codes as recorded) of each class's families, by class id."""
        rows = self.session.execute(
            select(PupilRow.class_id, FamilyMemberRow.home_language)
            .join(PupilFamilyRow, PupilFamilyRow.pupil_id == PupilRow.id)
            .join(FamilyMemberRow, FamilyMemberRow.id == PupilFamilyRow.family_member_id)
            .distinct()
        )
        found: dict[str, set[str]] = {}
        for class_id, language in rows:
            found.setdefault(class_id, set()).add(language)
        return found
