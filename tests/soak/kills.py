"""The kill soak: SIGKILL the app during saves, sync, import and backup; nothing it reported saved is lost.

One school on disk lives through every kill. Each kill starts tests/soak/worker.py on one operation (the
operations take turns), lets it work for a random time spread over about one and a half of its rounds,
and SIGKILLs it. Then the school is reopened as the app would after a crash, and:

- `linkbook check`'s service finds nothing wrong;
- every entry and reply the worker reported saved, in this run or any before, is there;
- every import the worker reported done is there whole, and the one it was killed in is all or nothing;
- the last backup it reported written restores, holding every entry saved before it began, and a backup
  it was killed in is either absent or whole;
- after the last kill, an uninterrupted `linkbook sync` completes and leaves nothing waiting to be sent.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop import cli
from tests.soak.school import PASSPHRASE, create_school, reopen
from tests.soak.worker import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
FIRST_WINDOW = {"save": 0.3, "sync": 2.0, "import": 2.0, "backup": 2.0}
"""Seconds a round of each operation is guessed to take, until the first runs have measured it."""


class SoakFailure(AssertionError):
    """Something the app reported saved was lost, or the school is not whole after a kill."""


@dataclass
class KillReport:
    kills: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    entries: int = 0
    replies: int = 0
    imports: int = 0
    backups: int = 0
    syncs: int = 0
    backups_restored: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        ops = ", ".join(f"{op} {self.by_operation[op]}" for op in OPERATIONS if self.by_operation[op])
        return (
            f"{self.kills} SIGKILLs ({ops}) in {self.seconds:.0f} s: 0 lost of {self.entries} entries and "
            f"{self.replies} replies reported saved; {self.imports} imports and {self.syncs} syncs "
            f"completed, {self.backups} backups written ({self.backups_restored} restored and checked); "
            "check clean after every kill"
        )


@contextlib.contextmanager
def _passphrase_in_environment() -> Iterator[None]:
    before = os.environ.get(cli.PASSPHRASE_ENV)
    os.environ[cli.PASSPHRASE_ENV] = PASSPHRASE
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(cli.PASSPHRASE_ENV, None)
        else:
            os.environ[cli.PASSPHRASE_ENV] = before


def _linkbook(*args: str) -> tuple[int, str]:
    """`linkbook ARGS` in this process; its exit status and what it printed."""
    with _passphrase_in_environment(), contextlib.redirect_stdout(io.StringIO()) as out:
        code = cli.main(list(args))
    return code, out.getvalue()


class KillSoak:
    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.data_dir = root / "school"
        self.work = root / "work"
        (self.work / "shared-folder").mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.window = dict(FIRST_WINDOW)
        self.entries: set[str] = set()
        self.replies: set[str] = set()
        self.imported: set[tuple[str, str]] = set()
        self.report = KillReport()
        create_school(self.data_dir)

    def _run_and_kill(self, operation: str, run: int) -> list[str]:
        """Start the worker, let it work for a random while, SIGKILL it; the lines it printed."""
        env = {**os.environ, "PYTHONPATH": str(ROOT), cli.PASSPHRASE_ENV: PASSPHRASE}
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.soak.worker",
                str(self.data_dir),
                operation,
                str(run),
                str(self.work),
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        stdout, stderr = process.stdout, process.stderr
        assert stdout is not None and stderr is not None
        lines: list[tuple[float, str]] = []
        reader = threading.Thread(
            target=lambda: lines.extend((time.monotonic(), line.strip()) for line in stdout)
        )
        reader.start()
        deadline = time.monotonic() + 120
        while not lines and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        if not lines:
            process.kill()
            process.wait()
            reader.join()
            raise SoakFailure(f"the {operation} worker saved nothing: {stderr.read()[-2000:]}")
        time.sleep(self.rng.uniform(0.0, 1.5 * self.window[operation]))
        process.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        process.wait()
        reader.join()
        if process.returncode != -signal.SIGKILL:
            raise SoakFailure(f"the {operation} worker stopped by itself: {stderr.read()[-2000:]}")
        stderr.close()
        rounds = [t for t, line in lines if line.startswith("entry ")]
        if len(rounds) >= 2:
            measured = (rounds[-1] - rounds[0]) / (len(rounds) - 1)
        else:  # no round finished: a round takes at least this long
            measured = max(self.window[operation], killed_at - rounds[0])
        self.window[operation] = 0.5 * self.window[operation] + 0.5 * measured
        return [line for _, line in lines]

    def _restores(self, backup: Path, must_hold: set[str]) -> None:
        with tempfile.TemporaryDirectory(dir=self.root) as scratch:
            restored = Path(scratch) / "restored"
            code, out = _linkbook("restore", str(backup), "--data-dir", str(restored))
            if code != 0:
                raise SoakFailure(f"backup {backup.name} does not restore: {out}")
            held = reopen(restored)
        if held.problems:
            raise SoakFailure(f"backup {backup.name} restores with problems: {held.problems}")
        if not must_hold <= held.entries:
            raise SoakFailure(f"backup {backup.name} lacks {len(must_hold - held.entries)} saved entries")
        self.report.backups_restored += 1

    def kill_once(self, operation: str) -> None:
        run = self.report.kills
        lines = self._run_and_kill(operation, run)
        begun_import: Path | None = None
        begun_backup: tuple[Path, set[str]] | None = None
        last_backup: tuple[Path, set[str]] | None = None
        for line in lines:
            kind, _, rest = line.partition(" ")
            if kind == "entry":
                self.entries.add(rest)
            elif kind == "reply":
                self.replies.add(rest)
            elif kind == "synced":
                self.report.syncs += 1
            elif line.startswith("begin import "):
                begun_import = Path(line.removeprefix("begin import "))
            elif kind == "imported":
                self.imported |= _pupils_in(Path(rest))
                self.report.imports += 1
                begun_import = None
            elif line.startswith("begin backup "):
                begun_backup = (Path(line.removeprefix("begin backup ")), set(self.entries))
            elif kind == "backup":
                last_backup, begun_backup = begun_backup, None
                self.report.backups += 1

        held = reopen(self.data_dir)
        self.report.kills += 1
        self.report.by_operation[operation] += 1
        where = f"after kill {run} (during {operation})"
        if held.problems:
            raise SoakFailure(f"{where}: check found {held.problems}")
        if lost := self.entries - held.entries:
            raise SoakFailure(f"{where}: {len(lost)} saved entries lost")
        if lost := self.replies - held.replies:
            raise SoakFailure(f"{where}: {len(lost)} saved replies lost")
        if missing := self.imported - held.pupils:
            raise SoakFailure(f"{where}: imported pupils lost: {sorted(missing)}")
        if begun_import is not None:
            wanted = _pupils_in(begun_import)
            found = wanted & held.pupils
            if found and found != wanted:
                raise SoakFailure(f"{where}: an import was half-written: {sorted(found)} of {sorted(wanted)}")
            self.imported |= found  # committed before the kill: from now on it must stay
        if last_backup is not None:
            self._restores(*last_backup)
        if begun_backup is not None and begun_backup[0].exists():
            self._restores(*begun_backup)
        for old in self.work.glob("*backup-*"):  # checked; a thousand of them would fill the disk
            old.unlink()
        self.report.entries, self.report.replies = len(self.entries), len(self.replies)

    def finish_sync(self) -> None:
        """An uninterrupted sync after the kills completes and leaves nothing waiting."""
        where = ["--data-dir", str(self.data_dir)]
        code, out = _linkbook("sync", *where, "--folder", str(self.work / "shared-folder"))
        if code != 0:
            raise SoakFailure(f"sync after the kills failed ({code}): {out}")
        code, out = _linkbook("sync", *where, "--status")
        if code != 0 or "\n0 change(s) waiting to be sent" not in "\n" + out:
            raise SoakFailure(f"changes still wait after a complete sync: {out}")

    def run(
        self,
        kills: int,
        operations: Sequence[str] = OPERATIONS,
        progress: Callable[[str], None] | None = None,
    ) -> KillReport:
        start = time.monotonic()
        for n in range(kills):
            self.kill_once(operations[n % len(operations)])
            if progress and (n + 1) % 10 == 0:
                progress(f"{n + 1} kills, {time.monotonic() - start:.0f} s")
        if "sync" in operations[:kills]:
            self.finish_sync()
        self.report.seconds = time.monotonic() - start
        return self.report


def _pupils_in(csv: Path) -> set[tuple[str, str]]:
    rows = csv.read_text(encoding="utf-8").splitlines()[1:]
    return {(first, last) for first, last, *_ in (row.split(",") for row in rows)}


def kill_soak(root: Path, kills: int, seed: int, progress: Callable[[str], None] | None = None) -> KillReport:
    return KillSoak(root, seed).run(kills, OPERATIONS, progress)
