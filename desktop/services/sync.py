"""Syncing this device with the school: set-up, invitations, removal, one sync run, and its status.

The window (background sync, the status line, family mode) and `linkbook sync` / `linkbook devices`
use only this module. No Qt: `sync_once` takes a progress callback and a cancel check and is meant to
run on the task runner. What syncs, and how local changes are captured, is the store's business
(desktop/store/sync_store/); this service decides who this device is and which keys go to whom.

Roles: the first device of a school founds it and becomes its **admin device** (it makes the scopes and
approves other devices). A **staff** device is given its classes: the school, those classes and every
pupil in them. A **family** device is given only its own children, their classes' news and the school.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.services.sync_attachments import fetch_attachments, send_attachments
from desktop.services.sync_enrolment import (
    JoinRefused,
    Mailbox,
    closing,
    open_requests,
    refuse,
    synced_folders,
)
from desktop.store.errors import InvalidInput
from desktop.store.sync_store.capture import enqueue_everything, resolve_conflict
from desktop.store.sync_store.kinds import FAMILY_KINDS_WRITABLE, SCOPE_MARKER
from desktop.store.sync_store.store import VaultSyncStore
from sync.admin import SchoolAdmin
from sync.client import SyncEngine
from sync.client import SyncReport as EngineReport
from sync.crypto import CryptoError
from sync.enrolment import Invitation, invitation_id_for, normalise_code, request_enrolment
from sync.folder import FolderTransport
from sync.http import HttpTransport
from sync.merge import Change, Op, RecordState
from sync.protocol import DeviceRegistration, DeviceRole, RefusalReason
from sync.transport import DeviceRemoved, Refused, Transport, TransportError

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class SyncUnavailable(InvalidInput):
    """The server or folder could not be reached; nothing already saved is affected. Try again later."""


class RemovedFromSync(InvalidInput):
    """The school office removed this device from the school's sync: trying again will not help."""

    def __init__(self) -> None:
        super().__init__(
            "The school office removed this computer from the school's sync, so it no longer sends or "
            "receives changes. Everything already on this computer stays here and can still be read. "
            "To sync again, ask the school office for a new invitation."
        )


REMOVED_ERROR = "removed from the school's sync by the school office"
"""What `sync_run.last_error` says once the server refused this device as removed (see `status`)."""


@dataclass(frozen=True, slots=True)
class SyncTarget:
    """Where to sync: the school's server (an http(s) URL) or a shared folder / USB stick."""

    server_url: str = ""
    folder: Path | None = None

    def __post_init__(self) -> None:
        if bool(self.server_url) == (self.folder is not None):
            raise InvalidInput("Give either the school's sync server address or a folder, not both.")
        if self.server_url and not self.server_url.startswith(("http://", "https://")):
            raise InvalidInput(
                f"{self.server_url} is not a server address; it starts with https:// (or http://)."
            )

    @property
    def label(self) -> str:
        return self.server_url or str(self.folder)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did (counts only, never content)."""

    target: str
    keys_received: int = 0
    bundles_sent: int = 0
    bundles_received: int = 0
    changes_received: int = 0
    conflicts: int = 0
    """Records with two versions of a long text that a person should choose between."""
    waiting_for_keys: int = 0
    rejected: int = 0
    """Bundles that failed their checks (tampered, or not signed by a device of this school)."""
    waiting_records: int = 0
    """Records held back until what they belong to arrives (usually none after a full sync)."""
    cancelled: bool = False
    join_requests: int = 0
    """(Admin device, folder sync) devices asking to join through the folder, waiting for approval."""
    kinds: frozenset[str] = frozenset()
    """The kinds of record that arrived (see desktop/store/sync_store/kinds.py), so a window redraws
    only what changed."""
    pupil_ids: frozenset[str] = frozenset()
    """This device's ids of the pupils whose records arrived (empty when none was a pupil's)."""


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """For the status line: is this device syncing, when it last did, what is waiting."""

    set_up: bool
    role: str = ""
    device_id: str = ""
    target: str = ""
    joining: bool = False
    """Asked to join; waiting for the admin's approval."""
    last_attempt: dt.datetime | None = None
    last_success: dt.datetime | None = None
    last_error: str = ""
    pending_changes: int = 0
    conflicts: int = 0
    removed: bool = False
    """The school office removed this device: the server refuses it for good (see `RemovedFromSync`)."""

    @property
    def offline(self) -> bool:
        """The last attempt failed to reach the server or folder."""
        return bool(self.last_error) and not self.removed


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """One long-text field of one record with versions written on two devices that never saw each other."""

    kind: str
    """The kind of record (see desktop/store/sync_store/kinds.py), e.g. "agreement_version"."""
    scope_id: str
    record_id: str
    field: str
    versions: tuple[str, ...]
    """Oldest first; the row shows the newest until a person chooses. Agreement content is its JSON."""


@dataclass(frozen=True, slots=True)
class InvitationSlip:
    """An invitation to give to a person: the code to type, the QR payload, the slip's text."""

    code: str
    role: str
    qr_payload: str
    printable: str
    expires_at: dt.datetime


@dataclass(frozen=True, slots=True)
class JoinRequest:
    """A device that answered one of this admin device's invitations and waits for approval."""

    device_id: str
    role: str
    label: str


@dataclass(frozen=True, slots=True)
class EnrolledDevice:
    device_id: str
    role: str
    label: str
    class_ids: tuple[str, ...] = ()
    pupil_ids: tuple[str, ...] = ()
    approved_at: str = ""
    removed_at: str = ""


@dataclass
class _Device:
    device_id: str = ""
    role: str = ""
    capture: bool = False
    server_url: str = ""
    folder: str = ""
    joining_code: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class _NotingStore:
    """The vault's sync store, noting the (kind, scope) of every record a sync writes."""

    def __init__(self, store: VaultSyncStore, noted: set[tuple[str, str]]) -> None:
        self._store = store
        self._noted = noted

    @contextlib.contextmanager
    def transaction(self) -> Iterator[object]:
        with self._store.transaction() as tx:
            yield _NotingTransaction(tx, self._noted)


class _NotingTransaction:
    def __init__(self, tx: object, noted: set[tuple[str, str]]) -> None:
        self._tx = tx
        self._noted = noted

    def __getattr__(self, name: str) -> object:
        return getattr(self._tx, name)

    def save_record(self, state: RecordState) -> None:
        self._noted.add((state.kind, state.scope_id))
        self._tx.save_record(state)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=4)
def _client(base_url: str) -> httpx.Client:
    """One connection pool per server for the life of the process (making a client costs ~0.2 s)."""
    return httpx.Client(base_url=base_url, timeout=30.0)


def _http(base_url: str, engine: SyncEngine) -> HttpTransport:
    return HttpTransport(base_url, engine.device, _client(base_url.rstrip("/")))


def _where(mailbox: Mailbox) -> str:
    return mailbox.base_url if isinstance(mailbox, HttpTransport) else str(mailbox.root.parent.parent)


def admit(sender: DeviceRegistration, change: Change) -> bool:
    """Who may change what, the same on every device: a family device may reply, acknowledge, sign and
    comment on a folder, nothing else; only an admin device says whose records a scope holds."""
    if change.kind == SCOPE_MARKER:
        return sender.role is DeviceRole.ADMIN
    if sender.role is not DeviceRole.FAMILY:
        return True
    allowed = FAMILY_KINDS_WRITABLE.get(change.kind)
    if allowed is None:
        return False
    if not allowed:
        return change.op is Op.APPEND
    return change.op is Op.SET and change.field in allowed


PIPELINE_CHANGES = 20_000
"""Queued changes from which sealing and pushing overlap (a first sync); below, one follows the other."""


def _seal_while_pushing(engine: SyncEngine, transport: Transport, report: EngineReport) -> None:
    """Seal the queued changes while a second thread pushes the bundles already sealed.

    A first sync of a school is minutes of sealing here and of storing on the server; overlapping them
    uses both. Each side still works in its own durable store transactions, exactly as one after the
    other would, so a cut anywhere leaves what either had committed. A channel failure in the pusher
    is raised here once sealing has finished.
    """
    sealed = threading.Event()
    failures: list[BaseException] = []

    def push_as_sealed() -> None:
        try:
            while True:
                last_round = sealed.is_set()
                engine.push(transport, report)
                if last_round:
                    return
                sealed.wait(0.2)
        except BaseException as error:
            failures.append(error)

    pusher = threading.Thread(target=push_as_sealed, name="linkbook-sync-push", daemon=True)
    pusher.start()
    try:
        engine.seal_pending(report)
    finally:
        sealed.set()
        pusher.join()
    if failures:
        raise failures[0]


class SyncService:
    """This device's sync (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault
        self.store = VaultSyncStore(context.vault)

    # What this device is.
    def _device(self) -> _Device | None:
        with self.vault.reading() as session:
            found = (
                session.connection()
                .exec_driver_sql(
                    "SELECT device_id, role, capture, server_url, folder, joining_code "
                    "FROM sync_device WHERE id = 1"
                )
                .first()
            )
        return _Device(found[0], found[1], bool(found[2]), found[3], found[4], found[5]) if found else None

    def _update_device(self, **values: object) -> None:
        names = ", ".join(f"{n} = ?" for n in values)
        with self.vault.writing() as session:
            session.connection().exec_driver_sql(
                f"UPDATE sync_device SET {names} WHERE id = 1", tuple(values.values())
            )

    def _engine(self) -> SyncEngine:
        return SyncEngine(self.store, admit=admit)

    def _transport(self, engine: SyncEngine, target: SyncTarget) -> Transport:
        if target.server_url:
            return _http(target.server_url, engine)
        assert target.folder is not None
        if not target.folder.is_dir():
            raise InvalidInput(f"The folder {target.folder} is not there; plug in the drive or create it.")
        return FolderTransport(target.folder)

    def _saved_target(self, device: _Device) -> SyncTarget:
        if device.server_url:
            return SyncTarget(server_url=device.server_url)
        if device.folder:
            return SyncTarget(folder=Path(device.folder))
        raise InvalidInput("This device has no sync server or folder yet; give one.")

    def _require_admin(self) -> _Device:
        device = self._device()
        if device is None or device.role != DeviceRole.ADMIN.value:
            raise InvalidInput("Only the school's admin device can do this; use that computer.")
        return device

    # Setting up.
    def found_school(self, target: SyncTarget, setup_token: str = "") -> str:
        """Make this device the school's first (admin) device and queue everything it holds.

        With a server, `setup_token` is the one the server printed (or wrote to its data folder) on
        first start. Returns this device's id.
        """
        self.context.actor.require(Capability.IMPORT_RECORDS)
        device = self._device()
        if device is not None and device.role:
            raise InvalidInput("This device already syncs with a school; nothing was changed.")
        engine = self._engine()
        transport = self._transport(engine, target)
        admin = SchoolAdmin(engine)
        try:
            admin.found_school(transport if isinstance(transport, HttpTransport) else None, setup_token)
        except Refused as refused:
            raise InvalidInput(
                f"The server refused to set up the school ({refused.detail}). Check the setup token; "
                "a server already set up for a school takes no second one."
            ) from None
        except TransportError as error:
            raise SyncUnavailable(f"Could not reach {target.label} ({error}); try again.") from None
        finally:
            if isinstance(transport, HttpTransport):
                transport.close()
        self._update_device(
            role=DeviceRole.ADMIN.value,
            capture=1,
            server_url=target.server_url,
            folder=str(target.folder or ""),
        )
        with self.vault.writing() as session:
            queued = enqueue_everything(session)
            self.context.audit(session, AuditAction.CREATED, "sync_device", engine.device_id[1:])
        del queued
        return engine.device_id

    def set_target(self, target: SyncTarget) -> None:
        """Sync from now on with another server address or folder (the school moved its server, or
        syncs by USB stick). Nothing is re-sent: each channel keeps its own cursors."""
        device = self._device()
        if device is None or not device.role:
            raise InvalidInput("This device does not sync yet; found the school's sync or join it first.")
        if target.folder is not None and not target.folder.is_dir():
            raise InvalidInput(f"The folder {target.folder} is not there; plug in the drive or create it.")
        self._update_device(server_url=target.server_url, folder=str(target.folder or ""))
        with self.vault.writing() as session:
            self.context.audit(session, AuditAction.CHANGED, "sync_device", device.device_id[1:])

    def invite(
        self,
        role: DeviceRole,
        *,
        class_ids: Sequence[str] = (),
        pupil_ids: Sequence[str] = (),
        label: str = "",
    ) -> InvitationSlip:
        """An invitation for a staff device (its classes) or a family device (its children)."""
        device = self._require_admin()
        if role is DeviceRole.STAFF and not class_ids:
            raise InvalidInput("Say which classes the staff device is for.")
        if role is DeviceRole.FAMILY and not pupil_ids:
            raise InvalidInput("Say which children the family device is for.")
        if role is DeviceRole.ADMIN:
            raise InvalidInput("A school has one admin device; invite a staff or family device.")
        with self.vault.reading() as session:
            c = session.connection()
            known_classes = {r[0] for r in c.exec_driver_sql("SELECT id FROM school_class")}
            known_pupils = {r[0] for r in c.exec_driver_sql("SELECT id FROM pupil")}
        if set(class_ids) - known_classes or set(pupil_ids) - known_pupils:
            raise InvalidInput("Some of those classes or pupils are not in this school; nothing was issued.")
        engine = self._engine()
        invitation = Invitation.issue(role, engine.device, device.server_url)
        with self.vault.writing() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO sync_invitation (invitation_id, invitation, label, class_ids, pupil_ids, "
                "device_id) VALUES (?, ?, ?, ?, ?, '')",
                (
                    invitation.invitation_id,
                    json.dumps(invitation.to_json()),
                    label,
                    json.dumps(list(class_ids)),
                    json.dumps(list(pupil_ids)),
                ),
            )
            self.context.audit(session, AuditAction.CREATED, "invitation", invitation.invitation_id[1:])
        return InvitationSlip(
            invitation.display_code,
            role.value,
            invitation.qr_payload,
            invitation.printable(),
            dt.datetime.fromtimestamp(invitation.expires_at),
        )

    def join(self, code: str, target: SyncTarget) -> bool:
        """On a new device: answer an invitation. True once approved (else ask the admin, then sync)."""
        try:
            code = normalise_code(code)
        except ValueError:
            raise InvalidInput("An invitation code is 12 letters and digits, like ABCD-EFGH-JKMN.") from None
        device = self._device()
        if device is not None and device.role:
            raise InvalidInput("This device already syncs with a school; nothing was changed.")
        engine = self._engine()
        with closing(self._mailbox(engine, target)) as mailbox:
            try:
                if isinstance(mailbox, FolderTransport):
                    taken = mailbox.fetch_approval(invitation_id_for(code))
                    if taken is not None and taken.registration.device_id != engine.device_id:
                        raise JoinRefused(RefusalReason.USED)
                mailbox.post_enrolment_request(request_enrolment(code, engine.device))
            except Refused as refused:
                raise InvalidInput(f"The server refused the request ({refused.detail}).") from None
            except TransportError as error:
                raise SyncUnavailable(f"Could not reach {target.label} ({error}); try again.") from None
        self._update_device(joining_code=code, server_url=target.server_url, folder=str(target.folder or ""))
        return self._finish_join(engine)

    def _mailbox(self, engine: SyncEngine, target: SyncTarget) -> Mailbox:
        """Where requests to join and approvals travel: the server, or the shared folder."""
        if target.server_url:
            return _http(target.server_url, engine)
        transport = self._transport(engine, target)
        assert isinstance(transport, FolderTransport)
        return transport

    def _finish_join(self, engine: SyncEngine) -> bool:
        """True once the admin's approval is here and checked; JoinRefused if the admin said no."""
        device = self._device()
        if device is None or not device.joining_code:
            return bool(device and device.role)
        code = device.joining_code
        invitation_id = invitation_id_for(code)
        target = self._saved_target(device)
        refusal: RefusalReason | None = None
        with closing(self._mailbox(engine, target)) as mailbox:
            try:
                approval = mailbox.fetch_approval(invitation_id)
                if isinstance(mailbox, FolderTransport):
                    refused = mailbox.refusal(invitation_id, engine.device_id)
                    refusal = refused.reason if refused is not None else None
            except TransportError as error:
                raise SyncUnavailable(f"Could not reach {target.label} ({error}); try again.") from None
        if approval is not None and approval.registration.device_id != engine.device_id:
            approval, refusal = None, RefusalReason.USED  # (a folder) it went to another device
        if approval is None:
            if refusal is not None:
                self._update_device(joining_code="", server_url="", folder="")
                raise JoinRefused(refusal)
            return False
        try:
            registration = engine.join(code, approval)
        except CryptoError:
            raise InvalidInput("The approval does not match this invitation; ask for a new one.") from None
        self._update_device(role=registration.role.value, capture=1, joining_code="")
        with self.vault.writing() as session:
            self.context.audit(session, AuditAction.CREATED, "sync_device", engine.device_id[1:])
        return True

    def _mailboxes(self, engine: SyncEngine, device: _Device) -> list[Mailbox]:
        """Every mailbox the admin device reads requests from: its server, and each folder it syncs
        or has synced through that is there now."""
        found: list[Mailbox] = [_http(device.server_url, engine)] if device.server_url else []
        return found + [FolderTransport(f) for f in synced_folders(self.vault, device.folder)]

    def join_requests(self) -> list[JoinRequest]:
        """On the admin device: the devices that answered one of its invitations, not yet approved,
        through its server or a shared folder."""
        device = self._require_admin()
        engine = self._engine()
        waiting = []
        for mailbox in self._mailboxes(engine, device):
            with closing(mailbox):
                try:
                    requests = open_requests(self.vault, mailbox)
                except TransportError as error:
                    raise SyncUnavailable(
                        f"Could not reach {_where(mailbox)} ({error}); try again."
                    ) from None
            for request, issued in requests:
                waiting.append(JoinRequest(request.device_id, issued.invitation.role.value, issued.label))
        return waiting

    def approve(self, device_ids: Collection[str] | None = None) -> list[EnrolledDevice]:
        """On the admin device: approve the devices that answered one of this device's invitations
        (only those in device_ids, when given), through its server or a shared folder."""
        device = self._require_admin()
        engine = self._engine()
        admin = SchoolAdmin(engine)
        approved: list[EnrolledDevice] = []
        for mailbox in self._mailboxes(engine, device):
            with closing(mailbox):
                try:
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
            invitation, label, class_ids, pupil_ids = (
                issued.invitation,
                issued.label,
                issued.class_ids,
                issued.pupil_ids,
            )
            scopes = self._scopes_for(invitation.role, class_ids, pupil_ids)
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
                label,
                tuple(class_ids),
                tuple(pupil_ids),
                self.context.now().isoformat(),
            )
            self._remember(enrolled, request.invitation_id)
            approved.append(enrolled)
        return approved

    def _remember(self, enrolled: EnrolledDevice, invitation_id: str) -> None:
        with self.vault.writing() as session:
            c = session.connection()
            c.exec_driver_sql(
                "UPDATE sync_invitation SET device_id = ? WHERE invitation_id = ?",
                (enrolled.device_id, invitation_id),
            )
            c.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_enrolled_device (device_id, role, label, class_ids, pupil_ids, "
                "approved_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, '')",
                (
                    enrolled.device_id,
                    enrolled.role,
                    enrolled.label,
                    json.dumps(enrolled.class_ids),
                    json.dumps(enrolled.pupil_ids),
                    enrolled.approved_at,
                ),
            )
            self.context.audit(session, AuditAction.CHANGED, "sync_device", enrolled.device_id[1:])

    def _scopes_for(self, role: DeviceRole, class_ids: Sequence[str], pupil_ids: Sequence[str]) -> list[str]:
        """A staff device: the school, its classes and their pupils; a family device: the school, its
        children and their classes (for news). Nobody else's child."""
        with self.vault.reading() as session:
            c = session.connection()
            if role is DeviceRole.STAFF:
                marks = ", ".join("?" * len(class_ids))
                pupils = [
                    r[0]
                    for r in c.exec_driver_sql(
                        f"SELECT id FROM pupil WHERE class_id IN ({marks})", tuple(class_ids)
                    )
                ]
                classes = list(class_ids)
            else:
                pupils = list(pupil_ids)
                marks = ", ".join("?" * len(pupils))
                classes = [
                    r[0]
                    for r in c.exec_driver_sql(
                        f"SELECT DISTINCT class_id FROM pupil WHERE id IN ({marks})", tuple(pupils)
                    )
                ]
            wanted = [("school", "school"), *(("class", x) for x in classes), *(("pupil", p) for p in pupils)]
            scopes = []
            for kind, subject in wanted:
                found = c.exec_driver_sql(
                    "SELECT scope_id FROM sync_scope WHERE kind = ? AND subject_id = ?", (kind, subject)
                ).first()
                if found is not None:
                    scopes.append(found[0])
        return sorted(scopes)

    def devices(self) -> list[EnrolledDevice]:
        """The devices this admin device approved, removed ones included (with when)."""
        self._require_admin()
        with self.vault.reading() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT device_id, role, label, class_ids, pupil_ids, approved_at, removed_at "
                    "FROM sync_enrolled_device ORDER BY approved_at"
                )
                .fetchall()
            )
        return [
            EnrolledDevice(r[0], r[1], r[2], tuple(json.loads(r[3])), tuple(json.loads(r[4])), r[5], r[6])
            for r in rows
        ]

    def remove_device(self, device_id: str) -> int:
        """Revoke a device and rotate every scope it held: what is written from now on is unreadable
        to it. Returns how many scopes got a new key."""
        device = self._require_admin()
        known = {d.device_id: d for d in self.devices()}
        if device_id not in known:
            raise InvalidInput(
                f"No device {device_id} was approved here; `linkbook devices list` shows them."
            )
        engine = self._engine()
        transport = self._transport(engine, self._saved_target(device))
        try:
            rotated = SchoolAdmin(engine).remove_device(device_id, [transport])
        except TransportError as error:
            raise SyncUnavailable(f"Could not reach {self._saved_target(device).label} ({error}).") from None
        finally:
            if isinstance(transport, HttpTransport):
                transport.close()
        with self.vault.writing() as session:
            session.connection().exec_driver_sql(
                "UPDATE sync_enrolled_device SET removed_at = ? WHERE device_id = ?",
                (self.context.now().isoformat(), device_id),
            )
            self.context.audit(session, AuditAction.DELETED, "sync_device", device_id[1:])
        return len(rotated)

    # Syncing.
    def sync_once(
        self,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        target: SyncTarget | None = None,
    ) -> SyncReport:
        """Keys in, local changes sealed and sent, what others wrote pulled and merged into the rows.

        Resumable: whatever completed before a failure or a cancel is kept, and the next call carries on.
        Raises `SyncUnavailable` when the server or folder cannot be reached (recorded for `status`), and
        `RemovedFromSync` when the server refuses this device because the school office removed it.
        """
        device = self._device()
        if device is None or not (device.role or device.joining_code):
            raise InvalidInput(
                "This device is not part of a school's sync yet: set it up on the school's first device, "
                "or join with an invitation code from the admin device."
            )
        target = target or self._saved_target(device)
        report = EngineReport(target.label)
        step = progress or (lambda _fraction: None)
        stop = cancelled or (lambda: False)
        started = self.context.now()
        noted: set[tuple[str, str]] = set()
        engine = SyncEngine(_NotingStore(self.store, noted), admit=admit)  # type: ignore[arg-type]
        try:
            if device.joining_code and not self._finish_join(engine):
                raise InvalidInput("The admin device has not approved this device yet; ask them, then sync.")
            transport = self._transport(engine, target)
            try:
                finished = self._run(engine, transport, report, step, stop)
                join_requests = self._answer_join_requests(device, transport)
            finally:
                if isinstance(transport, HttpTransport):
                    transport.close()
        except DeviceRemoved:
            self._record_run(target, started, REMOVED_ERROR)
            raise RemovedFromSync() from None
        except TransportError as error:
            self._record_run(target, started, f"could not reach {target.label}: {error}")
            raise SyncUnavailable(
                f"Could not reach {target.label}; nothing saved here was lost. Sync again when it is back."
            ) from None
        waiting = self.store.settle()
        self._record_run(target, started, "")
        with self.vault.writing() as session:
            detail = f"sent {report.pushed} bundles, received {report.changes_applied} changes"
            self.context.audit(session, AuditAction.CHANGED, "sync", engine.device_id[1:], detail=detail)
        return SyncReport(
            target.label,
            report.keys_received,
            report.pushed,
            report.applied,
            report.changes_applied,
            len(report.conflicts),
            len(report.waiting_for_keys),
            len(report.rejected),
            waiting,
            cancelled=not finished,
            join_requests=join_requests,
            kinds=frozenset(kind for kind, _scope in noted),
            pupil_ids=self._pupils_of({scope for _kind, scope in noted}),
        )

    def _pupils_of(self, scope_ids: Collection[str]) -> frozenset[str]:
        if not scope_ids:
            return frozenset()
        marks = ", ".join("?" * len(scope_ids))
        with self.vault.reading() as session:
            rows = session.connection().exec_driver_sql(
                f"SELECT subject_id FROM sync_scope WHERE kind = 'pupil' AND scope_id IN ({marks})",
                tuple(scope_ids),
            )
            return frozenset(r[0] for r in rows)

    def _run(
        self, engine: SyncEngine, transport: Transport, report: EngineReport, step: Progress, stop: Cancelled
    ) -> bool:
        """The engine's sync in steps, with progress and a chance to stop between them."""
        if isinstance(transport, HttpTransport):
            self._announce_scopes(engine, transport)
        elif isinstance(transport, FolderTransport):
            self._publish_registrations(transport)
            if not self._device_server_url():
                self._announce_scopes(engine, transport)  # a school with no server: grants go here
        engine.receive_keys(transport, report)
        step(0.05)
        with self.vault.reading() as session:
            backlog = session.connection().exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0
        if backlog >= PIPELINE_CHANGES:
            _seal_while_pushing(engine, transport, report)
        else:
            engine.seal_pending(report)
        step(0.2)
        if stop():
            return False
        engine.push(transport, report)
        send_attachments(self.vault, transport)  # type: ignore[arg-type]
        step(0.4)
        heads = transport.heads()
        scopes = engine.keyring.scopes()
        if heads is not None:
            with self.store.transaction() as tx:
                cursors = {s: tx.cursor(transport.channel, s) for s in scopes}
            # A scope whose log has nothing past this device's cursor is not asked for at all.
            scopes = [s for s in scopes if heads.get(s) != (cursors[s] or "0")]
        for number, scope_id in enumerate(scopes):
            if stop():
                return False
            engine.pull_scope(transport, scope_id, report)
            step(0.4 + 0.6 * (number + 1) / max(len(scopes), 1))
        fetch_attachments(self.vault, transport)  # type: ignore[arg-type]
        step(1.0)
        return True

    def _device_server_url(self) -> str:
        device = self._device()
        return device.server_url if device is not None else ""

    def _answer_join_requests(self, device: _Device, transport: Transport) -> int:
        """Admin device, folder sync: refuse the requests in the folder that answer no open invitation
        (so those devices stop waiting), and count the ones waiting for approval."""
        if device.role != DeviceRole.ADMIN.value or not isinstance(transport, FolderTransport):
            return 0
        return len(open_requests(self.vault, transport))

    def _announce_scopes(self, engine: SyncEngine, transport: HttpTransport | FolderTransport) -> None:
        """Admin device: tell the server about scopes made since the last sync (a new pupil or class),
        and give them to the staff devices of that class (through the folder, for a school with no
        server)."""
        with self.vault.reading() as session:
            c = session.connection()
            role = c.exec_driver_sql("SELECT role FROM sync_device WHERE id = 1").scalar()
            if role != DeviceRole.ADMIN.value:
                return
            fresh = c.exec_driver_sql(
                "SELECT scope_id, kind, subject_id FROM sync_scope WHERE announced = 0"
            ).fetchall()
            staff = c.exec_driver_sql(
                "SELECT device_id, class_ids FROM sync_enrolled_device "
                "WHERE role = 'staff' AND removed_at = ''"
            ).fetchall()
            pupil_class = dict(c.exec_driver_sql("SELECT id, class_id FROM pupil").fetchall())
        admin = SchoolAdmin(engine)
        if fresh and isinstance(transport, HttpTransport):
            # This device's own membership of every new scope, thousands at once on a first sync: its
            # registration posted again with the scopes (the server adds them) instead of a call each.
            own = [r[0] for r in fresh]
            for start in range(0, len(own), 5000):
                transport.publish_registration(admin.registration, own[start : start + 5000])
        for scope_id, kind, subject in fresh:
            class_id = subject if kind == "class" else pupil_class.get(subject) if kind == "pupil" else None
            for device_id, class_ids in staff:
                if class_id is not None and class_id in json.loads(class_ids):
                    admin.grant(device_id, [scope_id], [transport])
        if fresh:
            # Telling the server twice does no harm, so one transaction at the end is enough.
            with self.vault.writing() as session:
                session.connection().exec_driver_sql(
                    "UPDATE sync_scope SET announced = 1 WHERE scope_id = ?", [(r[0],) for r in fresh]
                )

    def _publish_registrations(self, transport: FolderTransport) -> None:
        """Put the registrations this device has checked in the folder, so devices that meet only
        there can check each other's bundles (a registration is public keys signed by the admin)."""
        with self.store.transaction() as tx:
            known = [
                tx.registration(r[0]) for r in tx.c.exec_driver_sql("SELECT device_id FROM sync_registration")
            ]
        for registration in known:
            if registration is not None and transport.registration(registration.device_id) is None:
                transport.publish_registration(registration, [])

    def _record_run(self, target: SyncTarget, started: dt.datetime, error: str) -> None:
        with self.vault.writing() as session:
            c = session.connection()
            c.exec_driver_sql(
                "INSERT INTO sync_run (channel, last_attempt_at, last_success_at, last_error) "
                "VALUES (?, ?, '', '') ON CONFLICT (channel) DO NOTHING",
                (target.label, started.isoformat()),
            )
            if error:
                c.exec_driver_sql(
                    "UPDATE sync_run SET last_attempt_at = ?, last_error = ? WHERE channel = ?",
                    (started.isoformat(), error, target.label),
                )
            else:
                c.exec_driver_sql(
                    "UPDATE sync_run SET last_attempt_at = ?, last_success_at = ?, last_error = '' "
                    "WHERE channel = ?",
                    (started.isoformat(), started.isoformat(), target.label),
                )

    def conflicts(self) -> list[SyncConflict]:
        """Long texts edited on two devices at once, with every version, oldest first. The person picks
        (or merges) one and saves it through the usual service: that edit replaces all the versions."""
        with self.vault.reading() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT c.kind, c.scope_id, c.record_id, c.field, r.state FROM sync_conflict c "
                    "JOIN sync_record r ON r.scope_id = c.scope_id AND r.record_id = c.record_id "
                    "ORDER BY c.kind, c.record_id"
                )
                .fetchall()
            )
        found = []
        for kind, scope_id, record_id, name, encoded in rows:
            register = RecordState.from_json(json.loads(encoded)).texts.get(name)
            if register is not None and register.in_conflict:
                versions = tuple(str(head.value or "") for head in register.heads)
                found.append(SyncConflict(kind, scope_id, record_id, name, versions))
        return found

    def resolve_conflict(self, conflict: SyncConflict, text: str) -> None:
        """Keep `text` (one of the versions, or a merge of them a person wrote) in place of them all."""
        with self.vault.writing() as session:
            try:
                resolve_conflict(session, conflict.scope_id, conflict.record_id, conflict.field, text)
            except ValueError:
                raise InvalidInput("That conflict has already been resolved on this device.") from None
            self.context.audit(session, AuditAction.CHANGED, conflict.kind, conflict.record_id[-32:])

    def status(self) -> SyncStatus:
        """Last sync, pending changes, conflicts and whether the last attempt found the server."""
        device = self._device()
        if device is None or not (device.role or device.joining_code):
            return SyncStatus(set_up=False)
        target = device.server_url or device.folder
        with self.vault.reading() as session:
            c = session.connection()
            pending = c.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0
            conflicts = c.exec_driver_sql("SELECT count(DISTINCT record_id) FROM sync_conflict").scalar() or 0
            run = c.exec_driver_sql(
                "SELECT last_attempt_at, last_success_at, last_error FROM sync_run WHERE channel = ?",
                (target,),
            ).first()

        def when(text: str) -> dt.datetime | None:
            return dt.datetime.fromisoformat(text) if text else None

        return SyncStatus(
            set_up=bool(device.role),
            role=device.role,
            device_id=device.device_id,
            target=target,
            joining=bool(device.joining_code),
            last_attempt=when(run[0]) if run else None,
            last_success=when(run[1]) if run else None,
            last_error=run[2] if run else "",
            pending_changes=int(pending),
            conflicts=int(conflicts),
            removed=bool(run and run[2] == REMOVED_ERROR),
        )
