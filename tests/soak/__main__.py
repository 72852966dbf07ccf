"""`python -m tests.soak` (make soak): the long soak runs, with counts and durations.

    python -m tests.soak [--kills N] [--schedules N] [--restarts N] [--seed S] [--keep DIR]

Defaults are the long versions: 1,000 SIGKILLs during saves, sync, import and backup; 10,000 random sync
schedules; the sync server killed and restarted 20 times under load. Give 0 to skip a part. Exit 0 when
every part held; a failure names what was lost and the seed that reproduces it.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from tests.soak.kills import kill_soak
from tests.soak.restarts import restart_soak
from tests.soak.schedules import schedule_soak


def machine() -> str:
    memory = ""
    with open("/proc/meminfo") as info:
        for line in info:
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 2**20:.1f} GiB memory"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    cores = f"{os.cpu_count()} cores{memory}, load {load:.1f}"
    return f"{platform.platform()}, {cores}, Python {platform.python_version()}"


def _progress(line: str) -> None:
    print(f"  ... {line}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="SIGKILLs of the app (0 skips)")
    parser.add_argument("--schedules", type=int, default=10_000, help="random sync schedules (0 skips)")
    parser.add_argument("--restarts", type=int, default=20, help="server kills and restarts (0 skips)")
    parser.add_argument("--seed", type=int, default=int.from_bytes(os.urandom(4), "big"))
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp one)")
    args = parser.parse_args(argv)
    print(f"Soak on {machine()}; seed {args.seed}", flush=True)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="linkbook-soak-") as scratch:
        root = args.keep or Path(scratch)
        if args.kills:
            report = kill_soak(root / "kills", args.kills, args.seed, _progress)
            print(f"kills: {report.summary()}", flush=True)
        if args.schedules:
            schedules = schedule_soak(args.schedules, args.seed, _progress)
            print(f"schedules: {schedules.summary()}", flush=True)
        if args.restarts:
            restarts = restart_soak(root / "restarts", args.restarts, args.seed)
            print(f"restarts: {restarts.summary()}", flush=True)
    print(f"Soak passed in {time.monotonic() - start:.0f} s (seed {args.seed}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
