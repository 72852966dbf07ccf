"""The administrator's view of the audit trail: who viewed, changed, printed or exported which child's
record and when, filtered, a page at a time; and a plain answer to "has anyone edited this log?".

Filters take effect as they change (a moment after the last keystroke), so there is no button to forget.
"""

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.audit import AuditAction
from desktop.domain.pupils import Pupil
from desktop.services.audit_log import AuditLogService
from desktop.services.check import CheckReport, CheckService
from desktop.store.repositories.audit_query import AuditFilter
from desktop.ui.accessibility import name_spin_box
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.records import words
from desktop.ui.records.audit_model import AuditModel
from desktop.ui.records.messages import MessageLabel
from desktop.ui.records.pupil_field import PupilField
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskState, describe

FILTER_DELAY_MS = 300
AUDIT_PROBLEM = "audit trail:"
"""How CheckService starts a problem found in the chain."""


class AuditPane(QWidget):
    message: MessageLabel

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = AuditModel(AuditLogService(host.context), host.runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda text: self.message.show_text(text, error=True))
        self._verifying = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._build()

    def _build(self) -> None:
        self.pupil_field = PupilField(self.tr("Pupil"))
        self.pupil_field.setObjectName("auditPupil")
        self.pupil_field.setPlaceholderText(self.tr("Any pupil: type part of a name or a UPN"))
        self.pupil_field.chosen.connect(lambda _p: self.apply_filter())
        self.person_field = QLineEdit()
        self.person_field.setObjectName("auditPerson")
        self.person_field.setAccessibleName(self.tr("Person"))
        self.person_field.setPlaceholderText(self.tr("Anyone: type part of a name"))
        self.person_field.setClearButtonEnabled(True)
        self.person_field.textEdited.connect(lambda _t: self._timer.start())
        self.action_box = QComboBox()
        self.action_box.setObjectName("auditAction")
        self.action_box.setAccessibleName(self.tr("Action"))
        self.action_box.addItem(self.tr("Anything"), None)
        for action in AuditAction:
            self.action_box.addItem(words.action_name(action), action.value)
        self.action_box.currentIndexChanged.connect(lambda _i: self.apply_filter())

        today = QDate(self.host.context.today())
        self.dates_box = QCheckBox(self.tr("&Between"))
        self.dates_box.setAccessibleName(self.tr("Only between two dates"))
        self.first_date = QDateEdit(today.addDays(-30))
        self.last_date = QDateEdit(today)
        for edit, name in ((self.first_date, self.tr("From")), (self.last_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
            name_spin_box(edit, name)
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.dates_box.toggled.connect(self._dates_toggled)
        and_label = QLabel(self.tr("and"))
        and_label.setAccessibleName(self.tr("and"))

        filters = QGridLayout()
        filters.addWidget(named_label(self.tr("P&upil:"), self.pupil_field), 0, 0)
        filters.addWidget(self.pupil_field, 0, 1)
        filters.addWidget(named_label(self.tr("&Person:"), self.person_field), 0, 2)
        filters.addWidget(self.person_field, 0, 3)
        filters.addWidget(named_label(self.tr("&Did:"), self.action_box), 1, 0)
        filters.addWidget(self.action_box, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.dates_box)
        dates.addWidget(self.first_date)
        dates.addWidget(and_label)
        dates.addWidget(self.last_date)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 2, 1, 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.count_label.setAccessibleName(self.tr("Events found"))
        self.view = QTableView()
        self.view.setObjectName("auditEvents")
        self.view.setAccessibleName(self.tr("Audit events"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setAccessibleName(self.tr("Audit event columns"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((0, 18), (1, 24), (2, 12), (3, 22), (4, 24)):
            self.view.setColumnWidth(column, chars * char)

        self.verify_button = named_button(self.tr("&Verify the chain"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setToolTip(
            self.tr("Check that no event was changed or removed since it was written (can take a while)")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = MessageLabel("auditVerdict", self.tr("Verdict on the audit log"))
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        verify_row.addWidget(self.verify_label, 1)

        self.message = MessageLabel("auditMessage", self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(verify_row)

    # Filtering

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self.pupil_field.set_pupils(pupils)

    def _dates_toggled(self, on: bool) -> None:
        self.first_date.setEnabled(on)
        self.last_date.setEnabled(on)
        self.apply_filter()

    def wanted(self) -> AuditFilter | None:
        """The filter as set, or None (with a message shown) when it cannot be used as it is."""
        if self.pupil_field.problem:
            self.message.show_text(self.pupil_field.problem, error=True)
            return None
        first: dt.date | None = None
        last: dt.date | None = None
        if self.dates_box.isChecked():
            first, last = self.first_date.date().toPython(), self.last_date.date().toPython()  # type: ignore[assignment]  # dates
            if first > last:  # type: ignore[operator]  # both are dates here
                self.message.show_text(
                    self.tr("The first date is after the second; swap them to see those days."), error=True
                )
                return None
        action = self.action_box.currentData()
        pupil = self.pupil_field.pupil
        return AuditFilter(
            pupil_id=pupil.id if pupil else None,
            actor=self.person_field.text(),
            action=AuditAction(action) if action else None,
            first_day=first,
            last_day=last,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        if self._closed:
            return
        wanted = self.wanted()
        if wanted is None:
            return
        self.message.hide_text()
        self.count_label.setText(self.tr("Reading…"))
        self.model.set_filter(wanted)

    def reload(self) -> None:
        self._closed = False
        self.apply_filter()

    def _loaded(self, total: int) -> None:
        if total == 0:
            self.count_label.setText(self.tr("No events match."))
        elif total == 1:
            self.count_label.setText(self.tr("1 event, newest first."))
        elif self.model.canFetchMore():
            self.count_label.setText(
                self.tr("{count} events, newest first; scroll down for older ones.").format(
                    count=f"{total:,}"
                )
            )
        else:
            self.count_label.setText(self.tr("{count} events, newest first.").format(count=f"{total:,}"))

    @property
    def busy(self) -> bool:
        return self.model.busy or self._verifying or self._timer.isActive()

    # Verifying

    def verify(self) -> None:
        if self._verifying or self._closed:
            return
        self._verifying = True
        self.verify_button.setEnabled(False)
        self.verify_label.show_text(self.tr("Checking every event against the one before…"))
        checker = CheckService(self.host.context)

        def check(_state: TaskState) -> CheckReport:
            return checker.run()

        def done(report: CheckReport) -> None:
            self._verifying = False
            self.verify_button.setEnabled(True)
            if not self._closed:
                self._show_verdict(report)

        def failed(exc: BaseException) -> None:
            self._verifying = False
            self.verify_button.setEnabled(True)
            if not self._closed:
                self.verify_label.show_text(describe(exc), error=True)

        self.host.runner.run(self.tr("Verifying the audit log"), check, done, on_error=failed)

    def _show_verdict(self, report: CheckReport) -> None:
        chain = [p for p in report.problems if p.startswith(AUDIT_PROBLEM)]
        other = [p for p in report.problems if not p.startswith(AUDIT_PROBLEM)]
        if chain:
            text = self.tr(
                "The audit log has been tampered with: {problem}. Do not change anything on this "
                "computer; tell the school's data protection lead."
            ).format(problem=chain[0].removeprefix(AUDIT_PROBLEM).strip())
            error = True
        elif report.audit_events == 0 and other:
            text = self.tr("The audit log could not be checked, because the database is damaged.")
            error = True
        else:
            text = self.tr(
                "The audit log is intact: each of its {count} events is linked to the one before, and "
                "none was changed after it was written."
            ).format(count=f"{report.audit_events:,}")
            error = False
        if other:
            text += "\n" + self.tr("The check also found: {problems}").format(problems="; ".join(other))
            error = True
        self.verify_label.show_text(text, error=error)

    # Locking

    def forget(self) -> None:
        self._closed = True
        self._timer.stop()
        self.model.clear()
        self.pupil_field.set_pupils([])
        self.pupil_field.clear_choice()
        self.person_field.clear()
        self.count_label.clear()
        self.verify_label.hide_text()
        self.message.hide_text()
