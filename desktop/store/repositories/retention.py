"""Reading which records have passed a date, for the retention review (desktop/services/retention.py).

Only counts and dates leave here: the review lists what is due, a person decides, erasure deletes.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.agreements import DocumentKind
from desktop.domain.records import RequestStatus
from desktop.store.schema import AgreementRow, AgreementVersionRow, EntryRow, PupilRow, WorkFolderRow
from desktop.store.schema_records import RecordsRequestRow


@dataclass(frozen=True, slots=True)
class DatedRecords:
    """How many of one pupil's records of one kind fall on or before a day, and their first and last day."""

    pupil_id: str
    count: int
    oldest: dt.date
    newest: dt.date


class RetentionQuery:
    def __init__(self, session: Session) -> None:
        self.session = session

    def pupil_names(self) -> dict[str, str]:
        """Every pupil's display name (preferred names where given), by id."""
        rows = self.session.execute(
            select(
                PupilRow.id,
                PupilRow.preferred_first_name,
                PupilRow.legal_first_name,
                PupilRow.preferred_last_name,
                PupilRow.legal_last_name,
            )
        )
        return {pid: f"{pf or lf} {pl or ll}" for pid, pf, lf, pl, ll in rows}

    def entries_through(self, through: dt.date) -> list[DatedRecords]:
        """Link-book entries dated on or before `through`, by pupil."""
        return self._dated(EntryRow.pupil_id, EntryRow.day, through)

    def folders_through(self, through: dt.date) -> list[DatedRecords]:
        """Work folders whose period starts on or before `through`, by pupil."""
        return self._dated(WorkFolderRow.pupil_id, WorkFolderRow.period_start, through)

    def _dated(
        self,
        pupil_column: InstrumentedAttribute[str],
        day_column: InstrumentedAttribute[dt.date],
        through: dt.date,
    ) -> list[DatedRecords]:
        rows = self.session.execute(
            select(pupil_column, func.count(), func.min(day_column), func.max(day_column))
            .where(day_column <= through)
            .group_by(pupil_column)
        )
        return [DatedRecords(pid, count, oldest, newest) for pid, count, oldest, newest in rows]

    def agreements_last_changed_through(self, through: dt.date) -> dict[str, list[dt.date]]:
        """For each pupil, the day each of their agreements last got a version, where that day is on or
        before `through` (support plans and profiles are kept by the pupil's age instead)."""
        last_version = func.max(AgreementVersionRow.created_at)
        rows = self.session.execute(
            select(AgreementRow.pupil_id, last_version)
            .join(AgreementVersionRow, AgreementVersionRow.agreement_id == AgreementRow.id)
            .where(AgreementRow.kind == DocumentKind.AGREEMENT.value)
            .group_by(AgreementRow.id)
            .having(last_version < dt.datetime.combine(through + dt.timedelta(days=1), dt.time()))
        )
        by_pupil: dict[str, list[dt.date]] = {}
        for pupil_id, last in rows:
            by_pupil.setdefault(pupil_id, []).append(last.date())
        return by_pupil

    def pupils_born_by(self, born_by: dt.date) -> list[tuple[str, dt.date]]:
        """(pupil id, date of birth) of the pupils born on or before `born_by`."""
        rows = self.session.execute(
            select(PupilRow.id, PupilRow.date_of_birth).where(PupilRow.date_of_birth <= born_by)
        )
        return [(pupil_id, born) for pupil_id, born in rows]

    def documents_of(self, pupil_id: str, kinds: Iterable[DocumentKind]) -> int:
        """How many documents of these kinds the pupil has."""
        return int(
            self.session.scalar(
                select(func.count(AgreementRow.id)).where(
                    AgreementRow.pupil_id == pupil_id,
                    AgreementRow.kind.in_([k.value for k in kinds]),
                )
            )
            or 0
        )

    def closed_requests_through(self, through: dt.date) -> int:
        """Requests answered or refused on or before `through`."""
        return int(
            self.session.scalar(
                select(func.count(RecordsRequestRow.id)).where(
                    RecordsRequestRow.status != RequestStatus.OPEN.value,
                    RecordsRequestRow.answered_on <= through,
                )
            )
            or 0
        )
