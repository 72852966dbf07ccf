"""Opening the SQLCipher database with a raw key, durably, and telling damage from a wrong key."""

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.store.errors import DatabaseDamaged

DB_FILE_NAME = "linkbook.db"


def _on_connect(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
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


_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "vtable constructor failed")


def is_disk_full(exc: BaseException) -> bool:
    """Whether a database or file error means there was no room left on the disk."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if not isinstance(exc, DatabaseError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code == 13 or "database or disk is full" in str(exc.orig).lower()  # SQLITE_FULL


def is_damage(exc: BaseException) -> bool:
    """Whether a database error means the file's content is damaged (rather than busy, or a bug)."""
    if not isinstance(exc, DatabaseError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    message = str(exc.orig).lower()
    return code in _DAMAGE_CODES or any(word in message for word in _DAMAGE_WORDS)


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


@contextlib.contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction: committed if the block ends normally, rolled back whole otherwise."""
    with factory() as session, session.begin():
        yield session
