"""The desktop app's own figures: unlock to a painted main window, switching pupils, resident memory.

Runs tests/bench/app_probe.py in a fresh process on a copy of the bench school (the probe's unlock writes
nothing, but its audit of views would: the copy keeps the cache as it was).
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from desktop.store.vault import Vault
from tests.bench.measure import Result, argon2id_alone, percentile, timed_ms

UNLOCK_TARGET_MS = 1000
SWITCH_TARGET_MS = 50
RSS_TARGET_MB = 300


def app_results(data_dir: Path, passphrase: str, runs: int = 3, switches: int = 40) -> list[Result]:
    """Median unlock-to-painted over `runs` fresh processes; pupil switches and peak memory of them all."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    reports = []
    for _ in range(runs):
        completed = subprocess.run(
            [sys.executable, "-m", "tests.bench.app_probe", str(data_dir), passphrase, str(switches)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        reports.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    switches_ms = [ms for report in reports for ms in report["switch_ms"]]
    floors = [
        json.loads(
            subprocess.run(
                [sys.executable, "-m", "tests.bench.app_floor", str(switches)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        for _ in range(runs)
    ]
    repaints_ms = [ms for report in floors for ms in report["repaint_ms"]]
    params = Vault.read_key_file(data_dir).kdf
    argon2id_ms = statistics.median(
        timed_ms(lambda: argon2id_alone(params, passphrase)) for _ in range(max(runs, 3))
    )
    detail = f"{runs} fresh processes"
    return [
        Result(
            "App: unlock to main window painted, median",
            statistics.median(r["unlock_ms"] for r in reports),
            "ms",
            UNLOCK_TARGET_MS,
            detail,
            argon2id_ms + statistics.median(r["window_ms"] for r in floors),
            "Argon2id alone with the key file's parameters, plus an empty QMainWindow made, shown and "
            "painted in a bare PySide6 process (offscreen)",
        ),
        Result(
            "App: switch to another pupil, p95",
            percentile(switches_ms, 0.95),
            "ms",
            SWITCH_TARGET_MS,
            f"{len(switches_ms)} switches across classes, until the year is shown",
            percentile(repaints_ms, 0.95),
            f"a bare QListWidget of {floors[0]['lines']} lines refilled and repainted (bare PySide6)",
        ),
        Result(
            "App: peak resident memory",
            max(r["rss_mb"] for r in reports),
            "MB",
            RSS_TARGET_MB,
            "VmHWM after the switches",
            max(r["rss_mb"] for r in floors),
            "VmHWM of a bare PySide6 process (QApplication, a window and a list shown; nothing of Linkbook)",
        ),
    ]
