"""Subject-access benchmark: everything held about one pupil with a full year of records, exported as
the zip a parent receives (gathered in one read, PDF rendered, JSON written, file synced and renamed).

The lead calls `subject_access_result(vault, work_dir)` from tests/bench/__main__.py on the work copy
of the bench school (the export is audited, so only ever on a copy); `python -m tests.bench.records`
generates a small school of its own and runs it alone.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.subject_access import SubjectAccessService
from desktop.store.schema import AgreementRow, EntryRow
from desktop.store.vault import Vault
from tests.bench.generator import generate_school
from tests.bench.measure import Result

TARGET_SECONDS = 5.0
PASSPHRASE = "bench school, not for real children"


def fullest_pupil(vault: Vault) -> tuple[str, int]:
    """The pupil with the most link-book entries (and, among those, the most agreements and plans)."""
    agreements = (
        select(func.count(AgreementRow.id))
        .where(AgreementRow.pupil_id == EntryRow.pupil_id)
        .scalar_subquery()
    )
    with vault.reading() as session:
        pupil_id, count = session.execute(
            select(EntryRow.pupil_id, func.count())
            .group_by(EntryRow.pupil_id)
            .order_by(func.count().desc(), agreements.desc())
            .limit(1)
        ).one()
    return pupil_id, count


def subject_access_result(vault: Vault, work_dir: Path, runs: int = 3) -> Result:
    """Median time of `runs` exports of the fullest pupil's records into work_dir."""
    context = ServiceContext(vault, Actor("bench (admin)", StaffRole.ADMIN))
    service = SubjectAccessService(context)
    pupil_id, entries = fullest_pupil(vault)
    target = work_dir / "subject-access-bench.zip"
    seconds: list[float] = []
    try:
        for _ in range(runs):
            start = time.perf_counter()
            done = service.export(pupil_id, target)
            seconds.append(time.perf_counter() - start)
        size = target.stat().st_size
        floor = statistics.median(zip_same_bytes_seconds(target, work_dir) for _ in range(runs))
    finally:
        target.unlink(missing_ok=True)
    detail = (
        f"{entries} entries, {done.folders} folders, {done.agreements} agreements, {done.audit_events} audit "
        f"events; zip {size / 2**20:.1f} MB; median of {runs} runs (slowest {max(seconds):.1f} s)"
    )
    return Result(
        "Subject-access export of a pupil's year", statistics.median(seconds), "s", TARGET_SECONDS, detail
    ).with_floor(
        floor,
        "zipfile writing the export's own bytes (its PDF, JSON and files, compressed as the export does) "
        "into a file synced to disk",
    )


def zip_same_bytes_seconds(exported: Path, work_dir: Path) -> float:
    """The floor of an export: its members, already made, written by zipfile alone and fsynced."""
    with zipfile.ZipFile(exported) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    copy = work_dir / "subject-access-floor.zip"
    try:
        start = time.perf_counter()
        with copy.open("wb") as handle:
            with zipfile.ZipFile(handle, "w") as archive:
                for info, data in members:
                    archive.writestr(info.filename, data, info.compress_type)
            handle.flush()
            os.fsync(handle.fileno())
        return time.perf_counter() - start
    finally:
        copy.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.records", description=__doc__)
    parser.add_argument("--pupils", type=int, default=30, help="pupils in the generated school")
    parser.add_argument("--days", type=int, default=190, help="school days of records (190: a full year)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        vault = generate_school(Path(work) / "school", PASSPHRASE, pupils=args.pupils, days=args.days)
        try:
            result = subject_access_result(vault, Path(work))
        finally:
            vault.close()
    print(
        f"{result.name}: {result.value:.2f} {result.unit} (target <= {result.target:.0f} {result.unit}) "
        f"{'PASS' if result.passed else 'FAIL'}\n  {result.detail}"
    )
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
