"""Starting the desktop app on one school's data folder, and switching between locked and open."""

from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.printing.resources import resources_dir
from desktop.ui.about import application_icon
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.gc_guard import GuiThreadCollector
from desktop.ui.language import install_language
from desktop.ui.settings import apply_text_scale
from desktop.ui.unlock import UnlockWindow

if TYPE_CHECKING:
    from desktop.store.vault import Vault
    from desktop.ui.family.window import FamilyWindow
    from desktop.ui.main_window import MainWindow

WINDOW_MODULES = (
    "desktop.store.vault",
    "desktop.ui.main_window",
    "desktop.ui.family.window",
    "desktop.ui.settings_dialog",
    "desktop.ui.sync",
)
"""What the windows after unlocking need (the database, the services, every screen): imported on a
background thread once the unlock window is up, so that neither the first window nor the one after the
passphrase waits for them."""


def warm_up_in_background() -> threading.Thread:
    """Import WINDOW_MODULES and set up the ORM on a daemon thread (a racing import waits on its lock)."""

    def work() -> None:
        for name in WINDOW_MODULES:
            importlib.import_module(name)
        from desktop.ui.screens import SCREEN_MODULES

        for name in SCREEN_MODULES:
            importlib.import_module(name)
        from desktop.store.tables import prepare_mappers

        prepare_mappers()

    thread = threading.Thread(target=work, name="linkbook-warm-up", daemon=True)
    thread.start()
    return thread


TRANSLATIONS_DIR = resources_dir() / "translations"


def provisional_actor(vault: Vault) -> Actor:
    """Who the app acts as until staff sign in one by one (a later issue adds per-person sign-in).

    For now: the first school admin on the staff list, else the first SENCO, else an admin called
    "Linkbook". The name is what the audit trail records for every change made in the app.
    """
    from desktop.services.context import ServiceContext
    from desktop.services.school import SchoolService

    reader = SchoolService(ServiceContext(vault, Actor("Linkbook", StaffRole.ADMIN)))
    staff = reader.staff()
    for role in (StaffRole.ADMIN, StaffRole.SENCO):
        for member in staff:
            if member.role is role:
                return Actor(member.name, member.role, member.id)
    return Actor("Linkbook", StaffRole.ADMIN)


class AppWindows(QObject):
    """Shows the unlock window while locked and a main window while open; never both."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unlock_window = self._new_unlock_window(data_dir)
        self.main_window: MainWindow | FamilyWindow | None = None

    def _new_unlock_window(self, data_dir: Path) -> UnlockWindow:
        window = UnlockWindow(data_dir)
        window.unlocked.connect(self._open)
        window.created.connect(self._open_as)
        return window

    def start(self) -> None:
        self.unlock_window.show()
        warm_up_in_background()

    def _open(self, vault: Vault) -> None:
        self._open_as(vault, None)

    def _open_as(self, vault: Vault, actor: Actor | None) -> None:
        """Open the main window acting as actor (whoever just created the school), else as the app chooses.

        A device enrolled for a family opens the family window instead, acting as a family member.
        """
        from desktop.ui.family.identity import family_actor, is_family_device
        from desktop.ui.family.window import FamilyWindow
        from desktop.ui.main_window import MainWindow
        from desktop.ui.settings_dialog import install_settings_action
        from desktop.ui.sync import install_sync

        window: MainWindow | FamilyWindow
        if actor is None and is_family_device(vault):
            window = FamilyWindow(vault, family_actor(vault))
        else:
            window = MainWindow(vault, actor or provisional_actor(vault))
        install_settings_action(window)  # type: ignore[arg-type]  # it needs only menu(), lock and idle_lock
        if isinstance(window, MainWindow):
            install_sync(window)  # the family window has its own sync bar
            window.switch_requested.connect(lambda chosen, shown=window: self._switch(shown, chosen))
        else:
            window.language_changed.connect(lambda shown=window: self._rebuild_family_window(shown))
        window.locked.connect(self._locked)
        self.main_window = window
        window.show()
        window.activateWindow()
        self.unlock_window.hide()

    def _switch(self, window: QObject, actor: Actor) -> None:
        """The demo school's View as…: the same open school in a new window, as another member of staff."""
        from desktop.ui.main_window import MainWindow

        if not isinstance(window, MainWindow) or window is not self.main_window:
            return
        vault = window.release_vault()
        if vault is None:
            return
        self.main_window = None
        window.hide()
        window.deleteLater()
        self._open_as(vault, actor)

    def _rebuild_family_window(self, window: QObject) -> None:
        """The family chose another language (installed already): the same open school in a new window."""
        from desktop.ui.family.window import FamilyWindow

        if not isinstance(window, FamilyWindow) or window is not self.main_window:
            return
        vault = window.release_vault()
        if vault is None:
            return
        self.main_window = None
        window.hide()
        window.deleteLater()
        self._open_as(vault, None)
        old = self.unlock_window  # hidden while the school is open; the next lock shows it in the language
        self.unlock_window = self._new_unlock_window(old.data_dir)
        old.deleteLater()

    def _locked(self) -> None:
        self.unlock_window.reset(notice=self.tr("Linkbook is locked. Type the passphrase to carry on."))
        self.unlock_window.show()
        self.unlock_window.activateWindow()
        window, self.main_window = self.main_window, None
        if window is not None:
            window.hide()
            window.deleteLater()

    def shut_down(self) -> None:
        """Lock on the way out, whichever window was showing."""
        if self.main_window is not None:
            self.main_window.close()


def _install_translations(app: QApplication) -> None:
    """Qt's own strings and ours in the chosen language (Settings), else the system's, where one exists."""
    install_language(app, folder=TRANSLATIONS_DIR)


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the app on the school in data_dir; returns the exit code once the last window closes."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Linkbook")
    app.setOrganizationName("Linkbook")
    apply_text_scale(app)
    use_shipped_fonts(app)  # names in Gurmukhi, Bengali, Arabic… drawn without system fonts for them
    app.setWindowIcon(application_icon())
    _install_translations(app)
    GuiThreadCollector(app)
    windows = AppWindows(data_dir)
    app.aboutToQuit.connect(windows.shut_down)
    windows.start()
    return app.exec()
