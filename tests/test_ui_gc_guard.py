"""Cycles are collected on the GUI thread only, so no Qt object is ever destroyed on a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from desktop.ui.gc_guard import GuiThreadCollector


class Dialogish(QObject):
    """A Qt object in a reference cycle, like a closed dialog whose slot refers back to it."""

    def __init__(self, freed_on: list[str]) -> None:
        super().__init__()
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:  # runs on the thread that collects the cycle (and deletes the QObject)
        self.freed_on.append(threading.current_thread().name)


def test_a_qt_object_in_a_cycle_is_freed_on_the_gui_thread_even_when_a_worker_allocates(qtbot) -> None:
    gc.enable()  # as at the app's start (the test fixtures turn it off for every test)
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled(), "automatic collection is off while the collector is installed"
        freed_on: list[str] = []
        Dialogish(freed_on)  # dropped at once: only the cycle keeps it

        def busy_worker() -> None:  # allocates far past every threshold, as a database read would
            for _ in range(50):
                junk = [[] for _ in range(10_000)]
                for item in junk:
                    item.append(item)

        worker = threading.Thread(target=busy_worker, name="worker")
        worker.start()
        worker.join()
        assert freed_on == [], "nothing was collected on the worker"

        qtbot.waitUntil(lambda: freed_on != [], timeout=5_000)
        assert freed_on == [threading.main_thread().name]
    finally:
        collector.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gc.isenabled(), "automatic collection is back once the collector is gone"
