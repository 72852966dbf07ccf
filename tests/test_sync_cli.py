"""`linkbook sync` and `linkbook devices` end to end: real processes, a real server, two data folders."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.sync_desktop_helpers import build_school, day, open_device
from tests.sync_helpers import ROOT, SETUP_TOKEN


def linkbook(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed `linkbook` script (as `-m desktop.cli`, the commands' own imports of desktop.cli
    would see a second copy of the module and its UsageError)."""
    env = {**os.environ, "LINKBOOK_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [str(Path(sys.executable).with_name("linkbook")), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sync_and_devices_commands_enrol_a_teacher_and_carry_an_entry(tmp_path: Path, server) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia = school["pupils"][0]
    LinkBookService(office.context).save_entry(
        LinkBookEntry(
            pupil_id=zofia.id, day=day(), author_id="t", author_role=StaffRole.ADMIN, wins="Ran 1 km"
        )
    )
    office.vault.close()
    Vault.create(tmp_path / "laptop", PASSPHRASE).close()
    token = tmp_path / "token"
    token.write_text(SETUP_TOKEN)
    office_dir, laptop_dir = (
        ["--data-dir", str(tmp_path / "office")],
        ["--data-dir", str(tmp_path / "laptop")],
    )

    not_yet = linkbook("sync", *laptop_dir, "--server", server.url)
    assert not_yet.returncode == 2 and "devices join" in not_yet.stderr

    founded = linkbook("sync", *office_dir, "--server", server.url, "--setup-token-file", str(token))
    assert founded.returncode == 0, founded.stderr
    assert "admin device" in founded.stdout and "Synced with" in founded.stdout

    invited = linkbook(
        "devices", "invite", *office_dir, "--staff", "--class", "Year 3 Oak", "--label", "Laptop"
    )
    assert invited.returncode == 0, invited.stderr
    code = re.search(r"Code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", invited.stdout).group(1)
    assert "linkbook:enrol?v=1&code=" in invited.stdout

    bad = linkbook("devices", "join", *laptop_dir, "NOT-A-CODE", "--server", server.url)
    assert bad.returncode == 2 and "12 letters and digits" in bad.stderr
    mistyped = linkbook("devices", "join", *laptop_dir, "7K3M-9QRT-X2VW", "--server", server.url)
    assert mistyped.returncode == 2 and "did not recognise that invitation code" in mistyped.stderr
    joined = linkbook("devices", "join", *laptop_dir, code, "--server", server.url)
    assert joined.returncode == 0 and "approved" in joined.stdout, joined.stderr
    approved = linkbook("devices", "approve", *office_dir)
    assert approved.returncode == 0 and "Approved d" in approved.stdout, approved.stderr
    assert linkbook("sync", *office_dir).returncode == 0
    first = linkbook("sync", *laptop_dir)
    assert first.returncode == 0 and "received" in first.stdout, first.stderr

    laptop = Vault.unlock(tmp_path / "laptop", PASSPHRASE)
    with laptop.reading() as session:
        wins = session.connection().exec_driver_sql("SELECT wins FROM linkbook_entry").scalars().all()
    laptop.close()
    assert wins == ["Ran 1 km"]

    listed = linkbook("devices", "list", *office_dir)
    device_id = listed.stdout.split("\t")[0]
    assert listed.returncode == 0 and "staff" in listed.stdout and "Laptop" in listed.stdout
    removed = linkbook("devices", "remove", *office_dir, device_id)
    assert removed.returncode == 0 and "cannot read anything new" in removed.stdout, removed.stderr

    # The laptop is told plainly that it was removed, not that the server is unreachable.
    shut_out = linkbook("sync", *laptop_dir)
    assert shut_out.returncode == 2, shut_out.stdout + shut_out.stderr
    assert "school office removed this computer from the school's sync" in shut_out.stderr
    assert "stays here and can still be read" in shut_out.stderr
    assert "ask the school office for a new invitation" in shut_out.stderr
    assert "could not reach" not in (shut_out.stdout + shut_out.stderr).lower()
    said = linkbook("sync", *laptop_dir, "--status")
    assert said.returncode == 0 and "removed this computer" in said.stdout
    assert "Last attempt failed" not in said.stdout
    server.stop()
    offline = linkbook("sync", *office_dir)
    assert offline.returncode == 1 and "nothing saved here was lost" in offline.stdout
    status = linkbook("sync", *office_dir, "--status")
    assert status.returncode == 0 and "Last attempt failed" in status.stdout


def test_a_school_without_a_server_enrols_a_device_through_its_folder_from_the_command_line(
    tmp_path: Path,
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    LinkBookService(office.context).save_entry(
        LinkBookEntry(
            pupil_id=school["pupils"][0].id,
            day=day(),
            author_id="t",
            author_role=StaffRole.ADMIN,
            wins="Hodan taught the class a Somali counting song",
        )
    )
    office.vault.close()
    for name in ("laptop", "stranger"):
        Vault.create(tmp_path / name, PASSPHRASE).close()
    stick = tmp_path / "stick"
    stick.mkdir()
    office_dir, laptop_dir, stranger_dir = (
        ["--data-dir", str(tmp_path / name)] for name in ("office", "laptop", "stranger")
    )

    founded = linkbook("sync", *office_dir, "--folder", str(stick))
    assert founded.returncode == 0 and "admin device" in founded.stdout, founded.stderr
    invited = linkbook("devices", "invite", *office_dir, "--staff", "--class", "Year 3 Oak")
    code = re.search(r"Code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", invited.stdout).group(1)

    asked = linkbook("devices", "join", *laptop_dir, code, "--folder", str(stick))
    assert asked.returncode == 0 and "Once the admin device has approved it" in asked.stdout, asked.stderr
    guessed = linkbook("devices", "join", *stranger_dir, "7K3M-9QRT-X2VW", "--folder", str(stick))
    assert guessed.returncode == 0, guessed.stderr

    seen = linkbook("sync", *office_dir)
    assert seen.returncode == 0 and "1 device(s) ask to join through this folder" in seen.stdout, seen.stderr
    approved = linkbook("devices", "approve", *office_dir)
    assert approved.returncode == 0 and "Approved d" in approved.stdout and "(staff)" in approved.stdout

    first = linkbook("sync", *laptop_dir)
    assert first.returncode == 0 and "received" in first.stdout, first.stderr
    laptop = Vault.unlock(tmp_path / "laptop", PASSPHRASE)
    with laptop.reading() as session:
        wins = session.connection().exec_driver_sql("SELECT wins FROM linkbook_entry").scalars().all()
    laptop.close()
    assert wins == ["Hodan taught the class a Somali counting song"]

    refused = linkbook("sync", *stranger_dir)
    assert refused.returncode == 2 and "did not recognise that invitation code" in refused.stderr
    again = linkbook("devices", "join", *stranger_dir, code, "--folder", str(stick))
    assert again.returncode == 2 and "already been used to connect another computer" in again.stderr
