"""The benchmark report puts the floor beside each figure: the store's rows, measured on a small real school,
each come with the bare library's time for the same work, and the table prints it and the ratio (a dash
where a row has no floor)."""

from pathlib import Path

from desktop.services.school import SchoolService
from tests.bench import measure
from tests.bench.__main__ import _table
from tests.bench.generator import generate_school
from tests.bench.reach import whole_school_reach_result

PASSPHRASE = "bench floors, Zofia Wiśniewska and Oisín Ní Bhriain"


def test_the_store_rows_each_carry_a_floor_measured_on_the_same_school(tmp_path: Path) -> None:
    vault = generate_school(tmp_path / "school", PASSPHRASE, pupils=8, days=3)
    try:
        context = measure.teacher_context(vault)
        pupils = SchoolService(context).pupils()
        results = [
            *measure.save_entry_ms(context, pupils, 3),
            measure.timeline_ms(context, pupils, 3),
            measure.search_ms(context, 1),
            whole_school_reach_result(vault, runs=1),
            measure.bytes_per_10k_entries(vault, 35),
        ]
    finally:
        vault.close()
    assert results[0].floor_name.startswith("a raw SQLCipher INSERT")
    for result in results:
        assert result.floor is not None and result.floor > 0, result.name
        assert result.floor_name, result.name
        assert result.ratio == result.value / result.floor
    # The save's floor wrote a database of its own beside the school's: it is gone afterwards.
    assert sorted(p.name for p in (tmp_path / "school").glob("floor-*")) == []
    unlock = measure.unlock_ms(tmp_path / "school", PASSPHRASE, 1)
    assert unlock.floor is not None and unlock.floor_name.startswith("Argon2id alone")


def test_the_table_prints_the_floor_and_ratio_or_a_dash() -> None:
    with_floor = measure.Result("Full-text search, p95", 30.0, "ms", 100, "", 12.0, "a raw FTS5 MATCH")
    without = measure.Result("Returned paper: peak memory growth", 4.0, "MB", 150)
    table = _table([with_floor, without]).splitlines()
    assert table[0].split()[-3:] == ["Floor", "x", "floor"]
    assert table[2].split()[-3:] == ["12.0", "ms", "2.5"]
    assert table[3].split()[-2:] == ["—", "—"]
