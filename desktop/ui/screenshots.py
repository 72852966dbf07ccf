"""Pictures of the app on a fresh demo school, for the docs and for review.

    python -m desktop.ui.screenshots OUTDIR      (what `make screenshots` runs)

Runs offscreen, builds the demo school in a temporary folder (deleted afterwards) and saves one PNG per
window. Look at them: a test that a window opens says nothing about whether it reads well.
"""

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.demo import build_demo_school
from desktop.store.vault import Vault
from desktop.ui.app import provisional_actor
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.family.screenshot import grab_family_window
from desktop.ui.import_wizard.screenshot import grab_import_wizard
from desktop.ui.kit.settle import pause, settle
from desktop.ui.main_window import PUPILS_TAB, MainWindow
from desktop.ui.sync.screenshot import grab_sync_dialog
from desktop.ui.teacher_day_screenshot import grab_teacher_day
from desktop.ui.unlock import DEMO_PASSPHRASE, UnlockWindow

DEMO_TODAY = dt.date(2026, 11, 20)
"""A fixed day, so the pictures change only when the app does."""


def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    widget.raise_()
    pause()
    if not widget.grab().save(str(path)):
        raise OSError(f"Could not write {path}.")
    return path


def _show_a_pupil_with_replies(main: MainWindow) -> None:
    """Choose a pupil whose latest entries have a reply from home, and wait for the link book to load."""
    for row in range(main.pupil_model.rowCount()):
        main.pupil_view.selectRow(row)
        main.runner.wait()
        pause(50)
        if "from home" in main.timeline.browser.toPlainText()[:2000]:
            return


def take_screenshots(out_dir: Path) -> list[Path]:
    """Save unlock.png and main-window.png in out_dir; returns the files written."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Linkbook")
    app.setOrganizationName("Linkbook")
    use_shipped_fonts(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="linkbook-screenshots-") as scratch:
        data_dir = Path(scratch) / "demo-school"
        vault = Vault.create(data_dir, DEMO_PASSPHRASE, demo=True)
        try:
            build_demo_school(vault, today=DEMO_TODAY, images=True)  # folders show their thumbnails
        finally:
            vault.close()

        unlock = UnlockWindow(data_dir)
        unlock.resize(540, unlock.sizeHint().height())
        written.append(_save(unlock, out_dir / "unlock.png"))
        unlock.close()

        vault = Vault.unlock(data_dir, DEMO_PASSPHRASE)
        main = MainWindow(vault, provisional_actor(vault))
        main.resize(1280, 760)
        main.show_tab(PUPILS_TAB)
        settle(main.runner)  # the school, its classes and the first class's pupils
        _show_a_pupil_with_replies(main)
        try:
            written.append(_save(main, out_dir / "main-window.png"))
            for screen in main.all_screens():
                if screen.screenshot_name:
                    main.tabs.setCurrentWidget(screen)
                    screen.prepare_screenshot()
                    main.runner.wait()
                    written.append(_save(main, out_dir / f"{screen.screenshot_name}.png"))
        finally:
            main.close()
        app.processEvents()
    written += grab_teacher_day(out_dir)
    written += grab_import_wizard(out_dir)
    written += grab_family_window(out_dir)
    written += grab_sync_dialog(out_dir)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(
            QCoreApplication.translate("screenshots", "Usage: python -m desktop.ui.screenshots OUTDIR"),
            file=sys.stderr,
        )
        return 2
    for path in take_screenshots(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
