"""Retention: how long each kind of record is kept, and which records are due for deletion today.

Defaults follow the IRMS Information Management Toolkit for Schools (docs/records.md has the table);
a school may set its own period per kind, and the reason is kept with it. The review only lists: a
person decides, and erasure (desktop/services/erasure.py) does the deleting.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desktop.domain.agreements import DocumentKind
from desktop.domain.audit import AuditAction
from desktop.domain.records import DEFAULT_RULES, RecordKind, RetentionRule, add_years
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit_query import AuditQuery
from desktop.store.repositories.records import PolicyOverride, RetentionPolicyRepository
from desktop.store.repositories.retention import DatedRecords, RetentionQuery

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
            query = RetentionQuery(session)
            names = query.pupil_names()
            items = [
                *self._dated(query.entries_through, rules[RecordKind.LINK_BOOK], today, names),
                *self._dated(query.folders_through, rules[RecordKind.WORK_FOLDER], today, names),
                *self._agreements(query, rules[RecordKind.AGREEMENT], today, names),
                *self._by_birth(query, rules[RecordKind.SEN_RECORD], today, names, sen=True),
                *self._by_birth(query, rules[RecordKind.PUPIL_RECORD], today, names, sen=False),
                *self._unowned(session, query, rules, today),
            ]
        return sorted(items, key=lambda i: (i.pupil_name is None, (i.pupil_name or "").casefold(), i.kind))

    @staticmethod
    def _dated(
        records_through: Callable[[dt.date], list[DatedRecords]],
        rule: RetentionRule,
        today: dt.date,
        names: dict[str, str],
    ) -> list[ReviewItem]:
        through = rule.latest_due(today)
        assert through is not None
        return [
            ReviewItem(
                rule.kind,
                r.pupil_id,
                names.get(r.pupil_id),
                r.count,
                r.oldest,
                r.newest,
                rule.delete_after(r.oldest, None),
            )
            for r in records_through(through)
        ]

    @staticmethod
    def _agreements(
        query: RetentionQuery, rule: RetentionRule, today: dt.date, names: dict[str, str]
    ) -> list[ReviewItem]:
        through = rule.latest_due(today)
        assert through is not None
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
            for pid, days in query.agreements_last_changed_through(through).items()
        ]

    @staticmethod
    def _by_birth(
        query: RetentionQuery, rule: RetentionRule, today: dt.date, names: dict[str, str], sen: bool
    ) -> list[ReviewItem]:
        born_by = add_years(today, -rule.years)
        items = []
        for pupil_id, born in query.pupils_born_by(born_by):
            count = 1
            if sen:
                count = query.documents_of(pupil_id, SEN_KINDS)
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
        session: Session, query: RetentionQuery, rules: dict[RecordKind, RetentionRule], today: dt.date
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
        closed = query.closed_requests_through(through)
        if closed:
            items.append(ReviewItem(RecordKind.REQUESTS_REGISTER, None, None, closed, None, through, today))
        return items
