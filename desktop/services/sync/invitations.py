"""The admin device's invitations: issued at once, whatever the network; the server told when it can be.

The school's server refuses a request to join that answers no invitation it holds open, so a mistyped
code is told at once (`enrolment`). For that the admin device tells the server of each invitation
(its id and expiry, never the code). A school office loses its connection often and must still be able
to print an invitation for a new teacher, so `issue` keeps the invitation here whether or not the
server answered, marking it `server_pending` when it did not; the next sync (or the next look at the
requests to join) tells the server first (`tell_server`), and the Devices tab shows such an invitation
as waiting to reach the server until then. A device that answers it before that is refused by the
server as unknown, with words that say to ask the office to sync (`enrolment.NOT_YET_ON_SERVER`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.services.sync.device import quick_http_to, read_device, require_admin
from desktop.services.sync.enrolment import closing
from desktop.store.errors import InvalidInput
from desktop.store.sync_store.invitations import IssuedInvitations
from desktop.store.sync_store.scopes import Scopes
from desktop.store.sync_store.store import VaultSyncStore
from sync.admin import SchoolAdmin
from sync.client import SyncEngine
from sync.enrolment import Invitation
from sync.http import HttpTransport
from sync.protocol import DeviceRole
from sync.transport import DeviceRemoved, Refused, Transport, TransportError


@dataclass(frozen=True, slots=True)
class InvitationSlip:
    """An invitation to give to a person: the code to type, the QR payload, the slip's text."""

    code: str
    role: str
    qr_payload: str
    printable: str
    expires_at: dt.datetime
    waiting_for_server: bool = False
    """The server was out of reach: the invitation is kept here and sent at the next sync. A device
    answering it before then is told to ask the office to sync."""


@dataclass(frozen=True, slots=True)
class UnusedInvitation:
    """An invitation of this admin device that no device has used yet and that has not expired."""

    invitation_id: str
    role: str
    label: str
    expires_at: dt.datetime
    waiting_for_server: bool
    """Issued while the server was out of reach; the next sync sends it."""


class Invitations:
    """This admin device's invitations (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def issue(
        self,
        role: DeviceRole,
        *,
        class_ids: Sequence[str] = (),
        pupil_ids: Sequence[str] = (),
        label: str = "",
    ) -> InvitationSlip:
        """An invitation for a staff device (its classes) or a family device (its children)."""
        device = require_admin(self.vault)
        if role is DeviceRole.STAFF and not class_ids:
            raise InvalidInput("Say which classes the staff device is for.")
        if role is DeviceRole.FAMILY and not pupil_ids:
            raise InvalidInput("Say which children the family device is for.")
        if role is DeviceRole.ADMIN:
            raise InvalidInput("A school has one admin device; invite a staff or family device.")
        with self.vault.reading() as session:
            in_school = Scopes(session).school_has(class_ids, pupil_ids)
        if not in_school:
            raise InvalidInput("Some of those classes or pupils are not in this school; nothing was issued.")
        engine = SyncEngine(VaultSyncStore(self.vault))
        invitation = Invitation.issue(role, engine.device, device.server_url)
        waiting = False
        if device.server_url:
            with closing(quick_http_to(device.server_url, engine.device)) as server:
                try:
                    SchoolAdmin(engine).open_invitation(invitation, [server])
                except Refused as refused:
                    raise InvalidInput(
                        f"The server refused the invitation ({refused.detail}); nothing was issued."
                    ) from None
                except TransportError:
                    waiting = True  # the office prints it now; the next sync tells the server
        with self.vault.writing() as session:
            IssuedInvitations(session).add(invitation, label, class_ids, pupil_ids, server_pending=waiting)
            self.context.audit(
                session,
                AuditAction.CREATED,
                "invitation",
                invitation.invitation_id[1:],
                detail="not yet sent to the server (out of reach)" if waiting else "",
            )
        if device.server_url and not waiting:
            server = quick_http_to(device.server_url, engine.device)
            with closing(server), contextlib.suppress(Refused, TransportError):
                self.tell_server(engine, server)  # any issued while it was away; else the next sync
        return InvitationSlip(
            invitation.display_code,
            role.value,
            invitation.qr_payload,
            invitation.printable(),
            dt.datetime.fromtimestamp(invitation.expires_at),
            waiting,
        )

    def tell_server(self, engine: SyncEngine, transport: Transport) -> int:
        """Admin device, first thing in a sync with its server: tell the server of the invitations
        issued while it was out of reach, so that a device answering one is taken. Returns how many.

        Call it before anything else the sync does: the joining device may be trying now. A transport
        error propagates (the sync cannot reach the server either) and they stay waiting; a server
        that refuses one leaves it waiting and is told the rest. Nothing for a folder, or for a
        server other than this device's own."""
        if not isinstance(transport, HttpTransport):
            return 0
        with self.vault.reading() as session:
            waiting = IssuedInvitations(session).waiting_for_server()
        if not waiting:
            return 0
        device = read_device(self.vault)
        if device is None or device.server_url.rstrip("/") != transport.base_url:
            return 0
        admin = SchoolAdmin(engine)
        told = []
        for invitation in waiting:
            try:
                admin.open_invitation(invitation, [transport])
            except DeviceRemoved:
                raise
            except Refused:
                continue
            told.append(invitation.invitation_id)
        if told:
            with self.vault.writing() as session:
                IssuedInvitations(session).server_told(told)
                for invitation_id in told:
                    self.context.audit(
                        session,
                        AuditAction.CHANGED,
                        "invitation",
                        invitation_id[1:],
                        detail="sent to the server",
                    )
        return len(told)

    def unused(self) -> list[UnusedInvitation]:
        """This admin device's invitations that no device has used and that have not expired, newest
        first; each says whether the server still has to be told of it."""
        require_admin(self.vault)
        with self.vault.reading() as session:
            issued = IssuedInvitations(session).unused()
        now = time.time()
        found = []
        for unused in issued:
            invitation = unused.invitation
            if invitation.expires_at > now:
                expires = dt.datetime.fromtimestamp(invitation.expires_at)
                found.append(
                    UnusedInvitation(
                        invitation.invitation_id,
                        invitation.role.value,
                        unused.label,
                        expires,
                        unused.server_pending,
                    )
                )
        return sorted(found, key=lambda i: i.expires_at, reverse=True)
