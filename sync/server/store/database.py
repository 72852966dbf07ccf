"""The engine under every part of the store: connections, transactions and one retry."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, ParamSpec, TypeVar, cast

from sqlalchemy import Connection, create_engine, event, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from sync.server.store.tables import SCHEMA_VERSION, meta, metadata

POOL_SIZE = 16
"""PostgreSQL connections a server process keeps open: at least the request threads that hold one at a
time (Starlette's thread pool has 40, but a request holds a connection only for one statement or
transaction), so a few more than the busy threads; more wait in `pool_timeout`, not in PostgreSQL."""
POOL_OVERFLOW = 16
SQLITE_WRITER_WAIT_S = 30
"""How long a SQLite writer waits for this process's other writers (as long as SQLite's busy timeout)."""


P = ParamSpec("P")
R = TypeVar("R")


def _retried(method: Callable[P, R]) -> Callable[P, R]:
    """Run `method` once more if the database dropped its connection (PostgreSQL restarted, a pooler or a
    firewall closed an idle one). SQLAlchemy has then emptied the pool, so the second try connects anew;
    this replaces a "ping" round trip before every request. For reads, and for writes that are safe to
    repeat (a bundle is stored once by its id; a nonce written just before the drop reads as a replay)."""

    @wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
        return method(*args, **kwargs)

    return run


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(slots=True)
class _GroupedWrite:
    """One thread's work waiting for a SQLite write transaction (see `Database._grouped`)."""

    work: Callable[[Connection], Any]
    result: Any = None
    error: Exception | None = None
    finished: threading.Event = field(default_factory=threading.Event)


class Database:
    """The engine (SQLite or PostgreSQL) and the transactions every part of the store runs in."""

    def __init__(self, url: str, now_ms: Callable[[], int] = _now_ms) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        self._now_ms = now_ms
        self.engine = self._make_engine(url)
        self._group: list[_GroupedWrite] = []
        self._group_lock = threading.Lock()
        self._write_locks: dict[Engine, threading.Lock] = {}
        """SQLite: one lock per database file, held by the one thread of this process writing to it."""
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        """PostgreSQL: one statement, no BEGIN/COMMIT round trips (reads of one statement, the nonce)."""

    def _make_engine(self, url: str, synchronous: str = "FULL", pool_size: int = 8) -> Engine:
        if not self.sqlite:
            # No pre-ping (a round trip on every checkout): a dropped connection is retried once instead
            # (`_retried`). LIFO keeps the few busy connections warm and lets the others idle out.
            return create_engine(
                url,
                pool_size=POOL_SIZE,
                max_overflow=POOL_OVERFLOW,
                pool_timeout=30,
                pool_recycle=1800,
                pool_use_lifo=True,
            )
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=pool_size
        )

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute(f"PRAGMA synchronous = {synchronous}")
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            immediate = connection.get_execution_options().get("immediate", False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    def _create_schema(self) -> None:
        """Create missing tables and check the schema version (one process at a time on PostgreSQL)."""
        with self._writing() as conn:
            if not self.sqlite:
                conn.execute(text("SELECT pg_advisory_xact_lock(7271)"))
            metadata.create_all(conn)
            found = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).scalar()
            if found is None:
                conn.execute(insert(meta).values(key="schema", value=SCHEMA_VERSION))
            elif found != SCHEMA_VERSION:
                raise RuntimeError(f"server database schema {found}, this server knows {SCHEMA_VERSION}")

    @contextmanager
    def _writing(self, engine: Engine | None = None) -> Iterator[Connection]:
        engine = engine or self.engine
        if not self.sqlite:
            with engine.connect() as conn, conn.begin():
                yield conn
            return
        # SQLite takes one writer at a time, and a second one polls for the lock, sleeping up to 100 ms
        # between tries: this process's writers queue on a lock of their own instead and each is woken
        # the moment the one before commits. (After SQLITE_WRITER_WAIT_S, SQLite's own wait takes over.)
        lock = self._write_locks.setdefault(engine, threading.Lock())
        queued = lock.acquire(timeout=SQLITE_WRITER_WAIT_S)
        try:
            with engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    yield conn
        finally:
            if queued:
                lock.release()

    def _grouped(self, work: Callable[[Connection], R]) -> R:
        """`work` in a write transaction of the database: on SQLite together with the work other threads
        queued meanwhile, each in a savepoint of its own (what one raises undoes only its own writes and
        is raised in its own thread), under one commit and so one fsync for them all. Each thread returns
        only once that commit is on the disk. PostgreSQL: a transaction of its own."""
        if not self.sqlite:
            with self._writing() as conn:
                return work(conn)
        job = _GroupedWrite(work)
        with self._group_lock:
            self._group.append(job)
        lock = self._write_locks.setdefault(self.engine, threading.Lock())
        queued = lock.acquire(timeout=SQLITE_WRITER_WAIT_S)
        try:
            if not job.finished.is_set():
                with self._group_lock:
                    batch, self._group = self._group, []
                self._commit_group(batch)
        finally:
            if queued:
                lock.release()
        job.finished.wait()
        if job.error is not None:
            raise job.error
        return cast(R, job.result)

    def _commit_group(self, batch: list[_GroupedWrite]) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    for job in batch:
                        try:
                            with conn.begin_nested():
                                job.result = job.work(conn)
                        except Exception as error:
                            job.error = error
        except Exception as error:
            for job in batch:
                job.error = job.error or error
        finally:
            for job in batch:
                job.finished.set()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _one_statement(self) -> Iterator[Connection]:
        """A connection for a single read, outside an explicit transaction: on PostgreSQL one round trip
        instead of three (BEGIN, the query, COMMIT). SQLite's are in-process: it reads as before."""
        if self.sqlite:
            with self._reading() as conn:
                yield conn
            return
        with self._autocommit.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
