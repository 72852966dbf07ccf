"""`python -m tests.bench` (make bench): time what people wait for, on a school of realistic size.

The big school (1,500 pupils, 190 school days: 285,000 entries) is generated once and cached under
.bench-data/, keyed by its size, seed and generator version; each run works on a copy, so the cache never
changes and a second run starts in seconds. --quick runs the same measurements on a small school.

Each row is printed beside its floor (`measure.Result.floor`): the bare library doing the same work,
measured in the same run on the same machine, and the ratio; a dash where no floor makes sense.
"""

import argparse
import json
import os
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path

from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from tests.bench import machine, measure
from tests.bench import package as package_bench
from tests.bench import paper_returns as paper_returns_bench
from tests.bench import printing as printing_bench
from tests.bench import reach as reach_bench
from tests.bench import read_aloud as read_aloud_bench
from tests.bench import records as records_bench
from tests.bench import storm as storm_bench
from tests.bench import sync as sync_bench
from tests.bench import sync_desktop as sync_desktop_bench
from tests.bench.app import app_results
from tests.bench.generator import GENERATOR_VERSION, generate_school_with_summary
from tests.bench.imports import import_ctf_seconds

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-data"
PASSPHRASE = "bench school, not for real children"
SIZE_TARGET_MB = 35.0
"""A 1,500-pupil school's year (285,000 entries) should stay within about a gigabyte."""


def _cached_school(pupils: int, days: int, seed: int) -> tuple[Path, dict[str, object], bool]:
    """The cached school's folder, what its generation recorded, and whether it was generated just now."""
    home = CACHE / f"school-{pupils}x{days}-seed{seed}-g{GENERATOR_VERSION}"
    ready = home / "ready.json"
    if ready.exists():
        return home / "school", json.loads(ready.read_text()), False
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    print(f"Generating a school of {pupils:,} pupils x {days} days (once; cached in {home})", file=sys.stderr)
    shown = [-1]

    def progress(fraction: float) -> None:
        tenth = int(fraction * 10)
        if tenth != shown[0]:
            shown[0] = tenth
            print(f"  {fraction:4.0%}  {time.perf_counter() - start:6.1f} s", file=sys.stderr, flush=True)

    start = time.perf_counter()
    vault, summary = generate_school_with_summary(
        home / "school", PASSPHRASE, pupils=pupils, days=days, seed=seed, progress=progress
    )
    vault.close()
    record: dict[str, object] = {"seconds": round(time.perf_counter() - start, 1), **asdict(summary)}
    ready.write_text(json.dumps(record, indent=2))
    return home / "school", record, True


def _figure(value: float) -> str:
    """A figure to three significant digits at most (0.034, 2.41, 35.8, 1,234)."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.2g}"


def _table(results: list[measure.Result]) -> str:
    lines = [
        f"{'Measure':<44} {'Result':>12} {'Target':>14}  {'Verdict':<7} {'Floor':>12} {'x floor':>8}",
        "-" * 103,
    ]
    for r in results:
        value = f"{_figure(r.value)} {r.unit}"
        target = f"<= {f'{r.target:,.2f}'.rstrip('0').rstrip('.')} {r.unit}"
        ratio = r.ratio
        floor = "—" if r.floor is None else f"{_figure(r.floor)} {r.unit}"
        times = "—" if ratio is None else f"{ratio:,.1f}"
        verdict = "PASS" if r.passed else "FAIL"
        lines.append(f"{r.name:<44} {value:>12} {target:>14}  {verdict:<7} {floor:>12} {times:>8}")
    return "\n".join(lines)


def _floors(results: list[measure.Result]) -> str:
    """What each floor is: the bare library doing the same work, measured in this run."""
    lines = ["Floors (the bare library doing the same work, measured in this run):"]
    for r in results:
        lines.append(f"  {r.name}: {r.floor_name or 'no floor'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    if given[:1] == ["storm"]:
        from tests.bench.storm import main as storm_main

        return storm_main(given[1:])
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="a small school (60 pupils x 20 days), a smoke run"
    )
    parser.add_argument("--pupils", type=int, default=1500)
    parser.add_argument("--days", type=int, default=190)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    pupils, days = (60, 20) if args.quick else (args.pupils, args.days)
    saves, opens, rounds, unlocks = (50, 20, 3, 3) if args.quick else (200, 50, 10, 7)

    print("Linkbook benchmarks")
    for label, value in machine.describe():
        print(f"  {label + ':':<10}{value}")
    source, record, generated = _cached_school(pupils, days, args.seed)
    made = "generated now" if generated else "from the cache"
    print(
        f"  School:   {record['pupils']:,} pupils, {days} school days, {record['entries']:,} entries, "
        f"{record['replies']:,} replies, {record['folders']:,} folders ({made}; generation took "
        f"{record['seconds']} s)"
    )

    work = CACHE / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    # Write the copy out now: hundreds of MB of dirty pages would otherwise slow the first fsyncs.
    os.sync()
    try:
        # Unlock first, on a folder no process has opened yet; the size before any entry is added.
        unlock = measure.unlock_ms(work, PASSPHRASE, unlocks)
        app = app_results(work, PASSPHRASE, runs=1 if args.quick else 3, switches=10 if args.quick else 40)
        vault = Vault.unlock(work, PASSPHRASE)
        try:
            size = measure.bytes_per_10k_entries(vault, SIZE_TARGET_MB)
            context = measure.teacher_context(vault)
            everyone = SchoolService(context).pupils()
            save = measure.save_entry_ms(context, everyone, saves)
            timeline = measure.timeline_ms(context, everyone, opens)
            search = measure.search_ms(context, rounds)
            reach = reach_bench.whole_school_reach_result(vault)
            # Printing writes audit events: only ever on this work copy.
            printing = printing_bench.printing_results(context)
            if not args.quick:
                printing.append(printing_bench.school_packs_result(context))
            # Filing returned pages writes acknowledgements and attachments: on this work copy only.
            paper = paper_returns_bench.stack_results(measure.admin_context(vault), 12 if args.quick else 300)
            exports = CACHE / "exports"
            exports.mkdir(exist_ok=True)
            try:
                subject_access = records_bench.subject_access_result(vault, exports)
            finally:
                shutil.rmtree(exports, ignore_errors=True)
        finally:
            vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # The admin device's first push of the whole school and a second device's full pull, on a fresh copy.
    shutil.copytree(source, work / "school")
    os.sync()
    try:
        school_sync = sync_desktop_bench.school_sync_results(work / "school", PASSPHRASE, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    results = [
        *save,
        timeline,
        search,
        reach,
        unlock,
        *app,
        size,
        import_ctf_seconds(CACHE),
        *printing,
        *paper,
        *sync_bench.results(quick=args.quick),
        *storm_bench.results(quick=args.quick),
        *school_sync,
        subject_access,
        *package_bench.results(),
        *read_aloud_bench.results(),
    ]
    print()
    print(_table(results))
    for r in results:
        if r.detail:
            print(f"  {r.name}: {r.detail}")
    print()
    print(_floors(results))
    failed = [r.name for r in results if not r.passed]
    print(f"\n{'All targets met.' if not failed else 'Missed: ' + '; '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
