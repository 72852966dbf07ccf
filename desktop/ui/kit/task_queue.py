"""An ordered queue of tasks over the TaskRunner, for views whose writes must land in the order made."""

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from desktop.ui.tasks import NOTHING, Changes, TaskRunner, TaskState, describe


@dataclass(eq=False)
class QueuedTask:
    """One task for a TaskQueue; tasks with the same key replace each other while waiting."""

    label: str
    work: Callable[[TaskState], Any]
    on_done: Callable[[Any], None] | None = None
    changes: Changes | Callable[[Any], Changes] = NOTHING
    on_error: Callable[[BaseException], None] | None = None
    key: str | None = None


class TaskQueue(QObject):
    """Runs a view's tasks one after another, in the order asked, on the window's task runner.

    For views whose writes must land in order (a draft must never land after the entry that replaced it).

    Draft saves for the same pupil that have not started yet are merged (only the newest text matters).
    """

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending: deque[QueuedTask] = deque()
        self._running: QueuedTask | None = None

    def submit(self, job: QueuedTask) -> None:
        if job.key is not None:
            self._pending = deque(j for j in self._pending if j.key != job.key)
        self._pending.append(job)
        self._next()

    @property
    def idle(self) -> bool:
        return self._running is None and not self._pending

    def _next(self) -> None:
        if self._running is not None or not self._pending:
            return
        job = self._running = self._pending.popleft()

        def done(result: Any) -> None:
            self._running = None
            if job.on_done is not None:
                job.on_done(result)
            self._next()

        def failed(exc: BaseException) -> None:
            self._running = None
            if job.on_error is not None:
                job.on_error(exc)
            self._next()

        self._runner.run(job.label, job.work, done, job.changes, failed)

    def drain_now(self) -> None:
        """Run what is still waiting here, on this thread (for closing: nothing typed may be dropped)."""
        pending, self._pending = list(self._pending), deque()
        state = TaskState(lambda _percent: None)
        for job in pending:
            if job.key is not None:  # only the writes of typed text matter on the way out
                job.work(state)


class ScreenTasks(TaskQueue):
    """A screen's ordered tasks: results and errors land only while the screen is open, and the changes
    the screen made itself are told apart from those made elsewhere (which call for a reload)."""

    def __init__(
        self, runner: TaskRunner, show_error: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(runner, parent)
        self._show_error = show_error
        self._own: list[Changes] = []
        self.closed = False
        """Set when the screen forgets what it showed (locking): nothing lands after that."""

    def run(
        self,
        label: str,
        work: Callable[[TaskState], Any],
        done: Callable[[Any], None] | None = None,
        changes: Changes | None = None,
        *,
        key: str | None = None,
        quiet: bool = False,
        after_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue work behind the screen's earlier reads and writes.

        A task with a key replaces a waiting one with the same key (a newer draft of the same text).
        Its error is shown on the screen unless quiet (the task runner still reports it); after_error
        then runs, while the screen is open.
        """

        def on_done(result: object) -> None:
            if not self.closed and done is not None:
                done(result)

        def on_error(exc: BaseException) -> None:
            if self.closed:
                return
            if not quiet:
                self._show_error(describe(exc))
            if after_error is not None:
                after_error(exc)

        self.submit(QueuedTask(label, work, on_done, changes or Changes(), on_error, key))

    def own(self, changes: Changes) -> Changes:
        """Mark changes as this screen's own (it shows them already)."""
        self._own.append(changes)
        return changes

    def from_elsewhere(self, changes: object) -> bool:
        """Whether a finished task's changes came from elsewhere and the open screen should reload."""
        if self.closed or not isinstance(changes, Changes):
            return False
        if any(changes is own for own in self._own):
            self._own = [c for c in self._own if c is not changes]
            return False
        return True
