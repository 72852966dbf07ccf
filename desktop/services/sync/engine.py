"""Syncing this device with the school: founding its sync, removing a device, one sync run, its status.

No Qt: `sync_once` takes a progress callback and a cancel check and is meant to run on the task runner.
What syncs, and how local changes are captured, is the store's business (desktop/store/sync_store/);
this service decides who this device is and which keys go to whom. Joining a school (invite, join,
approve, the devices list) is `joining.Enrolment`; this computer's row and target are in `device.py`;
who may change what is `admission.admit`.

Roles: the first device of a school founds it and becomes its **admin device** (it makes the scopes and
approves other devices). A **staff** device is given its classes: the school, those classes and every
pupil in them. A **family** device is given only its own children, their classes' news and the school.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.services.sync.admission import admit
from desktop.services.sync.attachments import fetch_attachments, send_attachments
from desktop.services.sync.device import (
    REMOVED_ERROR,
    SyncTarget,
    SyncUnavailable,
    read_device,
    require_admin,
    saved_target,
    transport_to,
    update_device,
)
from desktop.services.sync.enrolment import synced_folders
from desktop.services.sync.first_queue import first_queue_due, queue_what_was_here
from desktop.services.sync.joining import Enrolment
from desktop.services.sync.pipeline import PIPELINE_CHANGES, seal_while_pushing, while_handing_over
from desktop.store.errors import InvalidInput
from desktop.store.sync_store.backlog import SyncBacklog
from desktop.store.sync_store.capture import ensure_staff_scopes
from desktop.store.sync_store.device import ThisDevice
from desktop.store.sync_store.enrolled import EnrolledDevices
from desktop.store.sync_store.first_queue import unqueued
from desktop.store.sync_store.runs import SyncRuns
from desktop.store.sync_store.scopes import Scopes
from desktop.store.sync_store.store import VaultSyncStore, VaultSyncTransaction
from sync.admin import SchoolAdmin
from sync.client import SyncEngine
from sync.crypto import ScopeKind
from sync.folder import FolderTransport, folder_channel
from sync.http import HttpTransport, server_channel
from sync.merge import RecordState
from sync.protocol import DeviceRole, SealedBundle
from sync.report import SyncReport as EngineReport
from sync.transport import DeviceRemoved, Refused, StorageFull, Transport, TransportError, heads_after_push

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


class _NotingStore:
    """The vault's sync store, noting the (kind, scope) of every record a sync writes."""

    def __init__(self, store: VaultSyncStore, noted: set[tuple[str, str]]) -> None:
        self._store = store
        self._noted = noted

    @contextlib.contextmanager
    def transaction(self) -> Iterator[object]:
        with self._store.transaction() as tx:
            yield _NotingTransaction(tx, self._noted)

    def when_committing(self, signal: Callable[[], None] | None) -> None:
        """`sync.local.CommitSignals`, forwarded (defined here: see `_NotingTransaction`)."""
        self._store.when_committing(signal)


class _NotingTransaction:
    def __init__(self, tx: VaultSyncTransaction, noted: set[tuple[str, str]]) -> None:
        self._tx = tx
        self._noted = noted

    def __getattr__(self, name: str) -> object:
        return getattr(self._tx, name)

    def save_record(self, state: RecordState) -> None:
        self._noted.add((state.kind, state.scope_id))
        self._tx.save_record(state)

    def save_records(self, states: Sequence[RecordState]) -> None:
        self._noted.update((state.kind, state.scope_id) for state in states)
        self._tx.save_records(states)

    # The optional protocols' methods (`sync.local`: BulkRecords, EncodedOutbox, ScopeKinds), forwarded by
    # name: from Python 3.12 `isinstance` against a runtime-checkable protocol looks the methods up on the
    # class and no longer finds those `__getattr__` would forward, so the engine would skip them.
    def records(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], RecordState]:
        return self._tx.records(keys)

    def pending_encoded(self, scope_id: str, limit: int) -> Sequence[tuple[str, str]]:
        return self._tx.pending_encoded(scope_id, limit)

    def seal_pending_encoded(self, bundle: SealedBundle, stamps: Sequence[str]) -> None:
        self._tx.seal_pending_encoded(bundle, stamps)

    def scope_kinds(self, scope_ids: Sequence[str]) -> Mapping[str, ScopeKind]:
        return self._tx.scope_kinds(scope_ids)

    def save_scope_kinds(self, kinds: Mapping[str, ScopeKind]) -> None:
        self._tx.save_scope_kinds(kinds)


class SyncService:
    """This device's sync (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault
        self.store = VaultSyncStore(context.vault)
        self._enrolment = Enrolment(context)
        """Joining the school (finishing a join, the requests waiting in a folder, invitations)."""

    # Setting up.
    def found_school(self, target: SyncTarget, setup_token: str = "") -> str:
        """Make this device the school's first (admin) device; its first sync queues everything it holds.

        With a server, `setup_token` is the one the server printed (or wrote to its data folder) on
        first start. Returns this device's id. Founding takes a moment: the records are queued, sealed
        and sent by the first sync (see desktop/services/sync/first_queue.py).
        """
        self.context.actor.require(Capability.IMPORT_RECORDS)
        device = read_device(self.vault)
        if device is not None and device.role:
            raise InvalidInput("This device already syncs with a school; nothing was changed.")
        engine = SyncEngine(self.store, admit=admit)
        transport = transport_to(engine, target)
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
        update_device(
            self.vault,
            role=DeviceRole.ADMIN.value,
            capture=True,
            server_url=target.server_url,
            folder=str(target.folder or ""),
            unqueued=True,
        )
        with self.vault.writing() as session:
            self.context.audit(session, AuditAction.CREATED, "sync_device", engine.device_id[1:])
        return engine.device_id

    def set_target(self, target: SyncTarget) -> None:
        """Sync from now on with another server address or folder (the school moved its server, or
        syncs by USB stick). Nothing is re-sent: each channel keeps its own cursors."""
        device = read_device(self.vault)
        if device is None or not device.role:
            raise InvalidInput("This device does not sync yet; found the school's sync or join it first.")
        if target.folder is not None and not target.folder.is_dir():
            raise InvalidInput(f"The folder {target.folder} is not there; plug in the drive or create it.")
        update_device(self.vault, server_url=target.server_url, folder=str(target.folder or ""))
        with self.vault.writing() as session:
            self.context.audit(session, AuditAction.CHANGED, "sync_device", device.device_id[1:])

    def remove_device(self, device_id: str) -> int:
        """Revoke a device and rotate every scope it held: what is written from now on is unreadable
        to it. Returns how many scopes got a new key."""
        device = require_admin(self.vault)
        known = {d.device_id: d for d in self._enrolment.devices()}
        if device_id not in known:
            raise InvalidInput(
                f"No device {device_id} was approved here; `linkbook devices list` shows them."
            )
        engine = SyncEngine(self.store, admit=admit)
        transport = transport_to(engine, saved_target(device))
        admin = SchoolAdmin(engine)
        try:
            rotated = admin.remove_device(device_id, [transport])
        except TransportError as error:
            raise SyncUnavailable(f"Could not reach {saved_target(device).label} ({error}).") from None
        finally:
            if isinstance(transport, HttpTransport):
                transport.close()
        self._leave_removal_notice(admin, device_id, device.folder)
        with self.vault.writing() as session:
            EnrolledDevices(session).mark_removed(device_id, self.context.now().isoformat())
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
        device = read_device(self.vault)
        if device is None or not (device.role or device.joining_code):
            raise InvalidInput(
                "This device is not part of a school's sync yet: set it up on the school's first device, "
                "or join with an invitation code from the admin device."
            )
        target = target or saved_target(device)
        report = EngineReport(target.label)
        step = progress or (lambda _fraction: None)
        stop = cancelled or (lambda: False)
        started = self.context.now()
        noted: set[tuple[str, str]] = set()
        engine = SyncEngine(_NotingStore(self.store, noted), admit=admit)  # type: ignore[arg-type]  # a SyncStore by duck typing
        try:
            if device.joining_code and not self._enrolment.finish_join(engine):
                raise InvalidInput("The admin device has not approved this device yet; ask them, then sync.")
            transport = transport_to(engine, target)
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
        with self.vault.reading() as session:
            return Scopes(session).pupils_of(scope_ids)

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
        heads = transport.heads()
        first_due = first_queue_due(self.vault)
        with self.vault.reading() as session:
            backlog = SyncBacklog(session).pending_changes()
        if engine.keys_needed(transport, heads, sealing=first_due or backlog > 0):
            engine.receive_keys(transport, report)
        step(0.05)
        if first_due:
            queued = while_handing_over(
                engine,
                transport,
                report,
                lambda hand_over: queue_what_was_here(
                    self.vault,
                    engine,
                    report,
                    announce,
                    stop,
                    lambda done: step(0.05 + 0.15 * done),
                    hand_over,
                ),
            )
            if not queued:
                return False
        with self.vault.reading() as session:
            backlog = SyncBacklog(session).pending_changes()
        if backlog >= PIPELINE_CHANGES:
            seal_while_pushing(engine, transport, report)
        else:
            engine.seal_pending(report)
        step(0.2)
        if stop():
            return False
        engine.push(transport, report)
        send_attachments(self.vault, transport)  # type: ignore[arg-type]  # both transports are BlobTransports
        step(0.4)
        if report.pushed:
            heads = heads_after_push(transport)  # past this device's own bundles, not fetched back
        scopes = engine.keyring.scopes()
        if heads is not None:
            with self.store.transaction() as tx:
                cursors = {s: tx.cursor(transport.channel, s) for s in scopes}
            # A scope whose log has nothing past this device's cursor is not asked for at all.
            scopes = [s for s in scopes if heads.get(s) != (cursors[s] or "0")]
        with self.vault.reading() as session:
            scopes = Scopes(session).parents_first(scopes)
        with self.store.kept():  # the rounds' pages stay decrypted from one round to the next
            pulled = engine.pull_scopes(
                transport, scopes, report, stop=stop, pulled=lambda done: step(0.4 + 0.6 * done / len(scopes))
            )
        if not pulled:
            return False
        fetch_attachments(self.vault, transport)  # type: ignore[arg-type]  # both transports are BlobTransports
        step(1.0)
        return True

    def _device_server_url(self) -> str:
        device = read_device(self.vault)
        return device.server_url if device is not None else ""

    def _announce_scopes(self, engine: SyncEngine, transport: HttpTransport | FolderTransport) -> None:
        """Admin device: tell the server about scopes made since the last sync (a new pupil or class),
        and give them to the staff devices of that class, and to the family devices of that pupil when
        they were enrolled before the scopes existed (through the folder, for a school with no
        server)."""
        with self.vault.reading() as session:
            if ThisDevice(session).role() != DeviceRole.ADMIN.value:
                return
        with self.vault.writing() as session:
            ensure_staff_scopes(session)
        with self.vault.reading() as session:
            scopes = Scopes(session)
            fresh = scopes.unannounced()
            staff = EnrolledDevices(session).staff_classes()
            families = [
                (d.device_id, frozenset(d.pupil_ids))
                for d in EnrolledDevices(session).all()
                if d.role == DeviceRole.FAMILY.value and not d.removed_at
            ]
            pupil_class = scopes.pupil_classes()
        if fresh:
            # Scopes made during this sync (by the first sync's queue, or the staff-only scopes just
            # above) have keys the engine's keyring, read when the sync began, does not hold yet:
            # without them a grant would add a staff device to the scope but wrap no key for it.
            with engine.store.transaction() as tx:
                for key in tx.scope_keys():
                    if (key.scope_id, key.generation) not in engine.keyring:
                        engine.keyring.add(key)
        admin = SchoolAdmin(engine)
        if fresh and isinstance(transport, HttpTransport):
            # This device's own membership of every new scope, thousands at once on a first sync: its
            # registration posted again with the scopes (the server adds them) instead of a call each.
            own = [s.scope_id for s in fresh]
            for start in range(0, len(own), 5000):
                transport.publish_registration(admin.registration, own[start : start + 5000])
        for scope in fresh:
            subject = scope.subject_id
            kind = scope.kind
            class_id = (
                subject
                if kind in ("class", "staff")
                else pupil_class.get(subject)
                if kind == "pupil"
                else None
            )
            # The school's scope and its staff-only scope go to every staff device (a device enrolled
            # before the admin's first sync was given neither when approved: they did not exist yet).
            every_staff_device = kind == "school" or (kind == "staff" and subject == "school")
            for device_id, class_ids in staff:
                if every_staff_device or (class_id is not None and class_id in class_ids):
                    admin.grant(device_id, [scope.scope_id], [transport])
            for device_id, pupil_ids in families:
                # A family device enrolled before the scopes existed: the school's, its children's
                # and their classes' (never a staff scope).
                if (
                    kind == "school"
                    or (kind == "pupil" and subject in pupil_ids)
                    or (kind == "class" and any(pupil_class.get(p) == subject for p in pupil_ids))
                ):
                    admin.grant(device_id, [scope.scope_id], [transport])
        if fresh:
            # Telling the server twice does no harm, so one transaction at the end is enough.
            with self.vault.writing() as session:
                Scopes(session).mark_announced([s.scope_id for s in fresh])

    def _publish_registrations(self, transport: FolderTransport) -> None:
        """Put the registrations this device has checked in the folder, so devices that meet only
        there can check each other's bundles (a registration is public keys signed by the admin)."""
        with self.store.transaction() as tx:
            known = tx.registrations()
        for registration in known:
            if transport.registration(registration.device_id) is None:
                transport.publish_registration(registration, [])

    def _record_run(self, target: SyncTarget, started: dt.datetime, error: str) -> None:
        with self.vault.writing() as session:
            SyncRuns(session).record(target.label, started, error)

    def status(self) -> SyncStatus:
        """Last sync, pending changes, conflicts and whether the last attempt found the server."""
        device = read_device(self.vault)
        if device is None or not (device.role or device.joining_code):
            return SyncStatus(set_up=False)
        target = device.server_url or device.folder
        channel = server_channel(device.server_url) if device.server_url else folder_channel(Path(target))
        with self.vault.reading() as session:
            backlog = SyncBacklog(session)
            pending = backlog.pending_changes()
            unsent = backlog.unsent_bundles(channel)
            first_due = unqueued(session.connection())
            conflicts = backlog.conflicted_records()
            run = SyncRuns(session).last(target)

        return SyncStatus(
            set_up=bool(device.role),
            role=device.role,
            device_id=device.device_id,
            target=target,
            joining=bool(device.joining_code),
            last_attempt=run.last_attempt if run else None,
            last_success=run.last_success if run else None,
            last_error=run.last_error if run else "",
            pending_changes=pending,
            unsent_bundles=unsent,
            first_sync_due=first_due,
            conflicts=conflicts,
            removed=bool(run and run.last_error == REMOVED_ERROR),
        )
