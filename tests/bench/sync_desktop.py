"""The admin device's first sync of a whole school: every record queued, sealed and pushed to a real server.

`first_push(data_dir, passphrase)` works on a copy of a generated school (tests/bench/generator.py;
the caller passes the copy, as tests/bench/__main__.py does for the others). It times what the school
office waits for when it turns sync on: `SyncService.found_school` (the scopes made, every row queued
as changes in the outbox) and the first `sync_once` (sealed into bundles, pushed to a real
`python -m sync.server` on 127.0.0.1 over SQLite). On its own, on a small school:
`python -m tests.bench.sync_desktop --pupils 60 --days 20`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncService
from desktop.store.vault import Vault
from tests.bench.measure import Result
from tests.sync_helpers import SETUP_TOKEN, ServerProcess

TARGET_S = 120


def first_push(data_dir: Path, passphrase: str, workdir: Path) -> Result:
    """Seconds from "turn sync on" to every record of the school stored (sealed) on the server."""
    server = ServerProcess(workdir / "sync-server").start()
    vault = Vault.unlock(data_dir, passphrase)
    try:
        service = SyncService(ServiceContext(vault, Actor("bench", StaffRole.ADMIN)))
        start = time.perf_counter()
        service.found_school(SyncTarget(server_url=server.url), SETUP_TOKEN)
        founded_at = time.perf_counter() - start
        report = service.sync_once()
        elapsed = time.perf_counter() - start
        status = service.status()
        assert status.pending_changes == status.unsent_bundles == 0, "everything was sent"
        assert not status.first_sync_due
        with vault.reading() as session:
            connection = session.connection()
            scopes = connection.exec_driver_sql("SELECT count(*) FROM sync_scope").scalar()
            records = connection.exec_driver_sql("SELECT count(*) FROM sync_record").scalar()
            assert not connection.exec_driver_sql("SELECT unqueued FROM sync_device").scalar()
    finally:
        vault.close()
        server.stop()
    return Result(
        "Sync: admin device's first push of the school",
        elapsed,
        "s",
        TARGET_S,
        f"{records:,} records in {scopes:,} scopes; founded in {founded_at:.1f} s, then queued, sealed and "
        f"pushed together: {report.bundles_sent:,} bundles",
    )


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generator import generate_school

    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.sync_desktop", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--pupils", type=int, default=60)
    parser.add_argument("--days", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="linkbook-bench-sync-desktop-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        generate_school(work / "school", "bench passphrase", pupils=args.pupils, days=args.days).close()
        print(f"school of {args.pupils} x {args.days} generated in {time.perf_counter() - started:.1f} s")
        result = first_push(work / "school", "bench passphrase", work)
    verdict = "PASS" if result.passed else "FAIL"
    print(f"{result.name}: {result.value:,.2f} {result.unit} (target <= {result.target:g}) {verdict}")
    print(f"  {result.detail}")
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
