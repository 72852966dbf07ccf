"""Syncing this device with the school: set-up, invitations, removal, one sync run, and its status.

The window (background sync, the status line, family mode) and `linkbook sync` / `linkbook devices`
use only this module. No Qt: `sync_once` takes a progress callback and a cancel check and is meant to
run on the task runner. What syncs, and how local changes are captured, is the store's business
(desktop/store/sync_store/); this service decides who this device is and which keys go to whom.
Joining a school (invite, join, approve) works in `sync_joining.py`, and this computer's row and
target in `sync_device.py`; `SyncService` offers them all, so callers need only this module.

Roles: the first device of a school founds it and becomes its **admin device** (it makes the scopes and
approves other devices). A **staff** device is given its classes: the school, those classes and every
pupil in them. A **family** device is given only its own children, their classes' news and the school.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.services.sync_attachments import fetch_attachments, send_attachments
from desktop.services.sync_device import (
    REMOVED_ERROR,
    DeviceRow,
    SyncTarget,
    SyncUnavailable,
    read_device,
    require_admin,
    transport_to,
    update_device,
)
from desktop.services.sync_device import client_for as _client
from desktop.services.sync_enrolment import synced_folders
from desktop.services.sync_first_queue import first_queue_due, queue_what_was_here
from desktop.services.sync_invitations import UnusedInvitation
from desktop.services.sync_joining import EnrolledDevice, Enrolment, InvitationSlip, JoinRequest
from desktop.services.sync_pipeline import PIPELINE_CHANGES, seal_while_pushing, while_pushing
from desktop.store.errors import InvalidInput
from desktop.store.sync_store.capture import resolve_conflict
from desktop.store.sync_store.kinds import FAMILY_KINDS_WRITABLE, SCOPE_MARKER
from desktop.store.sync_store.store import VaultSyncStore
from sync.admin import SchoolAdmin
from sync.client import SyncEngine
from sync.client import SyncReport as EngineReport
from sync.folder import FolderTransport, folder_channel
from sync.http import HttpTransport, server_channel
from sync.merge import Change, Op, RecordState
from sync.protocol import DeviceRegistration, DeviceRole
from sync.transport import DeviceRemoved, Refused, StorageFull, Transport, TransportError

__all__ = [
    "REMOVED_ERROR",
    "EnrolledDevice",
    "InvitationSlip",
    "JoinRequest",
    "RemovedFromSync",
    "SyncConflict",
    "SyncReport",
    "SyncService",
    "SyncStatus",
    "SyncTarget",
    "SyncUnavailable",
    "UnusedInvitation",
    "_client",
    "admit",
]

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class RemovedFromSync(InvalidInput):
    """The school office removed this device from the school's sync: trying again will not help."""

    def __init__(self) -> None:
        super().__init__(
            "The school office removed this computer from the school's sync, so it no longer sends or "
            "receives changes. Everything already on this computer stays here and can still be read. "
            "To sync again, ask the school office for a new invitation."
        )


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
    """Changes made here and not yet sealed for sending."""
    unsent_bundles: int = 0
    """Bundles sealed here that the server or folder this device syncs with has not taken yet."""
    first_sync_due: bool = False
    """What this device held before it synced is still to be sealed and sent (its first sync)."""
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


class SyncService:
    """This device's sync (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault
        self.store = VaultSyncStore(context.vault)

    # What this device is.
    def _device(self) -> DeviceRow | None:
        return read_device(self.vault)

    def _update_device(self, **values: object) -> None:
        update_device(self.vault, **values)

    def _engine(self) -> SyncEngine:
        return SyncEngine(self.store, admit=admit)

    def _transport(self, engine: SyncEngine, target: SyncTarget) -> Transport:
        return transport_to(engine, target)

    def _require_admin(self) -> DeviceRow:
        return require_admin(self.vault)

    @property
    def _enrolment(self) -> Enrolment:
        return Enrolment(self.context)

    # Setting up.
    def found_school(self, target: SyncTarget, setup_token: str = "") -> str:
        """Make this device the school's first (admin) device; its first sync queues everything it holds.

        With a server, `setup_token` is the one the server printed (or wrote to its data folder) on
        first start. Returns this device's id. Founding takes a moment: the records are queued, sealed
        and sent by the first sync (see desktop/services/sync_first_queue.py).
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
            unqueued=1,
        )
        with self.vault.writing() as session:
            self.context.audit(session, AuditAction.CREATED, "sync_device", engine.device_id[1:])
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

    # Joining (see sync_joining.py).
    def invite(
        self,
        role: DeviceRole,
        *,
        class_ids: Sequence[str] = (),
        pupil_ids: Sequence[str] = (),
        label: str = "",
    ) -> InvitationSlip:
        """On the admin device: an invitation for a staff device (its classes) or a family device (its
        children)."""
        return self._enrolment.invite(role, class_ids=class_ids, pupil_ids=pupil_ids, label=label)

    def join(self, code: str, target: SyncTarget) -> bool:
        """On a new device: answer an invitation. True once approved (else ask the admin, then sync)."""
        return self._enrolment.join(code, target)

    def join_requests(self) -> list[JoinRequest]:
        """On the admin device: the devices that answered one of its invitations, not yet approved,
        through its server or a shared folder."""
        return self._enrolment.join_requests()

    def approve(self, device_ids: Collection[str] | None = None) -> list[EnrolledDevice]:
        """On the admin device: approve the devices that answered one of this device's invitations
        (only those in device_ids, when given), through its server or a shared folder."""
        return self._enrolment.approve(device_ids)

    # Devices.
    def devices(self) -> list[EnrolledDevice]:
        """The devices this admin device approved, removed ones included (with when); a computer that
        joined again names the removed device it was (`rejoined_from`)."""
        self._require_admin()
        return self._enrolment.devices()

    def invitations(self) -> list[UnusedInvitation]:
        """On the admin device: its unused, unexpired invitations, newest first, each saying whether
        the server still has to be told of it (issued while it was out of reach)."""
        return self._enrolment.invitations()

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
        transport = self._transport(engine, device.saved_target)
        admin = SchoolAdmin(engine)
        try:
            rotated = admin.remove_device(device_id, [transport])
        except TransportError as error:
            raise SyncUnavailable(f"Could not reach {device.saved_target.label} ({error}).") from None
        finally:
            if isinstance(transport, HttpTransport):
                transport.close()
        self._leave_removal_notice(admin, device_id, device.folder)
        with self.vault.writing() as session:
            session.connection().exec_driver_sql(
                "UPDATE sync_enrolled_device SET removed_at = ? WHERE device_id = ?",
                (self.context.now().isoformat(), device_id),
            )
            self.context.audit(session, AuditAction.DELETED, "sync_device", device_id[1:])
        return len(rotated)

    def _leave_removal_notice(self, admin: SchoolAdmin, device_id: str, saved_folder: str) -> None:
        """The signed notice also goes to every other folder this device has synced through that is
        there now (the USB stick of a school with a server), so devices syncing there refuse the
        removed device's later bundles. A stick that is out, or will not take it, gets it at the next
        sync there of any device that knows it (`SyncEngine.learn_removals`); the removal itself is
        done either way."""
        notice = admin.removal_notice(device_id)
        for folder in synced_folders(self.vault, saved_folder):
            with contextlib.suppress(TransportError):
                there = FolderTransport(folder)
                if there.removal(device_id) != notice:
                    there.post_removal(notice)

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
        target = target or device.saved_target
        report = EngineReport(target.label)
        step = progress or (lambda _fraction: None)
        stop = cancelled or (lambda: False)
        started = self.context.now()
        noted: set[tuple[str, str]] = set()
        engine = SyncEngine(_NotingStore(self.store, noted), admit=admit)  # type: ignore[arg-type]
        try:
            if device.joining_code and not self._enrolment.finish_join(engine):
                raise InvalidInput("The admin device has not approved this device yet; ask them, then sync.")
            transport = self._transport(engine, target)
            try:
                finished = self._run(engine, transport, report, step, stop)
                join_requests = self._enrolment.waiting_in_folder(device, transport)
            finally:
                if isinstance(transport, HttpTransport):
                    transport.close()
        except DeviceRemoved:
            self._record_run(target, started, REMOVED_ERROR)
            raise RemovedFromSync() from None
        except StorageFull as full:
            self._record_run(target, started, str(full))
            raise SyncUnavailable(str(full)) from None
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
        self._enrolment.tell_server_of_invitations(engine, transport)  # issued while it was out of reach
        engine.check_not_removed(transport)  # a folder's notice; a server refuses such a device itself

        def announce() -> None:
            if isinstance(transport, HttpTransport):
                self._announce_scopes(engine, transport)
            elif isinstance(transport, FolderTransport) and not self._device_server_url():
                self._announce_scopes(engine, transport)  # a school with no server: grants go here

        if isinstance(transport, FolderTransport):
            self._publish_registrations(transport)
        announce()
        engine.receive_keys(transport, report)
        step(0.05)
        if first_queue_due(self.vault):
            queued = while_pushing(
                engine,
                transport,
                report,
                lambda: queue_what_was_here(
                    self.vault, engine, report, announce, stop, lambda done: step(0.05 + 0.15 * done)
                ),
            )
            if not queued:
                return False
        with self.vault.reading() as session:
            backlog = session.connection().exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0
        if backlog >= PIPELINE_CHANGES:
            seal_while_pushing(engine, transport, report)
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
            channel = server_channel(device.server_url) if device.server_url else folder_channel(Path(target))
            unsent = c.exec_driver_sql(
                "SELECT count(*) FROM sync_outgoing o WHERE NOT EXISTS (SELECT 1 FROM sync_acknowledged a "
                "WHERE a.channel = ? AND a.bundle_id = o.bundle_id)",
                (channel,),
            ).scalar()
            first_due = bool(c.exec_driver_sql("SELECT unqueued FROM sync_device WHERE id = 1").scalar())
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
            unsent_bundles=int(unsent or 0),
            first_sync_due=first_due,
            conflicts=int(conflicts),
            removed=bool(run and run[2] == REMOVED_ERROR),
        )
