"""Where join requests wait, and what the admin device answers to those it cannot approve.

A request to join reaches the admin device through a **mailbox**: the school's sync server, or a shared
folder (`sync.folder`), for schools with no server. The admin device reads the requests from every
mailbox it syncs with (its server, its folder, and any folder it has synced through), so one list of
requests shows them all.

A request that answers no open invitation of this admin device (a mistyped code, one already used by
another device, an expired one) is turned down, and the joining device stops waiting and says why
(`JoinRefused`). The server does it by itself, since the admin device tells it which invitations are
open (their ids and expiry, never the codes); in a folder the admin device writes a refusal file when
it syncs there or lists the requests. An invitation issued while the server was out of reach is unknown
to it until the admin device's next sync (`invitations`), so a server's "unknown invitation" says
that too (`NOT_YET_ON_SERVER`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from desktop.store.errors import InvalidInput
from desktop.store.sync_store.invitations import IssuedInvitation, IssuedInvitations
from desktop.store.sync_store.runs import SyncRuns
from desktop.store.vault import Vault
from sync.folder import FolderTransport
from sync.http import HttpTransport
from sync.protocol import EnrolmentRefusal, EnrolmentRequest, RefusalReason

Mailbox = HttpTransport | FolderTransport
"""A channel that carries join requests and approvals."""


REFUSAL_MESSAGES: Mapping[RefusalReason, str] = {
    RefusalReason.UNKNOWN_INVITATION: (
        "The school office's computer did not recognise that invitation code, so this computer did "
        "not join. Check the code on the invitation and join again, or ask the school office for a "
        "new invitation."
    ),
    RefusalReason.USED: (
        "That invitation has already been used to connect another computer; each one works once. "
        "Ask the school office for a new invitation."
    ),
    RefusalReason.EXPIRED: (
        "That invitation has expired, so this computer did not join. Ask the school office for a new "
        "invitation."
    ),
}
"""What the joining device says for each refusal: what happened and what to do."""

NOT_YET_ON_SERVER = (
    "The school's server did not recognise that invitation code, so this computer did not join. "
    "Check the code on the invitation and join again. If the code is right, the school office's "
    "computer has not sent this invitation to the server yet (it was issued while the server was out "
    "of reach): ask the office to sync, then join again."
)
"""A server's "unknown invitation": it cannot tell a mistyped code from an invitation the office's
computer issued offline and has not sent yet (`Enrolment.tell_server_of_invitations`), so the words
cover both."""


class JoinRefused(InvalidInput):
    """The admin device turned down this device's request to join; it no longer waits."""

    def __init__(self, reason: RefusalReason, *, by_server: bool = False) -> None:
        unknown = by_server and reason is RefusalReason.UNKNOWN_INVITATION
        super().__init__(NOT_YET_ON_SERVER if unknown else REFUSAL_MESSAGES[reason])
        self.reason = reason


def issued_invitation(vault: Vault, invitation_id: str) -> IssuedInvitation | None:
    """The invitation this admin device issued with that id (used or not), or None."""
    with vault.reading() as session:
        return IssuedInvitations(session).find(invitation_id)


def why_not(issued: IssuedInvitation | None, request: EnrolmentRequest) -> RefusalReason | None:
    """Why the request cannot be approved, or None if it answers an open invitation."""
    if issued is None:
        return RefusalReason.UNKNOWN_INVITATION
    if issued.used_by and issued.used_by != request.device_id:
        return RefusalReason.USED
    if time.time() > issued.invitation.expires_at:
        return RefusalReason.EXPIRED
    return None


def refuse(folder: FolderTransport, request: EnrolmentRequest, reason: RefusalReason) -> None:
    folder.post_refusal(
        EnrolmentRefusal(invitation_id=request.invitation_id, device_id=request.device_id, reason=reason)
    )


def open_requests(vault: Vault, mailbox: Mailbox) -> list[tuple[EnrolmentRequest, IssuedInvitation]]:
    """The mailbox's requests that answer an open invitation of this device, with that invitation.

    In a folder, the others are refused there and then (see the module docstring); a server keeps them.
    """
    waiting = []
    for request in mailbox.enrolment_requests():
        issued = issued_invitation(vault, request.invitation_id)
        reason = why_not(issued, request)
        if reason is not None:
            if isinstance(mailbox, FolderTransport):
                refuse(mailbox, request, reason)
            continue
        assert issued is not None
        if issued.used_by:
            continue  # approved already; the approval is in the mailbox for it
        waiting.append((request, issued))
    return waiting


def synced_folders(vault: Vault, saved_folder: str) -> list[Path]:
    """The folders this device syncs or has synced through that are there now (a stick may be out)."""
    with vault.reading() as session:
        channels = SyncRuns(session).channels()
    found: dict[Path, None] = {}
    for name in [saved_folder, *channels]:
        if name and not name.startswith(("http://", "https://")):
            path = Path(name)
            if path.is_dir():
                found.setdefault(path.resolve(), None)
    return list(found)


@contextlib.contextmanager
def closing(mailbox: Mailbox) -> Iterator[Mailbox]:
    try:
        yield mailbox
    finally:
        if isinstance(mailbox, HttpTransport):
            mailbox.close()
