"""The soak harnesses of `make soak` (tests/soak/), run short: a few kills, schedules and restarts.

The long runs find what is rare; these keep the harnesses themselves working and catch what is common.
"""

import os
from pathlib import Path

from tests.soak.kills import KillSoak
from tests.soak.restarts import restart_soak
from tests.soak.schedules import schedule_soak


def seed() -> int:
    return int.from_bytes(os.urandom(4), "big")


def test_sigkill_during_sync_import_and_backup_loses_nothing_saved(tmp_path: Path) -> None:
    # Saves alone are killed a dozen times in tests/test_durability.py.
    soak = KillSoak(tmp_path, seed())
    report = soak.run(3, ["sync", "import", "backup"])
    assert report.by_operation == {"sync": 1, "import": 1, "backup": 1}
    assert report.entries >= 3


def test_random_sync_schedules_on_staff_and_family_devices_converge() -> None:
    report = schedule_soak(6, seed())
    assert report.schedules == 6 and report.changes > 0 and report.syncs > 0


def test_a_server_killed_and_restarted_under_load_loses_no_acknowledged_bundle(tmp_path: Path) -> None:
    report = restart_soak(tmp_path, 2, seed())
    assert report.restarts == 2 and report.acknowledged_under_load > 0
    assert report.bundles == report.changes  # one change a bundle: every change reached the server
