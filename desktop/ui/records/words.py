"""The words the records screen uses for actions, kinds of record, requests and dates, translated here.

The domain's enums carry English values for the database and the command line; a person reads these.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from desktop.domain.audit import AuditAction
from desktop.domain.records import RecordKind, RequestKind, RequestStatus
from desktop.ui.translate import QT_TRANSLATE_NOOP

_CONTEXT = "Records"

ACTIONS = {
    AuditAction.VIEWED: QT_TRANSLATE_NOOP("Records", "viewed"),
    AuditAction.CREATED: QT_TRANSLATE_NOOP("Records", "created"),
    AuditAction.CHANGED: QT_TRANSLATE_NOOP("Records", "changed"),
    AuditAction.DELETED: QT_TRANSLATE_NOOP("Records", "erased"),
    AuditAction.PRINTED: QT_TRANSLATE_NOOP("Records", "printed"),
    AuditAction.EXPORTED: QT_TRANSLATE_NOOP("Records", "exported"),
    AuditAction.IMPORTED: QT_TRANSLATE_NOOP("Records", "imported"),
    AuditAction.SIGNED: QT_TRANSLATE_NOOP("Records", "signed"),
}
RECORD_KINDS = {
    RecordKind.LINK_BOOK: QT_TRANSLATE_NOOP("Records", "Link book"),
    RecordKind.WORK_FOLDER: QT_TRANSLATE_NOOP("Records", "Work folders"),
    RecordKind.SEN_RECORD: QT_TRANSLATE_NOOP("Records", "SEN records and support plans"),
    RecordKind.AGREEMENT: QT_TRANSLATE_NOOP("Records", "Home-school agreements"),
    RecordKind.PUPIL_RECORD: QT_TRANSLATE_NOOP("Records", "Pupil record (everything about the child)"),
    RecordKind.AUDIT_LOG: QT_TRANSLATE_NOOP("Records", "Audit log"),
    RecordKind.REQUESTS_REGISTER: QT_TRANSLATE_NOOP("Records", "Register of requests"),
}
AUDITED_RECORDS = {
    "link_book": QT_TRANSLATE_NOOP("Records", "Link book"),
    "entry": QT_TRANSLATE_NOOP("Records", "Link-book entry"),
    "reply": QT_TRANSLATE_NOOP("Records", "Reply"),
    "acknowledgement": QT_TRANSLATE_NOOP("Records", "Read receipt"),
    "agreement": QT_TRANSLATE_NOOP("Records", "Agreement or plan"),
    "sen_record": QT_TRANSLATE_NOOP("Records", "SEN records and plans"),
    "work_folder": QT_TRANSLATE_NOOP("Records", "Work folder"),
    "attachment": QT_TRANSLATE_NOOP("Records", "Photo or scan"),
    "pupil": QT_TRANSLATE_NOOP("Records", "Pupil record"),
    "family_member": QT_TRANSLATE_NOOP("Records", "Family contact"),
    "photo_consent": QT_TRANSLATE_NOOP("Records", "Photo consent"),
    "subject_access": QT_TRANSLATE_NOOP("Records", "Subject-access export"),
    "records_request": QT_TRANSLATE_NOOP("Records", "Request for records"),
    "news": QT_TRANSLATE_NOOP("Records", "Class news"),
}
"""Record kinds as the audit trail names them (an erasure's scope among them)."""
WHAT_GOES = {
    RecordKind.LINK_BOOK: QT_TRANSLATE_NOOP(
        "Records", "the link-book entries due for deletion, with every reply and acknowledgement"
    ),
    RecordKind.WORK_FOLDER: QT_TRANSLATE_NOOP(
        "Records", "the work folders due for deletion, with every piece of work, photo and comment"
    ),
    RecordKind.SEN_RECORD: QT_TRANSLATE_NOOP(
        "Records", "the support plans and one-page profiles, with every version and signature"
    ),
    RecordKind.AGREEMENT: QT_TRANSLATE_NOOP(
        "Records", "the home-school agreements, with every version and signature"
    ),
}
WHOLE_PUPIL = QT_TRANSLATE_NOOP(
    "Records",
    "everything held about them: link book with replies, agreements and plans with every version and "
    "signature, work folders, every photo that shows them, family contacts who are nobody else's, and "
    "their photo-consent history",
)
REQUEST_KINDS = {
    RequestKind.SUBJECT_ACCESS: QT_TRANSLATE_NOOP("Records", "Subject access (one calendar month)"),
    RequestKind.EDUCATIONAL_RECORD: QT_TRANSLATE_NOOP("Records", "Educational record (15 school days)"),
}
STATUSES = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("Records", "open"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("Records", "answered"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("Records", "refused"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def translated(text: str) -> str:
    """One of the phrases marked above, in the person's language."""
    return _tr(text)


def action_name(action: AuditAction) -> str:
    return _tr(ACTIONS[action])


def record_kind_name(kind: RecordKind) -> str:
    """A kind of record as retention periods are set for it."""
    return _tr(RECORD_KINDS[kind])


def audit_detail(detail: str) -> str:
    """An event's detail, with the words of requests translated where the detail is one of them."""
    for kind in RequestKind:
        if detail == kind.value:
            return request_kind_name(kind)
    for status in RequestStatus:
        if detail == status.value:
            return status_name(status)
    return detail


def years(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Records", "1 year")
    return QCoreApplication.translate("Records", "{count} years").format(count=count)


def audited_record_name(kind: str) -> str:
    """A record kind as the audit trail names it, readable (unknown kinds as they are spelt)."""
    return _tr(AUDITED_RECORDS[kind]) if kind in AUDITED_RECORDS else kind.replace("_", " ")


def request_kind_name(kind: RequestKind) -> str:
    return _tr(REQUEST_KINDS[kind])


def status_name(status: RequestStatus) -> str:
    return _tr(STATUSES[status])


def day(value: dt.date) -> str:
    """A date as the person's locale writes it in short."""
    return QLocale().toString(QDate(value), QLocale.FormatType.ShortFormat)


def long_day(value: dt.date) -> str:
    return QLocale().toString(QDate(value), "dddd d MMMM yyyy")


def moment(value: dt.datetime) -> str:
    return QLocale().toString(QDateTime(value), QLocale.FormatType.ShortFormat)


def days_left(due_on: dt.date, today: dt.date, status: RequestStatus) -> tuple[str, bool]:
    """What the register says of the time left, and whether the request is overdue."""
    if status is not RequestStatus.OPEN:
        return "", False
    left = (due_on - today).days
    translate = QCoreApplication.translate
    if left == 1:
        return translate("Records", "1 day left"), False
    if left > 1:
        return translate("Records", "{count} days left").format(count=left), False
    if left == 0:
        return translate("Records", "due today"), False
    if left == -1:
        return translate("Records", "OVERDUE by 1 day"), True
    return translate("Records", "OVERDUE by {count} days").format(count=-left), True
