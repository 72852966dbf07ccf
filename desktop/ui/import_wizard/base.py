"""What every page of the import wizard shares: running its work on the task runner, and a busy bar.

A page never reads a file or the database on the GUI thread. It hands the work to the main window's
task runner and shows a busy bar; the page is not complete (Next stays greyed) until the answer is back.
An answer that arrives after the person moved on, cancelled or locked the app is dropped unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizardPage

from desktop.ui.import_wizard.host import WizardHost
from desktop.ui.kit.progress import busy_bar
from desktop.ui.signals import emit
from desktop.ui.tasks import NOTHING, Changes, TaskHandle, TaskState, describe

if TYPE_CHECKING:
    from desktop.ui.import_wizard.draft import ImportDraft

T = TypeVar("T")


class ImportPage(QWizardPage):
    """A wizard page that runs one piece of work at a time and is complete only when it is idle."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self.import_wizard = wizard
        self._handle: TaskHandle[Any] | None = None
        self.busy_bar = busy_bar(self.tr("Working"))

    @property
    def busy(self) -> bool:
        return self._handle is not None

    @property
    def draft(self) -> ImportDraft:
        return self.import_wizard.draft

    def run(
        self,
        label: str,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        changes: Changes | Callable[[T], Changes] = NOTHING,
        finish_when_cancelled: bool = False,
    ) -> None:
        """Run work() on the task runner; on_done or on_error then runs here, unless it was cancelled.

        Work that must not be abandoned once started (a write) says finish_when_cancelled: its changes
        are then announced even if the answer is no longer wanted.
        """
        self.cancel()

        def task(state: TaskState) -> T:
            state.check()
            result = work()
            if not finish_when_cancelled:
                state.check()
            return result

        def done(result: T) -> None:
            if handle.state.cancelled or self._handle is not handle:
                return
            self._idle()
            on_done(result)

        def failed(exc: BaseException) -> None:
            if handle.state.cancelled or self._handle is not handle:
                return
            self._idle()
            on_error(exc)

        self.busy_bar.show()
        handle = self.import_wizard.runner.run(label, task, done, changes, failed)
        self._handle = handle
        running = self.import_wizard.tasks
        running.difference_update([h for h in running if h.done])
        running.add(handle)  # type: ignore[arg-type]  # any result; only done and cancel are used
        self._complete_changed()

    def cancel(self) -> None:
        """Drop the running work's answer (and stop it at its next check)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
            self.busy_bar.hide()
            self._complete_changed()

    def _idle(self) -> None:
        self._handle = None
        self.busy_bar.hide()
        self._complete_changed()

    def _complete_changed(self) -> None:
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return not self.busy and self.ready()

    def ready(self) -> bool:
        """Whether the page has what Next needs (besides not being busy)."""
        return True

    def forget(self) -> None:
        """Empty every widget that may show a child's details."""


def message_label() -> QLabel:
    """A label for what went wrong and what to do: wraps, selectable, read out by screen readers."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def error_text(exc: BaseException) -> str:
    """The message for a person (store and import errors say what to do; anything else is ours)."""
    return describe(exc)
