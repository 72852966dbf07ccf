"""`linkbook print`: packs for families without devices, as a PDF file.

linkbook print --class "Year 3 Oak" --week 2026-W47 [--paper-only] [--folders] -o pack.pdf
linkbook print --school --week 2026-W47 [--paper-only] [--folders] [--agreements] -o school.pdf
linkbook print --pupil "Zofia Wiśniewska" --week 2026-W47 -o zofia.pdf
linkbook print --agreement AGREEMENT_ID -o agreement.pdf
linkbook print --class "Year 3 Oak" --reviews [--weeks 6] -o views.pdf
"""

import argparse
from pathlib import Path
from typing import Any


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the print command to the `linkbook` parser (see COMMAND_MODULES in desktop/cli.py)."""
    parser = commands.add_parser(
        "print",
        parents=[common],
        help="write printable packs for families (a class, one pupil, or one agreement) to a PDF",
        description=(
            "Write a PDF of paper packs: for a class and a week, a pack per family in register order behind "
            "a list for the teacher; for one pupil, that child's week; or one agreement with its "
            "signature lines."
        ),
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--class", dest="class_name", help="every family in this class")
    what.add_argument("--pupil", help="one pupil, by the name the school uses (add --class if two share it)")
    what.add_argument("--agreement", help="one agreement, support plan or profile, by its id")
    what.add_argument(
        "--school",
        action="store_true",
        help="every class, one after another (progress on stderr; Ctrl+C stops)",
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--week", help="the week, e.g. 2026-W47")
    when.add_argument("--month", help="a month, e.g. 2026-11 (for monthly work folders)")
    parser.add_argument("--paper-only", action="store_true", help="only families who asked for paper")
    parser.add_argument("--folders", action="store_true", help="add each child's work folder for the period")
    parser.add_argument(
        "--agreements", action="store_true", help="add agreements waiting for the family's signature"
    )
    parser.add_argument(
        "--no-link-book",
        action="store_true",
        help="leave out the link-book pages (folders or agreements only)",
    )
    parser.add_argument(
        "--reviews",
        action="store_true",
        help="with --class: the views forms (family's and child's) for the support plans due for review",
    )
    parser.add_argument(
        "--weeks", type=int, default=6, help="with --reviews: reviews due within this many weeks (default 6)"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    parser.set_defaults(run=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, UsageError, open_context
    from desktop.domain.calendar import Period
    from desktop.services.print_packs import PackOptions, PrintPackService
    from desktop.services.school import SchoolService
    from desktop.store.atomic import atomic_writer
    from desktop.store.errors import InvalidInput

    period: Period | None = None
    if args.week or args.month:
        try:
            period = Period.parse(args.week or args.month)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if args.reviews and not args.class_name:
        raise UsageError("--reviews prints a class's views forms: add --class NAME.")
    if args.agreement is None and period is None and not args.reviews:
        raise UsageError("Say which week (--week 2026-W47) or month (--month 2026-11) to print.")
    if args.output.suffix.lower() != ".pdf":
        raise UsageError(f"{args.output} does not end in .pdf; give a file name like pack.pdf.")

    context = open_context(args)
    try:
        printing = PrintPackService(context)
        school = SchoolService(context)
        options = PackOptions(
            paper_only=args.paper_only,
            folders=args.folders,
            agreements=args.agreements,
            link_book=not args.no_link_book,
        )
        try:
            if args.school:
                assert period is not None
                pdf, summary = _whole_school(printing, period, options)
            elif args.reviews:
                pdf, summary = _review_forms(context, school.class_named(args.class_name), args.weeks)
            elif args.agreement:
                pdf, summary = printing.agreement(args.agreement), "1 agreement"
            elif args.pupil:
                assert period is not None
                pupil = _find_pupil(school, args.pupil)
                pdf = printing.pupil_week(pupil.id, period, options)
                summary = f"{pupil.display_name}, {period.label}"
            else:
                assert period is not None
                school_class = school.class_named(args.class_name)
                rendered = printing.class_packs(school_class.id, period, options)
                pdf = rendered.pdf
                summary = f"{len(rendered.pack_starts)} packs for {school_class.name}, {period.label}"
        except InvalidInput as exc:
            raise UsageError(str(exc)) from None
    finally:
        context.vault.close()
    with atomic_writer(args.output, 0o600) as out:
        out.write(pdf)
    print(f"Wrote {args.output} ({summary}).")
    return EXIT_OK


def _whole_school(printing: Any, period: Any, options: Any) -> tuple[bytes, str]:
    """Every class's packs in one PDF, with progress on stderr; Ctrl+C stops it and nothing is written."""
    import sys

    from desktop.cli import UsageError

    def progress(fraction: float) -> None:
        print(f"\rPrinting the whole school: {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    try:
        result = printing.school_pdf(period, options, progress=progress)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        raise UsageError("Stopped before the end; no file was written.") from None
    print(file=sys.stderr)
    summary = result.summary
    return (
        result.pdf,
        f"{summary.packs} packs in {summary.classes} classes, {summary.pages} pages, {period.label}",
    )


def _review_forms(context: Any, school_class: Any, weeks: int) -> tuple[bytes, str]:
    from desktop.services.review_views import ReviewViewsService

    rendered = ReviewViewsService(context).print_class_forms(school_class.id, weeks)
    summary = f"views forms for {len(rendered.pack_starts)} households in {school_class.name}"
    return rendered.pdf, summary


def _find_pupil(school: Any, name: str) -> Any:
    """The one pupil whose preferred or legal name matches (any case)."""
    from desktop.cli import UsageError

    wanted = " ".join(name.split()).casefold()
    matches = [
        p
        for p in school.pupils()
        if wanted in {p.display_name.casefold(), f"{p.legal_first_name} {p.legal_last_name}".casefold()}
    ]
    if not matches:
        raise UsageError(f"No pupil is called {name!r}; `linkbook list pupils --class NAME` lists them.")
    if len(matches) > 1:
        raise UsageError(f"{len(matches)} pupils are called {name!r}; print their class instead.")
    return matches[0]
