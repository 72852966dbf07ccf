"""The Linux packages as an IT technician meets them: build once, install the .deb, run what it installed.

The bundle and the .deb are built once for this module by installer/build.py (what `make package` runs,
with quick compression), the .deb is unpacked into a temporary root with `dpkg -x`, and the installed
`linkbook --smoke` runs from that root: offscreen, and as a real X client under Xvfb. System packages come
from tests/setup.d/packaging.sh.
"""

import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSize, Qt

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.ui.about import AboutDialog, application_icon
from desktop.ui.main_window import MainWindow
from tests.ui_checks import unnamed_controls

ROOT = Path(__file__).resolve().parents[1]
BUILD_WORK = ROOT / "build" / "test-package"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SIZE_LIMIT_MB = 200
MIB = 2**20


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment a person's shell would have: no test settings, no virtualenv, no source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST", "VIRTUAL_ENV"))}
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Bundle, tar.gz and .deb, built by the build script; its record of what it built."""
    dist = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "installer/build.py", "bundle", "tar", "deb", "--fast"]
    command += ["--dist", str(dist), "--work", str(BUILD_WORK)]
    done = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    record = json.loads((dist / f"linkbook-{VERSION}-build.json").read_text())
    record["dist"] = dist
    return record


@pytest.fixture(scope="module")
def root(built: dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked as dpkg would install it, under a temporary root."""
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg", "-x", str(built["deb"]), str(target)], check=True)
    return target


def _smoke(command: list[str], env: dict[str, str], cwd: Path) -> tuple[str, float]:
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "SMOKE OK", done.stdout
    seconds = re.search(r"^start to window: ([0-9.]+) s", done.stdout, re.MULTILINE)
    assert seconds, done.stdout
    return done.stdout, float(seconds.group(1))


@pytest.mark.slow
def test_deb_installs_the_app_under_opt_with_its_commands_on_the_path(root: Path) -> None:
    app = root / "opt" / "linkbook" / "linkbook"
    assert app.is_file() and os.access(app, os.X_OK)
    for program in ("linkbook", "linkbook-server"):
        link = root / "usr" / "bin" / program
        assert link.is_symlink()
        # Relative, so it resolves inside whatever root the package was unpacked into.
        assert link.resolve() == app.resolve()
    assert (root / "opt" / "linkbook" / "_internal" / "resources" / "fonts" / "OFL.txt").is_file()
    assert (root / "opt" / "linkbook" / "_internal" / "desktop" / "store" / "migrations" / "env.py").is_file()


@pytest.mark.slow
def test_deb_carries_a_desktop_entry_icons_and_every_licence(root: Path) -> None:
    entry = (root / "usr" / "share" / "applications" / "linkbook.desktop").read_text()
    assert "Exec=linkbook\n" in entry and "Icon=linkbook\n" in entry and "Type=Application\n" in entry
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", root / "usr/share/applications/linkbook.desktop"])
        assert check.returncode == 0
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 128, 256, 512):
        png = (hicolor / f"{size}x{size}" / "apps" / "linkbook.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (hicolor / "scalable" / "apps" / "linkbook.svg").read_text().lstrip().startswith("<?xml")
    copyright_text = (root / "usr" / "share" / "doc" / "linkbook" / "copyright").read_text()
    assert "License: GPL-3.0-or-later" in copyright_text
    assert "License: OFL-1.1" in copyright_text and "SIL OPEN FONT LICENSE" in copyright_text
    for library in ("PySide6_Essentials", "reportlab", "sqlcipher3", "cryptography", "SQLAlchemy"):
        assert re.search(rf"^Comment: {library} \S+$", copyright_text, re.MULTILINE | re.IGNORECASE), library


@pytest.mark.slow
def test_deb_control_names_the_project_version_and_installable_dependencies(built: dict[str, object]) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built["deb"]), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: linkbook\n" in fields and f"Version: {VERSION}\n" in fields
    depends = [d.strip() for d in fields.split("Depends:", 1)[1].split(",")]
    # Qt's xcb plugin needs these from the system; the build found them by tracing the bundle.
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1"} <= set(depends)
    not_installed = [
        d
        for d in depends
        if "install ok installed"
        not in subprocess.run(["dpkg-query", "-W", "-f=${Status}", d], capture_output=True, text=True).stdout
    ]
    assert not not_installed, f"add {not_installed} to tests/setup.d/packaging.sh"


@pytest.mark.slow
def test_bundle_size_is_recorded_and_within_the_target(built: dict[str, object], root: Path) -> None:
    recorded = int(built["bundle_bytes"])  # type: ignore[arg-type]
    installed = sum(
        p.stat().st_size for p in (root / "opt" / "linkbook").rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert installed == recorded
    assert recorded / MIB <= SIZE_LIMIT_MB, f"bundle is {recorded / MIB:.0f} MB"


@pytest.mark.slow
def test_tarball_holds_the_same_bundle(built: dict[str, object]) -> None:
    with tarfile.open(str(built["tar"])) as archive:
        members = {m.name: m for m in archive.getmembers()}
    top = f"linkbook-{VERSION}"
    assert members[f"{top}/linkbook"].isfile() and members[f"{top}/linkbook"].mode & 0o111
    assert members[f"{top}/linkbook-server"].issym()
    assert sum(m.size for m in members.values() if m.isfile()) == built["bundle_bytes"]


@pytest.mark.slow
def test_installed_linkbook_smoke_runs_offscreen(root: Path, tmp_path: Path) -> None:
    env = _clean_env(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(tmp_path))
    output, seconds = _smoke([str(root / "usr" / "bin" / "linkbook"), "--smoke"], env, tmp_path)
    assert "platform: offscreen" in output
    assert re.search(r"^printed: [1-9][0-9]* pages; synced: 2 devices$", output, re.MULTILINE)
    assert 0 < seconds < 30
    assert not list(tmp_path.glob("linkbook-smoke-*")), "the smoke test left its throwaway school behind"


@pytest.mark.slow
def test_installed_linkbook_smoke_runs_as_an_x_client_under_xvfb(root: Path, tmp_path: Path) -> None:
    env = _clean_env(HOME=str(tmp_path), TMPDIR=str(tmp_path))
    env.pop("DISPLAY", None)
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1280x800x24",
        str(root / "usr" / "bin" / "linkbook"),
        "--smoke",
    ]
    output, _seconds = _smoke(command, env, tmp_path)
    assert "platform: xcb" in output


@pytest.mark.slow
def test_installed_linkbook_server_answers_on_loopback(root: Path, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(root / "usr" / "bin" / "linkbook-server"), "--data", str(tmp_path / "server")]
    command += ["--port", str(port), "--log-level", "warning"]
    server = subprocess.Popen(
        command,
        env=_clean_env(HOME=str(tmp_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "linkbook-server did not answer within a minute"
                time.sleep(0.2)
        assert answer.status_code == 200
        # No admin yet: the one-time setup token was written beside the data, readable by its owner only.
        token = tmp_path / "server" / "setup-token"
        assert token.is_file() and token.stat().st_mode & 0o077 == 0
    finally:
        server.terminate()
        server.wait(20)


def _rows(listing) -> dict[str, list[str]]:
    return {
        listing.topLevelItem(i).text(0): [listing.topLevelItem(i).text(c) for c in range(1, 3)]
        for i in range(listing.topLevelItemCount())
    }


def test_about_dialog_shows_the_projects_version_and_the_bundled_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_label.text() == f"Linkbook {VERSION}"
    fonts = _rows(dialog.font_list)
    assert fonts["Noto Sans Bengali"] == [
        "NotoSansBengali-Bold.ttf, NotoSansBengali-Regular.ttf",
        "SIL Open Font License 1.1",
    ]
    assert "SIL OPEN FONT LICENSE Version 1.1" in dialog.font_text.toPlainText()
    libraries = {name.lower().replace("_", "-"): cells for name, cells in _rows(dialog.library_list).items()}
    assert "LGPL-3.0-only" in libraries["pyside6-essentials"][1]
    assert libraries["sqlalchemy"][1] == "MIT"
    assert "pytest" not in libraries  # a development tool, not shipped
    sqlcipher = dialog.library_list.findItems("sqlcipher3", Qt.MatchFlag.MatchExactly)[0]
    dialog.tabs.setCurrentIndex(1)
    dialog.library_list.setCurrentItem(sqlcipher)
    assert "provided 'as-is'" in dialog.library_text.toPlainText()
    assert unnamed_controls(dialog) == []


def test_help_menu_opens_the_about_dialog(qtbot, vault) -> None:
    window = MainWindow(vault, Actor("Mrs Nakamura-Okafor", StaffRole.ADMIN))
    qtbot.addWidget(window)
    window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.close()


def test_the_app_icon_comes_in_every_size_a_desktop_asks_for() -> None:
    sizes = application_icon().availableSizes()
    for size in (16, 32, 48, 256):
        assert QSize(size, size) in sizes


def test_a_failing_smoke_step_is_named_and_leaves_nothing_behind(qtbot, tmp_path, monkeypatch) -> None:
    import tempfile

    import desktop.smoke as smoke

    def printer_jammed(_windows, _folder):
        raise smoke.SmokeFailure("the printed PDF does not have the 36 pages sent to the printer")

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(smoke, "print_class_pack", printer_jammed)
    said: list[str] = []
    assert smoke.run_smoke(said.append) == 1
    assert said == [
        "SMOKE FAILED while printing a class's packs through the Qt print path: "
        "the printed PDF does not have the 36 pages sent to the printer"
    ]
    assert list(tmp_path.iterdir()) == []
