"""The school's sync: the admin device's first push of the whole school, and a second office device's
full pull, each beside its floors.

`school_sync_results(data_dir, passphrase, workdir)` works on a copy of a generated school
(tests/bench/generator.py; the caller passes the copy, as tests/bench/__main__.py does for the others).
It times what the school office waits for when it turns sync on: `SyncService.found_school` (the scopes
made, every row marked to queue) and the first `sync_once` (queued, sealed into bundles, pushed to a real
`python -m sync.server` on 127.0.0.1 over SQLite). Then a second office computer, given every class,
joins through the real path (invitation, request, approval) and its first `sync_once` pulls and applies
the whole school (timed). Beside each row: the floors of the same work measured in the same run
(tests/bench/sync_floors.py) and the row's ratio to their sum. On its own, on a small school:
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
from desktop.services.sync.joining import Enrolment
from desktop.store.vault import Vault
from sync.protocol import DeviceRole
from tests.bench.measure import Result
from tests.bench.sync_floors import Recording, floors, recording
from tests.sync_helpers import SETUP_TOKEN, ServerProcess

TARGET_S = 30
PULL_TARGET_S = 60


def first_push(data_dir: Path, passphrase: str, workdir: Path) -> Result:
    """Seconds from "turn sync on" to every record of the school stored (sealed) on the server."""
    return school_sync_results(data_dir, passphrase, workdir, pull=False)[0]


def school_sync_results(data_dir: Path, passphrase: str, workdir: Path, *, pull: bool = True) -> list[Result]:
    """The admin device's first push and (`pull`) a second office device joining and pulling the whole
    school, each with its floors measured in this run (tests/bench/sync_floors.py)."""
    server = ServerProcess(workdir / "sync-server").start()
    vault = Vault.unlock(data_dir, passphrase)
    office: Vault | None = None
    try:
        admin = ServiceContext(vault, Actor("bench", StaffRole.ADMIN))
        service = SyncService(admin)
        with recording() as pushed:
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
            scopes = connection.exec_driver_sql("SELECT count(*) FROM sync_scope").scalar() or 0
            records = connection.exec_driver_sql("SELECT count(*) FROM sync_record").scalar() or 0
            assert not connection.exec_driver_sql("SELECT unqueued FROM sync_device").scalar()
            class_ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM school_class")]
        push_floors = floors(pushed, records, workdir)
        results = [
            Result(
                "Sync: admin device's first push of the school",
                elapsed,
                "s",
                TARGET_S,
                f"{records:,} records in {scopes:,} scopes; founded in {founded_at:.1f} s, then queued, "
                f"sealed and pushed together: {report.bundles_sent:,} bundles; "
                + push_floors.describe(elapsed),
                floor=push_floors.total,
                floor_name="AES-GCM + zlib sealing the same records' JSON, as many bare loopback HTTP "
                "requests as the sync sent, and a raw SQLCipher executemany of as many rows of the same size",
            )
        ]
        if pull:
            office = Vault.create(workdir / "office", passphrase)
            results.append(_second_device_pull(admin, office, server.url, class_ids, pushed, workdir))
    finally:
        vault.close()
        if office is not None:
            office.close()
        server.stop()
    return results


def _second_device_pull(
    admin: ServiceContext,
    office: Vault,
    server_url: str,
    class_ids: list[str],
    pushed: Recording,
    workdir: Path,
) -> Result:
    """A second office computer given every class joins through the real path (invitation, request,
    approval, the admin's sync) and pulls and applies the whole school in its first sync (timed)."""
    context = ServiceContext(office, Actor("office", StaffRole.ADMIN))
    slip = Enrolment(admin).invite(DeviceRole.STAFF, class_ids=class_ids, label="second office computer")
    assert not Enrolment(context).join(slip.code, SyncTarget(server_url=server_url))
    assert len(Enrolment(admin).approve()) == 1
    SyncService(admin).sync_once()
    with recording(keep_payloads=False) as pulled:
        start = time.perf_counter()
        report = SyncService(context).sync_once()
        elapsed = time.perf_counter() - start
    assert not report.cancelled and not report.waiting_for_keys and not report.rejected
    with office.reading() as session:
        records = session.connection().exec_driver_sql("SELECT count(*) FROM sync_record").scalar() or 0
    opened = Recording(pushed.plaintexts, pushed.compressed, pulled.requests)
    pull_floors = floors(opened, records, workdir, opening=True)
    return Result(
        "Sync: second office device pulls the whole school",
        elapsed,
        "s",
        PULL_TARGET_S,
        f"{records:,} records from {report.bundles_received:,} bundles, {report.changes_received:,} "
        f"changes applied, {report.waiting_records:,} waiting; "
        + pull_floors.describe(elapsed, opening=True),
        floor=pull_floors.total,
        floor_name="AES-GCM + zlib opening the same bundles, as many bare loopback HTTP requests as the pull "
        "sent, and a raw SQLCipher executemany of as many rows of the same size (durable)",
    )


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generator import generate_school

    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.sync_desktop", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--pupils", type=int, default=60)
    parser.add_argument("--days", type=int, default=20)
    parser.add_argument("--push-only", action="store_true", help="the admin's first push alone, no pull")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="linkbook-bench-sync-desktop-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        generate_school(work / "school", "bench passphrase", pupils=args.pupils, days=args.days).close()
        print(f"school of {args.pupils} x {args.days} generated in {time.perf_counter() - started:.1f} s")
        results = school_sync_results(work / "school", "bench passphrase", work, pull=not args.push_only)
    for result in results:
        verdict = "PASS" if result.passed else "FAIL"
        print(f"{result.name}: {result.value:,.2f} {result.unit} (target <= {result.target:g}) {verdict}")
        print(f"  {result.detail}")
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
