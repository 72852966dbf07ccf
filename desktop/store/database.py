"""Opening the SQLCipher database with a raw key, durably, and telling damage from a wrong key."""

import contextlib
import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from desktop.store.errors import DatabaseDamaged

DB_FILE_NAME = "linkbook.db"


def _on_connect(dbapi_connection: DBAPIConnection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
        # WAL with FULL sync: what a commit reports as saved survives a power cut.
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # 32 MB of decrypted pages: switching between pupils should not decrypt the same pages again.
        cursor.execute("PRAGMA cache_size = -32000")
        # Erased records are overwritten, not left in free pages (they must not reach later backups).
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine on the encrypted file; the key goes to SQLCipher raw, so no second KDF runs."""
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # Independent connections (not the dialect's one-per-thread default), so a read may run while the
    # same thread holds a write transaction, and background tasks each get their own connection.
    engine = create_engine(
        url, poolclass=QueuePool, pool_size=4, max_overflow=8, connect_args={"check_same_thread": False}
    )
    event.listen(engine, "connect", _on_connect)
    return engine


FULL_BELOW = 1 << 20
"""Less free space than this in a school's folder counts as a full disk (a page or two of headroom)."""

_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "vtable constructor failed")


def is_disk_full(exc: BaseException) -> bool:
    """Whether a database or file error means there was no room left on the disk."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if isinstance(exc, sqlcipher3.Error):  # raised unwrapped by a raw copy (encrypted_copy)
        return getattr(exc, "sqlite_errorcode", None) == 13 or "database or disk is full" in str(exc).lower()
    if not isinstance(exc, DatabaseError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code == 13 or "database or disk is full" in str(exc.orig).lower()  # SQLITE_FULL


def is_full_when_opening(exc: BaseException, folder: Path) -> bool:
    """Whether a failure to open a database in folder comes from a full disk.

    Opening in WAL mode creates the -wal and -shm files; on a full disk SQLite reports that as a plain
    "disk I/O error" (SQLITE_IOERR), so the folder's free space tells it apart from a failing disk."""
    if is_disk_full(exc):
        return True
    if not isinstance(exc, DatabaseError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if code is None or code & 0xFF != 10:  # SQLITE_IOERR and its extended codes
        return False
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def is_damage(exc: BaseException) -> bool:
    """Whether a database error means the file's content is damaged (rather than busy, or a bug)."""
    if not isinstance(exc, DatabaseError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    message = str(exc.orig).lower()
    return code in _DAMAGE_CODES or any(word in message for word in _DAMAGE_WORDS)


def damage_of(exc: BaseException) -> str | None:
    """SQLCipher's first line about the damage if the error means the file is damaged, else None."""
    if not isinstance(exc, DatabaseError) or not is_damage(exc):
        return None
    return str(exc.orig).splitlines()[0]


@contextlib.contextmanager
def damage_reported(path: Path) -> Iterator[None]:
    """Turn SQLCipher's page-check failures into DatabaseDamaged, with the key known to be right."""
    try:
        yield
    except DatabaseError as exc:
        if is_damage(exc):
            raise DatabaseDamaged(path, _why(exc)) from None
        raise


def probe(engine: Engine, path: Path) -> None:
    """Read the first page: with a key we know is right, failure here means the file is damaged."""
    with damage_reported(path), engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()


def _why(exc: DatabaseError) -> str:
    return str(exc.orig).splitlines()[0] if exc.orig else "unreadable"


def integrity_problems(engine: Engine) -> list[str]:
    """Damage found by checking every page's HMAC, then SQLite's own structure check; empty if whole."""
    with engine.connect() as connection:
        pages = [row[0] for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")]
        if pages:
            return [f"damaged: {len(pages)} page(s) fail their authentication check ({pages[0]})"]
        structure = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
    if structure:
        more = f" and {len(structure) - 1} more" if len(structure) > 1 else ""
        return [f"damaged: {structure[0]}{more}"]
    return []


def encrypted_copy(engine: Engine, key: bytes, target: Path) -> None:
    """A consistent, compacted copy of the live database in a new file, under the same key (SQLite's
    online backup, then VACUUM)."""
    raw = engine.raw_connection()
    try:
        copy = sqlcipher3.connect(str(target))
        try:
            copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            raw.driver_connection.backup(copy)  # type: ignore[union-attr]  # the connection is open here
            copy.execute("VACUUM")
        finally:
            copy.close()
    finally:
        raw.close()


def truncate_write_ahead_log(engine: Engine) -> None:
    """Copy the pages in the write-ahead log into the database file and empty the log, so pages as they
    were before a change (an erasure) are no longer on disk."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]  # open here
    finally:
        raw.close()
