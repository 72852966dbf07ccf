"""`linkbook import`: class lists, families and contacts from MIS files, previewed before anything is written.

    linkbook import --data-dir DIR FILE... [--format auto|csv|sds1|sds2|ctf] [--mapping NAME]
                    [--map COLUMN=FIELD]... [--class NAME] [--day-first|--month-first] [--dry-run] [--yes]

The preview is printed first (what will be added, changed field by field, left alone; every rejected row
with its line and reason). Without --yes the command asks on a terminal, and refuses to guess when there
is no terminal to ask on. Exit codes as for every command, plus 1 when rows were rejected and nothing
could be imported; rejected rows beside imported ones are reported and the command still exits 0, so a
script reads a partial import as done.
"""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.imports.plan import ImportPlan

FORMATS = ("auto", "csv", "sds1", "sds2", "ctf")
SHOWN_ADDITIONS = 25


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `import` to the `linkbook` command (see COMMAND_MODULES in desktop/cli.py)."""
    parser = commands.add_parser(
        "import",
        parents=[common],
        help="import pupils, classes and families from CSV, School Data Sync or CTF files",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files, or a folder of SDS files")
    parser.add_argument(
        "--format", choices=FORMATS, default="auto", help="what the files are (default: detect)"
    )
    parser.add_argument(
        "--mapping", metavar="NAME", help="remember (and reuse) the CSV column mapping as NAME"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a CSV column to a field (FIELD 'ignore' leaves it out); may be repeated",
    )
    parser.add_argument(
        "--class", dest="class_name", metavar="NAME", help="class for pupils the file places in none"
    )
    dates = parser.add_mutually_exclusive_group()
    dates.add_argument("--day-first", action="store_true", help="numeric dates are day/month/year (UK)")
    dates.add_argument("--month-first", action="store_true", help="numeric dates are month/day/year (US)")
    parser.add_argument("--dry-run", action="store_true", help="show the preview and write nothing")
    parser.add_argument("--yes", action="store_true", help="import without asking")
    parser.set_defaults(run=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, EXIT_PROBLEMS, UsageError, open_context
    from desktop.services.imports.detect import DateOrder
    from desktop.services.imports.model import SourceFormat
    from desktop.services.imports.service import ImportService
    from desktop.services.imports.sources import ReadOptions, load_files

    files = load_files(args.files)
    order = DateOrder.DAY_FIRST if args.day_first else DateOrder.MONTH_FIRST if args.month_first else None
    options = ReadOptions(
        format=None if args.format == "auto" else SourceFormat(args.format),
        mapping_name=args.mapping,
        overrides=tuple(args.map),
        date_order=order,
    )
    context = open_context(args)
    try:
        service = ImportService(context)
        plan = service.preview(service.read(files, options), args.class_name)
        print("\n".join(describe(plan)))
        problems = EXIT_PROBLEMS if nothing_importable(plan) else EXIT_OK
        if nothing_importable(plan):
            print("Nothing could be imported: every row was rejected (listed above). Correct the file.")
            return problems
        if not plan.has_work:
            print("Nothing to import: the school already holds everything in the file.")
            return problems
        if args.dry_run:
            print("Dry run: nothing was written.")
            return problems
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(
                    "Nothing was imported. Add --yes to import without being asked, or --dry-run."
                )
            if input("Import these changes? [y/N] ").strip().casefold() not in ("y", "yes"):
                print("Nothing was imported.")
                return EXIT_OK
        result = service.apply(plan)
    finally:
        context.vault.close()
    created = f". Classes created: {', '.join(result.classes_created)}" if result.classes_created else ""
    print(
        f"Imported. Pupils: {result.added} added, {result.changed} changed, {result.unchanged} unchanged. "
        f"Family members: {result.family_added} added, {result.family_changed} changed{created}."
    )
    if result.rejected:
        print(
            f"{result.rejected} row(s) were rejected (listed above); correct them and import the file again."
        )
    return problems


def nothing_importable(plan: "ImportPlan") -> bool:
    """Rows were rejected and not one pupil or family member was left to import (or already there)."""
    return bool(plan.rejections) and not plan.pupils and not plan.family


def describe(plan: "ImportPlan") -> list[str]:
    """The preview as lines of text: counts first, then every change, rejection and note."""
    from desktop.services.imports.csv_mapping import FIELDS
    from desktop.services.imports.family import Step

    source = plan.source
    lines = [f"Reading {source.description}."]
    if source.mapping is not None:
        lines.append("Columns:")
        lines += [f"  {header!r} -> {FIELDS[field]} ({field})" for header, field in source.mapping.items()]
        lines.append("  (change one with --map 'COLUMN=FIELD'; fields are listed in docs/imports.md)")
    lines.append(
        f"Pupils: {plan.count(Step.ADD)} to add, {plan.count(Step.CHANGE)} to change, "
        f"{plan.count(Step.UNCHANGED)} unchanged; {plan.left_alone} in the school but not in the file "
        "are left alone."
    )
    lines.append(
        f"Family members: {plan.family_count(Step.ADD)} to add, {plan.family_count(Step.CHANGE)} to change."
    )
    if plan.new_classes:
        made = ", ".join(f"{c.name} (year {c.year_group})" for c in plan.new_classes)
        lines.append(f"Classes to create: {made}.")
    added = [s for s in plan.pupils if s.kind is Step.ADD]
    if added:
        lines.append("To add:")
        lines += [
            f"  {s.pupil.legal_first_name} {s.pupil.legal_last_name} ({s.where}) into {s.class_name}"
            for s in added[:SHOWN_ADDITIONS]
        ]
        if len(added) > SHOWN_ADDITIONS:
            lines.append(f"  ... and {len(added) - SHOWN_ADDITIONS} more")
    changed = [s for s in plan.pupils if s.kind is Step.CHANGE]
    if changed:
        lines.append("To change:")
        for step in changed:
            lines.append(f"  {step.pupil.legal_first_name} {step.pupil.legal_last_name} ({step.where}):")
            lines += [f"    {change}" for change in step.changes]
    family_changed = [s for s in plan.family if s.kind is Step.CHANGE]
    if family_changed:
        lines.append("Family members to change:")
        for family_step in family_changed:
            changes = "; ".join(str(c) for c in family_step.changes)
            lines.append(f"  {family_step.member.name}: {changes}")
    if plan.rejections:
        lines.append(f"Rejected ({len(plan.rejections)}), not imported:")
        lines += [f"  {r}" for r in plan.rejections]
    if plan.notes:
        lines.append("Notes:")
        lines += [f"  {note}" for note in plan.notes]
    return lines
