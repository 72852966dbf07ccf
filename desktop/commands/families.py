"""Reaching families, from the command line.

    linkbook contact add --pupil NAME --kind phone|meeting|visit|message --note TEXT [--on DATE]
        [--not-reached] [--interpreter CODE] [--outcome TEXT] [--follow-up DATE]
    linkbook reach --class NAME [--days N]

`reach` prints the families not reached in N school days (the school's setting, 10 unless changed), one a
line naming the pupil, most overdue first, and nothing else, so a script can read it.
"""

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.context import ServiceContext

CONTACT_KINDS = ("phone", "meeting", "visit", "message")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as 2026-11-20.") from None


def _days(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of school days; write it as 10.")
    return int(text)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add contact and reach (see COMMAND_MODULES in desktop/cli.py)."""
    contact = commands.add_parser(
        "contact", help="the log of calls, meetings, visits and messages with families"
    )
    actions = contact.add_subparsers(dest="contact_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="log a contact with a pupil's family")
    add.add_argument("--pupil", required=True, help="the pupil's UPN or name")
    add.add_argument("--kind", required=True, choices=CONTACT_KINDS)
    add.add_argument("--note", required=True, help="what was said or done")
    add.add_argument("--on", type=_date, help="the day of the contact (default today)")
    add.add_argument("--not-reached", action="store_true", help="the family was not reached (no answer)")
    add.add_argument("--interpreter", default="", help="DfE code of the language an interpreter was used in")
    add.add_argument("--outcome", default="")
    add.add_argument("--follow-up", type=_date, help="the day to follow it up")
    add.set_defaults(run=cmd_contact_add)

    reach = commands.add_parser(
        "reach", parents=[common], help="the families of a class not reached lately, most overdue first"
    )
    reach.add_argument("--class", dest="class_name", required=True, help="the class's name")
    reach.add_argument(
        "--days", type=_days, help="school days without contact (default: the school's setting)"
    )
    reach.set_defaults(run=cmd_reach)


def cmd_contact_add(args: argparse.Namespace) -> int:
    from desktop.commands.records import _run, find_pupil
    from desktop.domain.contact_log import ContactKind, FamilyContact
    from desktop.services.contact_log import ContactLogService

    def action(context: "ServiceContext") -> None:
        pupil = find_pupil(context, args.pupil)
        contact = FamilyContact(
            pupil_id=pupil.id,
            kind=ContactKind(args.kind),
            on=args.on or context.today(),
            note=args.note,
            reached=not args.not_reached,
            interpreter_language=args.interpreter,
            outcome=args.outcome,
            follow_up_on=args.follow_up,
        )
        saved = ContactLogService(context).log(contact)
        print(f"Logged a {saved.kind.value} with {pupil.display_name}'s family on {saved.on.isoformat()}.")

    return _run(args, action)


def cmd_reach(args: argparse.Namespace) -> int:
    from desktop.commands.records import _run
    from desktop.domain.reach import not_reached
    from desktop.services.reach import ReachService
    from desktop.services.school import SchoolService

    def action(context: "ServiceContext") -> None:
        school_class = SchoolService(context).class_named(args.class_name)
        for line in not_reached(ReachService(context).reach(school_class.id, args.days)):
            print(line.pupil_name)

    return _run(args, action)
