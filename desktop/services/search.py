"""Full-text search across the school's records."""

from dataclasses import dataclass

from desktop.domain.pupils import Pupil
from desktop.services.context import ServiceContext
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.search import SearchHit, SearchIndex


@dataclass(frozen=True, slots=True)
class SearchResult:
    hit: SearchHit
    pupil: Pupil | None


class SearchService:
    def __init__(self, context: ServiceContext) -> None:
        self.vault = context.vault

    def search(self, query: str, limit: int = 50, pupil_id: str | None = None) -> list[SearchResult]:
        """Newest first; every word must match, the last as a prefix."""
        with self.vault.reading() as session:
            hits = SearchIndex(session).search(query, limit, pupil_id)
            pupils = SchoolRepository(session).pupils_by_ids({h.pupil_id for h in hits})
        return [SearchResult(h, pupils.get(h.pupil_id)) for h in hits]
