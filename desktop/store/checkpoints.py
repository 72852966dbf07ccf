"""The write-ahead log copied into the database file on a thread of its own while a long sync writes.

In WAL mode each commit appends its pages to the log, and the connection that commits copies the log
into the database file (a checkpoint) once the log has passed 1,000 pages, inside its commit. A
school's first sync or a device's full pull commits a gigabyte and a half in a minute, and those copies
ran on the syncing thread, whose Python work bounds the sync. Beside it, the 1,500-pupil school's full
pull took 6.3 and 6.6 s less (two alternating pairs, 55 to 71 s) and its first push's commits 0.6 to
1.5 s less; the log reached 568 MB at most, against about one step's writes before.

While `CheckpointsBehind` is open, the syncing connection leaves the checkpoints to a thread of its own
until its log passes LOG_PAGES: every INTERVAL seconds that thread runs a passive checkpoint on another
connection, which copies what is committed without waiting for or holding up the writer, and does all
of it in one call that releases the GIL (so it runs on the second core beside the sync's Python). When
the log does pass LOG_PAGES, the syncing connection's own checkpoint after its commit finds nearly all
of it copied, and the log starts again from its beginning at the next transaction: the log stays under
about LOG_PAGES and one commit. (A writer only starts the log again when its transaction begins with
every page of it copied, which a checkpoint on another thread seldom achieves between two rounds.)
"""

from __future__ import annotations

import logging
import threading

import sqlcipher3
from sqlalchemy import Connection, Engine

LOG_PAGES = 131_072
"""The syncing connection's own checkpoint waits until the log has this many pages (512 MiB of 4 KiB)."""
INTERVAL = 0.25
"""Seconds between the thread's checkpoints (one with nothing to copy reads the log's header only)."""
USUAL_LOG_PAGES = 1_000
"""SQLite's own threshold, given back to the connection afterwards."""

_log = logging.getLogger(__name__)


class CheckpointsBehind:
    """Passive checkpoints on a thread while `connection` writes; see the module's docstring."""

    def __init__(self, engine: Engine, connection: Connection) -> None:
        self._engine = engine
        self._driver = connection.connection.driver_connection
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="linkbook-checkpoints", daemon=True)

    def __enter__(self) -> CheckpointsBehind:
        self._pragma(f"PRAGMA wal_autocheckpoint = {LOG_PAGES}")
        self._thread.start()
        return self

    def __exit__(self, *_raised: object) -> None:
        self._stop.set()
        self._thread.join()
        self._pragma(f"PRAGMA wal_autocheckpoint = {USUAL_LOG_PAGES}")

    def _pragma(self, sql: str) -> None:
        cursor = self._driver.cursor()  # type: ignore[union-attr]  # a DBAPI connection is open here
        try:
            cursor.execute(sql)  # on the driver: no transaction begun
        finally:
            cursor.close()

    def _run(self) -> None:
        with self._engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            while not self._stop.wait(INTERVAL):
                try:
                    driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlcipher3.Error as error:  # the writer's own checkpoints carry on regardless
                    _log.warning("A checkpoint beside the sync failed: %s", type(error).__name__)
                    return
