"""What the app reports as saved survives the process being killed at any moment.

The kill harness (tests/soak/kills.py, whose long run is `make soak`) kills a writer that saves entries
and family replies; after each SIGKILL the school reopens, `linkbook check`'s service finds nothing
wrong, and every entry and reply the writer reported saved is there.
"""

import os
from pathlib import Path

from tests.soak.kills import KillSoak

KILLS = 12


def test_every_reported_save_survives_sigkill(tmp_path: Path) -> None:
    soak = KillSoak(tmp_path, seed=int.from_bytes(os.urandom(4), "big"))
    report = soak.run(KILLS, ["save"])
    assert report.kills == KILLS
    assert report.entries > KILLS and report.replies > 0
