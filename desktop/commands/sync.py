"""`linkbook sync` and `linkbook devices`: end-to-end encrypted sync from the command line.

linkbook sync --server https://sync.school.example [--setup-token-file FILE]   (first device: founds it)
linkbook sync --folder /media/USB
linkbook devices invite --staff --class "Year 3 Oak" | --family --pupil "Zofia Wiśniewska"
linkbook devices join CODE --server URL | --folder /media/USB   (then `linkbook sync` once approved)
linkbook devices approve | list | remove DEVICE_ID

Exit codes as the rest of `linkbook` (0 done, 2 bad input, 3 wrong passphrase, 4 damaged data), and 1
when the server or folder could not be reached (nothing saved is lost; run it again later). A device the
school office removed, or a request to join it turned down, exits 2 with what to do.
"""

import argparse
from pathlib import Path
from typing import Any


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the sync and devices commands to the `linkbook` parser (see COMMAND_MODULES in desktop/cli.py)."""
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="sync this device with the school's server or a shared folder",
        description=(
            "Send this device's changes and receive everyone else's, sealed end to end. The first device "
            "of a school founds it (give the server's setup token) and becomes its admin device. Exit "
            "status 1 means the server or folder could not be reached; nothing saved was lost."
        ),
    )
    where = sync.add_mutually_exclusive_group()
    where.add_argument("--server", help="the school's sync server, e.g. https://sync.school.example")
    where.add_argument("--folder", type=Path, help="a shared folder or USB stick instead of a server")
    sync.add_argument("--setup-token-file", type=Path, help="first device only: the server's setup token")
    sync.add_argument("--status", action="store_true", help="only say when this device last synced")
    sync.set_defaults(run=cmd_sync)

    devices = commands.add_parser(
        "devices",
        parents=[common],
        help="invite, approve, list or remove the devices that sync with this school",
        description="Enrolment of staff and family devices, on the admin device (join: on the new one).",
    )
    actions = devices.add_subparsers(dest="action", metavar="ACTION", required=True)
    invite = actions.add_parser("invite", parents=[common], help="issue a one-time invitation code")
    role = invite.add_mutually_exclusive_group(required=True)
    role.add_argument("--staff", action="store_true", help="a member of staff's device: give --class")
    role.add_argument("--family", action="store_true", help="a family's device: give --pupil")
    invite.add_argument("--class", dest="classes", action="append", default=[], help="a class (repeatable)")
    invite.add_argument("--pupil", dest="pupils", action="append", default=[], help="a child (repeatable)")
    invite.add_argument("--label", default="", help="who the device is for, e.g. 'Mrs Nowak, Year 3'")
    invite.set_defaults(run=cmd_invite)
    join = actions.add_parser("join", parents=[common], help="on a new device: answer an invitation")
    join.add_argument("code", help="the code on the invitation, e.g. ABCD-EFGH-JKMN")
    through = join.add_mutually_exclusive_group(required=True)
    through.add_argument("--server", help="the school's sync server")
    through.add_argument("--folder", type=Path, help="the school's shared folder or USB stick (no server)")
    join.set_defaults(run=cmd_join)
    actions.add_parser("approve", parents=[common], help="approve devices that answered").set_defaults(
        run=cmd_approve
    )
    actions.add_parser("list", parents=[common], help="list approved devices").set_defaults(run=cmd_list)
    remove = actions.add_parser("remove", parents=[common], help="remove a device and rotate its keys")
    remove.add_argument("device_id")
    remove.set_defaults(run=cmd_remove)


def _target(args: argparse.Namespace) -> Any:
    from desktop.services.sync.device import SyncTarget

    if args.server:
        return SyncTarget(server_url=args.server)
    if getattr(args, "folder", None):
        return SyncTarget(folder=args.folder.expanduser().resolve())
    return None


def _read_token(path: Path) -> str:
    from desktop.cli import UsageError

    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise UsageError(f"Cannot read the setup token file {path}: {exc.strerror}.") from None


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, EXIT_PROBLEMS, open_context
    from desktop.services.sync.device import SyncUnavailable
    from desktop.services.sync.engine import SyncService

    context = open_context(args)
    try:
        service = SyncService(context)
        status = service.status()
        if args.status:
            _print_status(status)
            return EXIT_OK
        target = _target(args)
        if not status.set_up and not status.joining:
            if target is None:
                from desktop.cli import UsageError

                raise UsageError("Say where to sync: --server URL or --folder PATH.")
            token = _read_token(args.setup_token_file) if args.setup_token_file else ""
            if target.server_url and not token:
                from desktop.cli import UsageError

                raise UsageError(
                    "This device does not sync yet. On the school's first device give the server's setup "
                    "token (--setup-token-file FILE); on any other, run `linkbook devices join CODE`."
                )
            service.found_school(target, token)
            print("This device founded the school's sync and is its admin device.")
        try:
            report = service.sync_once(target=target)
        except SyncUnavailable as exc:
            print(f"linkbook: {exc}")
            return EXIT_PROBLEMS
    finally:
        context.vault.close()
    print(
        f"Synced with {report.target}: sent {report.bundles_sent} bundles, received "
        f"{report.changes_received} changes in {report.bundles_received} bundles."
    )
    if report.conflicts:
        print(f"{report.conflicts} record(s) were edited on two devices at once; open them to choose.")
    if report.rejected:
        print(f"{report.rejected} bundle(s) failed their checks and were not applied.")
    if report.waiting_for_keys:
        print(f"{report.waiting_for_keys} scope(s) wait for keys from the admin device.")
    if report.join_requests:
        print(
            f"{report.join_requests} device(s) ask to join through this folder; "
            "`linkbook devices approve` approves them."
        )
    return EXIT_OK


def _print_status(status: Any) -> None:
    if not status.set_up:
        print(
            "This device does not sync."
            + (" It waits for the admin to approve it." if status.joining else "")
        )
        return
    last = status.last_success.strftime("%d %B %Y %H:%M") if status.last_success else "never"
    print(f"Device {status.device_id} ({status.role}) syncs with {status.target}; last synced {last}.")
    print(f"{status.pending_changes} change(s) waiting to be sent, {status.conflicts} conflict(s).")
    if status.removed:
        from desktop.services.sync.engine import RemovedFromSync

        print(str(RemovedFromSync()))
    elif status.last_error:
        print(f"Last attempt failed: {status.last_error}")


def cmd_invite(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, UsageError, open_context
    from desktop.commands.printing import _find_pupil
    from desktop.services.school import SchoolService
    from desktop.services.sync.joining import Enrolment
    from desktop.store.errors import InvalidInput
    from sync.protocol import DeviceRole

    if args.staff and (args.pupils or not args.classes):
        raise UsageError("A staff device is for classes: give --class NAME (repeat it for more).")
    if args.family and (args.classes or not args.pupils):
        raise UsageError("A family device is for children: give --pupil NAME (repeat it for siblings).")
    context = open_context(args)
    try:
        school = SchoolService(context)
        try:
            class_ids = [school.class_named(name).id for name in args.classes]
        except InvalidInput as exc:
            raise UsageError(str(exc)) from None
        pupil_ids = [_find_pupil(school, name).id for name in args.pupils]
        role = DeviceRole.STAFF if args.staff else DeviceRole.FAMILY
        slip = Enrolment(context).invite(role, class_ids=class_ids, pupil_ids=pupil_ids, label=args.label)
    finally:
        context.vault.close()
    print(slip.printable)
    print(f"QR: {slip.qr_payload}")
    return EXIT_OK


def cmd_join(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, EXIT_PROBLEMS, open_context
    from desktop.services.sync.device import SyncUnavailable
    from desktop.services.sync.joining import Enrolment

    context = open_context(args)
    try:
        try:
            joined = Enrolment(context).join(args.code, _target(args))
        except SyncUnavailable as exc:
            print(f"linkbook: {exc}")
            return EXIT_PROBLEMS
    finally:
        context.vault.close()
    if joined:
        print("Joined the school. Run `linkbook sync` to receive its records.")
    else:
        print("Asked to join. Once the admin device has approved it, run `linkbook sync`.")
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, open_context
    from desktop.services.sync.joining import Enrolment

    context = open_context(args)
    try:
        approved = Enrolment(context).approve()
    finally:
        context.vault.close()
    for device in approved:
        print(f"Approved {device.device_id} ({device.role}) {device.label}".rstrip())
    if not approved:
        print("No device is waiting for approval.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, open_context
    from desktop.services.sync.joining import Enrolment

    context = open_context(args)
    try:
        devices = Enrolment(context).devices()
    finally:
        context.vault.close()
    rejoined = {device.rejoined_from for device in devices if device.rejoined_from}
    for device in devices:
        if device.device_id in rejoined:
            continue  # listed with the device it became
        state = f"removed {device.removed_at}" if device.removed_at else f"approved {device.approved_at}"
        if device.rejoined_from:
            state += f" (joined again; was {device.rejoined_from})"
        print(f"{device.device_id}\t{device.role}\t{state}\t{device.label}")
    if not devices:
        print("No other device has been approved yet.")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, EXIT_PROBLEMS, open_context
    from desktop.services.sync.device import SyncUnavailable
    from desktop.services.sync.engine import SyncService

    context = open_context(args)
    try:
        try:
            rotated = SyncService(context).remove_device(args.device_id)
        except SyncUnavailable as exc:
            print(f"linkbook: {exc}")
            return EXIT_PROBLEMS
    finally:
        context.vault.close()
    print(f"Removed {args.device_id}; {rotated} scope key(s) replaced, so it cannot read anything new.")
    return EXIT_OK
