"""The words the agreements screen uses for kinds, parties, states and signatures, translated in one place."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate

from desktop.domain.agreements import DocumentKind, Party, Signature, VersionStatus
from desktop.domain.linkbook import Method
from desktop.ui.agreements.rows_editor import DATE_FORMAT
from desktop.ui.translate import QT_TRANSLATE_NOOP

_CONTEXT = "Agreements"

_KINDS = {
    DocumentKind.AGREEMENT: QT_TRANSLATE_NOOP("Agreements", "Home-school agreement"),
    DocumentKind.SUPPORT_PLAN: QT_TRANSLATE_NOOP("Agreements", "Support plan"),
    DocumentKind.ONE_PAGE_PROFILE: QT_TRANSLATE_NOOP("Agreements", "One-page profile"),
}
_PARTIES = {
    Party.SCHOOL: QT_TRANSLATE_NOOP("Agreements", "school"),
    Party.FAMILY: QT_TRANSLATE_NOOP("Agreements", "family"),
    Party.PUPIL: QT_TRANSLATE_NOOP("Agreements", "pupil"),
}
_STATUSES = {
    VersionStatus.DRAFT: QT_TRANSLATE_NOOP("Agreements", "draft"),
    VersionStatus.ACTIVE: QT_TRANSLATE_NOOP("Agreements", "active"),
    VersionStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Agreements", "superseded"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_name(kind: DocumentKind) -> str:
    return _tr(_KINDS[kind])


def party_name(party: Party) -> str:
    return _tr(_PARTIES[party])


def party_names() -> dict[Party, str]:
    return {party: party_name(party) for party in Party}


def status_name(status: VersionStatus) -> str:
    return _tr(_STATUSES[status])


def day(value: dt.date) -> str:
    return QDate(value).toString(DATE_FORMAT)


def signature_state(signature: Signature | None) -> str:
    """'Signed on paper on 18 Nov 2026', 'Signed digitally on …' or 'Not signed yet'."""
    if signature is None:
        return QCoreApplication.translate("Agreements", "Not signed yet")
    if signature.method is Method.PAPER:
        return QCoreApplication.translate("Agreements", "Signed on paper on {day}").format(
            day=day(signature.signed_on)
        )
    return QCoreApplication.translate("Agreements", "Signed digitally on {day}").format(
        day=day(signature.signed_on)
    )
