"""Sync in the main window: background runs, the status-bar line, and the Sync and devices dialog.

`install_sync(window)` is called by desktop/ui/app.py after the window is built, like the Settings
action: it adds School > Sync and devices…, Sync now (Ctrl+Shift+S), the permanent status line, and
starts the background sync, which stops (cancelling a run under way) when the window locks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.main_window import MainWindow
from desktop.ui.sync.background import BackgroundSync
from desktop.ui.sync.conflicts import ConflictsDialog
from desktop.ui.sync.dialog import SyncDialog
from desktop.ui.sync.status import SyncStatusButton


@dataclass
class SyncInWindow:
    """What install_sync added to a window (for tests, and for whoever needs its parts)."""

    background: BackgroundSync
    status_button: SyncStatusButton
    dialog_action: QAction
    sync_now_action: QAction
    dialog: SyncDialog | None = None
    chooser: ConflictsDialog | None = None

    def open_dialog(self, window: MainWindow) -> SyncDialog:
        """Show the dialog (one at a time) over the window."""
        if self.dialog is None:
            self.dialog = SyncDialog(self.background, parent=window)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def open_chooser(self, window: MainWindow) -> ConflictsDialog:
        """Show the texts to choose between (one such dialog at a time) over the window."""
        if self.chooser is None:
            self.chooser = ConflictsDialog(self.background.context, self.background.runner, parent=window)
            self.chooser.finished.connect(self._chooser_closed)
        self.chooser.show()
        self.chooser.raise_()
        self.chooser.activateWindow()
        return self.chooser

    def status_clicked(self, window: MainWindow) -> None:
        """The line says texts wait to be chosen between: open them; otherwise the sync dialog."""
        if self.status_button.asks_to_choose:
            self.open_chooser(window)
        else:
            self.open_dialog(window)

    def _chooser_closed(self) -> None:
        if self.chooser is not None:
            self.chooser.deleteLater()
            self.chooser = None

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.forget()
            self.dialog.deleteLater()
            self.dialog = None

    def locked(self) -> None:
        """No more runs; the dialog closes with no child's name left in it."""
        self.background.stop()
        if self.dialog is not None:
            self.dialog.reject()
        if self.chooser is not None:
            self.chooser.reject()


def install_sync(window: MainWindow) -> SyncInWindow:
    """Add sync to the window (see the module docstring); returns what was added."""
    background = BackgroundSync(window.context, window.runner, lambda: window.is_locked, window)
    status_button = SyncStatusButton(background)
    window.statusBar().addPermanentWidget(status_button)

    dialog_action = QAction(QCoreApplication.translate("SyncDialog", "S&ync and devices…"), window)
    dialog_action.setObjectName("syncDialogAction")
    dialog_action.setToolTip(
        QCoreApplication.translate("SyncDialog", "Where this computer syncs, invitations and devices")
    )
    sync_now_action = QAction(QCoreApplication.translate("SyncDialog", "Sync &now"), window)
    sync_now_action.setObjectName("syncNowAction")
    sync_now_action.setShortcut(QKeySequence(QCoreApplication.translate("SyncDialog", "Ctrl+Shift+S")))
    sync_now_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    sync_now_action.setToolTip(QCoreApplication.translate("SyncDialog", "Send and receive changes now"))

    added = SyncInWindow(background, status_button, dialog_action, sync_now_action)
    dialog_action.triggered.connect(lambda: added.open_dialog(window))
    sync_now_action.triggered.connect(lambda: background.sync_now())
    status_button.clicked.connect(lambda: added.status_clicked(window))

    menu = window.menu(QCoreApplication.translate("MainWindow", "&School"))
    anchor = next((a for a in menu.actions() if a is window.lock_action), None)
    if anchor is not None:
        menu.insertAction(anchor, dialog_action)
        menu.insertAction(anchor, sync_now_action)
        menu.insertSeparator(anchor)
    else:
        menu.addAction(dialog_action)
        menu.addAction(sync_now_action)
    window.addAction(sync_now_action)
    window.locked.connect(added.locked)
    background.start()
    return added
