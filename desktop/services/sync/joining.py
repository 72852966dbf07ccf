"""Joining a school, from both ends: the office invites, a computer asks, the office approves.

1. On the admin device, `invite` issues a one-time invitation for a staff device (its classes) or a
   family device (its children) and keeps what the device will be given. It tells the school's server
   the invitation is open (its id and expiry) so that the server can refuse a wrong code at once; when
   the server is out of reach the invitation is issued all the same, and the next sync (or the next
   look at the requests) tells it (`tell_server_of_invitations`) before anything else
   (`invitations`).
2. On the new computer, `join` sends its public keys with the code through the school's server or its
   shared folder (the mailbox, see `enrolment`), and waits.
3. On the admin device, `join_requests` lists the computers waiting, from every mailbox it syncs with,
   and `approve` registers them and wraps their keys.
4. The new computer's next sync calls `finish_join`, which checks the approval with the code and pins
   the admin; or raises `JoinRefused` when the office's computer turned the request down.

A computer the office removed joins again the same way, as a new device, and says (signed) which device
it was (`rejoin`), so the office lists it as one computer that joined again (`devices`).

The window, `linkbook devices` and the tests call these methods of `Enrolment` directly; the sync run
(`engine.SyncService`) uses `finish_join`, `tell_server_of_invitations` and `waiting_in_folder`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.services.sync.device import (
    SyncTarget,
    SyncUnavailable,
    http_to,
    is_removed,
    read_device,
    require_admin,
    saved_target,
    update_device,
)
from desktop.services.sync.enrolment import (
    JoinRefused,
    Mailbox,
    closing,
    open_requests,
    refuse,
    synced_folders,
)
from desktop.services.sync.invitations import Invitations, InvitationSlip, UnusedInvitation
from desktop.services.sync.rejoin import claim_rejoin, rejoined_from, start_again
from desktop.store.errors import InvalidInput
from desktop.store.sync_store.device import DeviceRow
from desktop.store.sync_store.enrolled import EnrolledDevice, EnrolledDevices
from desktop.store.sync_store.invitations import IssuedInvitations
from desktop.store.sync_store.scopes import Scopes
from desktop.store.sync_store.store import VaultSyncStore
from sync.admin import SchoolAdmin
from sync.client import SyncEngine
from sync.crypto import CryptoError, DeviceKeys
from sync.enrolment import invitation_id_for, normalise_code, request_enrolment
from sync.folder import FolderTransport
from sync.http import HttpTransport
from sync.protocol import DeviceRole, RefusalReason
from sync.transport import Refused, Transport, TransportError


@dataclass(frozen=True, slots=True)
class JoinRequest:
    """A device that answered one of this admin device's invitations and waits for approval."""

    device_id: str
    role: str
    label: str
    rejoins: EnrolledDevice | None = None
    """The removed device it was, when it is a computer joining again (its signed claim checked)."""


def _where(mailbox: Mailbox) -> str:
    return mailbox.base_url if isinstance(mailbox, HttpTransport) else str(mailbox.root.parent.parent)


class Enrolment:
    """Invitations, requests to join and approvals for this device (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault
        self.store = VaultSyncStore(context.vault)

    def _engine(self) -> SyncEngine:
        return SyncEngine(self.store)

    @property
    def _invitations(self) -> Invitations:
        return Invitations(self.context)

    # The admin device: invitations (see invitations.py).
    def invite(
        self,
        role: DeviceRole,
        *,
        class_ids: Sequence[str] = (),
        pupil_ids: Sequence[str] = (),
        label: str = "",
    ) -> InvitationSlip:
        """An invitation for a staff device (its classes) or a family device (its children), issued
        whether or not the server can be reached."""
        return self._invitations.issue(role, class_ids=class_ids, pupil_ids=pupil_ids, label=label)

    def tell_server_of_invitations(self, engine: SyncEngine, transport: Transport) -> int:
        """Admin device, first thing in a sync: tell its server of the invitations issued while it was
        out of reach (see `Invitations.tell_server`). Returns how many."""
        return self._invitations.tell_server(engine, transport)

    def invitations(self) -> list[UnusedInvitation]:
        """Unused, unexpired invitations, newest first, each saying whether the server knows of it."""
        return self._invitations.unused()

    def devices(self) -> list[EnrolledDevice]:
        """The devices this admin device approved, removed ones included (with when), oldest first; a
        computer that joined again names the removed device it was (`rejoined_from`)."""
        require_admin(self.vault)
        with self.vault.reading() as session:
            return EnrolledDevices(session).all()

    # The new computer.
    def join(self, code: str, target: SyncTarget) -> bool:
        """Answer an invitation. True once approved (else ask the admin, then sync).

        A computer the school office removed joins again this way from its own data folder: it becomes
        a new device, keeping its records and what it wrote that never reached the school
        (`rejoin`). A request the server turns down at once (a wrong code, an invitation used or
        expired) raises `JoinRefused` and changes nothing here."""
        try:
            code = normalise_code(code)
        except ValueError:
            raise InvalidInput("An invitation code is 12 letters and digits, like ABCD-EFGH-JKMN.") from None
        device = read_device(self.vault)
        rejoining = device is not None and bool(device.role) and is_removed(self.vault, device)
        if device is not None and device.role and not rejoining:
            raise InvalidInput("This device already syncs with a school; nothing was changed.")
        current = self._engine().device
        keys = DeviceKeys.generate() if rejoining else current
        request = request_enrolment(code, keys)
        if rejoining:
            request = claim_rejoin(request, current)  # so the office lists one computer, not two
        with closing(self._mailbox(keys, target)) as mailbox:
            try:
                if isinstance(mailbox, FolderTransport):
                    taken = mailbox.fetch_approval(invitation_id_for(code))
                    if taken is not None and taken.registration.device_id != keys.device_id:
                        raise JoinRefused(RefusalReason.USED)
                refusal = mailbox.post_enrolment_request(request)
            except Refused as refused:
                raise InvalidInput(f"The server refused the request ({refused.detail}).") from None
            except TransportError as error:
                raise SyncUnavailable(f"Could not reach {target.label} ({error}); try again.") from None
        if refusal is not None:
            raise JoinRefused(refusal.reason, by_server=isinstance(mailbox, HttpTransport))
        if rejoining:
            start_again(self.vault, keys)
            with self.vault.writing() as session:
                self.context.audit(session, AuditAction.CHANGED, "sync_device", keys.device_id[1:])
        update_device(
            self.vault, joining_code=code, server_url=target.server_url, folder=str(target.folder or "")
        )
        return self.finish_join(self._engine())

    def _mailbox(self, keys: DeviceKeys, target: SyncTarget) -> Mailbox:
        """Where requests to join and approvals travel: the server, or the shared folder."""
        if target.server_url:
            return http_to(target.server_url, keys)
        if target.folder is None or not target.folder.is_dir():
            raise InvalidInput(f"The folder {target.folder} is not there; plug in the drive or create it.")
        return FolderTransport(target.folder)

    def finish_join(self, engine: SyncEngine) -> bool:
        """True once the admin's approval is here and checked; JoinRefused if the request was turned
        down (by the admin device in a folder, or by the server for an invitation it does not hold open)."""
        device = read_device(self.vault)
        if device is None or not device.joining_code:
            return bool(device and device.role)
        code = device.joining_code
        invitation_id = invitation_id_for(code)
        target = saved_target(device)
        with closing(self._mailbox(engine.device, target)) as mailbox:
            try:
                approval = mailbox.fetch_approval(invitation_id)
                refused = mailbox.refusal(invitation_id, engine.device_id) if approval is None else None
            except TransportError as error:
                raise SyncUnavailable(f"Could not reach {target.label} ({error}); try again.") from None
        refusal = refused.reason if refused is not None else None
        if approval is not None and approval.registration.device_id != engine.device_id:
            approval, refusal = None, RefusalReason.USED  # (a folder) it went to another device
        if approval is None:
            if refusal is not None:
                update_device(self.vault, joining_code="", server_url="", folder="")
                raise JoinRefused(refusal, by_server=isinstance(mailbox, HttpTransport))
            return False
        try:
            registration = engine.join(code, approval)
        except CryptoError:
            raise InvalidInput("The approval does not match this invitation; ask for a new one.") from None
        update_device(self.vault, role=registration.role.value, capture=True, joining_code="")
        with self.vault.writing() as session:
            self.context.audit(session, AuditAction.CREATED, "sync_device", engine.device_id[1:])
        return True

    # The admin device: requests and approvals.
    def _mailboxes(self, engine: SyncEngine, device: DeviceRow) -> list[Mailbox]:
        """Every mailbox the admin device reads requests from: its server, and each folder it syncs
        or has synced through that is there now."""
        found: list[Mailbox] = [http_to(device.server_url, engine.device)] if device.server_url else []
        return found + [FolderTransport(f) for f in synced_folders(self.vault, device.folder)]

    def join_requests(self) -> list[JoinRequest]:
        """The devices that answered one of this device's invitations, not yet approved, through its
        server or a shared folder."""
        device = require_admin(self.vault)
        engine = self._engine()
        waiting = []
        known = {d.device_id: d for d in self.devices()}
        for mailbox in self._mailboxes(engine, device):
            with closing(mailbox):
                try:
                    self.tell_server_of_invitations(engine, mailbox)
                    requests = open_requests(self.vault, mailbox)
                except TransportError as error:
                    raise SyncUnavailable(
                        f"Could not reach {_where(mailbox)} ({error}); try again."
                    ) from None
            for request, issued in requests:
                rejoins = known.get(rejoined_from(self.vault, request))
                waiting.append(
                    JoinRequest(request.device_id, issued.invitation.role.value, issued.label, rejoins)
                )
        return waiting

    def approve(self, device_ids: Collection[str] | None = None) -> list[EnrolledDevice]:
        """Approve the devices that answered one of this device's invitations (only those in
        device_ids, when given), through its server or a shared folder."""
        device = require_admin(self.vault)
        engine = self._engine()
        admin = SchoolAdmin(engine)
        approved: list[EnrolledDevice] = []
        for mailbox in self._mailboxes(engine, device):
            with closing(mailbox):
                try:
                    self.tell_server_of_invitations(engine, mailbox)
                    approved += self._approve_from(admin, mailbox, device_ids)
                except TransportError as error:
                    raise SyncUnavailable(
                        f"Could not reach {_where(mailbox)} ({error}); try again."
                    ) from None
        return approved

    def _approve_from(
        self, admin: SchoolAdmin, mailbox: Mailbox, device_ids: Collection[str] | None
    ) -> list[EnrolledDevice]:
        approved = []
        taken: set[str] = set()
        for request, issued in open_requests(self.vault, mailbox):
            if device_ids is not None and request.device_id not in device_ids:
                continue
            if request.invitation_id in taken:
                continue  # two devices answered one invitation: it works once
            invitation = issued.invitation
            scopes = self._scopes_for(invitation.role, issued.class_ids, issued.pupil_ids)
            was = rejoined_from(self.vault, request)
            try:
                admin.approve(invitation, request, scopes, [mailbox])
            except CryptoError:
                if isinstance(mailbox, FolderTransport):
                    refuse(mailbox, request, RefusalReason.UNKNOWN_INVITATION)
                continue
            taken.add(request.invitation_id)
            enrolled = EnrolledDevice(
                request.device_id,
                invitation.role.value,
                issued.label,
                tuple(issued.class_ids),
                tuple(issued.pupil_ids),
                self.context.now().isoformat(),
                rejoined_from=was,
            )
            self._remember(enrolled, request.invitation_id)
            approved.append(enrolled)
        return approved

    def _remember(self, enrolled: EnrolledDevice, invitation_id: str) -> None:
        with self.vault.writing() as session:
            IssuedInvitations(session).mark_used(invitation_id, enrolled.device_id)
            EnrolledDevices(session).remember(enrolled)
            # The removed device's row and its removal stay as they were: the list folds them together.
            detail = (
                f"joined again; it was the removed device {enrolled.rejoined_from}"
                if enrolled.rejoined_from
                else ""
            )
            self.context.audit(
                session, AuditAction.CHANGED, "sync_device", enrolled.device_id[1:], detail=detail
            )

    def _scopes_for(self, role: DeviceRole, class_ids: Sequence[str], pupil_ids: Sequence[str]) -> list[str]:
        """A staff device: the school, its classes and their pupils; a family device: the school, its
        children and their classes (for news). Nobody else's child."""
        with self.vault.reading() as session:
            scopes = Scopes(session)
            if role is DeviceRole.STAFF:
                return scopes.for_staff(class_ids)
            return scopes.for_family(pupil_ids)

    def waiting_in_folder(self, device: DeviceRow, transport: Transport) -> int:
        """Admin device, folder sync: refuse the requests in the folder that answer no open invitation
        (so those devices stop waiting), and count the ones waiting for approval."""
        if device.role != DeviceRole.ADMIN.value or not isinstance(transport, FolderTransport):
            return 0
        return len(open_requests(self.vault, transport))
