"""A damaged or cut-short write-ahead log: the lost saves are named on opening and by `linkbook check`."""

import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.access import Actor
from desktop.domain.school import School, SchoolClass, StaffRole
from desktop.services.backup import BackupService
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

ADMIN = Actor("Mrs Ó Súilleabháin", StaffRole.ADMIN)


def copy_while_open(data_dir: Path, target: Path, cut_wal_by: int) -> None:
    """What a power cut mid-write (or a bad sector) leaves: the files as they are, the log cut short."""
    target.mkdir()
    for path in data_dir.iterdir():
        if path.is_file() and not path.name.endswith("-shm"):
            shutil.copy2(path, target / path.name)
    wal = target / "linkbook.db-wal"
    assert wal.stat().st_size > cut_wal_by
    if cut_wal_by:
        data = wal.read_bytes()
        wal.write_bytes(data[:-cut_wal_by])


@pytest.fixture
def school_with_recent_saves(vault: Vault, tmp_path: Path) -> Vault:
    context = ServiceContext(vault, ADMIN)
    school = SchoolService(context)
    school.set_up(School("Ysgol Glan Morfa"), [], [SchoolClass("Dosbarth Derw", "3")])
    BackupService(context).backup(tmp_path / "morning.linkbook-backup")
    school.save_class(SchoolClass("Dosbarth Onnen", "4"))
    school.save_class(SchoolClass("Dosbarth Celyn", "5"))
    return vault


def test_a_whole_log_opens_with_nothing_reported(school_with_recent_saves: Vault, tmp_path: Path) -> None:
    copy_while_open(school_with_recent_saves.data_dir, tmp_path / "copy", 0)
    vault = Vault.unlock(tmp_path / "copy", PASSPHRASE)
    try:
        assert vault.lost_changes is None
        assert CheckService(ServiceContext(vault, ADMIN)).run().ok
        assert "Dosbarth Celyn" in [c.name for c in SchoolService(ServiceContext(vault, ADMIN)).classes()]
    finally:
        vault.close()


def test_a_cut_short_log_is_reported_on_opening_and_by_check_with_the_last_backup(
    school_with_recent_saves: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    copy_while_open(school_with_recent_saves.data_dir, tmp_path / "copy", 100)
    vault = Vault.unlock(tmp_path / "copy", PASSPHRASE)
    try:
        assert vault.lost_changes is not None
        said = str(vault.lost_changes)
        assert "the last changes, saved up to" in said and "could not be read" in said
        assert "the last backup was made on" in said
        report = CheckService(ServiceContext(vault, ADMIN)).run()
        assert not report.ok and any("could not be read" in p for p in report.problems)
        assert "Dosbarth Celyn" not in [c.name for c in SchoolService(ServiceContext(vault, ADMIN)).classes()]
    finally:
        vault.close()
    monkeypatch.setenv("LINKBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--data-dir", str(tmp_path / "copy")]) == 1
    out, err = capsys.readouterr()
    assert "PROBLEM: database: the last changes" in out and "the last backup was made on" in out
    assert "warning: the last changes" in err


def test_a_save_after_the_loss_is_counted_afresh(school_with_recent_saves: Vault, tmp_path: Path) -> None:
    copy_while_open(school_with_recent_saves.data_dir, tmp_path / "copy", 100)
    vault = Vault.unlock(tmp_path / "copy", PASSPHRASE)
    try:
        assert vault.lost_changes is not None
        SchoolService(ServiceContext(vault, ADMIN)).save_class(SchoolClass("Dosbarth Celyn", "5"))
        assert vault.lost_changes is None
    finally:
        vault.close()
    reopened = Vault.unlock(tmp_path / "copy", PASSPHRASE)
    try:
        assert reopened.lost_changes is None
        assert CheckService(ServiceContext(reopened, ADMIN)).run().ok
    finally:
        reopened.close()
