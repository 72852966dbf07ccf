"""Retention: how long each kind of record is kept, and which records are due for deletion today.

Defaults follow the IRMS Information Management Toolkit for Schools (docs/records.md has the table);
a school may set its own period per kind, and the reason is kept with it. The review only lists: a
person decides, and erasure (desktop/services/erasure.py) does the deleting.
"""

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.agreements import DocumentKind
from desktop.domain.audit import AuditAction
from desktop.domain.records import DEFAULT_RULES, RecordKind, RequestStatus, RetentionRule, add_years
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit_query import AuditQuery
from desktop.store.repositories.records import PolicyOverride, RetentionPolicyRepository
from desktop.store.schema import AgreementRow, AgreementVersionRow, EntryRow, PupilRow, WorkFolderRow
from desktop.store.schema_records import RecordsRequestRow

SEN_KINDS = (DocumentKind.SUPPORT_PLAN, DocumentKind.ONE_PAGE_PROFILE)
MAX_YEARS = 100


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """Records of one kind (of one pupil, where they belong to one) that are due for deletion."""

    kind: RecordKind
    pupil_id: str | None
    pupil_name: str | None
    count: int
    oldest: dt.date | None
    newest: dt.date | None
    due_since: dt.date


def require_admin(context: ServiceContext, doing: str) -> None:
    """Retention and erasure are the school administrator's (the data protection lead's) to do."""
    if context.actor.role is not StaffRole.ADMIN:
        raise PermissionError(f"Only the school's administrator may {doing}; ask them to do it.")


class RetentionService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def rules(self) -> dict[RecordKind, RetentionRule]:
        with self.vault.reading() as session:
            return self._rules(session)

    @staticmethod
    def _rules(session: Session) -> dict[RecordKind, RetentionRule]:
        rules = dict(DEFAULT_RULES)
        for kind, override in RetentionPolicyRepository(session).overrides().items():
            rules[kind] = replace(rules[kind], years=override.years, source=override.note, school_set=True)
        return rules

    def set_rule(self, kind: RecordKind, years: int | None, reason: str = "") -> RetentionRule:
        """The school's own period for a kind of record (with why), or back to the default with None."""
        require_admin(self.context, "change how long records are kept")
        if years is not None:
            if not 0 < years <= MAX_YEARS:
                raise InvalidInput(f"Give a number of years from 1 to {MAX_YEARS}.")
            if not reason.strip():
                raise InvalidInput(
                    "Say why the school keeps these records for a different time than the toolkit."
                )
        with self.vault.writing() as session:
            repo = RetentionPolicyRepository(session)
            if years is None:
                repo.remove(kind)
            else:
                repo.save(
                    PolicyOverride(kind, years, reason.strip()), self.context.now(), self.context.actor.name
                )
            detail = "default" if years is None else f"{years} years"
            self.context.audit(session, AuditAction.CHANGED, "retention_policy", kind.value, detail=detail)
            return self._rules(session)[kind]

    def review(self, today: dt.date | None = None) -> list[ReviewItem]:
        """Everything due for deletion on `today` (default: today), pupils' records by name, then the rest."""
        require_admin(self.context, "review records due for deletion")
        today = today or self.context.today()
        with self.vault.reading() as session:
            rules = self._rules(session)
            names = {
                pid: f"{pf or lf} {pl or ll}"
                for pid, pf, lf, pl, ll in session.execute(
                    select(
                        PupilRow.id,
                        PupilRow.preferred_first_name,
                        PupilRow.legal_first_name,
                        PupilRow.preferred_last_name,
                        PupilRow.legal_last_name,
                    )
                )
            }
            items = [
                *self._dated(
                    session, rules[RecordKind.LINK_BOOK], EntryRow.pupil_id, EntryRow.day, today, names
                ),
                *self._dated(
                    session,
                    rules[RecordKind.WORK_FOLDER],
                    WorkFolderRow.pupil_id,
                    WorkFolderRow.period_start,
                    today,
                    names,
                ),
                *self._agreements(session, rules[RecordKind.AGREEMENT], today, names),
                *self._by_birth(session, rules[RecordKind.SEN_RECORD], today, names, sen=True),
                *self._by_birth(session, rules[RecordKind.PUPIL_RECORD], today, names, sen=False),
                *self._unowned(session, rules, today),
            ]
        return sorted(items, key=lambda i: (i.pupil_name is None, (i.pupil_name or "").casefold(), i.kind))

    @staticmethod
    def _dated(
        session: Session,
        rule: RetentionRule,
        pupil_column: object,
        day_column: object,
        today: dt.date,
        names: dict[str, str],
    ) -> list[ReviewItem]:
        through = rule.latest_due(today)
        assert through is not None
        rows = session.execute(
            select(pupil_column, func.count(), func.min(day_column), func.max(day_column))  # type: ignore[call-overload]  # columns passed as object
            .where(day_column <= through)  # type: ignore[operator]  # a date column, passed as object
            .group_by(pupil_column)
        )
        return [
            ReviewItem(rule.kind, pid, names.get(pid), count, oldest, newest, rule.delete_after(oldest, None))
            for pid, count, oldest, newest in rows
        ]

    @staticmethod
    def _agreements(
        session: Session, rule: RetentionRule, today: dt.date, names: dict[str, str]
    ) -> list[ReviewItem]:
        through = rule.latest_due(today)
        assert through is not None
        last_version = func.max(AgreementVersionRow.created_at)
        rows = session.execute(
            select(AgreementRow.pupil_id, last_version)
            .join(AgreementVersionRow, AgreementVersionRow.agreement_id == AgreementRow.id)
            .where(AgreementRow.kind == DocumentKind.AGREEMENT.value)
            .group_by(AgreementRow.id)
            .having(last_version < dt.datetime.combine(through + dt.timedelta(days=1), dt.time()))
        )
        by_pupil: dict[str, list[dt.date]] = {}
        for pupil_id, last in rows:
            by_pupil.setdefault(pupil_id, []).append(last.date())
        return [
            ReviewItem(
                rule.kind,
                pid,
                names.get(pid),
                len(days),
                min(days),
                max(days),
                rule.delete_after(min(days), None),
            )
            for pid, days in by_pupil.items()
        ]

    @staticmethod
    def _by_birth(
        session: Session, rule: RetentionRule, today: dt.date, names: dict[str, str], sen: bool
    ) -> list[ReviewItem]:
        born_by = add_years(today, -rule.years)
        query = select(PupilRow.id, PupilRow.date_of_birth).where(PupilRow.date_of_birth <= born_by)
        items = []
        for pupil_id, born in session.execute(query):
            count = 1
            if sen:
                count = int(
                    session.scalar(
                        select(func.count(AgreementRow.id)).where(
                            AgreementRow.pupil_id == pupil_id,
                            AgreementRow.kind.in_([k.value for k in SEN_KINDS]),
                        )
                    )
                    or 0
                )
                if not count:
                    continue
            items.append(
                ReviewItem(
                    rule.kind, pupil_id, names.get(pupil_id), count, None, None, rule.delete_after(None, born)
                )
            )
        return items

    @staticmethod
    def _unowned(
        session: Session, rules: dict[RecordKind, RetentionRule], today: dt.date
    ) -> list[ReviewItem]:
        """The audit log and the requests register: school records, reviewed as a whole."""
        items = []
        audit_rule = rules[RecordKind.AUDIT_LOG]
        through = audit_rule.latest_due(today)
        assert through is not None
        old_events = AuditQuery(session).events_before(through + dt.timedelta(days=1))
        if old_events:
            items.append(ReviewItem(RecordKind.AUDIT_LOG, None, None, old_events, None, through, today))
        register_rule = rules[RecordKind.REQUESTS_REGISTER]
        through = register_rule.latest_due(today)
        assert through is not None
        closed = int(
            session.scalar(
                select(func.count(RecordsRequestRow.id)).where(
                    RecordsRequestRow.status != RequestStatus.OPEN.value,
                    RecordsRequestRow.answered_on <= through,
                )
            )
            or 0
        )
        if closed:
            items.append(ReviewItem(RecordKind.REQUESTS_REGISTER, None, None, closed, None, through, today))
        return items
