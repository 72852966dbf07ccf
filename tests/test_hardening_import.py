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


def class_list(rows: int) -> bytes:
    """A class-list export with an admission-number column and a contact per pupil (invented names)."""
    first = ("Amara", "Zoë", "Kenji", "Wiktoria", "Olumide", "Siân", "Dmytro", "Aigerim", "Mateo", "Leilani")
    last = ("Okafor", "Brontë", "Watanabe", "Nowak", "Adeyemi", "Jones", "Шевченко", "Seitkali", "García")
    lines = ["Admission No,First Name,Last Name,Date of Birth,Class,Contact 1 Name,Contact 1 Phone"]
    for i in range(rows):
        surname = f"{last[i % len(last)]}{i}"
        lines.append(
            f"ADM{i:07d},{first[i % len(first)]},{surname},{1 + i % 28:02d}/{1 + i % 12:02d}/2018,"
            f"Class {i % 60},Parent {surname},07700 9{i % 100000:05d}"
        )
    return ("\n".join(lines) + "\n").encode()


def test_a_large_import_binds_no_more_variables_than_any_sqlite_allows(school: Path) -> None:
    """Before, the admission numbers went into one IN (...) list: 'too many SQL variables' past 32,766."""
    from sqlalchemy import event

    from desktop.services.imports.detect import DateOrder
    from desktop.services.imports.service import ImportService
    from desktop.services.imports.sources import ReadOptions

    vault = Vault.unlock(school, PASSPHRASE)
    widest = [0]

    def count(_conn: object, _cursor: object, _sql: str, params: object, _ctx: object, many: bool) -> None:
        sets = params if many else [params]
        for one in sets:  # type: ignore[union-attr]
            widest[0] = max(widest[0], len(one) if one else 0)

    event.listen(vault.engine, "before_cursor_execute", count)
    try:
        service = ImportService(ServiceContext(vault, Actor("T", StaffRole.ADMIN)))
        source = service.read({"mis.csv": class_list(1500)}, ReadOptions(date_order=DateOrder.DAY_FIRST))
        result = service.apply(service.preview(source))
        assert result.added == 1500 and result.family_added == 1500
        again = service.preview(
            service.read({"mis.csv": class_list(1500)}, ReadOptions(date_order=DateOrder.DAY_FIRST))
        )
        assert not again.has_work, "re-importing matches every pupil by admission number"
    finally:
        event.remove(vault.engine, "before_cursor_execute", count)
        vault.close()
    assert 0 < widest[0] <= 999


def test_a_file_beyond_a_sane_size_is_refused_with_what_to_do(
    school: Path,
    tmp_path: Path,
    linkbook: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.imports import csv_mapping, sources

    huge = tmp_path / "whole_trust.csv"
    with huge.open("wb") as handle:
        handle.truncate(sources.MAX_FILE_BYTES + 1)
    code, _, err = linkbook("import", "--data-dir", str(school), str(huge), "--yes")
    assert code == 2 and "too large for a class list" in err and "one school" in err

    monkeypatch.setattr(csv_mapping, "MAX_ROWS", 1000)
    many = tmp_path / "many.csv"
    many.write_bytes(class_list(1001))
    code, _, err = linkbook("import", "--data-dir", str(school), str(many), "--day-first", "--yes")
    assert code == 2 and "more than 1,000 rows" in err and "Split the file" in err
    assert pupils(school) == set()


def test_import_memory_stays_well_under_300_mb_at_the_largest_file_accepted(school: Path) -> None:
    """tracemalloc's peak from reading to writing, per row, times the most rows a file may have."""
    import tracemalloc

    from desktop.services.imports import csv_mapping
    from desktop.services.imports.detect import DateOrder
    from desktop.services.imports.service import ImportService
    from desktop.services.imports.sources import ReadOptions

    rows = 3000
    data = class_list(rows)
    vault = Vault.unlock(school, PASSPHRASE)
    try:
        service = ImportService(ServiceContext(vault, Actor("T", StaffRole.ADMIN)))
        tracemalloc.start()
        try:
            source = service.read({"mis.csv": data}, ReadOptions(date_order=DateOrder.DAY_FIRST))
            service.apply(service.preview(source))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        vault.close()
    assert peak / rows * csv_mapping.MAX_ROWS < 300 * 2**20, f"{peak / rows:.0f} bytes a row"


def test_a_300000_row_file_is_refused_having_held_no_more_than_the_file_itself(
    school: Path, tmp_path: Path, linkbook: Callable[..., tuple[int, str, str]]
) -> None:
    """The rows are counted one at a time before any is kept: refusing a trust-wide export costs about
    the file's own size in memory (its text), not 60,000 parsed rows (230 MB before)."""
    import tracemalloc

    from desktop.services.imports import csv_mapping
    from desktop.services.imports.model import ImportRefused

    data = class_list(300_000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused, match="has 300,000 rows, more than 60,000 rows") as refused:
            csv_mapping.read_table(data, "whole_trust.csv")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "Split the file" in str(refused.value)
    assert peak < 100 * 2**20, f"peak {peak / 2**20:.0f} MB for a {len(data) / 2**20:.0f} MB file"

    big = tmp_path / "whole_trust.csv"
    big.write_bytes(data)
    code, _, err = linkbook("import", "--data-dir", str(school), str(big), "--day-first", "--yes")
    assert code == 2 and "has 300,000 rows" in err and "Traceback" not in err
    assert pupils(school) == set()
