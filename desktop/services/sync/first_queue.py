"""A device's first sync queues what it held before it synced: the scopes first, announced, then the rows.

Founding the school's sync only marks the records as still to queue (`sync_device.unqueued`), so the
dialog returns at once; the first sync does the queuing, on the task runner like any sync, sealing each
scope as it goes (compressed, encrypted and signed on a worker thread meanwhile: sync/sealing.py)
while a second thread pushes what each step sealed once the step has committed
(`pipeline.while_handing_over`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.store.sync_store.first_queue import FIRST_SYNC_CACHE_KIB, FirstQueue, unqueued
from desktop.store.sync_store.store import VaultSyncTransaction
from desktop.store.vault import Vault
from sync.client import SyncEngine
from sync.collector import collector_paused
from sync.crypto import MissingScopeKey
from sync.protocol import SealedBundle
from sync.report import SyncReport as EngineReport
from sync.sealing import SealingAhead


def first_queue_due(vault: Vault) -> bool:
    """Whether records made before this device synced are still to be queued."""
    with vault.reading() as session:
        return unqueued(session.connection())


def queue_what_was_here(
    vault: Vault,
    engine: SyncEngine,
    report: EngineReport,
    announce: Callable[[], None],
    cancelled: Callable[[], bool],
    progress: Callable[[float], None] = lambda _fraction: None,
    hand_over: Callable[[list[SealedBundle]], None] = lambda _bundles: None,
) -> bool:
    """Queue and seal what this device held before it synced (see desktop/store/sync_store/first_queue.py).

    `announce` tells the server (or the folder) about new scopes; it runs once the scopes are made and
    before any bundle of theirs is sealed. `progress` is told the fraction done after each step, and
    `hand_over` the bundles the step sealed, once they are committed as outgoing. Returns
    False if `cancelled` stopped it between steps (the device's `unqueued` flag stays set, so the next
    sync carries on); True once everything is queued.
    """
    if not first_queue_due(vault):
        return True

    sealed: list[SealedBundle] = []
    sealing = SealingAhead(engine)

    def seal(_session: Session, scope_id: str, queued: list[tuple[str, str]], fresh: list[str]) -> bool:
        try:
            report.sealed += sealing.seal_scope(scope_id, queued, fresh)
        except MissingScopeKey:
            return False
        return True

    def keep_sealed(session: Session) -> None:
        sealed.extend(sealing.write(VaultSyncTransaction(session)))

    with (
        sealing,
        vault.kept_connection(cache_kib=FIRST_SYNC_CACHE_KIB, checkpoints_behind=True) as connection,
    ):
        queue = FirstQueue(vault, seal, on=connection, before_commit=keep_sealed)
        if queue.make_scopes():
            announce()
        with engine.store.transaction() as tx:
            for key in tx.scope_keys():
                if (key.scope_id, key.generation) not in engine.keyring:
                    engine.keyring.add(key)

        while not queue.done and not cancelled():
            try:
                with collector_paused():  # its rows read ahead would be walked again and again
                    queue.step()  # committed when it returns (a step that fails hands nothing over)
            except BaseException:
                sealing.discard()
                raise
            hand_over(list(sealed))
            sealed.clear()
            progress(queue.fraction)
        if not queue.done:
            queue.stop()
    return queue.done
