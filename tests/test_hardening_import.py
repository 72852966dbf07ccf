"""Imports under hostile or careless input: exit codes a script can trust, huge files, control characters."""

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.school import School, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault

PASSPHRASE = "Żółw, kot i pięć bananów"
HEADER = "UPN,First Name,Last Name,Date of Birth,Class,Year\n"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    vault = Vault.create(data_dir, PASSPHRASE)
    SchoolService(ServiceContext(vault, Actor("Set-up", StaffRole.ADMIN))).set_up(
        School("Riverside Primary", dfe_number="9262041"), [], []
    )
    vault.close()
    return data_dir


@pytest.fixture
def linkbook(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    from desktop import cli

    monkeypatch.setattr(cli, "COMMAND_MODULES", ("desktop.commands.imports",))
    monkeypatch.setenv("LINKBOOK_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def pupils(data_dir: Path) -> set[str]:
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        return {
            p.display_name for p in SchoolService(ServiceContext(vault, Actor("T", StaffRole.ADMIN))).pupils()
        }
    finally:
        vault.close()


def test_import_with_some_rows_rejected_exits_0_and_with_all_rejected_exits_1(
    school: Path, tmp_path: Path, linkbook: Callable[..., tuple[int, str, str]]
) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(
        HEADER
        + "C926204123016,Ngozi,Adeyemi,03/04/2019,3 Wrens,3\n"
        + "F926204123018,Kenji,Watanabe,31/31/2019,3 Wrens,3\n",
        encoding="utf-8",
    )
    code, out, err = linkbook("import", "--data-dir", str(school), str(mixed), "--day-first", "--yes")
    assert code == 0, out + err
    assert "Rejected (1), not imported:" in out and "line 3" in out
    assert pupils(school) == {"Ngozi Adeyemi"}

    all_bad = tmp_path / "all_bad.csv"
    all_bad.write_text(HEADER + "F926204123018,Ilse,Vogel,99/99/2019,3 Wrens,3\n", encoding="utf-8")
    code, out, err = linkbook("import", "--data-dir", str(school), str(all_bad), "--day-first", "--yes")
    assert code == 1, out + err
    assert "Rejected (1), not imported:" in out and "Nothing could be imported" in out
    assert pupils(school) == {"Ngozi Adeyemi"}
