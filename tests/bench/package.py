"""Installer benchmarks: the bundle's unpacked size and how long the installed app takes to show its window.

For tests/bench/__main__.py (`results()` returns `measure.Result`s), or on its own:
`python -m tests.bench.package [--bundle DIR]`. Without --bundle it builds the bundle the way
`make package` does (installer/build.py), into .bench-data/package/, which takes a few minutes; with
--bundle it measures a bundle already built (dist/linkbook after `make package`).

Start to window is what `linkbook --smoke` reports: from the process's start (the OS's record, so the
frozen app's own start-up counts) to its first window, the unlock window, on screen. Run offscreen, 5
times; the median. The detail adds the median to the main window, after unlocking a small school
(Argon2id included).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.measure import Result

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".bench-data" / "package"
SIZE_TARGET_MB = 200.0
START_TARGET_S = 1.5
MIB = 2**20


def build_bundle(dist: Path = WORK / "dist", work: Path = WORK / "build") -> Path:
    """installer/build.py's bundle (no packages), as `make package` makes it."""
    command = [sys.executable, "installer/build.py", "bundle", "--dist", str(dist), "--work", str(work)]
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / "linkbook"


def bundle_megabytes(bundle: Path) -> tuple[float, int]:
    """Unpacked size (regular files, links not followed) in MB of 2^20 bytes, and the number of files."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / MIB, len(files)


QT_PARTS = ("PySide6", "shiboken6")


def qt_megabytes(bundle: Path) -> float:
    """The part of the bundle that is PySide6 and shiboken6 themselves (Qt's libraries, plugins, data):
    what any app bundling the same Qt modules carries, whatever its own code."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    qt = [p for p in files if any(part in QT_PARTS for part in p.relative_to(bundle).parts)]
    return sum(p.stat().st_size for p in qt) / MIB


def bare_window_seconds(runs: int = 5) -> list[float]:
    """A bare PySide6 process (tests/bench/app_floor.py, from source): launch to an empty window painted."""
    found = []
    for _ in range(runs):
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(QT_QPA_PLATFORM="offscreen")
        launched = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench.app_floor", "0"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        found.append(json.loads(done.stdout.strip().splitlines()[-1])["painted_at"] - launched)
    return found


def smoke_start_seconds(bundle: Path, runs: int = 5) -> list[tuple[float, float]]:
    """(start to window, start to main window) of `linkbook --smoke` from the bundle, offscreen, per run."""
    found = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="linkbook-bench-") as home:
            env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
            env.update(QT_QPA_PLATFORM="offscreen", HOME=home, TMPDIR=home)
            done = subprocess.run(
                [str(bundle / "linkbook"), "--smoke"],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        if done.returncode != 0:
            raise RuntimeError(f"linkbook --smoke failed: {done.stdout}{done.stderr[-2000:]}")
        first = re.search(r"^start to window: ([0-9.]+) s", done.stdout, re.MULTILINE)
        main = re.search(r"^start to main window: ([0-9.]+) s", done.stdout, re.MULTILINE)
        if first is None or main is None:
            raise RuntimeError(f"linkbook --smoke did not report its start: {done.stdout}")
        found.append((float(first.group(1)), float(main.group(1))))
    return found


def results(bundle: Path | None = None, runs: int = 5) -> list[Result]:
    """Size and start-to-window of the bundle given, or of one built now."""
    bundle = bundle or build_bundle()
    size, files = bundle_megabytes(bundle)
    runs_found = smoke_start_seconds(bundle, runs)
    starts = [first for first, _main in runs_found]
    mains = [main for _first, main in runs_found]
    qt = qt_megabytes(bundle)
    bare = bare_window_seconds(runs)
    return [
        Result(
            "Installer: bundle size (unpacked)",
            size,
            "MB",
            SIZE_TARGET_MB,
            f"{files:,} files in {bundle}",
            qt or None,
            "the bundle's own PySide6 and shiboken6 files (the Qt it cannot do without; the ratio is "
            "everything else: Python, our code, the other libraries)",
        ),
        Result(
            "Installer: --smoke start to window, median",
            statistics.median(starts),
            "s",
            START_TARGET_S,
            f"{runs} runs offscreen: " + ", ".join(f"{s:.2f}" for s in starts) + " s; to the main window "
            f"after unlocking, median {statistics.median(mains):.2f} s",
            statistics.median(bare),
            "a bare PySide6 process from source (python, QApplication, an empty QMainWindow painted), "
            "launch to first paint, offscreen, median",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.package", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--bundle", type=Path, help="measure this bundle (e.g. dist/linkbook) instead of building"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    measured = results(args.bundle, args.runs)
    for r in measured:
        verdict = "PASS" if r.passed else "FAIL"
        print(f"{r.name:<44} {r.value:8.2f} {r.unit:<3} <= {r.target:g} {r.unit}  {verdict}  ({r.detail})")
    return 0 if all(r.passed for r in measured) else 1


if __name__ == "__main__":
    sys.exit(main())
