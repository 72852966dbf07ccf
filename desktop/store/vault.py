"""An unlocked school: the key file, the encrypted database and the blob store of one data folder."""

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.store import commit_record, keyfile, migrate
from desktop.store.blobs import BLOB_DIR_NAME, BlobStore
from desktop.store.checkpoints import CheckpointsBehind
from desktop.store.database import (
    DB_FILE_NAME,
    damage_reported,
    is_disk_full,
    is_full_when_opening,
    make_engine,
    probe,
)
from desktop.store.errors import DatabaseDamaged, DiskFull, SchoolAlreadyHere, VaultLocked
from desktop.store.repositories.people_index import PeopleIndex
from desktop.store.sync_store.capture import capture_changes

RECORD_PURPOSE = "linkbook last commit record"


def subkey(key: bytes, purpose: str) -> bytes:
    """A key for one purpose, derived from the database key (HKDF-SHA256)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(key)


def _explicit_transactions(engine: Engine) -> None:
    """Let us choose BEGIN IMMEDIATE for writes: a writer takes the lock before it reads what it builds on."""

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.isolation_level = None  # type: ignore[attr-defined]  # sqlcipher3's connection is untyped

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Vault:
    """The open, decrypted view of one school's data folder. Close it to lock."""

    def __init__(self, data_dir: Path, key: bytes, engine: Engine, demo: bool) -> None:
        self.data_dir = data_dir
        self.demo = demo
        self._key: bytes | None = key
        self._engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Every write transaction queues its changes to synced rows for other devices before it commits.
        event.listen(self._sessions, "before_commit", capture_changes)
        self.blobs = BlobStore(data_dir / BLOB_DIR_NAME, subkey(key, "linkbook attachment names"))
        self._record_key = subkey(key, RECORD_PURPOSE)
        self.lost_changes: commit_record.LostChanges | None = commit_record.lost_changes(
            data_dir, self._record_key, self.commit_counter()
        )
        """Set when the write-ahead log lost commits before this unlock (desktop/store/commit_record.py)."""

    @staticmethod
    def key_path(data_dir: Path) -> Path:
        return data_dir / keyfile.KEY_FILE_NAME

    @staticmethod
    def db_path(data_dir: Path) -> Path:
        return data_dir / DB_FILE_NAME

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return cls.key_path(data_dir).exists()

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, demo: bool = False) -> "Vault":
        """A new, empty school in an empty (or new) folder."""
        if cls.exists(data_dir) or cls.db_path(data_dir).exists():
            raise SchoolAlreadyHere(data_dir)
        keyfile.check_new_passphrase(passphrase, demo=demo)  # before the folder is made
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = keyfile.create_key_file(cls.key_path(data_dir), passphrase, demo=demo)
        return cls._open(data_dir, key, demo, creating=True)

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str) -> "Vault":
        """Open with the passphrase. A wrong one raises WrongPassphrase having touched no file."""
        key_file = cls.read_key_file(data_dir)
        key = keyfile.unwrap(key_file, passphrase, cls.key_path(data_dir))
        vault = cls._open(data_dir, key, key_file.demo, creating=False)
        with contextlib.suppress(OSError):  # a read-only folder still opens; the upgrade waits
            keyfile.upgrade(cls.key_path(data_dir), key_file, key, passphrase)
        return vault

    @classmethod
    def unlock_from_keychain(cls, data_dir: Path) -> "Vault | None":
        """Open with the key kept in the OS keychain, or None when there is none."""
        key_file = cls.read_key_file(data_dir)
        key = keyfile.key_from_keychain(key_file)
        return None if key is None else cls._open(data_dir, key, key_file.demo, creating=False)

    @classmethod
    def read_key_file(cls, data_dir: Path) -> keyfile.KeyFile:
        return keyfile.school_key_file(data_dir)

    @classmethod
    def _open(cls, data_dir: Path, key: bytes, demo: bool, creating: bool) -> "Vault":
        db_path = cls.db_path(data_dir)
        if creating:
            os.close(os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        elif not db_path.exists():
            raise DatabaseDamaged(db_path, "the file is missing")
        engine = make_engine(db_path, key)
        _explicit_transactions(engine)
        try:
            with damage_reported(db_path):
                if not creating:
                    probe(engine, db_path)
                migrate.upgrade(engine)
        except BaseException as exc:
            engine.dispose()
            if is_full_when_opening(exc, data_dir):
                raise DiskFull(data_dir, "Linkbook could not open the school") from None
            raise
        vault = cls(data_dir, key, engine, demo)
        try:
            with damage_reported(db_path):
                if not creating:
                    vault._index_people()
        except BaseException:
            vault.close()
            raise
        return vault

    def _index_people(self) -> None:
        """A school from before names were searchable gets its pupils and family members indexed once;
        afterwards this is one cheap read on each unlock."""
        with self.reading() as session:
            missing = PeopleIndex(session).count_missing()
        if missing:
            with self.writing() as session:
                PeopleIndex(session).index_missing()

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    def subkey(self, purpose: str) -> bytes:
        return subkey(self.raw_key, purpose)

    @property
    def raw_key(self) -> bytes:
        """The database key, for copying the database to a backup under the same encryption."""
        if self._key is None:
            raise VaultLocked()
        return self._key

    @contextlib.contextmanager
    def kept_connection(
        self, cache_kib: int | None = None, checkpoints_behind: bool = False
    ) -> Iterator[Connection]:
        """One connection held for a run of transactions (`writing(on=...)`, `reading(on=...)`), rather
        than one from the pool for each: its page cache, decrypted pages, stays valid from one to the
        next as long as no other connection writes (a school's first sync reads every table).

        `cache_kib`: the connection's page cache meanwhile (a ceiling, taken as pages are read), set
        back to its usual size at the end, which lets the decrypted pages go. `checkpoints_behind`: the
        write-ahead log is copied into the database file on a thread of its own meanwhile, for a run
        that writes a lot (desktop/store/checkpoints.py)."""
        self._require_unlocked()
        with self.engine.connect() as connection, contextlib.ExitStack() as stack:
            if cache_kib is not None:
                stack.enter_context(_page_cache(connection, cache_kib))
            if checkpoints_behind:
                stack.enter_context(CheckpointsBehind(self.engine, connection))
            yield connection

    @contextlib.contextmanager
    def writing(self, on: Connection | None = None) -> Iterator[Session]:
        """A write transaction, committed durably at the end of the block or rolled back whole (on a
        connection from `kept_connection`, if given)."""
        self._require_unlocked()
        with self._sessions() if on is None else self._sessions(bind=on) as session:
            connection = session.connection(execution_options={"immediate": True})
            try:
                yield session
                counter = int(connection.exec_driver_sql("PRAGMA user_version").scalar_one()) + 1
                connection.exec_driver_sql(f"PRAGMA user_version = {counter}")
                session.commit()
            except BaseException as exc:
                session.rollback()
                if is_disk_full(exc):
                    raise DiskFull(self.data_dir, "nothing of this change was saved") from None
                raise
        with contextlib.suppress(OSError):  # the commit is durable; a missing note only weakens the check
            commit_record.committed(self.data_dir, self._record_key, counter)
            self.lost_changes = None

    def commit_counter(self) -> int:
        """How many write transactions the database holds (its header's user_version)."""
        with self.engine.connect() as connection:
            return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())

    def note_backup(self, counter: int) -> None:
        """Remember that a backup up to commit `counter` was written (shown when changes are lost)."""
        with contextlib.suppress(OSError):
            commit_record.backed_up(self.data_dir, self._record_key, counter)

    @contextlib.contextmanager
    def reading(self, on: Connection | None = None) -> Iterator[Session]:
        """A read transaction: a consistent snapshot, never holding the write lock (on a connection from
        `kept_connection`, if given)."""
        self._require_unlocked()
        with self._sessions() if on is None else self._sessions(bind=on) as session:
            try:
                yield session
            finally:
                session.rollback()

    def _require_unlocked(self) -> None:
        if self._engine is None:
            raise VaultLocked()

    def close(self) -> None:
        """Lock: close every connection (SQLCipher wipes its copy of the key) and forget ours.

        Python cannot promise to erase the bytes object itself; dropping every reference is what it allows.
        """
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._key = None
        self._sessions = sessionmaker()
        self.blobs = BlobStore(self.data_dir / BLOB_DIR_NAME, b"")


@contextlib.contextmanager
def _page_cache(connection: Connection, cache_kib: int) -> Iterator[None]:
    """The connection's page cache set to `cache_kib` inside, and back to its size before after."""
    cursor = connection.connection.cursor()  # on the driver: no transaction begun
    try:
        before = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
        try:
            yield
        finally:
            cursor.execute(f"PRAGMA cache_size = {before}")
    finally:
        cursor.close()
