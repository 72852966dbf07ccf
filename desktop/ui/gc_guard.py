"""Python's cycle collector runs on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation's threshold is crossed: in
this app, as often as not a task-runner thread reading the database. A Qt object caught in a reference
cycle (a closed dialog whose slots refer back to it, a screen dropped on lock) that is collected there is
destroyed on a thread it does not live in, and the process crashes at a random moment far from the cause.

So automatic collection is switched off and a timer on the GUI thread runs the collection the counts say
is due, generation by generation, as the automatic collector would. Reference counting still frees
everything that is not in a cycle at once, on any thread; only cycles wait for the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500
"""How often the GUI thread looks at the collector's counts (a collection due waits at most this long)."""


class GuiThreadCollector(QObject):
    """Install once, on the GUI thread, for the application's lifetime (parent it to the application)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(CHECK_MS)
        self.destroyed.connect(gc.enable)

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns objects freed."""
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] > self.thresholds[generation]:
                due = generation
        return gc.collect(due) if due >= 0 else 0
