"""Pupils' and family members' names in the search index, so that searching finds people too.

A pupil has one index row (record id = the pupil's id). A family member has one row per child they are
linked to (record id = "<member id>@<pupil id>", pupil id = that child), so a search limited to some
children finds only their own family, and erasing a child (which drops the child's rows) takes the names
of their family with it.

Names are indexed as written and folded: FTS5's unicode61 tokenizer folds most diacritics (Ş, ë, ọ) but
not letters that have no decomposition (Ł, Ø, Đ, ß…), so the folded spelling is indexed beside the
written one and "Lucja" finds Łucja while "Łucja" still does.
"""

import unicodedata
from collections.abc import Iterable, Sequence

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.store.repositories.search import PERSON_MARK, SearchDocument, SearchIndex
from desktop.store.schema import FamilyMemberRow, PupilFamilyRow, PupilRow, SearchDocumentRow

PUPIL = "pupil"
FAMILY = "family"

_UNDECOMPOSED = str.maketrans(
    {
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
        "ı": "i", "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th",
    }
)  # fmt: skip


def folded(name: str) -> str:
    """The name without diacritics, as someone without the letters on their keyboard would type it."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_text(*names: str) -> str:
    """What is indexed for a person: the mark of a person's row, each name as written, then folded
    where that differs."""
    written = [n.strip() for n in names if n.strip()]
    words = list(dict.fromkeys(written))
    extra = [f for f in (folded(n) for n in words) if f not in words]
    return " ".join([PERSON_MARK, *words, *dict.fromkeys(extra)])


def member_record_id(member_id: str, pupil_id: str) -> str:
    return f"{member_id}@{pupil_id}"


def member_id_of(record_id: str) -> str:
    return record_id.split("@", 1)[0]


def _pupil_document(pupil_id: str, first: str, last: str, pref_first: str, pref_last: str) -> SearchDocument:
    return SearchDocument(PUPIL, pupil_id, pupil_id, None, name_text(pref_first, pref_last, first, last))


class PeopleIndex:
    """Keeps the index's name rows in step with the pupil, family_member and pupil_family tables."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.index = SearchIndex(session)

    def put_pupil(self, pupil: Pupil) -> None:
        self.put_pupils([pupil])

    def put_pupils(self, pupils: Iterable[Pupil]) -> None:
        self.index.put_many(
            _pupil_document(
                p.id, p.legal_first_name, p.legal_last_name, p.preferred_first_name, p.preferred_last_name
            )
            for p in pupils
        )

    def put_members(self, members: Iterable[FamilyMember], *, new: bool = False) -> None:
        """Each member's rows, one per child now linked (rows for children no longer linked go;
        `new` members, just inserted, have none to look for)."""
        documents = []
        for member in members:
            if not new:
                self.index.remove_prefix(FAMILY, f"{member.id}@")
            body = name_text(member.name)
            documents += [
                SearchDocument(FAMILY, member_record_id(member.id, p), p, None, body)
                for p in member.pupil_ids
            ]
        self.index.put_many(documents)

    def remove_member(self, member_id: str) -> None:
        self.index.remove_prefix(FAMILY, f"{member_id}@")

    def refresh_pupils(self, pupil_ids: Sequence[str]) -> None:
        """Index these pupils as their rows now stand (after changes written as rows, such as a sync),
        in bulk; pupils with no row are taken out."""
        found: dict[str, SearchDocument] = {}
        for start in range(0, len(pupil_ids), 500):
            rows = self.session.execute(
                select(
                    PupilRow.id,
                    PupilRow.legal_first_name,
                    PupilRow.legal_last_name,
                    PupilRow.preferred_first_name,
                    PupilRow.preferred_last_name,
                ).where(PupilRow.id.in_(pupil_ids[start : start + 500]))
            ).all()
            found.update((row[0], _pupil_document(*row)) for row in rows)
        for pupil_id in pupil_ids:
            if pupil_id not in found:
                self.index.remove(pupil_id)
        self.index.put_many(found.values())

    def refresh_members(self, member_ids: Sequence[str]) -> None:
        """Index these family members as their rows and links now stand, in bulk."""
        documents: list[SearchDocument] = []
        for start in range(0, len(member_ids), 500):
            chunk = member_ids[start : start + 500]
            self.index.remove_prefixes(FAMILY, [f"{member_id}@" for member_id in chunk])
            names = dict(
                self.session.execute(
                    select(FamilyMemberRow.id, FamilyMemberRow.name).where(FamilyMemberRow.id.in_(chunk))
                ).all()
            )
            links = self.session.execute(
                select(PupilFamilyRow.family_member_id, PupilFamilyRow.pupil_id).where(
                    PupilFamilyRow.family_member_id.in_(list(names))
                )
            ).all()
            documents += [
                SearchDocument(FAMILY, member_record_id(m, p), p, None, name_text(names[m])) for m, p in links
            ]
        self.index.put_many(documents)

    def index_missing(self) -> int:
        """Index every pupil and family link the index lacks (a database from before names were
        indexed); idempotent, and cheap when nothing is missing. Returns how many rows were added."""
        indexed = select(SearchDocumentRow.rowid)
        pupils = self.session.execute(
            select(
                PupilRow.id,
                PupilRow.legal_first_name,
                PupilRow.legal_last_name,
                PupilRow.preferred_first_name,
                PupilRow.preferred_last_name,
            ).where(~exists(indexed.where(SearchDocumentRow.record_id == PupilRow.id)))
        ).all()
        link_id = PupilFamilyRow.family_member_id + "@" + PupilFamilyRow.pupil_id
        links = self.session.execute(
            select(PupilFamilyRow.family_member_id, PupilFamilyRow.pupil_id, FamilyMemberRow.name)
            .join(FamilyMemberRow, FamilyMemberRow.id == PupilFamilyRow.family_member_id)
            .where(~exists(indexed.where(SearchDocumentRow.record_id == link_id)))
        ).all()
        documents = [_pupil_document(*row) for row in pupils]
        documents += [
            SearchDocument(FAMILY, member_record_id(m, p), p, None, name_text(name)) for m, p, name in links
        ]
        self.index.put_many(documents)
        return len(documents)

    def count_missing(self) -> int:
        """How many pupils and family links have no index row (0 once index_missing has run)."""
        indexed = select(SearchDocumentRow.rowid)
        link_id = PupilFamilyRow.family_member_id + "@" + PupilFamilyRow.pupil_id
        pupils = self.session.scalar(
            select(func.count())
            .select_from(PupilRow)
            .where(~exists(indexed.where(SearchDocumentRow.record_id == PupilRow.id)))
        )
        links = self.session.scalar(
            select(func.count())
            .select_from(PupilFamilyRow)
            .where(~exists(indexed.where(SearchDocumentRow.record_id == link_id)))
        )
        return (pupils or 0) + (links or 0)
