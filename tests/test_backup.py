"""Backups: a school comes back whole from its backup file, and a bad file restores nothing."""

import zipfile
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.backup import BackupService, restore
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.school import SchoolService
from desktop.store.errors import BackupInvalid, SchoolAlreadyHere, WrongPassphrase
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, PUPIL_NAMES
from tests.test_agreements_and_folders import png_bytes


@pytest.fixture
def backup_file(senco_context: ServiceContext, small_school, tmp_path: Path) -> Path:
    WorkFolderService(senco_context).attach(small_school["pupils"][0].id, png_bytes("red"), "drawing.png")
    path = tmp_path / "backups" / "riverside.linkbook-backup"
    summary = BackupService(senco_context).backup(path)
    assert summary.attachments == 1
    return path


def test_restored_school_has_everything(backup_file: Path, tmp_path: Path, small_school) -> None:
    target = tmp_path / "restored"
    assert restore(backup_file, target, PASSPHRASE) is None
    vault = Vault.unlock(target, PASSPHRASE)
    try:
        context = ServiceContext(vault, Actor("Test", StaffRole.ADMIN))
        assert CheckService(context).run().ok
        assert {p.id for p in SchoolService(context).pupils()} == {p.id for p in small_school["pupils"]}
    finally:
        vault.close()


def test_backup_file_holds_no_names(backup_file: Path) -> None:
    raw = backup_file.read_bytes()
    for first, last, preferred, _ in PUPIL_NAMES:
        for name in filter(None, (first, last, preferred)):
            assert name.encode("utf-8") not in raw
    assert b"Riverside" not in raw


def test_wrong_passphrase_restores_nothing(backup_file: Path, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        restore(backup_file, tmp_path / "restored", "not the passphrase")
    assert not (tmp_path / "restored").exists()
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []


def test_damaged_backup_restores_nothing(backup_file: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(backup_file) as source, zipfile.ZipFile(damaged, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "linkbook.db":
                data = data[:-4096] + bytes(4096)
            out.writestr(info, data)
    with pytest.raises(BackupInvalid, match=r"linkbook\.db is damaged"):
        restore(damaged, tmp_path / "restored", PASSPHRASE)
    assert not (tmp_path / "restored").exists()

    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(backup_file.read_bytes()[:5000])
    with pytest.raises(BackupInvalid, match="not a usable Linkbook backup"):
        restore(truncated, tmp_path / "restored", PASSPHRASE)


def test_restore_over_a_school_needs_replace_and_keeps_the_old_one(
    backup_file: Path, data_dir: Path, vault: Vault
) -> None:
    vault.close()
    with pytest.raises(SchoolAlreadyHere):
        restore(backup_file, data_dir, PASSPHRASE)
    moved = restore(backup_file, data_dir, PASSPHRASE, replace=True)
    assert moved is not None and Vault.exists(moved) and Vault.exists(data_dir)


def test_a_backup_with_any_one_byte_flipped_names_the_damage_and_restores_nothing(
    backup_file: Path, tmp_path: Path
) -> None:
    """Flip one byte at a time across the whole file (headers, manifest, key file, database, blob, directory).

    Each restore either refuses with a message naming the damaged part, or (a byte no check depends on,
    such as a timestamp in a zip header) restores a school that checks whole. Never a traceback, never half.
    """
    original = backup_file.read_bytes()
    with zipfile.ZipFile(backup_file) as archive:
        starts = sorted(info.header_offset for info in archive.infolist())
    step = max(1, len(original) // 12)
    positions = sorted(
        {*range(0, len(original), step), *(s + d for s in starts for d in (0, 14, 30, 200))}
        | {len(original) - d for d in (1, 12, 40)}
    )
    parts = ("manifest.json", "keys.json", "linkbook.db", "blobs/", "table of contents", "is missing")
    refused = 0
    for n, position in enumerate(p for p in positions if p < len(original)):
        flipped = bytearray(original)
        flipped[position] ^= 0x5A
        damaged = tmp_path / f"flipped-{n}.linkbook-backup"
        damaged.write_bytes(bytes(flipped))
        target = tmp_path / f"restored-{n}"
        try:
            restore(damaged, target, PASSPHRASE)
        except BackupInvalid as exc:
            refused += 1
            message = str(exc)
            assert "Nothing was restored" in message
            assert any(part in message for part in parts), (position, message)
            assert not target.exists(), position
        else:
            vault = Vault.unlock(target, PASSPHRASE)
            try:
                assert CheckService(ServiceContext(vault, Actor("T", StaffRole.ADMIN))).run().ok, position
            finally:
                vault.close()
        assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == [], position
    assert refused > len(positions) // 2
