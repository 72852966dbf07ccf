"""The background task runner: long work off the GUI thread, with progress, cancel and one place for errors.

Every action that may take longer than a frame (searching the school, importing, printing a batch,
syncing, even loading a pupil's year) runs as a task: a plain function on a worker thread that reports
progress through a TaskState and returns a result. The result, or the error, comes back to the GUI thread
by a queued signal; the runner then announces what changed so that each view refreshes only what it shows.
"""

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.store.errors import StoreError
from desktop.ui.signals import emit

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the person asked it to stop."""


class Topic(enum.StrEnum):
    """Kinds of record a task may have changed."""

    SCHOOL = "school"
    PUPILS = "pupils"
    ENTRIES = "entries"
    AGREEMENTS = "agreements"
    FOLDERS = "folders"
    NEWS = "news"


@dataclass(frozen=True, slots=True)
class Changes:
    """What a finished task changed: views compare it with what they show and redraw only that."""

    topics: frozenset[Topic] = frozenset()
    pupil_ids: frozenset[str] = frozenset()

    def touches(self, topic: Topic, pupil_id: str | None = None) -> bool:
        if topic not in self.topics:
            return False
        return pupil_id is None or not self.pupil_ids or pupil_id in self.pupil_ids


NOTHING = Changes()


class TaskState:
    """Handed to the work function: report progress, see whether it was cancelled."""

    def __init__(self, report: Callable[[int], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()
        self._last_percent = -1

    def progress(self, fraction: float) -> None:
        """Report progress in [0, 1]; only a change of the whole percentage crosses to the GUI."""
        percent = max(0, min(100, round(fraction * 100)))
        if percent != self._last_percent:
            self._last_percent = percent
            self._report(percent)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Stop here if cancelled; call this between units of work."""
        if self._cancelled.is_set():
            raise Cancelled()


class _Signals(QObject):
    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(object)


@dataclass(eq=False)
class TaskHandle(Generic[T]):
    """A running task; cancel() asks it to stop at its next check."""

    label: str
    state: TaskState
    done: bool = field(default=False)

    def cancel(self) -> None:
        self.state.cancel()


class _Job(QRunnable):
    """The worker's side of a task.

    It lets go of the work, the state and the result before it reports, so that the last reference to
    anything the work captured (a window, a view) is dropped on the GUI thread, by the runner, and never
    here: a Qt widget freed on a worker thread takes the process down.
    """

    def __init__(self, work: Callable[[TaskState], Any], state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self._work: Callable[[TaskState], Any] | None = work
        self._state: TaskState | None = state
        self._signals = signals

    def run(self) -> None:
        work, state = self._work, self._state
        self._work = self._state = None
        assert work is not None and state is not None
        try:
            outcome = (self._signals.finished, work(state))
        except BaseException as exc:  # every failure goes back to the GUI thread, never lost in a thread
            outcome = (self._signals.failed, exc)
        del work, state
        emit(*outcome)


class TaskRunner(QObject):
    """Runs tasks on a thread pool and reports on the GUI thread.

    Signals: started(label), progressed(label, percent), finished(label), failed(label, message),
    changed(Changes). A view connects to `changed`; a status area to the rest.
    """

    started = Signal(str)
    progressed = Signal(str, int)
    finished = Signal(str)
    failed = Signal(str, str)
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Each running task's work and signals, held on the GUI thread until the task has reported.
        self._running: dict[TaskHandle[Any], tuple[Callable[[TaskState], Any], _Signals]] = {}

    def run(
        self,
        label: str,
        work: Callable[[TaskState], T],
        on_done: Callable[[T], None] | None = None,
        changes: Changes | Callable[[T], Changes] = NOTHING,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle[T]:
        """Start work(state) on a worker thread; on_done(result) then runs on the GUI thread."""
        signals = _Signals()
        state = TaskState(lambda percent: emit(signals.progressed, percent))
        handle: TaskHandle[T] = TaskHandle(label, state)
        self._running[handle] = (work, signals)

        def finished(result: T) -> None:
            self._close(handle, signals)
            if on_done is not None:
                on_done(result)
            emit(self.finished, label)
            what = changes(result) if callable(changes) else changes
            if what.topics:
                emit(self.changed, what)

        def failed(exc: BaseException) -> None:
            self._close(handle, signals)
            if isinstance(exc, Cancelled):
                emit(self.finished, label)
                return
            if on_error is not None:
                on_error(exc)
            emit(self.failed, label, describe(exc))

        signals.progressed.connect(lambda percent: emit(self.progressed, label, percent))
        signals.finished.connect(finished)
        signals.failed.connect(failed)
        emit(self.started, label)
        self._pool.start(_Job(work, state, signals))
        return handle

    def _close(self, handle: TaskHandle[Any], signals: _Signals) -> None:
        handle.done = True
        self._running.pop(handle, None)
        signals.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    @Slot()
    def wait(self, msecs: int = -1) -> bool:
        """Wait for every task to end (for locking and quitting); True if all ended in time."""
        return self._pool.waitForDone(msecs)


def describe(exc: BaseException) -> str:
    """A message for a person. Store errors already say what to do; anything else is a fault of ours."""
    if isinstance(exc, StoreError | PermissionError):
        return str(exc)
    # The type only: an exception's text may quote a child's record, and logs must never hold one.
    log.error("A task failed: %s", exc.__class__.__name__)
    return QObject.tr("Something went wrong ({kind}). Nothing half-done was saved; please try again.").format(  # type: ignore[call-arg, arg-type]  # tr() on the class; the stubs want an instance
        kind=exc.__class__.__name__
    )
