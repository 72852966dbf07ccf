"""Sync now, and when this device last synced: what the family writes waits in the outbox until then.

Syncing runs on the task runner (with progress and cancel); the bar says when the last sync worked,
how many changes wait to be sent, and, if the school's server could not be reached, that nothing is
lost, or, if the school removed this device, what that means and what to do. Background sync, when it
is there, uses the same service.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.context import ServiceContext
from desktop.services.sync.engine import SyncReport, SyncService, SyncStatus
from desktop.ui.signals import emit
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic

_EVERYTHING = Changes(frozenset(Topic))


class SyncBar(QWidget):
    """A "Sync now" button and a line about the last sync. Emits `synced` after a sync that worked."""

    synced = Signal()

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.button = QPushButton(self.tr("S&ync now"))
        self.button.setAccessibleName(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send what you wrote to school and fetch what is new"))
        self.button.clicked.connect(self.sync_now)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Last sync"))
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def sync_now(self) -> None:
        service = SyncService(self.context)

        def work(state: TaskState) -> SyncReport:
            return service.sync_once(progress=state.progress, cancelled=lambda: state.cancelled)

        def failed(_exc: BaseException) -> None:
            self.button.setEnabled(True)
            self.refresh()

        def done(_report: SyncReport) -> None:
            self.button.setEnabled(True)
            self.refresh()
            emit(self.synced)

        self.button.setEnabled(False)
        self.runner.run(self.tr("Syncing with school"), work, done, _EVERYTHING, failed)

    def refresh(self) -> None:
        """Read the sync status off the GUI thread and show it."""
        service = SyncService(self.context)
        self.runner.run(self.tr("Reading the sync status"), lambda _state: service.status(), self.show_status)

    def show_status(self, status: SyncStatus) -> None:
        if status.last_success is None:
            line = self.tr("Not synced yet.")
        else:
            when = QDateTime(status.last_success)
            line = self.tr("Last synced {when}.").format(
                when=QLocale().toString(when, QLocale.FormatType.ShortFormat)
            )
        if status.removed:
            line += " " + self.tr(
                "The school has removed this device from its link book, so it no longer sends or receives. "
                "Everything already here stays and can still be read. To connect again, ask the school "
                "for a new invitation."
            )
        elif status.offline:
            line += " " + self.tr("Could not reach the school last time; nothing you wrote is lost.")
        if status.pending_changes:
            line += " " + self.tr("{count} changes wait to be sent.").format(count=status.pending_changes)
        self.label.setText(line)

    def clear(self) -> None:
        self.label.clear()
