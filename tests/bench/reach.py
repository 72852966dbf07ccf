"""The whole-school view of families not reached, as the head opens it on a 1,500-pupil school."""

import time

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.reach import ReachService
from desktop.store.vault import Vault
from tests.bench.measure import Result, percentile

TARGET_MS = 300.0


def whole_school_reach_result(vault: Vault, runs: int = 5) -> Result:
    """Every family's last two-way contact over every channel, ranked: what the reach view waits for."""
    service = ReachService(ServiceContext(vault, Actor("bench head", StaffRole.ADMIN)))
    samples = []
    missing = 0
    for _ in range(runs):
        start = time.perf_counter()
        found = service.reach(None)
        samples.append((time.perf_counter() - start) * 1000)
        missing = sum(1 for r in found if not r.reached)
    return Result(
        "Whole-school families not reached, p95",
        percentile(samples, 0.95),
        "ms",
        TARGET_MS,
        f"{len(found):,} families, {missing:,} not reached, {runs} runs",
    )
