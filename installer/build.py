"""Build Linkbook's Linux packages: the one-folder bundle, a tar.gz of it, and a .deb.

    python installer/build.py                    # bundle, tar.gz and .deb into dist/ (make package)
    python installer/build.py bundle deb --fast  # what the packaging test runs: quick compression

The bundle is PyInstaller's one folder (installer/linkbook.spec) plus a `linkbook-server` link beside
`linkbook`. The .deb installs it under /opt/linkbook, links /usr/bin/linkbook and /usr/bin/linkbook-server
to it, and adds a .desktop file, the icons in hicolor and a copyright file with every licence. Its Depends
are worked out as dpkg-shlibdeps would: every library the bundle's programs and plugins load that the
bundle does not carry, traced by ldd to the Debian package that owns it.

Each build writes dist/linkbook-<version>-build.json: the bundle's unpacked size and files, the package
sizes and how long each step took (tests/bench/package.py and the packaging test read it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PACKAGE = "linkbook"
INSTALL_DIR = Path("opt") / PACKAGE
PROGRAMS = ("linkbook", "linkbook-server")
MAINTAINER = "Linkbook maintainers <maintainers@linkbook.invalid>"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIB = 2**20


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def project_version() -> str:
    """pyproject.toml's version, checked against the installed metadata the app will report."""
    from desktop.ui.about import app_version

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    installed = app_version()
    if installed != declared:
        raise BuildError(
            f"pyproject.toml says {declared} but the installed metadata says {installed}: "
            "run `pip install -e .` (make does) so that the app reports the version it is packaged as."
        )
    return declared


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of the regular files under folder, links not followed: the unpacked size."""
    total = files = 0
    for directory, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(directory, name)
            if not path.is_symlink():
                total += path.stat().st_size
                files += 1
    return total, files


def build_bundle(dist: Path, work: Path) -> Path:
    """PyInstaller's one folder in dist/linkbook, with linkbook-server beside linkbook."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(ROOT / "installer" / "linkbook.spec"),
    ]
    done = subprocess.run(command, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {done.returncode}); its messages are above.")
    bundle = dist / PACKAGE
    server = bundle / "linkbook-server"
    if server.is_symlink() or server.exists():
        server.unlink()
    server.symlink_to("linkbook")
    return bundle


def write_tarball(bundle: Path, dist: Path, version: str, fast: bool) -> Path:
    """linkbook-<version>-linux-<machine>.tar.gz holding the bundle as linkbook-<version>/."""
    target = dist / f"{PACKAGE}-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=1 if fast else 6) as archive:
        archive.add(bundle, arcname=f"{PACKAGE}-{version}")
    return target


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for directory, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(directory, name)
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(elf: list[Path]) -> set[str]:
    """The sonames the bundle's files name directly (DT_NEEDED), as dpkg-shlibdeps reads them."""
    names: set[str] = set()
    for start in range(0, len(elf), 64):
        batch = [str(p) for p in elf[start : start + 64]]
        done = subprocess.run(["readelf", "-d", *batch], capture_output=True, text=True, check=False)
        for line in done.stdout.splitlines():
            if "(NEEDED)" in line and "[" in line:
                names.add(line.rsplit("[", 1)[1].rstrip("]"))
    return names


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of the system libraries the bundle's programs and plugins link to directly, sonames that
    nothing here provides). ldd resolves each name the way the loader will, the bundle's own first."""
    elf = _elf_files(bundle)
    library_dirs = sorted({str(p.parent) for p in elf})
    environment = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(library_dirs)}
    resolved: dict[str, str] = {}
    missing: set[str] = set()
    for start in range(0, len(elf), 64):
        batch = [str(p) for p in elf[start : start + 64]]
        done = subprocess.run(["ldd", *batch], env=environment, capture_output=True, text=True, check=False)
        for line in done.stdout.splitlines():
            name, arrow, rest = line.strip().partition(" => ")
            if not arrow:
                continue
            if rest.startswith("not found"):
                missing.add(name)
                continue
            resolved[name] = rest.split(" (")[0].strip()
    inside = bundle.resolve()
    used = {
        resolved[name]
        for name in _needed(elf)
        if name in resolved and not Path(resolved[name]).resolve().is_relative_to(inside)
    }
    return used, missing


def owning_packages(paths: set[str]) -> set[str]:
    """The Debian packages that own these files, asked in one dpkg-query (merged /usr or not)."""
    candidates: set[str] = set()
    for path in paths:
        for variant in (path, str(Path(path).resolve())):
            candidates.add(variant)
            candidates.add(variant.removeprefix("/usr") if variant.startswith("/usr/") else "/usr" + variant)
    query = ["dpkg-query", "-S", *sorted(candidates)]
    done = subprocess.run(query, capture_output=True, text=True, check=False)
    owners: set[str] = set()
    for line in done.stdout.splitlines():
        packages, _, _path = line.partition(": ")
        owners.update(p.strip().split(":")[0] for p in packages.split(","))
    return owners


def desktop_entry() -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Linkbook",
            "GenericName=Home-school link book",
            "Comment=Write, read and print home-school link books, offline and encrypted",
            "Exec=linkbook",
            "Icon=linkbook",
            "Terminal=false",
            "Categories=Office;Education;",
            "Keywords=school;link book;homework;family;",
            "",
        ]
    )


def copyright_file(version: str) -> str:
    """Debian's machine-readable copyright: Linkbook, the bundled fonts, then each bundled library."""
    from desktop.ui.about import font_licence_text, font_licences, library_licences

    lines = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: Linkbook",
        f"Comment: Linkbook {version}, built with PyInstaller: the files under /opt/linkbook/_internal are",
        " the Python libraries, Qt and fonts listed below, each under its own licence.",
        "",
        "Files: *",
        "Copyright: the Linkbook authors",
        "License: GPL-3.0-or-later",
        " On Debian systems the full text of the GNU General Public License version 3",
        " is in /usr/share/common-licenses/GPL-3.",
        "",
    ]
    fonts = font_licences()
    if fonts:
        lines += [
            "Files: opt/linkbook/_internal/resources/fonts/*",
            "Copyright: Google Inc. and Google LLC (Noto fonts)",
            "License: OFL-1.1",
            *_indent(font_licence_text()),
            "",
        ]
    for library in library_licences():
        lines += [
            f"Files: opt/linkbook/_internal/{library.name}*",
            f"Comment: {library.name} {library.version}",
            "Copyright: its authors (see the licence text)",
            f"License: {library.licence or 'see-text'}",
            *_indent(library.licence_text or "The licence is stated in the library's metadata only."),
            "",
        ]
    return "\n".join(lines)


def _indent(text: str) -> list[str]:
    """Debian's continuation lines: a space before each, a lone dot for an empty line."""
    return [f" {line}" if line.strip() else " ." for line in text.strip().splitlines()]


def build_deb(bundle: Path, dist: Path, work: Path, version: str, fast: bool) -> tuple[Path, list[str]]:
    """linkbook_<version>_<arch>.deb; returns it and its Depends."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    staging = work / "deb"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in PROGRAMS:
        # Relative, so the links also work in a package unpacked under another root (dpkg -x).
        (bin_dir / program).symlink_to(Path("..", "..", INSTALL_DIR, program))
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "linkbook.desktop").write_text(desktop_entry(), encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"linkbook-{size}.png", folder / "linkbook.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "linkbook.svg", scalable / "linkbook.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(version), encoding="utf-8")

    used, missing = system_libraries(bundle)
    if missing:
        print(f"build: no package here provides {', '.join(sorted(missing))}", file=sys.stderr)
    depends = sorted(owning_packages(used))
    installed_kib = tree_size(staging)[0] // 1024
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        "\n".join(
            [
                f"Package: {PACKAGE}",
                f"Version: {version}",
                f"Architecture: {arch}",
                f"Maintainer: {MAINTAINER}",
                f"Installed-Size: {installed_kib}",
                f"Depends: {', '.join(depends)}",
                "Recommends: libpq5",
                "Section: education",
                "Priority: optional",
                "Description: offline-first, encrypted home-school link book",
                " Linkbook keeps a class's daily home-school link book, agreements and work",
                " folders encrypted on the computer, syncs them end to end encrypted when a",
                " connection appears, and prints packs for families without devices.",
                " linkbook-server is the school's sync server.",
                "",
            ]
        ),
        encoding="utf-8",
    )
    for directory, dirs, names in os.walk(staging):
        for name in dirs:
            Path(directory, name).chmod(0o755)
        for name in names:
            path = Path(directory, name)
            if not path.is_symlink():
                path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    target = dist / f"{PACKAGE}_{version}_{arch}.deb"
    compression = ["-Znone"] if fast else ["-Zxz", "-z3"]
    done = subprocess.run(
        ["dpkg-deb", "--root-owner-group", *compression, "--build", str(staging), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BuildError(f"dpkg-deb failed: {done.stderr.strip()}")
    shutil.rmtree(staging, ignore_errors=True)
    return target, depends


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", metavar="bundle|tar|deb", help="what to build (all three)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where packages go (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch space (build/)")
    parser.add_argument("--fast", action="store_true", help="quick compression (for tests)")
    args = parser.parse_args(argv)
    targets = set(args.targets or ["bundle", "tar", "deb"])
    if not targets <= {"bundle", "tar", "deb"}:
        parser.error("build what? bundle, tar or deb (or nothing for all three)")
    if not sys.platform.startswith("linux"):
        print("build.py makes the Linux packages; see installer/README.md for Windows and macOS.")
        return 2
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    try:
        version = project_version()
        record_path = dist / f"{PACKAGE}-{version}-build.json"
        record: dict[str, object] = json.loads(record_path.read_text()) if record_path.exists() else {}
        record["version"] = version
        bundle = dist / PACKAGE
        if "bundle" in targets:
            started = time.monotonic()
            build_bundle(dist, work)
            record["bundle_seconds"] = round(time.monotonic() - started, 1)
        if not (bundle / "linkbook").exists():
            raise BuildError(f"No bundle in {bundle}: build it first (python installer/build.py bundle).")
        size, files = tree_size(bundle)
        record.update(bundle_path=str(bundle), bundle_bytes=size, bundle_files=files)
        if "tar" in targets:
            started = time.monotonic()
            tarball = write_tarball(bundle, dist, version, args.fast)
            record.update(tar=str(tarball), tar_bytes=tarball.stat().st_size)
            record["tar_seconds"] = round(time.monotonic() - started, 1)
        if "deb" in targets:
            started = time.monotonic()
            deb, depends = build_deb(bundle, dist, work, version, args.fast)
            record.update(deb=str(deb), deb_bytes=deb.stat().st_size, deb_depends=depends)
            record["deb_seconds"] = round(time.monotonic() - started, 1)
    except BuildError as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    record_path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"Bundle: {bundle} ({size / MIB:.1f} MB unpacked, {files} files)")
    for key in ("tar", "deb"):
        if key in record and key in targets:
            print(f"{key}: {record[key]} ({int(record[f'{key}_bytes']) / MIB:.1f} MB)")
    print(f"Recorded in {record_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
