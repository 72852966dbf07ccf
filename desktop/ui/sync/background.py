"""Sync in the background: a few seconds after each local change, every few minutes, and on demand.

Every run goes through the window's task runner, so the GUI thread never waits on the network or the
database, and locking (which cancels and waits for every task) stops a run cleanly between its steps.
A server that cannot be reached is not an error to show in a box: the next try is pushed back, doubling
each time up to a cap, and the status line says when it will be. A device the school office removed is
not offline: the server refuses it for good, so no run is scheduled again (Sync now still tries). A run
that brought records from other devices announces them on `runner.changed` with the topics they touch,
so each screen redraws only that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.context import ServiceContext
from desktop.services.sync.device import SyncUnavailable
from desktop.services.sync.engine import RemovedFromSync, SyncReport, SyncService, SyncStatus
from desktop.store.errors import InvalidInput, StoreError
from desktop.ui.signals import emit
from desktop.ui.tasks import Changes, TaskHandle, TaskRunner, TaskState, Topic

TOPICS_BY_KIND: dict[str, frozenset[Topic]] = {
    "school": frozenset({Topic.SCHOOL}),
    "staff": frozenset({Topic.SCHOOL}),
    "class": frozenset({Topic.SCHOOL}),
    "class_staff": frozenset({Topic.SCHOOL}),
    "term": frozenset({Topic.SCHOOL}),
    "closure": frozenset({Topic.SCHOOL}),
    "template": frozenset({Topic.SCHOOL, Topic.AGREEMENTS}),
    "news": frozenset({Topic.NEWS}),
    "event": frozenset({Topic.NEWS}),
    "pupil": frozenset({Topic.SCHOOL, Topic.PUPILS}),
    "family_member": frozenset({Topic.PUPILS}),
    "family_link": frozenset({Topic.PUPILS}),
    "entry": frozenset({Topic.ENTRIES}),
    "reply": frozenset({Topic.ENTRIES}),
    "acknowledgement": frozenset({Topic.ENTRIES}),
    "agreement": frozenset({Topic.AGREEMENTS}),
    "agreement_version": frozenset({Topic.AGREEMENTS}),
    "signature": frozenset({Topic.AGREEMENTS}),
    "review_views": frozenset({Topic.AGREEMENTS}),
    "folder": frozenset({Topic.FOLDERS}),
    "work_item": frozenset({Topic.FOLDERS}),
}
"""Which screens a record kind that arrived concerns (kinds: desktop/store/sync_store/kinds.py)."""


def changes_from(report: SyncReport) -> Changes:
    """What a sync brought, as the runner's `Changes`; a kind this version does not know touches all."""
    if not report.changes_received:
        return Changes()
    topics: set[Topic] = set()
    for kind in report.kinds:
        topics |= TOPICS_BY_KIND.get(kind, frozenset(Topic)) if kind != "scope" else frozenset()
    return Changes(frozenset(topics), report.pupil_ids)


@dataclass(frozen=True, slots=True)
class SyncView:
    """Everything the status line shows: the service's status plus what the background is doing."""

    status: SyncStatus | None = None
    syncing: bool = False
    retry_at: dt.datetime | None = None
    """Set while the server or folder is out of reach: when the next try is due."""
    problem: str = ""
    """A problem a person must act on (not merely offline), in words for them."""
    waiting_for_approval: bool = False

    @property
    def removed(self) -> bool:
        """The school office removed this device from the school's sync: nothing is retried."""
        return self.status is not None and self.status.removed


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: SyncStatus
    report: SyncReport | None = None
    offline: bool = False
    problem: str = ""


class BackgroundSync(QObject):
    """Schedules sync runs on the task runner and keeps the `view` the status line shows.

    Timings are attributes (milliseconds) so that tests can shorten them.
    """

    view_changed = Signal()
    synced = Signal(object)
    """A run finished (the SyncReport)."""

    debounce_ms = 5_000
    period_ms = 4 * 60_000
    first_backoff_ms = 15_000
    max_backoff_ms = 15 * 60_000
    label = "Sync"

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        is_locked: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = SyncService(context)
        self.runner = runner
        self._is_locked = is_locked
        self.view = SyncView()
        self._handle: TaskHandle[_Outcome] | None = None
        self._again = False
        self._announcing = False
        self._failures = 0
        self._stopped = False
        self.label = self.tr("Sync")
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(lambda: self.sync_now(manual=False))
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(lambda: self.sync_now(manual=False))
        runner.changed.connect(self._local_change)

    # Scheduling.
    def start(self) -> None:
        """Read the status, then sync soon if this device syncs (called once the window is open)."""
        self._stopped = False
        self.refresh_status(then_sync=True)

    def stop(self) -> None:
        """No more runs (the app is locking); a run under way is cancelled by the runner's cancel_all."""
        self._stopped = True
        self._soon.stop()
        self._next.stop()
        if self._handle is not None:
            self._handle.cancel()

    @property
    def running(self) -> bool:
        """A run is under way (a cancelled run reports to nobody, so its handle says it is done)."""
        return self._handle is not None and not self._handle.done

    @property
    def scheduled(self) -> bool:
        return self._soon.isActive() or self._next.isActive()

    def _usable(self) -> bool:
        return not self._stopped and not self._is_locked()

    def _local_change(self, changes: Changes) -> None:
        """Something was saved here: sync a few seconds after the last of a burst of changes."""
        if self._announcing or not self._usable():
            return
        del changes
        self.refresh_status()
        if self._syncs():
            self._soon.start(self.debounce_ms)

    def _syncs(self) -> bool:
        """Whether runs happen by themselves (not for a device the school office removed)."""
        status = self.view.status
        return status is not None and (status.set_up or status.joining) and not status.removed

    def _schedule(self, delay_ms: int) -> None:
        if self._usable() and self._syncs():
            self._next.start(delay_ms)

    # Runs.
    def sync_now(self, manual: bool = True) -> bool:
        """Start a run unless one is under way (then another follows it). False if nothing started."""
        if not self._usable():
            return False
        if self.running:
            self._again = True
            return False
        self._soon.stop()
        self._next.stop()
        service = self.service

        def work(state: TaskState) -> _Outcome:
            status = service.status()
            if not (status.set_up or status.joining):
                return _Outcome(status)
            folder = status.target and not status.target.startswith(("http://", "https://"))
            if folder and not Path(status.target).is_dir():
                return _Outcome(status, offline=True)
            try:
                report = service.sync_once(
                    progress=state.progress if manual else None, cancelled=lambda: state.cancelled
                )
            except SyncUnavailable:
                return _Outcome(service.status(), offline=True)
            except RemovedFromSync:
                return _Outcome(service.status())
            except InvalidInput as exc:
                return _Outcome(service.status(), problem=str(exc))
            return _Outcome(service.status(), report)

        self._handle = self.runner.run(self.label, work, self._finished, on_error=self._failed)
        self._set_view(syncing=True)
        return True

    def _finished(self, outcome: _Outcome) -> None:
        self._handle = None
        if self._is_locked():
            return
        status = outcome.status
        waiting = status.joining and not status.set_up
        if outcome.offline:
            self._failures += 1
            delay = min(self.first_backoff_ms * 2 ** (self._failures - 1), self.max_backoff_ms)
            retry_at = self.context.now() + dt.timedelta(milliseconds=delay)
            self._set_view(status=status, syncing=False, retry_at=retry_at, problem="", waiting=waiting)
            self._schedule(delay)
            return
        self._failures = 0
        problem = "" if waiting else outcome.problem
        self._set_view(status=status, syncing=False, retry_at=None, problem=problem, waiting=waiting)
        if outcome.report is not None:
            emit(self.synced, outcome.report)
            changes = changes_from(outcome.report)
            if changes.topics:
                self._announcing = True
                try:
                    emit(self.runner.changed, changes)
                finally:
                    self._announcing = False
        if self._again:
            self._again = False
            if self._syncs():
                self._soon.start(self.debounce_ms)
        self._schedule(self.first_backoff_ms if waiting else self.period_ms)

    def _failed(self, exc: BaseException) -> None:
        """A fault of ours (the runner has logged its type and shown its message); try again later."""
        self._handle = None
        if self._is_locked():
            return
        message = str(exc) if isinstance(exc, StoreError) else self.tr("an unexpected error; see the log")
        self._set_view(syncing=False, problem=message)
        self._schedule(self.period_ms)

    def refresh_status(self, then_sync: bool = False) -> None:
        """Read the service's status off the GUI thread (pending changes move with every save)."""
        if not self._usable():
            return
        service = self.service

        def done(status: SyncStatus) -> None:
            if self._is_locked():
                return
            self._set_view(status=status, waiting=status.joining and not status.set_up)
            if then_sync and (status.set_up or status.joining) and not status.removed:
                self._soon.start(min(self.debounce_ms, 2_000))

        self.runner.run(self.tr("Sync status"), lambda _state: service.status(), done)

    def _set_view(self, **values: object) -> None:
        current = self.view
        self.view = SyncView(
            status=values.get("status", current.status),  # type: ignore[arg-type]  # values are typed by key
            syncing=values.get("syncing", current.syncing),  # type: ignore[arg-type]  # values are typed by key
            retry_at=values.get("retry_at", current.retry_at),  # type: ignore[arg-type]  # values are typed by key
            problem=values.get("problem", current.problem),  # type: ignore[arg-type]  # values are typed by key
            waiting_for_approval=values.get("waiting", current.waiting_for_approval),  # type: ignore[arg-type]  # values are typed by key
        )
        emit(self.view_changed)
