"""`linkbook slips import FILE...`: file scanned returned pages (PDFs as copiers write them, PNG, JPEG, TIFF).

One line a page (`page N: filed: PUPIL, WHAT, read: yes|no` or `page N: to review: REASON`), one line a
file that cannot be read, and last `N filed, M to review, K not returned pages`. Exit 0 when every page
was filed or queued for review, 2 when a file could not be read (its pages were not filed).
"""

import argparse
import sys
from pathlib import Path
from typing import Any


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the slips command to the `linkbook` parser (see COMMAND_MODULES in desktop/cli.py)."""
    slips = commands.add_parser("slips", help="returned paper: file scanned reply pages")
    actions = slips.add_subparsers(dest="slips_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        parents=[common],
        help="file scanned returned pages to their records; unsure pages wait for review",
        description=(
            "Read each page's corner codes and marks, and file it to the pupil's record (acknowledgement, "
            "reply, folder comment or signature, marked as on paper and dated by the scan). Pages that "
            "cannot be filed for certain wait in the review queue in the app. Importing a scan again "
            "changes nothing."
        ),
    )
    importing.add_argument(
        "files", nargs="+", type=Path, help="scanned PDF, PNG, JPEG or TIFF files, or folders of them"
    )
    importing.set_defaults(run=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_INPUT, EXIT_OK, open_context
    from desktop.services.paper_returns.filing import FileProblem, ImportReport, PaperReturnService

    context = open_context(args)
    report = ImportReport()
    for item in PaperReturnService(context).import_files(_files(args.files)):
        if isinstance(item, FileProblem):
            report.problems.append(item)
            print(f"{item.path}: not imported: {item.message}", file=sys.stderr)
        else:
            report.pages.append(item)
            print(item.line(), flush=True)
    print(report.summary())
    return EXIT_INPUT if report.problems else EXIT_OK


def _files(paths: list[Path]) -> list[Path]:
    """The files named, a folder standing for the PDFs and pictures in it (in name order)."""
    from desktop.services.paper_returns.scans import PICTURE_SUFFIXES

    wanted = PICTURE_SUFFIXES | {".pdf"}
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [p for p in sorted(path.iterdir()) if p.is_file() and p.suffix.lower() in wanted]
        else:
            found.append(path)
    return found
