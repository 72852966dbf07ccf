"""What the app reports as saved survives the process being killed at any moment."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
KILLS = 12


def run_and_kill(data_dir: Path, run: int, rng: random.Random) -> list[str]:
    """Start the writer, let it save for a random while, SIGKILL it; return the lines it reported."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(data_dir), PASSPHRASE, str(run)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reported: list[str] = []
    reader = threading.Thread(target=lambda: reported.extend(line.strip() for line in process.stdout))
    reader.start()
    deadline = time.monotonic() + 30
    while not reported and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    assert reported, (
        f"the writer saved nothing: {process.stderr.read() if process.poll() is not None else ''}"
    )
    time.sleep(rng.uniform(0.0, 0.4))
    process.send_signal(signal.SIGKILL)
    process.wait()
    reader.join()
    return reported


def test_every_reported_save_survives_sigkill(vault: Vault, data_dir: Path, small_school) -> None:
    vault.close()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    saved_entries: set[str] = set()
    saved_replies: set[str] = set()
    for run in range(KILLS):
        for line in run_and_kill(data_dir, run, rng):
            kind, record_id = line.split()
            (saved_entries if kind == "entry" else saved_replies).add(record_id)
        reopened = Vault.unlock(data_dir, PASSPHRASE)
        context = ServiceContext(reopened, Actor("Checker", StaffRole.ADMIN))
        try:
            report = CheckService(context).run()
            assert report.ok, report.problems
            service = LinkBookService(context)
            entries = [e for p in small_school["pupils"] for e in service.timeline(p.id)]
        finally:
            reopened.close()
        assert saved_entries <= {e.id for e in entries}, f"run {run}: a reported entry was lost"
        assert saved_replies <= {r.id for e in entries for r in e.replies}, (
            f"run {run}: a reported reply was lost"
        )
    assert len(saved_entries) > KILLS
