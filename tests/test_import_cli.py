"""`linkbook import` end to end: a real process, the passphrase from LINKBOOK_PASSPHRASE, a real school.

Until desktop/cli.py lists desktop.commands.imports in COMMAND_MODULES, the process adds it itself
(the same code path cli.main takes once it is listed).
"""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.school import School, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "imports"
PASSPHRASE = "Żółw, kot i pięć bananów"
LAUNCH = (
    "import sys, desktop.cli as cli\n"
    "name = 'desktop.commands.imports'\n"
    "cli.COMMAND_MODULES += () if name in cli.COMMAND_MODULES else (name,)\n"
    "sys.exit(cli.main(sys.argv[1:]))\n"
)


def linkbook(*args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LINKBOOK_PASSPHRASE"}
    env["LINKBOOK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def pupil_names(data_dir: Path) -> set[str]:
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        return {
            p.display_name for p in SchoolService(ServiceContext(vault, Actor("T", StaffRole.ADMIN))).pupils()
        }
    finally:
        vault.close()


@pytest.fixture
def school(tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    vault = Vault.create(data_dir, PASSPHRASE)
    SchoolService(ServiceContext(vault, Actor("Set-up", StaffRole.ADMIN))).set_up(
        School("Riverside Primary", dfe_number="9262041"), [], []
    )
    vault.close()
    return data_dir


def test_dry_run_previews_and_writes_nothing_then_yes_imports(school: Path) -> None:
    csv = str(DATA / "csv" / "arbor_class_list.csv")
    dry = linkbook("import", "--data-dir", str(school), csv, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Pupils: 10 to add, 0 to change, 0 unchanged" in dry.stdout
    assert "Classes to create: 3 Kingfishers (year 3), 4 Otters (year 4)." in dry.stdout
    assert "'Date of Birth' -> Date of birth (date_of_birth)" in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout
    assert pupil_names(school) == set()
    done = linkbook("import", "--data-dir", str(school), csv, "--yes")
    assert done.returncode == 0, done.stderr
    assert "Imported. Pupils: 10 added" in done.stdout
    assert "Daryna Шевченко" in pupil_names(school), "preferred first name, legal surname in Cyrillic"


def test_without_a_terminal_or_yes_nothing_is_imported(school: Path) -> None:
    result = linkbook("import", "--data-dir", str(school), str(DATA / "ctf" / "ctf25_full.xml"))
    assert result.returncode == 2
    assert "Pupils: 2 to add" in result.stdout and "Add --yes" in result.stderr
    assert pupil_names(school) == set()


def test_rejected_rows_are_listed_with_lines_and_the_rest_imported_exit_0(school: Path) -> None:
    result = linkbook(
        "import", "--data-dir", str(school), str(DATA / "csv" / "windows1252_messy.csv"), "--yes"
    )
    assert result.returncode == 0, result.stderr
    assert "Rejected (5), not imported:" in result.stdout
    wrong = linkbook("import", "--data-dir", str(school), str(DATA / "sds2"), passphrase="not it")
    assert wrong.returncode == 3 and "passphrase" in wrong.stderr
    assert "line 3: The same UPN R926204123017 is also at line 6" in result.stdout
    assert "line 8: The date '04/25/2019' is not a valid day-first date" in result.stdout
    assert pupil_names(school) == {"Zoë Brontë", "François Lefèvre", "Søren Møller"}


@pytest.fixture
def in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """cli.main in this process (quicker than a new one) with the import command listed."""
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


def test_bad_files_are_refused_with_what_to_do(
    school: Path, in_process: Callable[..., tuple[int, str, str]]
) -> None:
    code, _, err = in_process(
        "import", "--data-dir", str(school), str(DATA / "csv" / "missing_dob_column.csv")
    )
    assert code == 2 and "no column for: date of birth" in err
    code, _, err = in_process(
        "import", "--data-dir", str(school), str(DATA / "csv" / "ambiguous_dates_tab.csv")
    )
    assert code == 2 and "--day-first" in err
    code, out, err = in_process(
        "import",
        "--data-dir",
        str(school),
        str(DATA / "csv" / "ambiguous_dates_tab.csv"),
        "--day-first",
        "--yes",
    )
    assert code == 0, err
    assert "dates day-first" in out and "Imported. Pupils: 3 added" in out
    code, _, err = in_process("import", "--data-dir", str(school), str(school / "no-such.csv"))
    assert code == 2 and "There is no file" in err
    code, _, err = in_process(
        "import", "--data-dir", str(school), str(DATA / "ctf" / "ctf_with_entities.xml")
    )
    assert code == 2 and "entities" in err


def test_mapping_changes_and_formats_from_the_command_line(
    school: Path, in_process: Callable[..., tuple[int, str, str]]
) -> None:
    csv = str(DATA / "csv" / "arbor_class_list.csv")
    code, _, err = in_process(
        "import", "--data-dir", str(school), csv, "--map", "Reg Group=ignore", "--class", "Mixed", "--dry-run"
    )
    assert code == 2 and "no class called 'Mixed'" in err
    code, out, _ = in_process(
        "import",
        "--data-dir",
        str(school),
        csv,
        "--mapping",
        "Arbor",
        "--map",
        "Contact 2 Mobile=ignore",
        "--dry-run",
    )
    assert code == 0 and "'Contact 2 Mobile'" not in out and "'Contact 1 Mobile'" in out
    code, out, err = in_process(
        "import", "--data-dir", str(school), str(DATA / "sds1_uk"), "--format", "sds1", "--yes"
    )
    assert code == 0, err
    assert "Student.csv line 5: The pupil is marked inactive" in out
    assert pupil_names(school) == {"Amara Okonkwo", "Yusuf Demir", "Priya Natarajan"}
    code, out, _ = in_process("import", "--help")
    assert code == 0
    for option in ("--format", "--mapping", "--map", "--day-first", "--month-first", "--dry-run", "--yes"):
        assert option in out


def test_import_into_the_demo_school(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    made = linkbook("demo", "--data-dir", str(demo), "--classes", "1", "--pupils", "3", "--days", "1")
    assert made.returncode == 0, made.stderr
    result = linkbook(
        "import", "--data-dir", str(demo), str(DATA / "ctf" / "ctf24_from_another_supplier.xml"), "--yes"
    )
    assert result.returncode == 0, result.stderr
    assert "language 'VIE' is not a DfE code Linkbook knows" in result.stdout
    assert {"Minh Anh Nguyễn", "Tobi Adeleke"} <= pupil_names(demo)
