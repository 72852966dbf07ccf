"""A first sync's bundles sealed on a worker thread while the caller makes the next scope's records.

A school's first sync spends a tenth of its queue thread's time compressing and sealing; zlib's deflate
and AES-GCM release the GIL on a bundle's bytes, so a worker does that on the second core meanwhile.
What is sealed is exactly what `SyncEngine.seal_scope` seals: each bundle's changes and its id are
chosen here, in the caller's thread and in the same order (`SyncEngine.bundles_of`); the worker only
compresses, encrypts and signs; and `write` keeps the bundles as outgoing, in that order, in the
caller's transaction before it commits. So a bundle is still committed as outgoing before it is handed
over to be sent, and a transaction that fails keeps none of them (`discard`).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from sync.client import SyncEngine
from sync.local import EncodedOutbox, SyncTransaction
from sync.protocol import SealedBundle, new_bundle_id

SEALING_WORKERS = 1
"""Threads sealing beside the caller: one is enough to take sealing off the queue thread (it is a
tenth of its work), and a second core is all a school office's computer is assumed to have."""


class SealingAhead:
    """Bundles being sealed on a worker, written into the store in order by `write`."""

    def __init__(self, engine: SyncEngine, workers: int = SEALING_WORKERS) -> None:
        self._engine = engine
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="linkbook-sync-seal")
        self._pending: list[tuple[list[str], Future[SealedBundle]]] = []
        """(stamps of the queued changes the bundle takes out of the outbox, the bundle being sealed)."""

    def __enter__(self) -> SealingAhead:
        return self

    def __exit__(self, *_raised: object) -> None:
        self.discard()
        self._pool.shutdown(wait=True)

    def seal_scope(self, scope_id: str, queued: Sequence[tuple[str, str]], fresh: Sequence[str]) -> int:
        """Start sealing a scope's changes as `SyncEngine.seal_scope` would (queued from the outbox,
        (encoded stamp, JSON), then the fresh ones' JSON); returns the bundles it makes. Raises
        `MissingScopeKey` at once (nothing started) if this device holds no key for the scope."""
        engine = self._engine
        key = engine.keyring.current(scope_id)
        sealed = 0
        for changes, stamps in engine.bundles_of(queued, fresh):
            bundle_id = new_bundle_id()
            self._pending.append((stamps, self._pool.submit(engine.seal_changes, changes, key, bundle_id)))
            sealed += 1
        return sealed

    def write(self, tx: SyncTransaction) -> list[SealedBundle]:
        """Wait for every bundle started so far and keep them as outgoing in `tx` (taking their queued
        changes out of the outbox), in the order they were started; returns them."""
        if not isinstance(tx, EncodedOutbox):
            raise TypeError("sealing changes that were never queued needs a store of encoded changes")
        pending, self._pending = self._pending, []
        written: list[SealedBundle] = []
        try:
            for stamps, sealing in pending:
                bundle = sealing.result()
                tx.seal_pending_encoded(bundle, stamps)
                tx.mark_applied(bundle.bundle_id)
                written.append(bundle)
        except BaseException:
            for _stamps, sealing in pending:
                sealing.cancel()
            raise
        return written

    def discard(self) -> None:
        """Forget the bundles started and not written (their transaction was rolled back)."""
        pending, self._pending = self._pending, []
        for _stamps, sealing in pending:
            sealing.cancel()
        for _stamps, sealing in pending:
            if not sealing.cancelled():
                sealing.exception()  # wait: nothing is still sealing once the caller carries on
