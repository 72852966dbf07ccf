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
