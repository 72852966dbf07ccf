"""The process the kill soak kills: saves link-book entries and runs one operation, over and over.

    python -m tests.soak.worker DATA_DIR OPERATION RUN WORK_DIR      (passphrase in LINKBOOK_PASSPHRASE)

OPERATION is one of save, sync, import, backup. Each round saves an entry (and for `save` every third
round a family reply), then runs the operation through the `linkbook` command's own entry point:
`linkbook sync --folder`, `linkbook import --yes` of a fresh CSV, `linkbook backup -o`. A line is
printed only once the app has reported the thing done, so every line is a promise the harness checks
after the SIGKILL:

    entry ID / reply ID            saved
    begin import CSV / imported CSV
    begin backup FILE / backup FILE
    synced N
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import os
import sys
from pathlib import Path

from desktop import cli
from desktop.domain.access import Actor
from desktop.domain.linkbook import AuthorKind, LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from tests.soak.school import CLASS_NAME, PASSPHRASE, PUPILS

OPERATIONS = ("save", "sync", "import", "backup")


def letters(number: int) -> str:
    """A name part from a number (Bcd, Bce, ...), so every imported pupil is new."""
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[digit] + out
        if number == 0:
            return "B" + out


def import_file(work: Path, run: int, n: int) -> Path:
    """A CSV of two new pupils for `linkbook import`."""
    tag = letters(run * 100_000 + n)
    lines = ["Legal Forename,Legal Surname,Date of Birth,Reg Group"]
    for k, (first, last) in enumerate(PUPILS[:2]):
        lines.append(f"{first},{last}-{tag},{1 + k:02d}/09/2018,{CLASS_NAME}")
    path = work / f"import-{run}-{n}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def linkbook(*args: str) -> int:
    """`linkbook ARGS` in this process, its own output kept off the protocol on stdout."""
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = cli.main(list(args))
    if code != 0:
        raise SystemExit(f"linkbook {args[0]} exited {code}: {out.getvalue()}")
    return code


def say(line: str) -> None:
    print(line, flush=True)


def main() -> None:
    data_dir, operation, run, work = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    if operation not in OPERATIONS:
        raise SystemExit(f"operation must be one of {', '.join(OPERATIONS)}")
    os.environ[cli.PASSPHRASE_ENV] = PASSPHRASE
    vault = Vault.unlock(data_dir, PASSPHRASE)
    context = ServiceContext(vault, Actor("Soak writer", StaffRole.CLASS_TEACHER, "soak-writer"))
    service = LinkBookService(context)
    pupils = SchoolService(context).pupils()[: len(PUPILS)]
    where = ["--data-dir", str(data_dir)]
    for n in itertools.count():
        pupil = pupils[n % len(pupils)]
        entry = service.save_entry(
            LinkBookEntry(
                pupil_id=pupil.id,
                day=dt.date.today() - dt.timedelta(days=n % 30),
                author_id="soak-writer",
                author_role=StaffRole.CLASS_TEACHER,
                learning=f"run {run} entry {n} " + "Szczęśliwy dzień w szkole. " * 20,
            )
        )
        say(f"entry {entry.id}")
        if operation == "save" and n % 3 == 0:
            reply = service.add_reply(entry.id, f"reply {run}-{n}", "Rodzic", AuthorKind.FAMILY)
            say(f"reply {reply.id}")
        elif operation == "sync":
            linkbook("sync", *where, "--folder", str(work / "shared-folder"))
            say(f"synced {n}")
        elif operation == "import":
            csv = import_file(work, run, n)
            say(f"begin import {csv}")
            linkbook("import", *where, str(csv), "--yes", "--day-first")
            say(f"imported {csv}")
        elif operation == "backup":
            target = work / f"backup-{run}-{n}.lbk"
            say(f"begin backup {target}")
            linkbook("backup", *where, "-o", str(target))
            say(f"backup {target}")


if __name__ == "__main__":
    main()
