"""Pulling: a device's new bundles fetched from a channel a round at a time, checked, opened and applied.

A round is one page of each of several scopes, applied in one store transaction with the cursors it
moves (`Pull.scopes`). Every bundle is checked before it is applied: its sender back to an admin pinned
at enrolment (`SyncEngine.verified_device`), its signature and AES-GCM tag, that every change is of the
bundle's scope and stamped by its sender, and that a removed device's bundle holds nothing stamped after
its removal. Over HTTP the next round's pages are fetched while a round is applied, and opened while it
commits (sync/read_ahead.py). `SyncEngine.pull_scopes` runs a `Pull` with the engine's keys and clock.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sync.clock import HybridLogicalClock
from sync.collector import collector_paused
from sync.crypto import CryptoError, MissingScopeKey
from sync.enrolment import refuses
from sync.local import BulkRecords, CommitSignals, SyncStore, SyncTransaction
from sync.merge import Change, Outcome, RecordState, merge
from sync.payload import decode_payload
from sync.protocol import DeviceRegistration, DeviceRemoval, SealedBundle
from sync.read_ahead import PagesAhead, can_read_ahead
from sync.report import SyncReport
from sync.transport import PullPage, Transport

ROUND_BUNDLES = 256
ROUND_SCOPES = 512
"""A pull round holds one page of each of up to `ROUND_SCOPES` scopes, until about `ROUND_BUNDLES`
bundles are held; they are applied in one store transaction (see `Pull.scopes`).

Each round's commit writes again every page its rows went into, and a record's rows go into indexes on
random ids, all over their pages: fewer, larger rounds write less. A device joining the 1,500-pupil bench
school (1,602 bundles of about 370 records) wrote 5.1 GB with 64 bundles a round, 4.0 GB with 128 and
3.4 GB with 256, at a peak of 345, 494 and 784 MB of memory; a round then takes some ten seconds, the
longest a cancel waits."""

Admit = Callable[[DeviceRegistration, Change], bool]
"""The app's rule on who may change what (a family device may reply, not edit an entry); must be
deterministic, so every replica drops the same changes."""


@dataclass(frozen=True, slots=True)
class _Opened:
    """A pulled bundle checked and opened, waiting to be applied with the rest of its round."""

    position: str
    bundle: SealedBundle
    sender: DeviceRegistration
    changes: list[Change]


@dataclass(slots=True)
class _Round:
    """What a round of pulled pages writes in its one store transaction."""

    opened: list[_Opened] = field(default_factory=list)
    """Bundles to apply, in the order pulled."""
    opened_ids: set[str] = field(default_factory=set)
    refused: list[tuple[str, str]] = field(default_factory=list)
    """(bundle id, sender) of removed devices' bundles refused whole."""
    cursors: dict[str, str] = field(default_factory=dict)
    """Each scope's cursor once the round is applied: only ever past bundles done with."""

    def move(self, scope_id: str, position: str) -> None:
        if position:
            self.cursors[scope_id] = position


@dataclass(slots=True)
class _PageChecks:
    """What the store said of a pulled round's bundles when it arrived, looked up in one transaction."""

    done: set[str]
    """Bundles already applied or refused (and those refused since, while going through the round)."""
    removals: dict[str, DeviceRemoval | None]
    """Each sender's removal notice held here, if any."""
    senders: dict[str, DeviceRegistration] = field(default_factory=dict)
    """Senders already checked back to an admin while going through the round."""
    opened_ahead: dict[str, _OpenedAhead] = field(default_factory=dict)
    """Bundles of the round opened while the round before was committing, by bundle id."""


@dataclass(frozen=True, slots=True)
class _OpenedAhead:
    """A bundle the read-ahead thread opened: its changes, for the same bundle from the same sender."""

    bundle: SealedBundle
    sender: DeviceRegistration
    changes: list[Change]


class Pull:
    """One pull over one channel: its rounds, the checks of what arrives, and what it applies."""

    def __init__(
        self,
        store: SyncStore,
        transport: Transport,
        report: SyncReport,
        *,
        open_bundle: Callable[[SealedBundle, DeviceRegistration], bytes],
        verified_device: Callable[[str], DeviceRegistration | None],
        removal_in: Callable[[str], DeviceRemoval | None],
        clock: HybridLogicalClock,
        admit: Admit | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.report = report
        self.open_bundle = open_bundle
        """A bundle's plaintext, checked (signature, tag) and opened with this device's scope keys."""
        self.verified_device = verified_device
        """A sender's registration checked back to a pinned admin, or None (asked of the channel)."""
        self.removal_in = removal_in
        """The channel's removal notice of a device, if it has one (kept once checked)."""
        self.clock = clock
        self.admit = admit
        self._opened_ahead: dict[str, _OpenedAhead] = {}
        """Bundles of the next round opened ahead (see `_open_ahead`)."""

    def scopes(
        self,
        scope_ids: Sequence[str],
        *,
        stop: Callable[[], bool] | None = None,
        pulled: Callable[[int], None] | None = None,
    ) -> bool:
        """Pull and apply these scopes' new bundles, in the order given (parents' scopes first), a
        round of pages at a time; False if `stop` said to stop between rounds.

        A round is one page of each of several scopes (a page of each, in turn, until about
        `ROUND_BUNDLES` bundles are held); its bundles are applied together in one store transaction
        with every cursor they move, so rows are written and indexed in bulk and committed once a
        round: a device joining a school pulls thousands of small scopes in a few dozen commits. A
        scope with more pages goes first in the next round, so each scope is still pulled to its end
        before the scopes after it. Cursors move only past applied, rejected or refused bundles; a cut
        pull resumes after the last round committed. `pulled` is told how many scopes are done.
        """
        transport = self.transport
        with self.store.transaction() as tx:
            cursors = {s: tx.cursor(transport.channel, s) for s in scope_ids}

        def known(bundle_id: str) -> bool:
            with self.store.transaction() as tx:
                return tx.is_applied(bundle_id) or tx.is_refused(bundle_id)

        queue = deque(dict.fromkeys(scope_ids))
        ahead = PagesAhead(transport, ROUND_BUNDLES, ROUND_SCOPES) if can_read_ahead(transport) else None
        try:
            while queue:
                if stop is not None and stop():
                    return False
                pages: list[tuple[str, PullPage]] = []
                more: set[str] = set()
                try:  # the pages fetched before a failure are still applied
                    held = 0
                    while queue and held < ROUND_BUNDLES and len(pages) < ROUND_SCOPES:
                        scope_id = queue.popleft()
                        page = ahead.take(scope_id, cursors[scope_id]) if ahead is not None else None
                        if page is None:
                            page = transport.pull(scope_id, cursors[scope_id], known)
                        pages.append((scope_id, page))
                        held += len(page.bundles)
                finally:
                    # The next round as it will be if every page opens: scopes with more pages first.
                    following = [(s, page.cursor) for s, page in pages if page.more]
                    following += ((s, cursors[s]) for s in queue)
                    with collector_paused():
                        more = self._round(pages, cursors, ahead, following)
                queue.extendleft(scope_id for scope_id, _page in reversed(pages) if scope_id in more)
                if pulled is not None:
                    pulled(len(cursors) - len(queue))
        finally:
            self._opened_ahead = {}  # a stopped pull's bundles opened ahead are not kept for the next
        return True

    def _round(
        self,
        pages: list[tuple[str, PullPage]],
        cursors: dict[str, str],
        ahead: PagesAhead | None = None,
        following: Sequence[tuple[str, str]] = (),
    ) -> set[str]:
        """Open a round's pages and apply them in one store transaction; returns the scopes with more
        pages to pull. `cursors` (each scope's, as the store holds it) is brought up to date.

        `ahead`: once the pages are opened (the channel is no longer needed), it fetches the
        `following` (scope, cursor) pages while the round is applied."""
        if not pages:
            return set()
        bundles = [bundle for _scope, page in pages for _position, bundle in page.bundles]
        with self.store.transaction() as tx:  # one look for the whole round, not one per bundle
            checks = _PageChecks(
                {b.bundle_id for b in bundles if tx.is_applied(b.bundle_id) or tx.is_refused(b.bundle_id)},
                {b.device_id: tx.removal(b.device_id) for b in bundles},
            )
        checks.opened_ahead, self._opened_ahead = self._opened_ahead, {}
        signals = self.store if isinstance(self.store, CommitSignals) else None
        batch = _Round()
        more: set[str] = set()
        opened = False
        try:
            for scope_id, page in pages:
                if not self._open_page(scope_id, page, batch, checks):
                    continue
                if page.cursor != cursors[scope_id]:
                    batch.cursors[scope_id] = page.cursor
                if page.more:
                    more.add(scope_id)
            opened = True
        finally:
            if ahead is not None and opened:
                # The following pages are fetched now, and opened while this round commits.
                ahead.start(following, self._open_ahead(checks.senders) if signals else None)
                if signals is not None:
                    signals.when_committing(ahead.go)
            try:
                self._apply(batch)  # what was opened before a stop or a failure
                cursors.update(batch.cursors)
            finally:
                if ahead is not None:
                    ahead.wait()
                if signals is not None:
                    signals.when_committing(None)
        return more

    def _open_ahead(self, senders: Mapping[str, DeviceRegistration]) -> Callable[[str, PullPage], None]:
        """What the read-ahead thread does with a page it fetched, once the round commits: open the
        bundles of senders already checked, for the next round (`_open` uses them only if it meets the
        same bundle from the same sender, and opens any other itself)."""
        known = dict(senders)
        into = self._opened_ahead

        def open_page(scope_id: str, page: PullPage) -> None:
            for _position, bundle in page.bundles:
                sender = known.get(bundle.device_id)
                if sender is None:
                    continue
                try:
                    changes = self._opened(bundle, sender, scope_id)
                except Exception:  # opened again in the round, which meets the failure and decides
                    continue
                into[bundle.bundle_id] = _OpenedAhead(bundle, sender, changes)

        return open_page

    def _opened(self, bundle: SealedBundle, sender: DeviceRegistration, scope_id: str) -> list[Change]:
        """A pulled bundle's changes, opened with the scope's key and checked against its sender."""
        payload = self.open_bundle(bundle, sender)
        changes = decode_payload(payload, scope_id)
        if bundle.scope_id != scope_id or any(c.stamp.device_id != bundle.device_id for c in changes):
            raise CryptoError("changes not written by the bundle's sender")
        return changes

    def _open_page(
        self,
        scope_id: str,
        page: PullPage,
        batch: _Round,
        checks: _PageChecks,
    ) -> bool:
        """Check and open a page's bundles into `batch`; False to stop pulling this scope for now (a
        key or sender not known yet: the bundles before that one are still applied)."""
        for position, bundle in page.bundles:
            opened = self._open(scope_id, position, bundle, batch, checks)
            if opened is False:
                return False
            if opened is not True:
                batch.opened.append(opened)
                batch.opened_ids.add(bundle.bundle_id)
                batch.move(scope_id, position)
        return True

    def _open(
        self,
        scope_id: str,
        position: str,
        bundle: SealedBundle,
        batch: _Round,
        checks: _PageChecks,
    ) -> _Opened | bool:
        """Check and open one bundle: its changes to apply, True if it is done with (already applied,
        rejected or refused: `batch` moves its scope's cursor past it), False to stop pulling this
        scope for now (a key or sender not known yet).

        `checks`: what the store said of the round's bundles and senders when it arrived.

        A bundle of a removed device that holds a change stamped after its removal is refused whole
        (`sync.enrolment.refuses`), reported as rejected and remembered, so it is not fetched again.
        """
        if bundle.bundle_id in checks.done or bundle.bundle_id in batch.opened_ids:
            batch.move(scope_id, position)  # applied before, or the same bundle twice in a round
            return True
        report = self.report
        removal = checks.removals.get(bundle.device_id)
        sender = checks.senders.get(bundle.device_id) or self.verified_device(bundle.device_id)
        if sender is None:
            return False
        checks.senders[bundle.device_id] = sender
        try:
            ahead = checks.opened_ahead.pop(bundle.bundle_id, None)
            if ahead is not None and ahead.bundle is bundle and ahead.sender == sender:
                changes = ahead.changes
            else:
                changes = self._opened(bundle, sender, scope_id)
        except MissingScopeKey:
            report.waiting_for_keys.add(scope_id)
            return False
        except (CryptoError, ValueError):
            report.rejected.append(bundle.bundle_id)
            batch.move(scope_id, position)
            return True
        removal = removal or self.removal_in(bundle.device_id)
        checks.removals[bundle.device_id] = removal  # kept here now: the round's later bundles see it
        if removal is not None and refuses(removal, (c.stamp for c in changes)):
            report.rejected.append(bundle.bundle_id)
            checks.done.add(bundle.bundle_id)
            batch.refused.append((bundle.bundle_id, bundle.device_id))
            batch.move(scope_id, position)
            return True
        return _Opened(position, bundle, sender, changes)

    def _apply(self, batch: _Round) -> None:
        """Apply a round's opened bundles, refusals and cursor moves in one store transaction."""
        if not (batch.opened or batch.refused or batch.cursors):
            return
        with self.store.transaction() as tx:
            self._merge_bundles(tx, batch.opened)
            for opened in batch.opened:
                tx.mark_applied(opened.bundle.bundle_id)
            for bundle_id, device_id in batch.refused:
                tx.mark_refused(bundle_id, device_id)
            for scope_id, cursor in batch.cursors.items():
                tx.save_cursor(self.transport.channel, scope_id, cursor)
        self.report.applied += len(batch.opened)

    def _merge_bundles(self, tx: SyncTransaction, bundles: Sequence[_Opened]) -> None:
        """Merge the bundles' changes, in order, then save each record they changed once: its rows are
        written (and indexed) once per round, not once per field or per bundle. A store that can
        (`BulkRecords`) reads the records' states in one go and saves them in one go."""
        report = self.report
        admitted = [
            [c for c in opened.changes if self.admit is None or self.admit(opened.sender, c)]
            for opened in bundles
        ]
        bulk = tx if isinstance(tx, BulkRecords) else None
        held: dict[tuple[str, str], RecordState] = {}
        if bulk is not None:
            keys = dict.fromkeys((c.scope_id, c.record_id) for changes in admitted for c in changes)
            held = bulk.records(list(keys))
        merged: dict[tuple[str, str], RecordState] = {}
        for opened, changes in zip(bundles, admitted, strict=True):
            touched: set[tuple[str, str]] = set()
            for change in changes:
                where = (change.scope_id, change.record_id)
                current = merged.get(where)
                if current is None:
                    current = held.get(where) if bulk is not None else tx.record(*where)
                    state, outcome = merge(current, change)
                else:  # a state merged in this round: this round's own, changed in place
                    state, outcome = merge(current, change, in_place=True)
                if outcome is Outcome.APPLIED:
                    merged[where] = state
                    touched.add(where)
                    report.changes_applied += 1
            report.conflicts.update(
                where for where in touched if merged[where].texts and merged[where].conflicts
            )
            if opened.changes:
                self.clock.observe(max(c.stamp for c in opened.changes))
        if bulk is not None:
            bulk.save_records(list(merged.values()))
        else:
            for state in merged.values():
                tx.save_record(state)
        if any(opened.changes for opened in bundles):
            tx.save_clock(self.clock.last)
