"""Printed page layouts and scanned pages in the database (see schema_paper); pictures are attachments."""

import datetime as dt
import hashlib
from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain.ids import new_id
from desktop.domain.paper_returns import PaperReturn, ReturnStatus
from desktop.store.chunks import in_chunks
from desktop.store.schema_paper import PaperPageLayoutRow, PaperReturnRow


class PaperReturnRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def remember_layout(
        self, reply_code: str, household: int, page: int, areas: str, printed_at: dt.datetime
    ) -> None:
        """Keep where a printed page's boxes are (areas as JSON), once for each different layout."""
        self.remember_layouts([(reply_code, household, page, areas)], printed_at)

    def remember_layouts(self, pages: Iterable[tuple[str, int, int, str]], printed_at: dt.datetime) -> None:
        """remember_layout for many pages (reply code, household, page, areas) in one look-up and one write:
        a class's batch has hundreds of returnable pages."""
        wanted = [
            (code, household, page, hashlib.sha256(areas.encode()).hexdigest(), areas)
            for code, household, page, areas in pages
        ]
        known: set[tuple[str, int, int, str]] = set()
        for codes in in_chunks(sorted({w[0] for w in wanted})):
            known.update(
                (r.reply_code, r.household, r.page, r.areas_hash)
                for r in self.session.execute(
                    select(
                        PaperPageLayoutRow.reply_code,
                        PaperPageLayoutRow.household,
                        PaperPageLayoutRow.page,
                        PaperPageLayoutRow.areas_hash,
                    ).where(PaperPageLayoutRow.reply_code.in_(codes))
                )
            )
        rows = []
        for code, household, page, digest, areas in wanted:
            if (code, household, page, digest) in known:
                continue
            known.add((code, household, page, digest))
            rows.append(
                {
                    "id": new_id(),
                    "reply_code": code,
                    "household": household,
                    "page": page,
                    "areas_hash": digest,
                    "areas": areas,
                    "printed_at": printed_at,
                }
            )
        if rows:
            # A bulk insert: a school's batch writes some 13,000 rows, and ORM objects cost more than the
            # rows themselves.
            self.session.execute(insert(PaperPageLayoutRow), rows)

    def layouts(self, reply_code: str, household: int, page: int) -> list[str]:
        """Every layout (JSON) printed under this page code: more than one if printed twice differently."""
        rows = self.session.scalars(
            select(PaperPageLayoutRow.areas)
            .where(
                PaperPageLayoutRow.reply_code == reply_code,
                PaperPageLayoutRow.household == household,
                PaperPageLayoutRow.page == page,
            )
            .order_by(PaperPageLayoutRow.printed_at)
        )
        return list(rows)

    def add(self, page: PaperReturn) -> None:
        self.session.add(
            PaperReturnRow(
                id=page.id,
                page_key=page.page_key,
                source=page.source,
                status=page.status.value,
                scanned_at=page.scanned_at,
                picture_id=page.picture_id,
                code=page.code,
                pupil_id=page.pupil_id,
                reason=page.reason,
                summary=page.summary,
                read=page.read,
                cuttings=[list(c) for c in page.cuttings],
            )
        )
        self.session.flush()

    def update(self, page: PaperReturn) -> None:
        row = self.session.get(PaperReturnRow, page.id)
        if row is None:
            raise KeyError(page.id)
        row.status = page.status.value
        row.pupil_id = page.pupil_id
        row.reason = page.reason
        row.summary = page.summary
        row.read = page.read
        row.cuttings = [list(c) for c in page.cuttings]

    def by_key(self, page_key: str) -> PaperReturn | None:
        row = self.session.scalar(select(PaperReturnRow).where(PaperReturnRow.page_key == page_key))
        return _page(row) if row else None

    def get(self, return_id: str) -> PaperReturn | None:
        row = self.session.get(PaperReturnRow, return_id)
        return _page(row) if row else None

    def filed_with_code(self, code: str) -> PaperReturn | None:
        """A page already filed under this corner code (another scan of the same paper)."""
        row = self.session.scalar(
            select(PaperReturnRow).where(
                PaperReturnRow.code == code, PaperReturnRow.status == ReturnStatus.FILED.value
            )
        )
        return _page(row) if row else None

    def with_status(self, status: ReturnStatus) -> list[PaperReturn]:
        rows = self.session.scalars(
            select(PaperReturnRow)
            .where(PaperReturnRow.status == status.value)
            .order_by(PaperReturnRow.scanned_at)
        )
        return [_page(row) for row in rows]

    def for_pupil(self, pupil_id: str) -> list[PaperReturn]:
        rows = self.session.scalars(
            select(PaperReturnRow)
            .where(PaperReturnRow.pupil_id == pupil_id)
            .order_by(PaperReturnRow.scanned_at)
        )
        return [_page(row) for row in rows]


def _page(row: PaperReturnRow) -> PaperReturn:
    return PaperReturn(
        page_key=row.page_key,
        source=row.source,
        status=ReturnStatus(row.status),
        scanned_at=row.scanned_at,
        picture_id=row.picture_id,
        code=row.code,
        pupil_id=row.pupil_id,
        reason=row.reason,
        summary=row.summary,
        read=row.read,
        cuttings=tuple((str(c[0]), str(c[1]), str(c[2])) for c in row.cuttings),
        id=row.id,
    )
