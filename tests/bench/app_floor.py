"""The floors of the app's own figures, each in a fresh process of its own, as the app's are measured.

    python -m tests.bench.app_floor [SWITCHES]

A bare PySide6 process: an empty QMainWindow shown until its first paint (the floor of unlock to a painted
window), a bare QListWidget of a year of lines repainted after its selection moves (the floor of switching
pupils), and the process's peak resident memory (VmHWM) at the end (the floor of the app's). Prints one JSON
object: started_at (the wall clock when the interpreter started), window_ms, painted_at (wall clock), the
repaints in ms, and rss_mb.
"""

import json
import os
import sys
import time

STARTED_AT = time.time()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402  (after the clock has started)
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow  # noqa: E402

YEAR_LINES = 190
"""A list as long as a school year of days: what a pupil switch redraws, at its barest."""


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _resident_mb() -> float:
    """The process's peak resident set (VmHWM), in MB (nothing of Linkbook imported: PySide6 alone)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise OSError("VmHWM is not in /proc/self/status")


def empty_window_ms(app: QApplication) -> tuple[QMainWindow, float]:
    """An empty QMainWindow made and shown until it first paints."""
    start = time.perf_counter()
    window = QMainWindow()
    painted = _FirstPaint()
    window.installEventFilter(painted)
    window.resize(1200, 800)
    window.show()
    while painted.at is None:
        app.processEvents()
    window.removeEventFilter(painted)
    return window, (painted.at - start) * 1000


def list_repaints_ms(app: QApplication, window: QMainWindow, switches: int) -> list[float]:
    """A bare list of a year's lines: its contents replaced and repainted, once per switch."""
    view = QListWidget()
    window.setCentralWidget(view)
    app.processEvents()
    samples = []
    for n in range(-1, switches):  # the first (-1) fills the font caches
        start = time.perf_counter()
        view.clear()
        view.addItems([f"Day {day}: pupil {n}, a line of the link book" for day in range(YEAR_LINES)])
        view.setCurrentRow(n % YEAR_LINES)
        view.viewport().repaint()
        if n >= 0:
            samples.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    return samples


def main(argv: list[str]) -> int:
    switches = int(argv[0]) if argv else 40
    app = QApplication(sys.argv[:1])
    window, window_ms = empty_window_ms(app)
    painted_at = time.time()
    repaints = list_repaints_ms(app, window, switches)
    report = {
        "started_at": STARTED_AT,
        "window_ms": window_ms,
        "painted_at": painted_at,
        "repaint_ms": repaints,
        "lines": YEAR_LINES,
        "rss_mb": _resident_mb(),
    }
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
