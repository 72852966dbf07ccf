"""Replay protection: the nonces of recent signed requests (SQLite keeps them in a file of their own)."""

from __future__ import annotations

import os

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from sync.server.files import sqlite_file
from sync.server.store.database import Database, _retried
from sync.server.store.tables import nonces

NONCE_PRUNE_INTERVAL_MS = 60_000
NONCE_FILE_SUFFIX = "-nonces"
"""SQLite keeps the nonces in a file of their own beside the database (server-nonces.db): writing one is a
write transaction, and in the database itself it would wait behind every push's commit to the disk."""

_NONCE_INSERT = text(
    "INSERT INTO nonces (device_id, nonce, expires_at) "
    "SELECT CAST(:device_id AS VARCHAR), CAST(:nonce AS VARCHAR), CAST(:expires_at AS BIGINT) "
    "FROM (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous"
)
"""PostgreSQL: record a nonce without waiting for the disk, in one statement (see `use_nonce`)."""
_NONCE_ROW = insert(nonces)
"""SQLite: record a nonce (built once; the values are given at each call)."""


def _nonce_url(url: str) -> str | None:
    """The SQLite URL of the nonce file beside a database file (created 0600 like the database);
    None for an in-memory database, whose nonces stay in it."""
    path = sqlite_file(url)
    if path is None:
        return None
    nonce_path = path.with_name(path.stem + NONCE_FILE_SUFFIX + (path.suffix or ".db"))
    if not nonce_path.exists():
        os.close(os.open(nonce_path, os.O_WRONLY | os.O_CREAT, 0o600))
    return f"sqlite:///{nonce_path}"


class NonceStore(Database):
    """Nonces of recent signed requests, kept across restarts and shared by server processes."""

    _nonce_engine: Engine
    _pruned_nonces_at: int

    def _open_nonces(self) -> None:
        """The nonce file's engine beside a SQLite database file (the database itself otherwise)."""
        nonce_url = _nonce_url(self.url) if self.sqlite else None
        self._nonce_engine = (
            self._make_engine(nonce_url, synchronous="NORMAL", pool_size=4) if nonce_url else self.engine
        )
        self._pruned_nonces_at = 0

    def _create_nonces(self) -> None:
        """Once the database's schema is there: the nonce file's table, and any nonces moved into it."""
        if self._nonce_engine is not self.engine:
            self._move_nonces_to_their_file()

    def _move_nonces_to_their_file(self) -> None:
        """Create the nonce file's table, and move nonces a server before that file kept in the database
        into it, so that a request seen just before an upgrade is still refused after it."""
        with self._writing(self._nonce_engine) as conn:
            nonces.create(conn, checkfirst=True)
        with self._writing() as main:
            kept = [dict(row._mapping) for row in main.execute(select(nonces)).all()]
            if not kept:
                return
            with self._writing(self._nonce_engine) as conn:
                conn.execute(insert(nonces).prefix_with("OR IGNORE"), kept)
            main.execute(delete(nonces))

    @_retried
    def use_nonce(self, device_id: str, nonce: str, expires_at_ms: int) -> bool:
        """Record a request nonce; False if this device used it before (a replay).

        Kept in the database on both backends, so a request captured before a restart is still refused
        after it, within the clock window. Committed without waiting for the disk (SQLite's
        synchronous=NORMAL in WAL mode, PostgreSQL's synchronous_commit off): a process killed or
        restarted keeps them; a power cut may forget the last moment's, and the timestamp window still
        bounds any replay. Expired nonces are removed about once a minute.
        """
        now = self._now_ms()
        prune = self._nonce_prune_due(now)
        try:
            if self.sqlite:
                with self._writing(self._nonce_engine) as conn:
                    conn.execute(
                        _NONCE_ROW, {"device_id": device_id, "nonce": nonce, "expires_at": expires_at_ms}
                    )
                    if prune:
                        conn.execute(delete(nonces).where(nonces.c.expires_at < now))
            else:
                # One round trip: the statement is its own transaction (autocommit), and it turns off
                # waiting for the disk for that transaction alone (set_config's is_local; safe behind a
                # pooler in transaction mode, where a session's SET would leak to other clients).
                with self._autocommit.connect() as conn:
                    conn.execute(
                        _NONCE_INSERT, {"device_id": device_id, "nonce": nonce, "expires_at": expires_at_ms}
                    )
                    if prune:
                        conn.execute(delete(nonces).where(nonces.c.expires_at < now))
        except IntegrityError:
            return False
        return True

    def _nonce_prune_due(self, now: int) -> bool:
        """Whether it is time to remove expired nonces (about once a minute); noted as done if so."""
        if now - self._pruned_nonces_at < NONCE_PRUNE_INTERVAL_MS:
            return False
        self._pruned_nonces_at = now
        return True

    def _prune_nonces_when_due(self) -> None:
        """Remove expired nonces if it is time (about once a minute), in a statement of its own."""
        now = self._now_ms()
        if self._nonce_prune_due(now):
            with self._writing(self._nonce_engine) as conn:
                conn.execute(delete(nonces).where(nonces.c.expires_at < now))

    def stored_nonces(self) -> int:
        """How many nonces are kept (for tests and the operator's curiosity)."""
        with self._nonce_engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(nonces)).scalar_one())

    def _close_nonces(self) -> None:
        if self._nonce_engine is not self.engine:
            self._nonce_engine.dispose()
