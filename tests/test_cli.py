"""The `linkbook` command as a script or an administrator uses it: real processes, real files."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
DEMO_PASSPHRASE = "Ćma, Żuk i Ślimak"


def linkbook(*args: str, passphrase: str | None = DEMO_PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LINKBOOK_PASSPHRASE"}
    if passphrase is not None:
        env["LINKBOOK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli") / "demo"
    result = linkbook("demo", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "Demo school created" in result.stdout
    return data_dir


MIN_SECRET_BYTES = 6
"""Shorter strings turn up by chance in megabytes of ciphertext (4 bytes: about 1 in 16 demo runs)."""


def secrets_of(data_dir: Path) -> list[str]:
    """Every pupil's names and many entries' and replies' text, read back through the app.

    A short name is looked for joined to the next column's value, as SQLite would store the two side by
    side in a plaintext row (legal first name, then legal last name).
    """
    vault = Vault.unlock(data_dir, DEMO_PASSPHRASE)
    try:
        context = ServiceContext(vault, Actor("Test", StaffRole.ADMIN))
        pupils = SchoolService(context).pupils()
        secrets: set[str] = set()
        for p in pupils:
            secrets |= {p.legal_first_name, p.legal_last_name, p.preferred_first_name}
            secrets.add(p.legal_first_name + p.legal_last_name)
        linkbook_service = LinkBookService(context)
        for pupil in pupils[:12]:
            for entry in linkbook_service.timeline(pupil.id):
                secrets |= {t[:24] for t in (entry.learning, entry.wins, entry.note) if len(t) >= 12}
                secrets |= {r.text[:24] for r in entry.replies if len(r.text) >= 12}
    finally:
        vault.close()
    return sorted(s for s in secrets if len(s.encode("utf-8")) >= MIN_SECRET_BYTES)


def assert_no_plaintext(data_dir: Path, secrets: list[str]) -> None:
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    for path in files:
        raw = path.read_bytes()
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in raw, f"{secret!r} readable in {path.name}"


def test_demo_school_holds_no_name_or_entry_text_in_any_file(demo_dir: Path) -> None:
    secrets = secrets_of(demo_dir)
    assert len(secrets) > 100
    assert_no_plaintext(demo_dir, secrets)


def test_nothing_readable_in_the_wal_while_the_app_is_writing(demo_dir: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    vault = Vault.unlock(copy, DEMO_PASSPHRASE)
    try:
        context = ServiceContext(vault, Actor("Ms Teacher", StaffRole.CLASS_TEACHER, "t1"))
        pupil = SchoolService(context).pupils()[0]
        secret = "Wiewiórka Basia ukryła orzechy pod ławką"
        LinkBookService(context).save_entry(
            LinkBookEntry(pupil.id, context.today(), "t1", StaffRole.CLASS_TEACHER, learning=secret)
        )
        assert (copy / "linkbook.db-wal").stat().st_size > 0, "the write should still be in the WAL"
        assert_no_plaintext(copy, [secret[:20], pupil.legal_last_name])
    finally:
        vault.close()


def test_list_classes_and_pupils_one_per_line(demo_dir: Path) -> None:
    classes = linkbook("list", "classes", "--data-dir", str(demo_dir))
    assert classes.returncode == 0, classes.stderr
    names = classes.stdout.splitlines()
    assert len(names) >= 2
    pupils = linkbook("list", "pupils", "--class", names[0], "--data-dir", str(demo_dir))
    assert pupils.returncode == 0
    assert len(pupils.stdout.splitlines()) == 28
    unknown = linkbook("list", "pupils", "--class", "Year 9 Nowhere", "--data-dir", str(demo_dir))
    assert unknown.returncode == 2
    assert names[0] in unknown.stderr, "the message should list the classes there are"


def test_the_data_folder_given_before_the_command_is_the_one_used(demo_dir: Path, tmp_path: Path) -> None:
    after = linkbook("list", "classes", "--data-dir", str(demo_dir))
    assert after.returncode == 0 and after.stdout, after.stderr
    home = tmp_path / "home"  # where the default folder would be: it must stay untouched
    env = {**os.environ, "LINKBOOK_PASSPHRASE": DEMO_PASSPHRASE, "XDG_DATA_HOME": str(home)}

    def folder_first(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), *args]
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    before = folder_first(demo_dir, "list", "classes")
    assert before.returncode == 0, before.stderr
    assert before.stdout == after.stdout
    made = folder_first(tmp_path / "new", "demo", "--pupils", "2")
    assert made.returncode == 0, made.stderr
    assert str(tmp_path / "new") in made.stdout and (tmp_path / "new" / "keys.json").exists()
    assert not home.exists()


def test_check_passes_on_the_demo_school(demo_dir: Path) -> None:
    result = linkbook("check", "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("OK")


def test_wrong_passphrase_exits_non_zero_and_changes_no_file(demo_dir: Path) -> None:
    before = file_hashes(demo_dir)
    result = linkbook("list", "classes", "--data-dir", str(demo_dir), passphrase="Ćma, Żuk i Ślimaki")
    assert result.returncode == 3
    assert "passphrase does not unlock" in result.stderr
    assert result.stdout == ""
    assert file_hashes(demo_dir) == before


@pytest.mark.parametrize("where", [0.001, 0.5, 0.999])
def test_flipped_byte_is_reported_as_damage_and_nothing_is_written(
    demo_dir: Path, tmp_path: Path, where
) -> None:
    import shutil

    copy = tmp_path / "damaged"
    shutil.copytree(demo_dir, copy)
    db = copy / "linkbook.db"
    content = bytearray(db.read_bytes())
    content[int(len(content) * where)] ^= 0x20
    db.write_bytes(bytes(content))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = linkbook("check", "--data-dir", str(copy))
    assert result.returncode in (1, 4)
    output = result.stdout + result.stderr
    assert "damaged" in output
    assert "passphrase does not unlock" not in output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_search_prints_matches(demo_dir: Path) -> None:
    vault = Vault.unlock(demo_dir, DEMO_PASSPHRASE)
    try:
        context = ServiceContext(vault, Actor("Test", StaffRole.ADMIN))
        pupil = SchoolService(context).pupils()[3]
        entry = LinkBookService(context).timeline(pupil.id)[-1]
    finally:
        vault.close()
    word = max(entry.learning.split(), key=len).strip(".,!?;:")
    result = linkbook("search", word, "--data-dir", str(demo_dir))
    assert result.returncode == 0
    assert word.casefold() in result.stdout.casefold()


def test_search_lists_people_first_by_name_without_diacritics(demo_dir: Path) -> None:
    from desktop.store.repositories.people_index import folded

    vault = Vault.unlock(demo_dir, DEMO_PASSPHRASE)
    try:
        school = SchoolService(ServiceContext(vault, Actor("Test", StaffRole.ADMIN)))
        pupil = next(p for p in school.pupils() if folded(p.display_name) != p.display_name)
        member = school.family_of(pupil.id)[0]
    finally:
        vault.close()
    typed = folded(pupil.display_name).casefold()
    result = linkbook("search", *typed.split(), "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"-\t{pupil.display_name}\tpupil\t"
    by_member = linkbook("search", folded(member.name).upper(), "--data-dir", str(demo_dir))
    assert f"-\t{member.name}\tfamily member\tof {pupil.display_name}" in by_member.stdout.splitlines()


def test_backup_and_restore_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    backup = tmp_path / "school.lbbackup"
    made = linkbook("backup", "-o", str(backup), "--data-dir", str(demo_dir))
    assert made.returncode == 0, made.stderr
    restored = tmp_path / "restored"
    result = linkbook("restore", str(backup), "--data-dir", str(restored))
    assert result.returncode == 0, result.stderr
    assert (
        linkbook("list", "classes", "--data-dir", str(restored)).stdout
        == linkbook("list", "classes", "--data-dir", str(demo_dir)).stdout
    )


def test_passphrase_from_a_file_and_no_passphrase_at_all(demo_dir: Path, tmp_path: Path) -> None:
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    result = linkbook(
        "list", "classes", "--data-dir", str(demo_dir), "--passphrase-file", str(secret_file), passphrase=None
    )
    assert result.returncode == 0, result.stderr
    nothing = linkbook("list", "classes", "--data-dir", str(demo_dir), passphrase=None)
    assert nothing.returncode == 2
    assert "--passphrase-file" in nothing.stderr


def test_demo_refuses_a_folder_that_is_not_empty(demo_dir: Path) -> None:
    result = linkbook("demo", "--data-dir", str(demo_dir))
    assert result.returncode == 2
    assert "not empty" in result.stderr
