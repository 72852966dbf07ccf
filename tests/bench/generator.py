"""The synthetic school the benchmarks run against: the demo school's generator, scaled up.

It reuses the demo builder (`desktop.services.demo.populate`) and its batch writer, so the benchmark
corpus is made of the same believable entries, replies and SEN sections the demo shows, only more of
them: every pupil has an entry on every school day (no absences, so the size is exact), and no pictures
are drawn. The term ends on a fixed date so that a cached school is the same whenever it was made.
"""

import datetime as dt
from pathlib import Path

from sqlalchemy import text

from desktop.services.context import ServiceContext
from desktop.services.demo import populate
from desktop.services.demo_plan import DEMO_ACTOR, DemoPlan, DemoSummary, DemoWriter, Progress
from desktop.store.vault import Vault

BENCH_TERM_END = dt.date(2026, 7, 17)
"""A Friday at the end of a school year; 190 school days back reaches the autumn before."""

GENERATOR_VERSION = 3
"""Part of the benchmark cache's key: raise it when the generated school (or the demo it uses) changes."""

CLASS_SIZE = 30
GENERATION_CACHE_KIB = 256 * 1024


def class_sizes(pupils: int, per_class: int = CLASS_SIZE) -> tuple[int, ...]:
    """Split the pupils into classes of `per_class`, the last one taking the remainder."""
    if pupils < 1:
        raise ValueError("A school needs at least one pupil.")
    full, rest = divmod(pupils, per_class)
    return (per_class,) * full + ((rest,) if rest else ())


def generate_school(
    data_dir: Path,
    passphrase: str,
    *,
    pupils: int,
    days: int,
    seed: int = 1,
    today: dt.date = BENCH_TERM_END,
    progress: Progress | None = None,
) -> Vault:
    """A new school in data_dir with `pupils` pupils and one entry each for each of `days` school days."""
    vault, _summary = generate_school_with_summary(
        data_dir, passphrase, pupils=pupils, days=days, seed=seed, today=today, progress=progress
    )
    return vault


def generate_school_with_summary(
    data_dir: Path,
    passphrase: str,
    *,
    pupils: int,
    days: int,
    seed: int = 1,
    today: dt.date = BENCH_TERM_END,
    progress: Progress | None = None,
) -> tuple[Vault, DemoSummary]:
    """generate_school, also saying how many records of each kind it made."""
    plan = DemoPlan(
        class_sizes=class_sizes(pupils),
        days=days,
        today=today,
        seed=seed,
        images=False,
        absence_rate=0.0,
    )
    vault = Vault.create(data_dir, passphrase)
    try:
        with vault.writing() as session:
            # A big page cache keeps the growing full-text index in memory (decrypted) while it is
            # built: a third less time than SQLite's 2 MB default at this size.
            session.execute(text(f"PRAGMA cache_size = -{GENERATION_CACHE_KIB}"))
            writer = DemoWriter(session, vault, ServiceContext(vault, DEMO_ACTOR))
            writer.batch_size = max(writer.batch_size, pupils * 10)
            summary = populate(writer, plan, progress)
            session.execute(text("PRAGMA cache_size = -2000"))
    except BaseException:
        vault.close()
        raise
    return vault, summary
