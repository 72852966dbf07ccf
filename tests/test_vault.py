"""The key file and the encrypted database: passphrases, keychain, damage."""

import hashlib
import time
from pathlib import Path

import pytest
import sqlcipher3

from desktop.store import checkpoints, keyfile
from desktop.store.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    NoSchoolHere,
    SchoolAlreadyHere,
    WrongPassphrase,
)
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_wrong_passphrase_is_refused_and_touches_no_file(vault: Vault, data_dir: Path) -> None:
    vault.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase, match="does not unlock"):
        Vault.unlock(data_dir, "Kwiaty w maju, 8 rano")
    assert snapshot(data_dir) == before


def test_unlock_with_the_right_passphrase_after_a_change(vault: Vault, data_dir: Path) -> None:
    vault.close()
    db_before = Vault.db_path(data_dir).read_bytes()
    keyfile.change_passphrase(Vault.key_path(data_dir), PASSPHRASE, "Новий пароль для школи")
    assert Vault.db_path(data_dir).read_bytes() == db_before, "a passphrase change must only re-wrap the key"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    Vault.unlock(data_dir, "Новий пароль для школи").close()


def test_key_file_reveals_no_key(vault: Vault, data_dir: Path) -> None:
    raw = Vault.key_path(data_dir).read_bytes()
    assert vault.raw_key.hex().encode() not in raw
    assert PASSPHRASE.encode() not in raw


def test_damaged_key_file_is_reported_as_damage_not_as_a_wrong_passphrase(
    vault: Vault, data_dir: Path
) -> None:
    vault.close()
    path = Vault.key_path(data_dir)
    path.write_bytes(path.read_bytes().replace(b'"iterations": 3', b'"iterations": 2'))
    with pytest.raises(KeyFileDamaged, match="damaged"):
        Vault.unlock(data_dir, PASSPHRASE)


def test_flipped_byte_in_database_is_reported_as_damage_and_nothing_is_written(
    vault: Vault, data_dir: Path
) -> None:
    vault.close()
    db = Vault.db_path(data_dir)
    damaged = bytearray(db.read_bytes())
    damaged[100] ^= 0x01
    db.write_bytes(bytes(damaged))
    before = snapshot(data_dir)
    with pytest.raises(DatabaseDamaged, match="passphrase is right"):
        Vault.unlock(data_dir, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_no_school_in_folder_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(NoSchoolHere, match="linkbook demo"):
        Vault.unlock(tmp_path, PASSPHRASE)


def test_creating_over_an_existing_school_is_refused(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(SchoolAlreadyHere):
        Vault.create(data_dir, "another passphrase")


def test_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 10 characters or 4 words"):
        Vault.create(tmp_path / "new", "abc")
    assert not Vault.key_path(tmp_path / "new").exists()
    assert not (tmp_path / "new").exists(), "the folder is made only once the passphrase is accepted"


def test_files_are_private_to_the_user(vault: Vault, data_dir: Path) -> None:
    for path in (Vault.key_path(data_dir), Vault.db_path(data_dir)):
        assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"


def test_keychain_unlocks_without_the_passphrase(vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    class FolderKeyring(PlaintextKeyring):
        @property
        def file_path(self) -> str:
            return str(tmp_path / "keyring.cfg")

    previous = keyring.get_keyring()
    keyring.set_keyring(FolderKeyring())
    try:
        keyfile.remember_in_keychain(Vault.key_path(data_dir), vault.raw_key)
        vault.close()
        reopened = Vault.unlock_from_keychain(data_dir)
        assert reopened is not None
        reopened.close()
        keyfile.forget_from_keychain(Vault.key_path(data_dir))
        assert Vault.unlock_from_keychain(data_dir) is None
    finally:
        keyring.set_keyring(previous)


def test_a_locked_vault_reads_nothing_and_forgets_its_key(vault: Vault) -> None:
    from desktop.store.errors import VaultLocked

    vault.close()
    assert vault.is_locked
    with pytest.raises(VaultLocked, match="locked"), vault.reading():
        pass
    with pytest.raises(VaultLocked):
        _ = vault.raw_key
    vault.close()  # locking twice is harmless


def test_a_read_inside_a_write_sees_the_last_committed_state(vault: Vault) -> None:
    from sqlalchemy import text

    with vault.writing() as writer:
        writer.execute(
            text("INSERT INTO school (id, name, urn, dfe_number) VALUES ('s1', 'Hillside', '', '')")
        )
        with vault.reading() as reader:
            assert reader.execute(text("SELECT count(*) FROM school")).scalar() == 0
    with vault.reading() as reader:
        assert reader.execute(text("SELECT name FROM school")).scalar() == "Hillside"


def test_a_long_writing_run_has_its_log_copied_into_the_database_file_beside_it(vault: Vault) -> None:
    """A sync that writes a lot leaves the copying of the write-ahead log into the database file to a
    thread of its own (its commits do not wait for it), and the connection's usual threshold is back
    afterwards. Without the thread the log would stay uncopied below the raised threshold."""

    def log_frames(connection: sqlcipher3.Connection) -> tuple[int, int]:
        _busy, frames, copied = connection.execute("PRAGMA wal_checkpoint(NOOP)").fetchone()
        return int(frames), int(copied)

    with vault.writing() as session:
        session.connection().exec_driver_sql("CREATE TABLE filler (note TEXT)")
    with vault.kept_connection(checkpoints_behind=True) as kept:
        driver = kept.connection.driver_connection
        assert driver is not None
        assert driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == checkpoints.LOG_PAGES
        for batch in range(12):  # about 1,200 pages of 4 KiB, past SQLite's usual threshold
            with vault.writing(on=kept) as session:
                session.connection().exec_driver_sql(
                    "INSERT INTO filler (note) VALUES (?)",
                    [(f"Zofia Dudek — Ифеома — 陈静 {batch} {n} " * 40,) for n in range(300)],
                )
        deadline = time.monotonic() + 10
        frames, copied = log_frames(driver)
        while copied < frames and time.monotonic() < deadline:
            time.sleep(0.05)
            frames, copied = log_frames(driver)
        assert frames > 1_000 and copied == frames, "the thread copied the whole log"
    thresholds = {}
    for _ in range(6):  # the pool hands each of its connections out in turn
        with vault.kept_connection() as after:
            found = after.connection.driver_connection
            assert found is not None
            thresholds[id(found)] = found.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert thresholds[id(driver)] == checkpoints.USUAL_LOG_PAGES
