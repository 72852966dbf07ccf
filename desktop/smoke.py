"""`linkbook --smoke`: prove that an installed Linkbook works, end to end, in a few seconds.

For packagers and IT technicians: it runs the real code paths of an install, not a test suite. In a
throwaway folder it creates a demo school (with `linkbook demo`), unlocks it through the unlock window,
opens the main window, renders a class's packs and prints them to a PDF file through the same Qt print
path as the print preview (QPrinter in PDF mode), checks the About dialog (version and licences come from
the bundled metadata), then syncs two devices through the sync server running in this process on
127.0.0.1: the demo school founds the school's sync and invites a second device with a vault of its own,
which joins, receives the class and sends a reply back (desktop/services/sync/, as the app does). Then it
removes the folder and prints `SMOKE OK` (exit 0), or which step failed (exit 1).

It also prints how long start to window took: from the process's start (the OS's record of it, so a frozen
app's own start-up counts) to its first window, the unlock window, on screen; and to the main window after
unlocking (Argon2id and opening the school included). Both leave out the wait for `linkbook demo`, which a
real start does not do. tests/bench/package.py compares the first with its target.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SMOKE_PASSPHRASE = "smoke test, throwaway school"
SETUP_TOKEN = "linkbook-smoke-setup-token-0001"
WAIT_SECONDS = 30.0
_IMPORTED_AT = time.monotonic()


class SmokeFailure(Exception):
    """A step did not do what it should; the message says what a person would have seen."""


def seconds_since_process_start() -> float:
    """How long this process has been running, from the OS (Linux); else since this module was imported."""
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(uptime - started, time.monotonic() - _IMPORTED_AT)
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


def _wait_until(condition: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"gave up waiting {seconds:.0f} s for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def linkbook_command() -> list[str]:
    """How to run this same Linkbook's command line: the frozen executable, or this Python on the source."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop.cli"]


def build_school(data_dir: Path) -> None:
    """A small demo school (one class of four, a week of entries), made by `linkbook demo`.

    In another process, so that this one imports nothing before the app starts that a real start would
    not have imported: the start-to-window figure stays honest.
    """
    command = [
        *linkbook_command(),
        "demo",
        "--data-dir",
        str(data_dir),
        "--classes",
        "1",
        "--pupils",
        "4",
        "--days",
        "5",
        "--seed",
        "3",
    ]
    environment = {**os.environ, "LINKBOOK_PASSPHRASE": SMOKE_PASSPHRASE}
    done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise SmokeFailure(f"`linkbook demo` exited with {done.returncode}: {done.stderr.strip()[-500:]}")


def _on_screen(window: Any) -> bool:
    handle = window.windowHandle() if window is not None else None
    return window is not None and window.isVisible() and handle is not None and handle.isExposed()


def open_main_window(data_dir: Path) -> tuple[Any, float]:
    """Unlock through the unlock window, as a person would, and wait for the main window to be on screen.

    Returns the windows and when (seconds since the process started) the first window, the unlock
    window, was on screen.
    """
    from desktop.ui.app import AppWindows

    windows = AppWindows(data_dir)
    windows.start()
    unlock = windows.unlock_window
    _wait_until(lambda: _on_screen(unlock), "the unlock window")
    first_window = seconds_since_process_start()
    unlock.passphrase_field.setText(SMOKE_PASSPHRASE)
    unlock.unlock_button.click()

    _wait_until(lambda: _on_screen(windows.main_window), "the main window after unlocking")
    return windows, first_window


def check_window(windows: Any) -> None:
    from desktop.ui.about import AboutDialog, app_version

    window = windows.main_window
    _wait_until(lambda: not window.runner.busy, "the main window to finish loading")
    picture = window.grab()
    if picture.isNull() or picture.width() < 200:
        raise SmokeFailure("the main window drew nothing")
    if window.class_model.rowCount() != 1 or window.pupil_model.rowCount() != 4:
        raise SmokeFailure("the main window does not list the demo school's class and its four pupils")
    if app_version() == "unknown":
        raise SmokeFailure("the app's version is missing (its metadata was not installed)")
    about = AboutDialog(window)
    names = {
        about.library_list.topLevelItem(i).text(0).lower()  # type: ignore[union-attr]  # i < count
        for i in range(about.library_list.topLevelItemCount())
    }
    about.deleteLater()
    if not {"pyside6-essentials", "reportlab", "sqlcipher3"} <= {n.replace("_", "-") for n in names}:
        raise SmokeFailure("the About dialog does not list the bundled libraries' licences")


def print_class_pack(windows: Any, folder: Path) -> tuple[int, Path]:
    """Render the class's packs and print them through QPrinter to a PDF file; returns (pages, file)."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.domain.calendar import Period
    from desktop.services.print_packs import PackOptions, PrintPackService
    from desktop.ui.print_preview import print_pdf

    window = windows.main_window
    school_class = window.class_model.class_at(0)
    service = PrintPackService(window.context)
    rendered = service.class_packs(school_class.id, Period.week_of(window.context.today()), PackOptions())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = folder / "printed-pack.pdf"
    printer.setOutputFileName(str(output))
    printer.setResolution(96)
    pages = print_pdf(rendered.pdf, printer)
    printed = QPdfDocument()
    if printed.load(str(output)) != QPdfDocument.Error.None_ or printed.pageCount() != pages:
        raise SmokeFailure(f"the printed PDF does not have the {pages} pages sent to the printer")
    printed.close()
    return pages, output


@contextmanager
def sync_server(folder: Path) -> Iterator[str]:
    """The sync server (FastAPI under uvicorn) on a free port of 127.0.0.1, in a thread of this process."""
    import uvicorn

    from sync.server import ServerSettings, create_app

    settings = ServerSettings(data_dir=folder, setup_token=SETUP_TOKEN, log_level="warning")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise SmokeFailure("the sync server did not start on 127.0.0.1")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        listener.close()


def sync_two_devices(windows: Any, folder: Path) -> int:
    """The open school founds its sync on the server and invites a second, new device (a class teacher's
    laptop with its own vault); that device joins, receives the class, and a reply typed on it comes back.
    """
    from desktop.domain.access import Actor
    from desktop.domain.linkbook import AuthorKind, Method
    from desktop.domain.school import StaffRole
    from desktop.services.context import ServiceContext
    from desktop.services.linkbook import LinkBookService
    from desktop.services.school import SchoolService
    from desktop.services.sync.device import SyncTarget
    from desktop.services.sync.engine import SyncService
    from desktop.services.sync.joining import Enrolment
    from desktop.store.vault import Vault
    from sync.protocol import DeviceRole

    office = windows.main_window.context
    school_class = windows.main_window.class_model.class_at(0)
    with sync_server(folder / "server") as url:
        target = SyncTarget(server_url=url)
        admin = SyncService(office)
        admin.found_school(target, SETUP_TOKEN)
        admin.sync_once()
        slip = Enrolment(office).invite(
            DeviceRole.STAFF, class_ids=[school_class.id], label="smoke test laptop"
        )
        laptop = Vault.create(folder / "second-device", SMOKE_PASSPHRASE)
        try:
            teacher = ServiceContext(laptop, Actor("Smoke-test teacher", StaffRole.CLASS_TEACHER))
            second = SyncService(teacher)
            Enrolment(teacher).join(slip.code, target)
            if not Enrolment(office).approve():
                raise SmokeFailure("the admin device saw no request from the second device to join")
            admin.sync_once()
            second.sync_once()
            pupils = SchoolService(office).pupils(school_class.id)
            arrived = SchoolService(teacher).pupils(school_class.id)
            if sorted(p.id for p in arrived) != sorted(p.id for p in pupils):
                raise SmokeFailure("the second device did not receive the class's pupils")
            entries = LinkBookService(teacher).timeline(pupils[0].id)
            if not entries or len(entries) != len(LinkBookService(office).timeline(pupils[0].id)):
                raise SmokeFailure("the second device did not receive the link book")
            reply = "Thank you, we read it together."
            LinkBookService(teacher).add_reply(
                entries[0].id, reply, "A parent", AuthorKind.FAMILY, Method.PAPER
            )
            second.sync_once()
            admin.sync_once()
            back = {e.id: e for e in LinkBookService(office).timeline(pupils[0].id)}[entries[0].id]
            if reply not in [r.text for r in back.replies]:
                raise SmokeFailure("a reply typed on the second device did not come back to the first")
        finally:
            laptop.close()
    return 2


def _prefer_offscreen() -> None:
    """With no display to open a window on (a build server), draw offscreen instead of failing."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_smoke(out: Callable[[str], None] = print) -> int:
    """Every step in turn; SMOKE OK and 0, or which step failed and 1. The folder is removed either way."""
    folder = Path(tempfile.mkdtemp(prefix="linkbook-smoke-"))
    step = "creating the demo school"
    windows: Any = None
    try:
        to_command = seconds_since_process_start()
        started = time.monotonic()
        build_school(folder / "school")
        school_seconds = time.monotonic() - started

        step = "starting the app"
        _prefer_offscreen()
        phase = time.monotonic()
        import desktop.ui.app  # noqa: F401  (timed: the app's modules, as a real start imports them)

        imports = time.monotonic() - phase
        from PySide6.QtWidgets import QApplication

        phase = time.monotonic()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        qt = time.monotonic() - phase
        step = "unlocking and opening the main window"
        phase = time.monotonic()
        windows, first_window = open_main_window(folder / "school")
        opening = time.monotonic() - phase
        to_window = first_window - school_seconds
        to_main_window = seconds_since_process_start() - school_seconds
        step = "checking the main window and the About dialog"
        check_window(windows)
        step = "printing a class's packs through the Qt print path"
        pages, _printed = print_class_pack(windows, folder)
        step = "syncing two devices through the sync server"
        devices = sync_two_devices(windows, folder)
        step = "closing the app"
        windows.shut_down()
        windows.unlock_window.close()
        app.processEvents()
    except Exception as exc:
        out(f"SMOKE FAILED while {step}: {exc}")
        return 1
    finally:
        if windows is not None:
            windows.shut_down()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        out(f"SMOKE FAILED: could not remove {folder}")
        return 1
    out(f"platform: {app.platformName()}")  # type: ignore[attr-defined]  # a QApplication
    out(f"printed: {pages} pages; synced: {devices} devices")
    out(f"start to window: {to_window:.2f} s (the unlock window on screen)")
    out(
        f"start to main window: {to_main_window:.2f} s (to the command {to_command:.2f} s, app modules "
        f"{imports:.2f} s, Qt {qt:.2f} s, unlock window, unlocking and main window {opening:.2f} s; "
        f"demo school built in {school_seconds:.2f} s, not counted)"
    )
    out("SMOKE OK")
    return 0
