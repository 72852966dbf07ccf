"""The sync engine: local edits into the outbox, bundles out, bundles in, merged into the local store.

The engine is the same for every channel (`transport.Transport`: the HTTP server or a shared folder) and
for every app (`local.SyncStore`: the desktop's SQLCipher database, or a test's memory). It is built so
that a sync cut anywhere (connection lost, server killed, laptop lid closed) loses nothing and repeats
nothing:

- a local edit is merged and queued in the same store transaction as the app's own write;
- sealing moves queued changes into a sealed bundle with a fixed id in one transaction, so a retried push
  sends the same bundle id, which the server stores once;
- a bundle is acknowledged per channel only after the channel said it holds it;
- an incoming bundle's changes, "this bundle is applied" and the pull cursor commit together (a round of
  pages of several scopes in one transaction), and a bundle already applied (from any channel) is
  skipped; merging is idempotent besides.

Nothing from a channel is trusted: a sender's keys are checked back to an admin pinned at enrolment, the
signature and the AES-GCM tag are checked, and every change must belong to the bundle's scope and carry
its sender's device id in its timestamp (so no device can write in another's name).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence

from sync.clock import HybridLogicalClock, Timestamp, wall_clock_ms
from sync.crypto import (
    CryptoError,
    DeviceKeys,
    DevicePublicKeys,
    Keyring,
    MissingScopeKey,
    ScopeKey,
    ScopeKind,
    open_bundle,
    seal_bundle,
    unwrap_scope_key,
    verify_registration,
)
from sync.enrolment import accept_approval, check_removal, earlier_notice
from sync.local import EncodedOutbox, ScopeKinds, SyncStore, SyncTransaction
from sync.merge import Change, Json, Op, Outcome, merge
from sync.payload import compress, count_within_budget, encode_change, plaintext_of
from sync.protocol import (
    DeviceRegistration,
    DeviceRemoval,
    DeviceRole,
    EnrolmentApproval,
    SealedBundle,
    new_bundle_id,
)
from sync.pulling import Admit, Pull
from sync.report import SyncReport
from sync.transport import DeviceRemoved, Refused, StorageFull, Transport, heads_after_push

_KEYS_TAKEN: dict[tuple[str, str], tuple[int, frozenset[tuple[str, int]]]] = {}
"""(device id, channel) -> how many keys the channel held wrapped for the device when this process last
took every one of them, and the keys the device then held (see `SyncEngine.keys_needed`). Kept for the
process: the app makes an engine afresh for each sync."""

SEAL_TRANSACTION_BYTES = 8 * 1024 * 1024
"""Payload JSON (before compression) sealed per store transaction: large enough that commits do not
dominate a first sync."""


class BundleSealer:
    """Seals and opens payloads; a seam only so the benchmark can measure the cost of sealing."""

    def seal(self, payload: bytes, key: ScopeKey, bundle_id: str, device: DeviceKeys) -> SealedBundle:
        return seal_bundle(payload, key, bundle_id, device)

    def open(self, bundle: SealedBundle, keyring: Keyring, sender: DevicePublicKeys) -> bytes:
        return open_bundle(bundle, keyring, sender)


class SyncEngine:
    """One device's sync: its keys, its clock, its edits, and syncing with any transport."""

    def __init__(
        self,
        store: SyncStore,
        *,
        now_ms: Callable[[], int] = wall_clock_ms,
        bundle_changes: int = 2000,
        admit: Admit | None = None,
        sealer: BundleSealer | None = None,
    ) -> None:
        self.store = store
        self.bundle_changes = bundle_changes
        self.admit = admit
        self.sealer = sealer or BundleSealer()
        with store.transaction() as tx:
            raw = tx.device_keys()
            if raw is None:
                self.device = DeviceKeys.generate()
                tx.save_device_keys(self.device.to_bytes())
            else:
                self.device = DeviceKeys.from_bytes(raw)
            self.clock = HybridLogicalClock(self.device.device_id, tx.clock(), now_ms)
            self.keyring = Keyring(tx.scope_keys())

    @property
    def device_id(self) -> str:
        return self.device.device_id

    # Local edits: call inside the app's own store transaction, beside its own write.
    def set_fields(
        self, tx: SyncTransaction, scope_id: str, kind: str, record_id: str, values: Mapping[str, Json]
    ) -> list[Change]:
        """Structured fields (last writer wins)."""
        return [
            self._local(tx, Change(scope_id, record_id, kind, Op.SET, self.clock.now(), name, value))
            for name, value in values.items()
        ]

    def edit_text(
        self,
        tx: SyncTransaction,
        scope_id: str,
        kind: str,
        record_id: str,
        field_name: str,
        text: str | None,
        bases: Sequence[Timestamp] | None = None,
    ) -> Change:
        """A long-text edit, based by default on every version the person could see (resolving a conflict)."""
        if bases is None:
            state = tx.record(scope_id, record_id)
            register = state.texts.get(field_name) if state else None
            bases = [head.stamp for head in register.heads] if register else []
        change = Change(scope_id, record_id, kind, Op.TEXT, self.clock.now(), field_name, text, tuple(bases))
        return self._local(tx, change)

    def append(
        self, tx: SyncTransaction, scope_id: str, kind: str, record_id: str, values: Mapping[str, Json]
    ) -> Change:
        """A whole append-only record (an entry, a reply), written once by this device."""
        return self._local(
            tx, Change(scope_id, record_id, kind, Op.APPEND, self.clock.now(), value=dict(values))
        )

    def delete(self, tx: SyncTransaction, scope_id: str, kind: str, record_id: str) -> Change:
        return self._local(tx, Change(scope_id, record_id, kind, Op.DELETE, self.clock.now()))

    def _local(self, tx: SyncTransaction, change: Change) -> Change:
        state, outcome = merge(tx.record(change.scope_id, change.record_id), change)
        if outcome is Outcome.REJECTED:
            raise ValueError(f"change refused by the merge rules: {change.op} on {change.kind}")
        if outcome is Outcome.APPLIED:
            tx.save_record(state)
        tx.add_pending(change)
        tx.save_clock(self.clock.last)
        return change

    def join(self, code: str, approval: EnrolmentApproval) -> DeviceRegistration:
        """Finish enrolment: check the admin's approval with the invitation code and pin that admin."""
        admin = accept_approval(code, approval, self.device)
        with self.store.transaction() as tx:
            tx.trust_admin(admin)
            tx.save_registration(admin)
            tx.save_registration(approval.registration)
        return approval.registration

    # Syncing.
    def sync(self, transport: Transport, *, push: bool = True, pull: bool = True) -> SyncReport:
        """Keys in, pending changes sealed and pushed, new bundles pulled and merged.

        Raises `TransportError` if the channel fails; whatever completed before is kept, and the next
        call carries on from there.
        """
        report = SyncReport(transport.channel)
        heads = transport.heads()
        with self.store.transaction() as tx:
            sealing = bool(tx.pending_scopes())
        if self.keys_needed(transport, heads, sealing):
            self.receive_keys(transport, report)
        self.seal_pending(report)
        if push:
            self.push(transport, report)
            if report.pushed:
                heads = heads_after_push(transport)
        if pull:
            scopes = list(self.keyring.scopes())
            if heads is not None:
                with self.store.transaction() as tx:
                    cursors = {s: tx.cursor(transport.channel, s) for s in scopes}
                scopes = [s for s in scopes if heads.get(s) != (cursors[s] or "0")]
            self.pull_scopes(transport, scopes, report)
        return report

    def check_not_removed(self, transport: Transport) -> None:
        """Raise `DeviceRemoved` if the channel holds an admin's signed notice that this device was
        removed (a folder, `removal(device_id)`; a server refuses a removed device by itself).

        The app calls it before a sync, to tell the person and stop; `sync` itself does not, since the
        notice is news, not the lock: what was sealed after the removal stays unreadable to the device
        whatever it fetches (the rotated keys are). It first learns every notice the channel holds and
        passes on those it knows (`learn_removals`), so other devices refuse removed devices' bundles."""
        self.learn_removals(transport)
        with self.store.transaction() as tx:
            removed = tx.removal(self.device_id) is not None
        if removed:
            raise DeviceRemoved("the school's admin device removed this device from the school's sync")

    def learn_removals(self, transport: Transport) -> int:
        """Keep every removal notice the channel holds that checks back to a pinned admin, and leave
        in the channel each notice kept here that it lacks; returns how many were new here.

        Only a folder holds notices (`removals`, `post_removal`); a server refuses a removed device
        itself, so nothing it relays comes from one after its removal. Passing notices on is what
        brings one to a USB stick the admin device never syncs with.
        """
        listed = getattr(transport, "removals", None)
        learnt = 0
        for notice in listed() if listed is not None else []:
            if self._keep_removal(notice, transport):
                learnt += 1
        post = getattr(transport, "post_removal", None)
        if post is not None:
            with self.store.transaction() as tx:
                kept = list(tx.removals())
            for notice in kept:
                if transport.removal(notice.device_id) != notice:  # type: ignore[attr-defined]  # posting transports read too
                    post(notice)
        return learnt

    def _keep_removal(self, notice: DeviceRemoval, transport: Transport) -> bool:
        """Keep `notice` if a pinned admin signed it (the earlier of two for one device); True if new."""
        with self.store.transaction() as tx:
            kept = tx.removal(notice.device_id)
        if kept == notice:
            return False
        admin = self.verified_device(notice.removed_by, transport)
        if admin is None or admin.role is not DeviceRole.ADMIN:
            return False
        try:
            check_removal(notice, DevicePublicKeys.of(admin))
        except CryptoError:
            return False
        with self.store.transaction() as tx:
            chosen = earlier_notice(tx.removal(notice.device_id), notice)
            if chosen != notice:
                return False
            tx.save_removal(notice)
        return True

    def _removal_in(self, transport: Transport, device_id: str) -> DeviceRemoval | None:
        """The channel's notice that `device_id` was removed, once checked and kept here (a sync that
        did not start with `learn_removals` still finds a notice beside the device's bundles)."""
        notice_of = getattr(transport, "removal", None)
        found: DeviceRemoval | None = notice_of(device_id) if notice_of is not None else None
        if found is None or found.device_id != device_id or not self._keep_removal(found, transport):
            return None
        return found

    def keys_needed(self, transport: Transport, heads: Mapping[str, str] | None, sealing: bool) -> bool:
        """Whether this sync should ask the channel for keys wrapped for this device.

        Asking costs a request (and the server a query over every key of the school), so an idle sync
        skips it. It asks when the channel cannot say what is new (a folder: `heads` is None), before
        sealing anything (a scope's key may have been rotated, and nothing may be sealed under the
        generation a removed device still holds), when the channel lists a scope this device holds no
        key for (it was just given one), and when any scope has something past this device's cursor
        (a newer generation may be needed to open it).

        A server says with the heads how many keys it holds wrapped for this device (`keys_listed`), a
        count that only grows: a rotation or a new scope wraps a new key. So when it is the count at
        which this process last took every key, and the device still holds all it held then (no restore
        of an older copy since), nothing new waits and none of the reasons above needs the request.
        """
        if heads is None:
            return True
        listed = getattr(transport, "keys_listed", None)
        taken = _KEYS_TAKEN.get((self.device_id, transport.channel))
        if (
            listed is not None
            and taken is not None
            and taken[0] == listed
            and taken[1] <= self.keyring.held()
        ):
            return False
        if sealing:
            return True
        held = set(self.keyring.scopes())
        if any(scope_id not in held for scope_id in heads):
            return True
        with self.store.transaction() as tx:
            return any(heads[s] != (tx.cursor(transport.channel, s) or "0") for s in heads)

    def receive_keys(self, transport: Transport, report: SyncReport) -> None:
        """Keep every scope key the channel holds wrapped for this device by a pinned admin's device.

        A device joining a school is given thousands at once: each wrapping admin is checked once, and
        the keys are kept in one store transaction (a cut before it only means asking again), with the
        scopes' kinds the grants carry when the store keeps them (`ScopeKinds`: the pull goes parents
        first)."""
        admins: dict[str, DeviceRegistration | None] = {}
        received: dict[tuple[str, int], ScopeKey] = {}
        kinds: dict[str, ScopeKind] = {}
        listed = transport.wrapped_keys(self.device_id)
        every_one = True  # every key listed is held or taken now (none wrapped by an unknown device)
        for wrapped in listed:
            held = (wrapped.scope_id, wrapped.generation)
            if held in self.keyring or held in received:
                continue
            if wrapped.wrapped_by not in admins:
                admins[wrapped.wrapped_by] = self.verified_device(wrapped.wrapped_by, transport)
            admin = admins[wrapped.wrapped_by]
            if admin is None or admin.role is not DeviceRole.ADMIN:
                every_one = False
                continue
            try:
                grant = unwrap_scope_key(wrapped, self.device, DevicePublicKeys.of(admin))
            except CryptoError:
                every_one = False
                continue
            received[held] = grant.key
            if grant.kind is not None:
                kinds[wrapped.scope_id] = grant.kind
        if received:
            with self.store.transaction() as tx:
                for key in received.values():
                    tx.save_scope_key(key)
                if kinds and isinstance(tx, ScopeKinds):
                    tx.save_scope_kinds(kinds)
            for key in received.values():
                self.keyring.add(key)
            report.keys_received += len(received)
        channel = (self.device_id, transport.channel)
        if every_one:
            _KEYS_TAKEN[channel] = (len(listed), self.keyring.held())
        else:
            _KEYS_TAKEN.pop(channel, None)

    def add_scope_key(self, key: ScopeKey) -> None:
        """Keep a scope key made on this device (an admin creating or rotating a scope)."""
        with self.store.transaction() as tx:
            tx.save_scope_key(key)
        self.keyring.add(key)

    def seal_pending(self, report: SyncReport) -> None:
        """Seal every queued change into bundles, several scopes' bundles per store transaction.

        A first sync seals a bundle or two for each of thousands of scopes; a durable commit per bundle
        would cost more than the sealing. Each transaction still moves its changes out of the queue and
        keeps their bundles as outgoing together, so a cut leaves every change either queued or sealed.
        """
        with self.store.transaction() as tx:
            scopes = list(tx.pending_scopes())
        ready: deque[tuple[str, ScopeKey]] = deque()
        for scope_id in scopes:
            try:
                ready.append((scope_id, self.keyring.current(scope_id)))
            except MissingScopeKey:
                report.waiting_for_keys.add(scope_id)
        while ready:
            with self.store.transaction() as tx:
                sealed_bytes = 0
                while ready and sealed_bytes < SEAL_TRANSACTION_BYTES:
                    scope_id, key = ready[0]
                    done, size = self._seal_one(tx, scope_id, key)
                    if size:
                        report.sealed += 1
                        sealed_bytes += size
                    if done:
                        ready.popleft()

    def _seal_one(self, tx: SyncTransaction, scope_id: str, key: ScopeKey) -> tuple[bool, int]:
        """Seal one bundle of a scope's queued changes: (nothing more queued, payload bytes sealed)."""
        if isinstance(tx, EncodedOutbox):
            queued = tx.pending_encoded(scope_id, self.bundle_changes)
            encoded = [change for _stamp, change in queued]
            count = count_within_budget(encoded)
            if not count:
                return True, 0
            plaintext = plaintext_of(encoded[:count])
            bundle = self.sealer.seal(compress(plaintext), key, new_bundle_id(), self.device)
            tx.seal_pending_encoded(bundle, [stamp for stamp, _encoded in queued[:count]])
        else:
            changes = tx.pending(scope_id, self.bundle_changes)
            parts = [encode_change(c) for c in changes]
            count = count_within_budget(parts)
            if not count:
                return True, 0
            plaintext = plaintext_of(parts[:count])
            bundle = self.sealer.seal(compress(plaintext), key, new_bundle_id(), self.device)
            tx.seal_pending(bundle, changes[:count])
            queued = changes  # type: ignore[assignment]  # only its length is read
        tx.mark_applied(bundle.bundle_id)
        return count == len(queued) < self.bundle_changes, len(plaintext)

    def seal_scope(
        self,
        tx: SyncTransaction,
        scope_id: str,
        queued: Sequence[tuple[str, str]],
        fresh: Sequence[str],
        sealed_into: list[SealedBundle] | None = None,
    ) -> int:
        """Seal a scope's queued changes, (encoded stamp, JSON) from the outbox, together with changes
        that were never queued (a first sync's, as JSON), into bundles kept as outgoing, in the caller's
        transaction; returns the bundles sealed. Each bundle is also appended to `sealed_into`, for a
        caller that pushes them once the transaction has committed (see `acknowledge_pushed`).

        Raises `MissingScopeKey` if this device holds no key for the scope. The store must keep encoded
        changes (`EncodedOutbox`).
        """
        if not isinstance(tx, EncodedOutbox):
            raise TypeError("sealing changes that were never queued needs a store of encoded changes")
        key = self.keyring.current(scope_id)
        sealed = 0
        for changes, stamps in self.bundles_of(queued, fresh):
            bundle = self.seal_changes(changes, key, new_bundle_id())
            tx.seal_pending_encoded(bundle, stamps)
            tx.mark_applied(bundle.bundle_id)
            if sealed_into is not None:
                sealed_into.append(bundle)
            sealed += 1
        return sealed

    def bundles_of(
        self, queued: Sequence[tuple[str, str]], fresh: Sequence[str]
    ) -> Iterator[tuple[list[str], list[str]]]:
        """How `seal_scope` splits a scope's changes into bundles: (changes JSON, the queued ones'
        stamps) of each bundle, in order."""
        items = [*queued, *(("", change) for change in fresh)]
        while items:
            count = min(count_within_budget([change for _stamp, change in items]), self.bundle_changes)
            yield (
                [change for _stamp, change in items[:count]],
                [stamp for stamp, _change in items[:count] if stamp],
            )
            items = items[count:]

    def seal_changes(self, changes: Sequence[str], key: ScopeKey, bundle_id: str) -> SealedBundle:
        """One bundle of encoded changes, compressed, encrypted and signed (safe on any thread: zlib
        and AES-GCM release the GIL on a bundle's bytes)."""
        return self.sealer.seal(compress(plaintext_of(changes)), key, bundle_id, self.device)

    def acknowledge_pushed(
        self, transport: Transport, pushed: Sequence[SealedBundle], report: SyncReport
    ) -> None:
        """Record bundles the channel said it holds, pushed outside `push` (from a hand-over of
        freshly sealed bundles, without reading them back from the store): acknowledged, and the
        pull cursors moved past them, in one store transaction. Until then they are still outgoing,
        and a later `push` sends them again, which a channel stores once."""
        if not pushed:
            return
        with self.store.transaction() as tx:
            tx.acknowledge(transport.channel, [b.bundle_id for b in pushed])
            self._skip_own(tx, transport, {b.scope_id for b in pushed})
        report.pushed += len(pushed)

    def push(self, transport: Transport, report: SyncReport) -> None:
        while True:
            with self.store.transaction() as tx:
                outgoing = list(tx.outgoing(transport.channel, 200))
            if not outgoing:
                return
            full: StorageFull | None = None
            try:
                stored = transport.push(outgoing)
            except DeviceRemoved:
                raise
            except Refused:
                stored = []
                for bundle in outgoing:
                    try:
                        stored += transport.push([bundle])
                    except DeviceRemoved:
                        raise
                    except StorageFull as refused:
                        full = refused
                    except Refused:
                        report.refused.append(bundle.bundle_id)
            if stored:
                scopes = {b.scope_id for b in outgoing if b.bundle_id in set(stored)}
                with self.store.transaction() as tx:
                    tx.acknowledge(transport.channel, stored)
                    self._skip_own(tx, transport, scopes)
                report.pushed += len(stored)
            if full is not None:
                # The server has no room: the bundles stay queued here, and the user is told why.
                raise full
            if len(stored) < len(outgoing):
                return

    def _skip_own(self, tx: SyncTransaction, transport: Transport, scopes: set[str]) -> None:
        """Move pull cursors past this device's own bundles that directly follow them.

        They are applied here already (sealing marks them), so pulling them back would only download what
        was just sent: a whole school, after an admin device's first push. A transport that can tell
        where its pushes landed offers `cursor_past_own(scope, cursor)`; a folder has no order to skip in.
        """
        past_own = getattr(transport, "cursor_past_own", None)
        if past_own is None:
            return
        for scope_id in sorted(scopes):
            cursor = tx.cursor(transport.channel, scope_id)
            moved = past_own(scope_id, cursor)
            if moved != cursor:
                tx.save_cursor(transport.channel, scope_id, moved)

    def pull_scope(self, transport: Transport, scope_id: str, report: SyncReport) -> None:
        """Pull and apply one scope's new bundles (see `pull_scopes`)."""
        self.pull_scopes(transport, [scope_id], report)

    def pull_scopes(
        self,
        transport: Transport,
        scope_ids: Sequence[str],
        report: SyncReport,
        *,
        stop: Callable[[], bool] | None = None,
        pulled: Callable[[int], None] | None = None,
    ) -> bool:
        """Pull and apply these scopes' new bundles, in the order given (parents' scopes first), a
        round of pages at a time (sync/pulling.py); False if `stop` said to stop between rounds.
        `pulled` is told how many scopes are done."""
        pull = Pull(
            self.store,
            transport,
            report,
            open_bundle=lambda bundle, sender: self.sealer.open(
                bundle, self.keyring, DevicePublicKeys.of(sender)
            ),
            verified_device=lambda device_id: self.verified_device(device_id, transport),
            removal_in=lambda device_id: self._removal_in(transport, device_id),
            clock=self.clock,
            admit=self.admit,
        )
        return pull.scopes(scope_ids, stop=stop, pulled=pulled)

    def verified_device(
        self, device_id: str, transport: Transport, depth: int = 0
    ) -> DeviceRegistration | None:
        """A device's registration checked back to a pinned admin (cached once checked), or None."""
        with self.store.transaction() as tx:
            for admin in tx.trusted_admins():
                if admin.device_id == device_id:
                    return admin
            cached = tx.registration(device_id)
        if cached is not None:
            return cached
        if depth > 8:
            return None
        found = transport.registration(device_id)
        if found is None or found.device_id != device_id or found.registered_by == device_id:
            return None
        signer = self.verified_device(found.registered_by, transport, depth + 1)
        if signer is None or signer.role is not DeviceRole.ADMIN:
            return None
        try:
            verify_registration(found, DevicePublicKeys.of(signer))
        except CryptoError:
            return None
        with self.store.transaction() as tx:
            tx.save_registration(found)
        return found
