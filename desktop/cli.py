"""The `linkbook` command: headless commands for scripts and administrators, or the app with none.

Exit codes: 0 done, 1 a check found problems, 2 bad input, 3 wrong passphrase, 4 damaged data.
"""

import argparse
import errno
import getpass
import importlib
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.store.errors import (
    BackupInvalid,
    DatabaseDamaged,
    DiskFull,
    KeyFileDamaged,
    StoreError,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from desktop.services.context import ServiceContext
    from desktop.store.vault import Vault

# The database and services (SQLAlchemy, the schema, sync) are imported by the commands that use them,
# not here: opening the app must not wait for them before its first window is on screen.

PASSPHRASE_ENV = "LINKBOOK_PASSPHRASE"
# Modules that add their own subcommands: each has register(commands, common), and imports what its
# commands need only when they run, so that `linkbook --help` stays quick.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.commands.families",
    "desktop.commands.imports",
    "desktop.commands.phrases",
    "desktop.commands.printing",
    "desktop.commands.read_aloud",
    "desktop.commands.slips",
    "desktop.commands.records",
    "desktop.commands.reviews",
    "desktop.commands.sync",
)
EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_PASSPHRASE, EXIT_DAMAGED = 0, 1, 2, 3, 4


class UsageError(Exception):
    """Something the person typed that we cannot act on; the message says what to do."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Linkbook", "Linkbook"))


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """From --passphrase-file, else $LINKBOOK_PASSPHRASE, else a prompt on the terminal."""
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(
                f"Cannot read the passphrase file {args.passphrase_file}: {exc.strerror}."
            ) from None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise UsageError(f"Give the passphrase with --passphrase-file FILE or the {PASSPHRASE_ENV} variable.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again, to be sure: ") != first:
        raise UsageError("The two passphrases differ; nothing was changed.")
    return first


def command_line_actor() -> Actor:
    """Commands run as the school's administrator at this computer."""
    return Actor(f"command line ({getpass.getuser()})", StaffRole.ADMIN)


def open_context(args: argparse.Namespace) -> "ServiceContext":
    """Unlock the school in --data-dir and act as the command line's administrator."""
    from desktop.services.context import ServiceContext
    from desktop.store.vault import Vault

    passphrase = read_passphrase(args)
    vault = Vault.unlock(args.data_dir, passphrase)
    warn_if_weak(vault, passphrase)
    if vault.lost_changes is not None:
        print(f"linkbook: warning: {vault.lost_changes}.", file=sys.stderr)
    return ServiceContext(vault, command_line_actor())


def warn_if_weak(vault: "Vault", passphrase: str) -> None:
    """An existing school whose passphrase is weaker than a new one may be is told how to strengthen it."""
    from desktop.domain.passphrases import assess
    from desktop.services.passphrase import needs_strengthening

    if needs_strengthening(vault, passphrase):
        print(
            f"linkbook: this school's passphrase is easy to guess ({assess(passphrase).message}) "
            "Choose a stronger one with: linkbook passphrase",
            file=sys.stderr,
        )


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import build_demo_school
    from desktop.store.vault import Vault

    data_dir: Path = args.data_dir
    fresh = not data_dir.exists() or not any(data_dir.iterdir())
    if not fresh:
        raise UsageError(f"{data_dir} is not empty; give a new folder for the demo school.")
    passphrase = read_passphrase(args, "New passphrase for the demo school: ", confirm=True)
    vault = Vault.create(data_dir, passphrase, demo=True)
    try:
        summary = build_demo_school(
            vault, classes=args.classes, pupils_per_class=args.pupils, days=args.days, seed=args.seed
        )
    except BaseException:
        vault.close()
        shutil.rmtree(data_dir, ignore_errors=True)
        raise
    vault.close()
    print(
        f"Demo school created in {data_dir}: {summary.classes} classes, {summary.pupils} pupils, "
        f"{summary.entries} link-book entries, {summary.agreements} agreements, "
        f"{summary.folders} work folders."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.check import CheckService

    context = open_context(args)
    try:
        report = CheckService(context).run()
    finally:
        context.vault.close()
    print(f"schema: {report.schema} (expected {report.expected_schema})")
    print(f"audit events: {report.audit_events}, attachments: {report.attachments}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    if report.ok:
        print("OK")
    else:
        print(
            f"{len(report.problems)} problem(s) found. Restore the school from a backup (linkbook restore)."
        )
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.services.school import SchoolService

    context = open_context(args)
    try:
        school = SchoolService(context)
        if args.what == "classes":
            for school_class in school.classes():
                print(school_class.name)
        else:
            if not args.class_name:
                raise UsageError("Say which class: linkbook list pupils --class NAME.")
            for pupil in school.pupils(school.class_named(args.class_name).id):
                print(pupil.display_name)
    finally:
        context.vault.close()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.services.search import SearchService

    query = " ".join(args.words)
    context = open_context(args)
    try:
        results = SearchService(context).search(query, limit=args.limit)
    finally:
        context.vault.close()
    for result in results:
        day = result.hit.day.isoformat() if result.hit.day else "-"
        name = result.pupil.display_name if result.pupil else "?"
        if result.family_member is not None:
            print(f"-\t{result.family_member.name}\tfamily member\tof {name}")
        elif result.is_person:
            print(f"-\t{name}\tpupil\t")
        else:
            print(f"{day}\t{name}\t{result.hit.kind}\t{result.hit.snippet}")
    if not results:
        print(f"Nothing found for {query!r}.", file=sys.stderr)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services.backup import BackupService

    context = open_context(args)
    try:
        summary = BackupService(context).backup(args.output)
    finally:
        context.vault.close()
    size_mb = summary.size / 2**20
    print(f"Backup written to {summary.path} ({size_mb:.1f} MB, {summary.attachments} attachments).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services.backup import restore

    moved = restore(args.backup, args.data_dir, read_passphrase(args), replace=args.replace)
    print(f"Restored {args.backup} into {args.data_dir}.")
    if moved:
        print(f"The school that was there is kept in {moved}.")
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    from desktop.store import keyfile

    old = read_passphrase(args, "Current passphrase: ")
    if args.new_passphrase_file:
        new = Path(args.new_passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
    elif sys.stdin.isatty():
        new = read_passphrase(argparse.Namespace(passphrase_file=None), "New passphrase: ", confirm=True)
    else:
        raise UsageError("Give the new passphrase with --new-passphrase-file FILE.")
    try:
        keyfile.change_passphrase(args.data_dir / keyfile.KEY_FILE_NAME, old, new)
    except ValueError as exc:
        raise UsageError(f"{exc} The passphrase was not changed.") from None
    print("Passphrase changed.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linkbook", description="Linkbook: the home-school link book.")
    common = argparse.ArgumentParser(add_help=False)
    # Given after the command or before it: the command's own option has no default, so it never
    # hides the folder given before the command (argparse lets a subcommand's default override it).
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="the school's data folder")
    common.add_argument(
        "--passphrase-file", help=f"read the passphrase from this file (or set {PASSPHRASE_ENV})"
    )
    parser.add_argument("--data-dir", type=Path, default=default_data_dir(), help="the school's data folder")
    parser.add_argument(
        "--smoke", action="store_true", help="check this install works end to end (a throwaway school)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common], help="create a demo school with invented pupils")
    demo.add_argument("--classes", type=int, default=2)
    demo.add_argument("--pupils", type=int, default=28, help="pupils per class")
    demo.add_argument("--days", type=int, default=65, help="school days of entries")
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(run=cmd_demo)

    commands.add_parser("check", parents=[common], help="check the data is whole").set_defaults(run=cmd_check)

    listing = commands.add_parser("list", parents=[common], help="list classes or a class's pupils")
    listing.add_argument("what", choices=["classes", "pupils"])
    listing.add_argument("--class", dest="class_name", help="the class whose pupils to list")
    listing.set_defaults(run=cmd_list)

    search = commands.add_parser(
        "search", parents=[common], help="search people by name, and entries, replies, agreements, folders"
    )
    search.add_argument("words", nargs="+")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(run=cmd_search)

    backup = commands.add_parser("backup", parents=[common], help="write an encrypted backup file")
    backup.add_argument("-o", "--output", type=Path, required=True)
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser("restore", parents=[common], help="restore a school from a backup file")
    restore.add_argument("backup", type=Path)
    restore.add_argument(
        "--replace", action="store_true", help="move the school now in --data-dir aside first"
    )
    restore.set_defaults(run=cmd_restore)

    change = commands.add_parser("passphrase", parents=[common], help="change the passphrase")
    change.add_argument("--new-passphrase-file")
    change.set_defaults(run=cmd_passphrase)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, common)
    return parser


def _exit_code(exc: StoreError) -> int:
    if isinstance(exc, WrongPassphrase):
        return EXIT_PASSPHRASE
    if isinstance(exc, DatabaseDamaged | KeyFileDamaged | BackupInvalid):
        return EXIT_DAMAGED
    return EXIT_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.data_dir = args.data_dir.expanduser().resolve()
    if args.smoke:
        from desktop.smoke import run_smoke

        return run_smoke()
    if args.command is None:
        from desktop.ui.app import run_app

        return run_app(args.data_dir)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except StoreError as exc:
        print(f"linkbook: {exc}", file=sys.stderr)
        return _exit_code(exc)
    except (UsageError, PermissionError) as exc:
        print(f"linkbook: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("linkbook: stopped; nothing half-written was kept.", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        where = exc.filename or getattr(args, "output", None) or args.data_dir
        print(f"linkbook: {DiskFull(where, 'nothing was written')}", file=sys.stderr)
        return EXIT_PROBLEMS
    except Exception as exc:
        from desktop.store.database import DB_FILE_NAME, damage_of

        damage = damage_of(exc)
        if damage is None:
            raise
        damaged = DatabaseDamaged(args.data_dir / DB_FILE_NAME, damage)
        print(f"linkbook: {damaged}", file=sys.stderr)
        return EXIT_DAMAGED


if __name__ == "__main__":
    # Through the package's own module, so that `python -m desktop.cli` raises and catches the same
    # UsageError class as the command modules (which import desktop.cli, not __main__).
    from desktop.cli import main as package_main

    sys.exit(package_main())
