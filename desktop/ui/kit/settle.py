"""Waiting for background work to settle: its tasks ended and their results shown.

For screenshots, benchmarks and a screen's `prepare_screenshot()`: they must not grab a window before what
it loads has arrived. Tests wait with qtbot.waitUntil instead. Everything here runs the Qt event loop, so
queued results reach the widgets while it waits.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from desktop.ui.tasks import TaskRunner

STEP_MS = 20
"""How long each round of waiting lets the event loop run."""


def pause(milliseconds: int = 100) -> None:
    """Run the event loop for a while: layouts, fonts and deferred updates finish."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], seconds: float = 20.0, then_ms: int = 0) -> bool:
    """Deliver events until done() is true, at most `seconds`, then pause `then_ms` for the layout to
    finish; whether done() became true."""
    deadline = time.monotonic() + seconds
    while not (came := done()) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if then_ms:
        pause(then_ms)
    return came


def settle(runner: TaskRunner, busy: Callable[[], bool] | None = None, seconds: float = 20.0) -> bool:
    """Wait until the runner's tasks, and the tasks their results start, have ended and been delivered,
    and busy() (a screen's own queue, say) is false; at most `seconds`. Whether it settled."""
    deadline = time.monotonic() + seconds
    while True:
        runner.wait()
        pause(STEP_MS)
        if not runner.busy and not (busy is not None and busy()):
            return True
        if time.monotonic() >= deadline:
            return False
