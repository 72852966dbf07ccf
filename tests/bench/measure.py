"""The measurements: each opens the school the way the app does and times what a person waits for."""

import math
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.search import SearchService
from desktop.store.database import DB_FILE_NAME
from desktop.store.schema import EntryRow
from desktop.store.vault import Vault

TWO_WORD_QUERIES = ("reading book", "times tables", "PE kit", "spelling test", "calm room", "Roman coins")
ONE_WORD_QUERIES = ("swimming", "wellies", "dentist")


@dataclass(frozen=True, slots=True)
class Result:
    """One line of the report: what was measured, how it came out, and what it had to beat."""

    name: str
    value: float
    unit: str
    target: float
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.value <= self.target


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the value below which `fraction` of the samples fall."""
    ordered = sorted(samples)
    rank = math.ceil(fraction * len(ordered) - 1e-9)
    return ordered[min(max(rank, 1), len(ordered)) - 1]


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def teacher_context(vault: Vault) -> ServiceContext:
    """The first class's teacher, at the real time, as in the app."""
    staff = SchoolService(ServiceContext(vault, Actor("bench", StaffRole.ADMIN))).staff()
    teacher = next(s for s in staff if s.role is StaffRole.CLASS_TEACHER)
    return ServiceContext(vault, Actor(teacher.name, teacher.role, teacher.id))


def admin_context(vault: Vault) -> ServiceContext:
    """The school's administrator, at the real time (the office files returned paper)."""
    return ServiceContext(vault, Actor("bench office", StaffRole.ADMIN))


def unlock_ms(data_dir: Path, passphrase: str, runs: int) -> Result:
    """Passphrase to an open school: Argon2id, the key unwrapped, the database opened and checked."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        vault = Vault.unlock(data_dir, passphrase)
        samples.append((time.perf_counter() - start) * 1000)
        vault.close()
    return Result("Unlock (Argon2id + open), median", statistics.median(samples), "ms", 1000, f"{runs} runs")


def save_entry_ms(context: ServiceContext, pupils: list[Pupil], saves: int) -> list[Result]:
    """A teacher writing today's page for one child after another; each save is committed durably."""
    service = LinkBookService(context)
    staff_id = context.actor.staff_id or context.actor.name
    today = context.today()
    rng = random.Random(11)
    samples = []
    for n in range(saves + 5):
        pupil = pupils[n % len(pupils)]
        entry = LinkBookEntry(
            pupil_id=pupil.id,
            day=today,
            author_id=staff_id,
            author_role=context.actor.role,
            learning="In maths we practised column subtraction with exchanging.",
            wins=f"{pupil.first_name} helped tidy the classroom after art. Thank you!",
            reminders=rng.choice(("PE kit tomorrow, please.", "", "Library books back on Friday.")),
        )
        elapsed = _timed(lambda entry=entry: service.save_entry(entry))
        if n >= 5:
            samples.append(elapsed)
    detail = f"{saves} saves"
    return [
        Result("Save one entry durably, p50", percentile(samples, 0.5), "ms", 10, detail),
        Result("Save one entry durably, p95", percentile(samples, 0.95), "ms", 10, detail),
    ]


def timeline_ms(context: ServiceContext, pupils: list[Pupil], opens: int) -> Result:
    """A child's whole school year of entries, with replies and acknowledgements, as the timeline shows."""
    service = LinkBookService(context)
    chosen = random.Random(5).sample(pupils, min(opens, len(pupils)))
    samples = []
    entries = 0
    for pupil in chosen:
        start = time.perf_counter()
        found = service.timeline(pupil.id)
        samples.append((time.perf_counter() - start) * 1000)
        entries = max(entries, len(found))
    return Result(
        "Open a pupil's year (timeline), median",
        statistics.median(samples),
        "ms",
        30,
        f"{len(chosen)} pupils, up to {entries} entries each",
    )


def search_ms(context: ServiceContext, rounds: int) -> Result:
    """Two-word and one-word searches across the whole school, newest 50 hits each."""
    service = SearchService(context)
    samples = []
    hits = 0
    for _ in range(rounds):
        for query in (*TWO_WORD_QUERIES, *ONE_WORD_QUERIES):
            start = time.perf_counter()
            hits += len(service.search(query))
            samples.append((time.perf_counter() - start) * 1000)
    queries = len(TWO_WORD_QUERIES) + len(ONE_WORD_QUERIES)
    return Result(
        "Full-text search, p95",
        percentile(samples, 0.95),
        "ms",
        100,
        f"{queries} queries x {rounds}, {hits // rounds} hits a round",
    )


def entry_count(vault: Vault) -> int:
    with vault.reading() as session:
        return session.scalar(select(func.count()).select_from(EntryRow)) or 0


def bytes_per_10k_entries(vault: Vault, target_mb: float) -> Result:
    """The file on disk (with its WAL, after a checkpoint) for every 10,000 entries it holds."""
    with vault.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    db = vault.data_dir / DB_FILE_NAME
    wal = db.with_name(db.name + "-wal")
    size = db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    entries = entry_count(vault)
    per_10k = size / max(entries, 1) * 10_000
    return Result(
        "Database size per 10,000 entries",
        per_10k / 1e6,
        "MB",
        target_mb,
        f"{size / 1e6:,.0f} MB for {entries:,} entries and their replies, folders, index",
    )
