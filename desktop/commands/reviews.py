"""Support plans' reviews from the command line.

    linkbook reviews due [--weeks N]

Prints the plans and agreements in force due for review in the next N weeks (default 4) and those
overdue, most overdue first, one a line: when, the date, the pupil, their class, and the document.
"""

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.domain.plan_reviews import DueReview
    from desktop.services.context import ServiceContext

DEFAULT_WEEKS = 4


def _weeks(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) > 52:
        raise argparse.ArgumentTypeError(f"{text!r}: give the number of weeks ahead as 0 to 52.")
    return int(text)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `reviews due` (see COMMAND_MODULES in desktop/cli.py)."""
    reviews = commands.add_parser("reviews", help="support plans' reviews with the family")
    actions = reviews.add_subparsers(dest="reviews_action", metavar="ACTION", required=True)
    due = actions.add_parser(
        "due", parents=[common], help="plans due for review in the next weeks, and those overdue"
    )
    due.add_argument(
        "--weeks", type=_weeks, default=DEFAULT_WEEKS, help=f"how far ahead to look (default {DEFAULT_WEEKS})"
    )
    due.set_defaults(run=cmd_reviews_due)


def when(due: "DueReview", today: dt.date) -> str:
    late = due.days_late(today)
    if late > 0:
        return f"OVERDUE by {late} day{'s' if late != 1 else ''}"
    if late == 0:
        return "due today"
    return f"due in {-late} day{'s' if late != -1 else ''}"


def due_line(due: "DueReview", pupil: str, class_name: str, today: dt.date) -> str:
    basis = " (termly)" if due.basis.value == "termly" else ""
    kind = due.agreement.kind.value.replace("_", " ")
    return (
        f"{when(due, today):<22}  {due.due_on.isoformat()}{basis:<9}  {pupil}  {class_name}  "
        f"{kind}: {due.agreement.title}"
    )


def cmd_reviews_due(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, UsageError, open_context
    from desktop.services.plan_reviews import PlanReviewService
    from desktop.services.school import SchoolService
    from desktop.store.errors import InvalidInput

    context: ServiceContext = open_context(args)
    try:
        due = PlanReviewService(context).due(args.weeks)
        school = SchoolService(context)
        pupils = {p.id: p for p in school.pupils()}
        classes = {c.id: c.name for c in school.classes()}
    except InvalidInput as exc:
        raise UsageError(str(exc)) from None
    finally:
        context.vault.close()
    today = context.today()
    for review in due:
        pupil = pupils.get(review.agreement.pupil_id)
        print(
            due_line(
                review,
                pupil.display_name if pupil else "(not on roll)",
                classes.get(pupil.class_id, "") if pupil else "",
                today,
            )
        )
    if not due:
        print(f"No reviews due in the next {args.weeks} week{'s' if args.weeks != 1 else ''}, none overdue.")
    return EXIT_OK
