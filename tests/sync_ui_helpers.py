"""Helpers for the tests of sync in the app window: a window whose background sync runs on quick timings.

The `server` fixture (a real sync server process per test) is in tests/conftest.py.
"""

from __future__ import annotations

from desktop.domain.access import Actor
from desktop.store.vault import Vault
from desktop.ui.main_window import MainWindow
from desktop.ui.sync import SyncInWindow, install_sync

WAIT_MS = 60_000


def quick(added: SyncInWindow) -> SyncInWindow:
    """Seconds and minutes become a fraction of a second, so the tests wait for real schedules."""
    background = added.background
    background.debounce_ms = 150
    background.period_ms = 600
    background.first_backoff_ms = 250
    background.max_backoff_ms = 1_000
    return added


def open_window(qtbot, vault: Vault, actor: Actor) -> tuple[MainWindow, SyncInWindow]:
    window = MainWindow(vault, actor)
    qtbot.addWidget(window)
    added = quick(install_sync(window))
    window.show()
    qtbot.waitExposed(window)
    return window, added


def shown(added: SyncInWindow) -> str:
    """The sync status line's one sentence."""
    return added.status_button.text()


def wait_synced(qtbot, added: SyncInWindow) -> None:
    qtbot.waitUntil(lambda: shown(added) == "Synced just now", timeout=WAIT_MS)
