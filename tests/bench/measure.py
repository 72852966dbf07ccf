"""The measurements: each opens the school the way the app does and times what a person waits for."""

import math
import random
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import sqlcipher3
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
from desktop.store.keyfile import KdfParams
from desktop.store.repositories.search import match_expression
from desktop.store.schema import EntryRow
from desktop.store.vault import Vault

TWO_WORD_QUERIES = ("reading book", "times tables", "PE kit", "spelling test", "calm room", "Roman coins")
ONE_WORD_QUERIES = ("swimming", "wellies", "dentist")


@dataclass(frozen=True, slots=True)
class Result:
    """One line of the report: what was measured, how it came out, and what it had to beat.

    `floor` is the same work done by the bare library (or libraries) underneath, measured in the same run
    on the same machine and in the same unit; `floor_name` says what it is. None: no floor makes sense."""

    name: str
    value: float
    unit: str
    target: float
    detail: str = ""
    floor: float | None = None
    floor_name: str = ""

    @property
    def passed(self) -> bool:
        return self.value <= self.target

    @property
    def ratio(self) -> float | None:
        """How many times the floor this figure is (None without a floor)."""
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    def with_floor(self, floor: float, name: str) -> "Result":
        return replace(self, floor=floor, floor_name=name)


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the value below which `fraction` of the samples fall."""
    ordered = sorted(samples)
    rank = math.ceil(fraction * len(ordered) - 1e-9)
    return ordered[min(max(rank, 1), len(ordered)) - 1]


def timed_ms(action: Callable[[], object]) -> float:
    """Milliseconds the action took."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


_timed = timed_ms


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
    samples, floor = [], []
    params = Vault.read_key_file(data_dir).kdf
    for _ in range(runs):
        start = time.perf_counter()
        vault = Vault.unlock(data_dir, passphrase)
        samples.append((time.perf_counter() - start) * 1000)
        vault.close()
        floor.append(_timed(lambda: argon2id_alone(params, passphrase)))
    return Result(
        "Unlock (Argon2id + open), median", statistics.median(samples), "ms", 1000, f"{runs} runs"
    ).with_floor(
        statistics.median(floor),
        f"Argon2id alone (cryptography's, as the app uses), the key file's parameters ({params.iterations} "
        f"passes, {params.lanes} lanes, {params.memory_kib // 1024} MiB)",
    )


def argon2id_alone(params: KdfParams, passphrase: str) -> bytes:
    """The key derivation the unlock starts with, and nothing else."""
    return params.derive(passphrase)


def _fetch_all(connection: sqlcipher3.Connection, sql: str, params: tuple[object, ...]) -> list[object]:
    return list(connection.execute(sql, params).fetchall())


@contextmanager
def raw_connection(vault: Vault) -> Iterator[sqlcipher3.Connection]:
    """The SQLCipher connection under the vault's engine (key given, pragmas set), for floors' bare SQL."""
    pooled = vault.engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()


def save_entry_ms(context: ServiceContext, pupils: list[Pupil], saves: int) -> list[Result]:
    """A teacher writing today's page for one child after another; each save is committed durably."""
    service = LinkBookService(context)
    staff_id = context.actor.staff_id or context.actor.name
    today = context.today()
    rng = random.Random(11)
    samples = []
    floor = _RawInserts(context.vault)
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
        raw = floor.insert(entry)
        if n >= 5:
            samples.append(elapsed)
            floor.samples.append(raw)
    floor.close()
    detail = f"{saves} saves"
    name = (
        "a raw SQLCipher INSERT of a row of the same size + COMMIT (sqlcipher3, same raw key, WAL, "
        "synchronous=FULL), into a table beside the school's folder"
    )
    return [
        Result("Save one entry durably, p50", percentile(samples, 0.5), "ms", 10, detail).with_floor(
            percentile(floor.samples, 0.5), name
        ),
        Result("Save one entry durably, p95", percentile(samples, 0.95), "ms", 10, detail).with_floor(
            percentile(floor.samples, 0.95), name
        ),
    ]


class _RawInserts:
    """The floor of a save: one row of the entry's size inserted and committed durably with bare SQLCipher,
    in a database of its own in the school's folder (same disk, same key, same journal and sync)."""

    def __init__(self, vault: Vault) -> None:
        self.path = vault.data_dir / "floor-inserts.db"
        self.path.unlink(missing_ok=True)
        self.connection = sqlcipher3.connect(str(self.path), isolation_level=None)
        self.connection.execute(f"PRAGMA key = \"x'{vault.raw_key.hex()}'\"")
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.execute(
            "CREATE TABLE entry (id TEXT PRIMARY KEY, pupil_id TEXT, day TEXT, author_id TEXT, "
            "learning TEXT, wins TEXT, reminders TEXT, updated_at TEXT)"
        )
        self.samples: list[float] = []
        self.count = 0

    def insert(self, entry: LinkBookEntry) -> float:
        self.count += 1
        row = (
            f"floor-{self.count:08d}",
            entry.pupil_id,
            entry.day.isoformat(),
            entry.author_id,
            entry.learning,
            entry.wins,
            entry.reminders,
            "2026-07-17 15:30:00.000000",
        )
        start = time.perf_counter()
        self.connection.execute("BEGIN")
        self.connection.execute("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
        self.connection.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self.connection.close()
        for suffix in ("", "-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)


def timeline_ms(context: ServiceContext, pupils: list[Pupil], opens: int) -> Result:
    """A child's whole school year of entries, with replies and acknowledgements, as the timeline shows."""
    service = LinkBookService(context)
    chosen = random.Random(5).sample(pupils, min(opens, len(pupils)))
    samples, floor = [], []
    entries = 0
    with raw_connection(context.vault) as connection:
        for pupil in chosen:
            start = time.perf_counter()
            found = service.timeline(pupil.id)
            samples.append((time.perf_counter() - start) * 1000)
            entries = max(entries, len(found))
            floor.append(_timed(partial(_fetch_all, connection, TIMELINE_SQL, (pupil.id,))))
    return Result(
        "Open a pupil's year (timeline), median",
        statistics.median(samples),
        "ms",
        30,
        f"{len(chosen)} pupils, up to {entries} entries each",
    ).with_floor(
        statistics.median(floor),
        "one raw SQL SELECT (UNION ALL) of the same pupil's entries, replies and acknowledgements, "
        "on the same database",
    )


TIMELINE_SQL = (
    "SELECT 'e', id, day, author_id, learning, wins, reminders, note, class_note, sections, phrases "
    "FROM linkbook_entry WHERE pupil_id = ?1 "
    "UNION ALL SELECT 'r', r.id, r.written_at, r.author_kind, r.author_name, r.text, NULL, NULL, NULL, NULL, "
    "NULL FROM entry_reply r JOIN linkbook_entry e ON e.id = r.entry_id WHERE e.pupil_id = ?1 "
    "UNION ALL SELECT 'a', a.id, a.at, a.method, a.by_name, a.family_member_id, NULL, NULL, NULL, NULL, "
    "NULL FROM acknowledgement a JOIN linkbook_entry e ON e.id = a.entry_id WHERE e.pupil_id = ?1"
)


def search_ms(context: ServiceContext, rounds: int) -> Result:
    """Two-word and one-word searches across the whole school, newest 50 hits each."""
    service = SearchService(context)
    samples, floor = [], []
    hits = 0
    with raw_connection(context.vault) as connection:
        for _ in range(rounds):
            for query in (*TWO_WORD_QUERIES, *ONE_WORD_QUERIES):
                start = time.perf_counter()
                hits += len(service.search(query))
                samples.append((time.perf_counter() - start) * 1000)
                expression = match_expression(query)
                floor.append(_timed(partial(_fetch_all, connection, SEARCH_SQL, (expression,))))
    queries = len(TWO_WORD_QUERIES) + len(ONE_WORD_QUERIES)
    return Result(
        "Full-text search, p95",
        percentile(samples, 0.95),
        "ms",
        100,
        f"{queries} queries x {rounds}, {hits // rounds} hits a round",
    ).with_floor(
        percentile(floor, 0.95),
        "one raw FTS5 MATCH of the same terms (newest 50, with snippets) on the same database",
    )


SEARCH_SQL = (
    "SELECT rowid, snippet(search_index, 0, '[', ']', '…', 12) FROM search_index "
    "WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 50"
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
    with raw_connection(vault) as connection:
        text_bytes = sum(connection.execute(TEXT_BYTES_SQL).fetchone())
    return Result(
        "Database size per 10,000 entries",
        per_10k / 1e6,
        "MB",
        target_mb,
        f"{size / 1e6:,.0f} MB for {entries:,} entries and their replies, folders, index",
    ).with_floor(
        text_bytes / max(entries, 1) * 10_000 / 1e6,
        "the raw UTF-8 bytes of the entries' and replies' text (the ratio is the overhead: ids, dates, "
        "indexes, the search index, folders, encryption)",
    )


TEXT_BYTES_SQL = (
    "SELECT (SELECT coalesce(sum(length(CAST(learning || wins || reminders || note || class_note "
    "AS BLOB))), 0) FROM linkbook_entry), "
    "(SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM entry_reply)"
)
