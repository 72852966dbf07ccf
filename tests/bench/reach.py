"""The whole-school view of families not reached, as the head opens it on a 1,500-pupil school."""

import time

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.reach import ReachService
from desktop.store.vault import Vault
from tests.bench.measure import Result, percentile, raw_connection

TARGET_MS = 300.0


def whole_school_reach_result(vault: Vault, runs: int = 5) -> Result:
    """Every family's last two-way contact over every channel, ranked: what the reach view waits for."""
    service = ReachService(ServiceContext(vault, Actor("bench head", StaffRole.ADMIN)))
    samples, floor = [], []
    missing = 0
    with raw_connection(vault) as connection:
        for _ in range(runs):
            start = time.perf_counter()
            found = service.reach(None)
            samples.append((time.perf_counter() - start) * 1000)
            missing = sum(1 for r in found if not r.reached)
            start = time.perf_counter()
            connection.execute(REACH_SQL).fetchall()
            floor.append((time.perf_counter() - start) * 1000)
    return Result(
        "Whole-school families not reached, p95",
        percentile(samples, 0.95),
        "ms",
        TARGET_MS,
        f"{len(found):,} families, {missing:,} not reached, {runs} runs",
    ).with_floor(
        percentile(floor, 0.95),
        "one raw SQL aggregate over the same tables (each pupil's last app/paper contact, last reached "
        "contact, unreached attempts, family members) on the same database",
    )


REACH_SQL = """
SELECT p.id, p.class_id,
       (SELECT max(last_on) FROM family_last_heard h WHERE h.pupil_id = p.id AND h.channel = 'paper'),
       (SELECT max(last_on) FROM family_last_heard h WHERE h.pupil_id = p.id AND h.channel <> 'paper'),
       (SELECT max(contacted_on) FROM family_contact c WHERE c.pupil_id = p.id AND c.reached),
       (SELECT count(*) FROM family_contact c WHERE c.pupil_id = p.id AND NOT c.reached),
       (SELECT count(*) FROM pupil_family f WHERE f.pupil_id = p.id)
FROM pupil p ORDER BY p.id
"""
