"""The records screen: what a school must account for about the children it holds data on.

Three tabs: the audit trail (the administrator's), the register of requests for a child's records (the
administrator's and the SENCO's, who may export records) and retention with erasure (the
administrator's). Each tab shows its content only to the roles allowed it (desktop/domain/access.py);
anyone else reads why not and whom to ask, and nothing is read from the database for them.

The screen reads nothing until it is first shown, then refreshes what is visible when another view
changes pupils, and everything after an erasure.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.access import Capability, may
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.school import SchoolService
from desktop.ui.kit.settle import settle
from desktop.ui.records.audit_pane import AuditPane
from desktop.ui.records.requests_pane import RequestsPane
from desktop.ui.records.retention_pane import RetentionPane
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic


def _refusal(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("recordsRefusal")
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setMargin(24)
    return label


class RecordsScreen(Screen):
    screenshot_name = "records"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsScreen")
        self.host = host
        self.school = SchoolService(host.context)
        role = host.context.actor.role
        self.audit: AuditPane | None = AuditPane(host) if may(role, Capability.VIEW_AUDIT) else None
        self.requests: RequestsPane | None = (
            RequestsPane(host) if may(role, Capability.EXPORT_RECORDS) else None
        )
        self.retention: RetentionPane | None = (
            RetentionPane(host, self._erased) if role is StaffRole.ADMIN else None
        )
        self._loaded = False
        self._closed = False
        self._reading_pupils = False
        self._build()
        host.runner.changed.connect(self._changed_elsewhere)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RecordsScreen", "Records")

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordsTabs")
        self.tabs.setAccessibleName(self.tr("Records"))
        self.tabs.addTab(
            self.audit
            or _refusal(
                self.tr(
                    "Only the school's administrator may read the audit log: it shows what every member "
                    "of staff looked at and did. Ask your administrator if you need to know who saw a "
                    "child's record."
                ),
                self.tr("Why the audit log is not shown"),
            ),
            self.tr("&Audit log"),
        )
        self.tabs.addTab(
            self.requests
            or _refusal(
                self.tr(
                    "Requests for a child's records are handled by the school's administrator and the "
                    "SENCO. If a parent asks you for their child's records, note the day they asked and "
                    "pass the request on to them today: the time to answer starts when the school receives "
                    "it."
                ),
                self.tr("Why the register of requests is not shown"),
            ),
            self.tr("Re&quests"),
        )
        self.tabs.addTab(
            self.retention
            or _refusal(
                self.tr(
                    "Reviewing records due for deletion, and erasing them, is the school administrator's "
                    "job as the school's data protection lead; ask them."
                ),
                self.tr("Why retention is not shown"),
            ),
            self.tr("Re&tention and erasure"),
        )
        self.tabs.currentChanged.connect(lambda _i: self._refresh_visible())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        if self.audit is None and self.requests is not None:
            self.tabs.setCurrentWidget(self.requests)

    @property
    def panes(self) -> list[AuditPane | RequestsPane | RetentionPane]:
        return [p for p in (self.audit, self.requests, self.retention) if p is not None]

    # Loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and not self._closed and self.panes:
            self._loaded = True
            self.load_pupils()
            self._refresh_visible(everything=True)

    def load_pupils(self) -> None:
        """Everyone on roll, for the fields that find a pupil by name and for naming requests."""
        if self._closed or not self.panes:
            return
        school = self.school
        self._reading_pupils = True

        def read(_state: TaskState) -> list[Pupil]:
            return school.pupils()

        def done(pupils: list[Pupil]) -> None:
            self._reading_pupils = False
            if not self._closed:
                for pane in self.panes:
                    pane.set_pupils(pupils)

        def failed(_exc: BaseException) -> None:
            self._reading_pupils = False

        self.host.runner.run(self.tr("Reading the pupils"), read, done, on_error=failed)

    def _refresh_visible(self, everything: bool = False) -> None:
        """Read again what the person is looking at (or every tab): the registers are small, the log paged."""
        if self._closed or not self._loaded:
            return
        current = self.tabs.currentWidget()
        for pane in self.panes:
            if everything or pane is current:
                pane.reload()

    def _changed_elsewhere(self, changes: object) -> None:
        if self._closed or not self._loaded or not isinstance(changes, Changes):
            return
        if changes.topics & {Topic.SCHOOL, Topic.PUPILS}:
            self.load_pupils()
        if self.isVisible():
            self._refresh_visible()

    def _erased(self, _pupil_id: str) -> None:
        self.load_pupils()
        self._refresh_visible(everything=True)

    @property
    def busy(self) -> bool:
        return self._reading_pupils or any(p.busy for p in self.panes)

    # Locking and screenshots

    def forget(self) -> None:
        self._closed = True
        for pane in self.panes:
            pane.forget()

    def prepare_screenshot(self) -> None:
        """The audit log of the demo school, with the chain verified."""
        if self.audit is not None:
            self.tabs.setCurrentWidget(self.audit)
            self.audit.verify()
        settle(self.host.runner, lambda: self.busy)


def create(host: ScreenHost) -> Screen:
    return RecordsScreen(host)


SCREEN = RecordsScreen
