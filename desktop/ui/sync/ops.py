"""One service call of the sync dialogs on the task runner, with its outcome in a message line.

Every call here may wait on the network, so none runs on the GUI thread. While it runs, the controls
that would start it again are disabled; a refusal or an unreachable server is shown in the panel's own
message line, in the service's words, which say what to do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.store.errors import StoreError
from desktop.ui.tasks import TaskRunner

T = TypeVar("T")


def run_call(
    runner: TaskRunner,
    label: str,
    call: Callable[[], T],
    done: Callable[[T], None],
    message: QLabel,
    controls: Sequence[QWidget] = (),
    working: str = "",
) -> None:
    """call() on a worker thread; done(result) on the GUI thread; errors into message."""
    for control in controls:
        control.setEnabled(False)
    working = working or QCoreApplication.translate("SyncDialog", "Working…")
    message.setText(working)

    def finish(result: T) -> None:
        if not shiboken6.isValid(message):
            return  # the dialog was closed while the call ran; what it did is kept by the service
        for control in controls:
            control.setEnabled(True)
        if message.text() == working:
            message.clear()  # news from a call that ended meanwhile stays
        done(result)

    def failed(exc: BaseException) -> None:
        if not shiboken6.isValid(message):
            return
        for control in controls:
            control.setEnabled(True)
        if isinstance(exc, StoreError | PermissionError):
            message.setText(str(exc))
        else:
            message.setText(
                QCoreApplication.translate(
                    "SyncDialog", "That did not work ({kind}); nothing was changed."
                ).format(kind=exc.__class__.__name__)
            )

    runner.run(label, lambda _state: call(), finish, on_error=failed)


def message_label(name: str) -> QLabel:
    """The panel's message line: wraps, can be read by a screen reader, empty until there is news."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setObjectName("syncMessage")
    return label
