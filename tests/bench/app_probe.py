"""The app as a teacher meets it, timed in a process of its own.

    python -m tests.bench.app_probe DIR PASSPHRASE [SWITCHES]

A fresh process, so that what is measured is what a person waits for after typing the passphrase (Argon2id,
SQLCipher, the first queries, building and painting the window) and so that the resident memory read at
the end is the app's alone. Prints one JSON object: unlock_ms, the pupil switches in ms, and rss_mb.
"""

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop.store.vault import Vault
from desktop.ui.app import provisional_actor, warm_up_in_background
from desktop.ui.kit.settle import settle
from desktop.ui.main_window import PUPILS_TAB, MainWindow
from desktop.ui.timeline import school_year_start
from tests.bench.generator import BENCH_TERM_END


class _FirstPaint(QObject):
    """Notes the moment the window first paints."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _resident_mb() -> float:
    """The process's peak resident set (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise OSError("VmHWM is not in /proc/self/status")


def unlock_to_painted_ms(app: QApplication, data_dir: Path, passphrase: str) -> tuple[MainWindow, float]:
    # As in the app: while the unlock window waits for the passphrase, the windows' modules are imported
    # in the background (desktop/ui/app.py); the clock starts when the passphrase is in.
    warm_up_in_background().join()
    start = time.perf_counter()
    vault = Vault.unlock(data_dir, passphrase)
    window = MainWindow(vault, provisional_actor(vault))
    painted = _FirstPaint()
    window.installEventFilter(painted)
    window.show()
    while painted.at is None:
        app.processEvents()
    window.removeEventFilter(painted)
    return window, (painted.at - start) * 1000


def pupil_switches_ms(app: QApplication, window: MainWindow, switches: int) -> list[float]:
    """Choose one pupil after another on the timeline screen; each until their link book is shown (its
    newest weeks, as the app first draws it) and painted."""
    window.show_tab(PUPILS_TAB)
    # The bench school's year ended in July: show that year, as a teacher looking back at it would.
    window.timeline.last.setDate(QDate(BENCH_TERM_END))
    window.timeline.first.setDate(QDate(school_year_start(BENCH_TERM_END)))
    settle(window.runner)
    samples: list[float] = []
    classes = window.class_model.rowCount()
    for n in range(switches):
        window.class_view.setCurrentIndex(window.class_model.index(n % classes))
        settle(window.runner)
        row = (n * 7) % max(window.pupil_model.rowCount(), 1)
        pupil = window.pupil_model.pupil_at(row)
        start = time.perf_counter()
        window.pupil_view.selectRow(row)
        # Until the pupil's year is drawn (what the teacher waits for); the audit of the look is written
        # by a task after that, and is not counted.
        while pupil is not None and window.timeline.shown_pupil_id != pupil.id:
            app.processEvents()
            window.runner.wait(1)
        window.timeline.browser.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
        settle(window.runner)
    return samples


def main(argv: list[str]) -> int:
    data_dir, passphrase = Path(argv[0]), argv[1]
    switches = int(argv[2]) if len(argv) > 2 else 40
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Linkbook bench")
    window, unlock_ms = unlock_to_painted_ms(app, data_dir, passphrase)
    settle(window.runner)
    switches_ms = pupil_switches_ms(app, window, switches)
    report = {"unlock_ms": unlock_ms, "switch_ms": switches_ms, "rss_mb": _resident_mb()}
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
