"""Records a school must account for, from the command line.

    linkbook export-pupil --pupil "UPN or name" -o FILE.zip [--request ID]
    linkbook requests list [--open]
    linkbook requests add --pupil "UPN or name" --kind sar|educational --from "WHO ASKED" [--received DATE]
    linkbook requests answer ID --file FILE.zip [--on DATE]
    linkbook requests refuse ID --reason TEXT [--on DATE]
    linkbook retention review [--on DATE]
    linkbook erase --pupil "UPN or name" [--kind KIND [--due-only]] --reason TEXT --confirm
    linkbook audit [--pupil ...] [--person TEXT] [--action ACTION] [--from DATE] [--to DATE] [--page N]

Dates are written 2026-11-20. Erasure cannot be undone (backups made before it still hold the records:
keep them only as long as the school's backup policy says).
"""

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.domain.pupils import Pupil
    from desktop.services.context import ServiceContext

KINDS = {"sar": "subject_access", "educational": "educational_record"}
ERASABLE = ("link_book", "work_folder", "sen_record", "agreement")
ACTIONS = ("viewed", "created", "changed", "deleted", "printed", "exported", "imported", "signed")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as 2026-11-20.") from None


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add export-pupil, requests, retention, erase and audit (see COMMAND_MODULES in desktop/cli.py)."""
    export = commands.add_parser(
        "export-pupil",
        parents=[common],
        help="write everything held about one pupil (PDF and JSON) to a zip, for a subject access request",
    )
    export.add_argument("--pupil", required=True, help="the pupil's UPN or name")
    export.add_argument("-o", "--output", type=Path, required=True, help="the zip file to write")
    export.add_argument("--request", help="mark this request (its id) answered by the export")
    export.set_defaults(run=cmd_export_pupil)

    requests = commands.add_parser("requests", help="the register of requests for records")
    actions = requests.add_subparsers(dest="requests_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="every request, oldest due first")
    listing.add_argument("--open", action="store_true", help="only requests not answered yet")
    listing.set_defaults(run=cmd_requests_list)
    add = actions.add_parser("add", parents=[common], help="enter a request as it arrives")
    add.add_argument("--pupil", required=True, help="the pupil's UPN or name")
    add.add_argument(
        "--kind",
        required=True,
        choices=sorted(KINDS),
        help="sar: subject access (one calendar month); educational: educational record (15 school days)",
    )
    add.add_argument("--from", dest="requester", required=True, help="who asked, and their relationship")
    add.add_argument("--received", type=_date, help="the day it arrived (default today)")
    add.add_argument("--note", default="")
    add.set_defaults(run=cmd_requests_add)
    answer = actions.add_parser("answer", parents=[common], help="close a request as answered")
    answer.add_argument("id")
    answer.add_argument("--file", required=True, help="the export sent in answer")
    answer.add_argument("--on", type=_date, help="the day it was sent (default today)")
    answer.set_defaults(run=cmd_requests_answer)
    refuse = actions.add_parser("refuse", parents=[common], help="close a request as refused, with why")
    refuse.add_argument("id")
    refuse.add_argument("--reason", required=True)
    refuse.add_argument("--on", type=_date)
    refuse.set_defaults(run=cmd_requests_refuse)

    retention = commands.add_parser("retention", help="retention periods and review")
    steps = retention.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    review = steps.add_parser("review", parents=[common], help="records due for deletion")
    review.add_argument("--on", type=_date, help="review as of this day (default today)")
    review.set_defaults(run=cmd_retention_review)

    erase = commands.add_parser("erase", parents=[common], help="erase a pupil, or one kind of their records")
    erase.add_argument("--pupil", required=True, help="the pupil's UPN or name")
    erase.add_argument("--kind", choices=ERASABLE, help="only this kind of record (default: everything)")
    erase.add_argument("--due-only", action="store_true", help="with --kind: only records past retention")
    erase.add_argument("--reason", required=True, help="why (kept in the erasure register)")
    erase.add_argument("--request", help="the request (its id) this erasure answers")
    erase.add_argument("--confirm", action="store_true", help="yes, erase (it cannot be undone)")
    erase.set_defaults(run=cmd_erase)

    audit = commands.add_parser(
        "audit", parents=[common], help="who viewed, changed, printed or exported what"
    )
    audit.add_argument("--pupil", help="events about this pupil (UPN or name)")
    audit.add_argument("--person", default="", help="part of the name of who did it")
    audit.add_argument("--action", choices=ACTIONS)
    audit.add_argument("--from", dest="first", type=_date)
    audit.add_argument("--to", dest="last", type=_date)
    audit.add_argument("--page", type=int, default=1)
    audit.set_defaults(run=cmd_audit)


def find_pupil(context: "ServiceContext", wanted: str) -> "Pupil":
    """The one pupil with this UPN, or whose preferred or legal name this is (any case)."""
    from desktop.cli import UsageError
    from desktop.services.school import SchoolService

    text = " ".join(wanted.split())
    pupils = SchoolService(context).pupils()
    by_upn = [p for p in pupils if p.upn and p.upn.casefold() == text.casefold()]
    if by_upn:
        return by_upn[0]
    folded = text.casefold()
    matches = [
        p
        for p in pupils
        if folded in {p.display_name.casefold(), f"{p.legal_first_name} {p.legal_last_name}".casefold()}
    ]
    if not matches:
        raise UsageError(
            f"No pupil has the UPN or name {wanted!r}; `linkbook list pupils --class NAME` lists them."
        )
    if len(matches) > 1:
        raise UsageError(f"{len(matches)} pupils are called {wanted!r}; give the pupil's UPN instead.")
    return matches[0]


def _run(args: argparse.Namespace, action: Any) -> int:
    """Open the school, run the action, turn a message for a person into a usage error, lock again."""
    from desktop.cli import EXIT_OK, UsageError, open_context
    from desktop.store.errors import InvalidInput

    context = open_context(args)
    try:
        result = action(context)
    except InvalidInput as exc:
        raise UsageError(str(exc)) from None
    finally:
        context.vault.close()
    return EXIT_OK if result is None else int(result)


def cmd_export_pupil(args: argparse.Namespace) -> int:
    from desktop.services.subject_access import SubjectAccessService

    def action(context: "ServiceContext") -> None:
        pupil = find_pupil(context, args.pupil)
        done = SubjectAccessService(context).export(pupil.id, args.output, args.request)
        print(
            f"Wrote {args.output}: {done.entries} entries, {done.agreements} agreements, {done.folders} "
            f"folders, {done.attachments} files, {done.audit_events} audit events."
        )
        if args.request:
            print(f"Request {args.request} is marked answered.")

    return _run(args, action)


def _request_line(request: Any, names: dict[str, str], today: dt.date) -> str:
    who = names.get(request.pupil_id or "", "(erased)")
    state = request.status.value
    if request.overdue(today):
        state = "OVERDUE"
    elif request.answered_on:
        state = f"{state} {request.answered_on.isoformat()}"
    extra = f"  {request.export_file}" if request.export_file else ""
    extra += f"  reason: {request.refusal_reason}" if request.refusal_reason else ""
    return (
        f"{request.id}  {request.kind.value:<18}  received {request.received_on.isoformat()}  "
        f"due {request.due_on.isoformat()}  {state:<20}  {who}  from {request.requester}{extra}"
    )


def cmd_requests_list(args: argparse.Namespace) -> int:
    from desktop.domain.records import RequestStatus
    from desktop.services.records_requests import RequestsService
    from desktop.services.school import SchoolService

    def action(context: "ServiceContext") -> None:
        requests = RequestsService(context).requests(RequestStatus.OPEN if args.open else None)
        names = {p.id: p.display_name for p in SchoolService(context).pupils()}
        for request in requests:
            print(_request_line(request, names, context.today()))
        if not requests:
            print("No requests." if not args.open else "No open requests.")

    return _run(args, action)


def cmd_requests_add(args: argparse.Namespace) -> int:
    from desktop.domain.records import RequestKind
    from desktop.services.records_requests import RequestsService

    def action(context: "ServiceContext") -> None:
        pupil = find_pupil(context, args.pupil)
        request = RequestsService(context).add(
            pupil.id, args.requester, RequestKind(KINDS[args.kind]), args.received, args.note
        )
        print(f"Request {request.id} entered; answer it by {request.due_on:%A %d %B %Y}.")

    return _run(args, action)


def cmd_requests_answer(args: argparse.Namespace) -> int:
    from desktop.services.records_requests import RequestsService

    def action(context: "ServiceContext") -> None:
        request = RequestsService(context).answer(args.id, Path(args.file).name, args.on)
        print(f"Request {request.id} answered on {request.answered_on}.")

    return _run(args, action)


def cmd_requests_refuse(args: argparse.Namespace) -> int:
    from desktop.services.records_requests import RequestsService

    def action(context: "ServiceContext") -> None:
        request = RequestsService(context).refuse(args.id, args.reason, args.on)
        print(f"Request {request.id} refused on {request.answered_on}.")

    return _run(args, action)


def cmd_retention_review(args: argparse.Namespace) -> int:
    from desktop.services.retention import RetentionService

    def action(context: "ServiceContext") -> None:
        service = RetentionService(context)
        items = service.review(args.on)
        rules = service.rules()
        for item in items:
            span = ""
            if item.oldest and item.newest:
                span = f" from {item.oldest.isoformat()} to {item.newest.isoformat()}"
            elif item.newest:
                span = f" up to {item.newest.isoformat()}"
            print(
                f"{item.kind.value:<18}  {item.pupil_name or '(school records)'}: {item.count} record(s)"
                f"{span}, due since {item.due_since.isoformat()}  [{rules[item.kind].years} years]"
            )
        if not items:
            print("Nothing is due for deletion.")
        else:
            print(
                f"{len(items)} group(s) due. Erase one kind with `linkbook erase --pupil NAME --kind KIND "
                "--due-only --reason WHY --confirm`; a due pupil_record with the same command and no --kind."
            )

    return _run(args, action)


def cmd_erase(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError
    from desktop.domain.records import RecordKind
    from desktop.services.erasure import ErasureService

    if not args.confirm:
        raise UsageError("Erasure cannot be undone; add --confirm to go ahead. Nothing was erased.")
    if args.due_only and not args.kind:
        raise UsageError("--due-only goes with --kind; say which kind of record.")

    def action(context: "ServiceContext") -> None:
        pupil = find_pupil(context, args.pupil)
        service = ErasureService(context)
        if args.kind:
            receipt = service.erase_records(
                pupil.id, RecordKind(args.kind), args.reason, due_only=args.due_only
            )
        else:
            receipt = service.erase_pupil(pupil.id, args.reason, args.request)
        counts = ", ".join(f"{n} {kind}" for kind, n in receipt.entry.counts.items()) or "nothing"
        print(f"Erased: {counts}; {receipt.blobs_removed} stored file(s) deleted.")
        print(f"Erasure register entry {receipt.entry.id}. Make a new backup; older backups still hold it.")

    return _run(args, action)


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop.domain.audit import AuditAction
    from desktop.services.audit_log import AuditLogService
    from desktop.store.repositories.audit_query import AuditFilter

    def action(context: "ServiceContext") -> None:
        pupil_id = find_pupil(context, args.pupil).id if args.pupil else None
        wanted = AuditFilter(
            pupil_id=pupil_id,
            actor=args.person,
            action=AuditAction(args.action) if args.action else None,
            first_day=args.first,
            last_day=args.last,
        )
        page = AuditLogService(context).page(wanted, args.page)
        for line in page.lines:
            event = line.event
            who = line.pupil_name or (event.pupil_id[:8] if event.pupil_id else "-")
            detail = f"  {event.detail}" if event.detail else ""
            print(
                f"{event.at:%Y-%m-%d %H:%M}  {event.actor}  {event.action.value}  {event.record_kind}  {who}"
                f"{detail}"
            )
        print(f"Page {page.page} of {page.pages} ({page.total} events).")

    return _run(args, action)
