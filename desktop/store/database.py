"""Opening the SQLCipher database with a raw key, durably, and telling damage from a wrong key."""

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.errors import DatabaseDamaged

DB_FILE_NAME = "linkbook.db"


def _on_connect(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    try:
        # WAL with FULL sync: what a commit reports as saved survives a power cut.
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # Erased records are overwritten, not left in free pages (they must not reach later backups).
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine on the encrypted file; the key goes to SQLCipher raw, so no second KDF runs."""
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect)
    return engine


def probe(engine: Engine, path: Path) -> None:
    """Read the first page: with a key we know is right, failure here means the file is damaged."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseDamaged(path, _why(exc)) from None


def _why(exc: DatabaseError) -> str:
    return str(exc.orig).splitlines()[0] if exc.orig else "unreadable"


def integrity_problems(engine: Engine) -> list[str]:
    """Every page's HMAC (cipher_integrity_check) and SQLite's own structure check; empty if whole."""
    problems: list[str] = []
    with engine.connect() as connection:
        problems += [row[0] for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")]
        problems += [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
    return problems


@contextlib.contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction: committed if the block ends normally, rolled back whole otherwise."""
    with factory() as session, session.begin():
        yield session
