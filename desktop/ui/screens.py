"""The main window's screens beyond the teacher's day: each a module of its own, plugged in by name.

A screen module (listed in SCREEN_MODULES) exposes `create(host: ScreenHost) -> Screen` and its class as
`SCREEN`. The main window adds a tab for each, in the order listed, titled by the class's `title()`, and
builds the screen the first time its tab is shown (or someone asks for it), so that opening the school
builds and loads only the screen the teacher sees first. On lock it calls `forget()` on the screens it
has built, so that no child's details stay in their widgets. `make screenshots` saves one picture of each
screen, after `prepare_screenshot()` has put something worth seeing on it.

Screens read and write through the services, run anything slow on the host's task runner, and listen to
`host.runner.changed` to refresh only what a finished task touched.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop.services.context import ServiceContext
from desktop.ui.tasks import TaskRunner

SCREEN_MODULES: tuple[str, ...] = (
    "desktop.ui.agreements.screen",
    "desktop.ui.reviews.screen",
    "desktop.ui.families.screen",
    "desktop.ui.meetings.screen",
    "desktop.ui.news.screen",
    "desktop.ui.folders.screen",
    "desktop.ui.folders.progress",
    "desktop.ui.home_learning.screen",
    "desktop.ui.records.screen",
)
"""Modules that each provide `create(host) -> Screen`, in tab order."""


@dataclass(frozen=True)
class ScreenHost:
    """What a screen gets from the main window: the school's services, the task runner, and the window."""

    context: ServiceContext
    runner: TaskRunner
    window: QMainWindow
    menu: Callable[[str], QMenu]
    """Returns the main window's menu with this (translated) title, adding it to the menu bar if new."""
    show_message: Callable[[str], None]
    """Puts a short message on the main window's status bar."""


class Screen(QWidget):
    """One tab of the main window."""

    screenshot_name: str = ""
    """File name (without .png) for `make screenshots`; empty for none."""

    @classmethod
    def title(cls) -> str:
        """The tab's label, translated (known before the screen is built)."""
        raise NotImplementedError

    def forget(self) -> None:
        """Empty every widget that shows a child's details (the app is locking)."""
        raise NotImplementedError

    def prepare_screenshot(self) -> None:
        """Show something typical of the demo school, and wait for it to load (for `make screenshots`)."""


@dataclass
class ScreenSlot:
    """A screen's place in the main window: its module, and the screen once built."""

    module: ModuleType
    screen: Screen | None = None

    @property
    def key(self) -> str:
        """The name the main window knows the screen's tab by (its module's)."""
        return self.module.__name__

    @property
    def kind(self) -> type[Screen]:
        kind: type[Screen] = self.module.SCREEN
        return kind

    def build(self, host: ScreenHost) -> Screen:
        if self.screen is None:
            self.screen = self.module.create(host)
        return self.screen


def screen_slots() -> list[ScreenSlot]:
    """A slot for each module of SCREEN_MODULES, in tab order; nothing built yet."""
    return [ScreenSlot(importlib.import_module(name)) for name in SCREEN_MODULES]
