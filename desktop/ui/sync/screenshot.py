"""A picture of the Sync and devices dialog with an invitation just issued, for the docs (`make screenshots`).

grab_sync_dialog(out_dir) makes a small school in a temporary folder, founds its sync on a shared folder
(no server is needed to issue an invitation), opens a main window with sync installed, issues a family
invitation in the dialog and saves sync.png (the dialog) and sync-status.png (the window's status bar).
The folder is deleted afterwards.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncService
from desktop.store.vault import Vault
from desktop.ui.kit.settle import pause, wait_until
from desktop.ui.main_window import MainWindow
from desktop.ui.sync import install_sync

_PASSPHRASE = "screenshots of the sync dialog"
PUPILS = (("Wiktoria", "Zielińska", "POL"), ("Hodan", "Warsame", "SOM"), ("Aarav", "Chatterjee", "BNG"))


def _school(vault: Vault) -> None:
    context = ServiceContext(vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    teacher = StaffMember("Mr Okafor", StaffRole.CLASS_TEACHER)
    wrens = SchoolClass("3 Wrens", "3", staff_ids=(teacher.id,))
    service = SchoolService(context)
    service.set_up(School("Riverside Primary"), [teacher], [wrens])
    pupils = [
        Pupil(
            legal_first_name=first,
            legal_last_name=last,
            date_of_birth=dt.date(2018, 3 + n, 9),
            class_id=wrens.id,
            upn=f"H{n:012d}",
            first_language=language,
        )
        for n, (first, last, language) in enumerate(PUPILS)
    ]
    service.save_pupils(pupils)
    service.save_family_members(
        [
            FamilyMember(
                "Tomasz Zieliński",
                Relationship.FATHER,
                (pupils[0].id,),
                channel=Channel.APP,
                home_language="POL",
            )
        ]
    )


def grab_sync_dialog(out_dir: Path) -> list[Path]:
    """Save sync.png and sync-status.png in out_dir; returns the files written."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="linkbook-sync-shot-") as scratch:
        vault = Vault.create(Path(scratch) / "school", _PASSPHRASE)
        folder = Path(scratch) / "usb-stick"
        folder.mkdir()
        actor = Actor("Ms Achterberg", StaffRole.ADMIN)
        try:
            _school(vault)
            SyncService(ServiceContext(vault, actor)).found_school(SyncTarget(folder=folder))
            window = MainWindow(vault, actor)
            added = install_sync(window)
            window.resize(1100, 640)
            window.show()
            wait_until(
                lambda: (added.background.view.status or None) is not None and not added.background.running
            )
            wait_until(lambda: added.background.view.status.last_success is not None)  # type: ignore[union-attr]  # status is set
            dialog = added.open_dialog(window)
            panel = dialog.invite_panel
            dialog.show_tab(panel)
            panel.role_box.setCurrentIndex(1)
            wait_until(lambda: panel.choices.count() == len(PUPILS))
            panel.choices.item(0).setCheckState(Qt.CheckState.Checked)
            panel.label_field.setText("Rodzina Zielińskich")
            panel.issue()
            wait_until(lambda: panel.slip is not None)
            pause(200)
            path = out_dir / "sync.png"
            if not dialog.grab().save(str(path)):
                raise OSError(f"Could not write {path}.")
            written.append(path)
            dialog.reject()
            bar = out_dir / "sync-status.png"
            if not window.statusBar().grab().save(str(bar)):
                raise OSError(f"Could not write {bar}.")
            written.append(bar)
            window.close()
            app.processEvents()
        finally:
            vault.close()
    return written
