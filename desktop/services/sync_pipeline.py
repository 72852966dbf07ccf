"""A large sync as a pipeline: queue, seal and push at once, each side in its own durable transactions.

A first sync of a school is minutes of work here (queuing every record, sealing the bundles) and of
storing on the server. Done one after the other, the server would wait for the last change to be queued
and this computer for the server. Here a second thread pushes the bundles already sealed while this one
queues the next step of records and seals it. Each side still works in its own durable store
transactions, exactly as one after the other would, so a cut anywhere leaves what either had committed,
and the next sync carries on from there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.store.sync_store.first_queue import FirstQueue, unqueued
from desktop.store.vault import Vault
from sync.client import SyncEngine
from sync.client import SyncReport as EngineReport
from sync.transport import Transport

PIPELINE_CHANGES = 20_000
"""Queued changes from which sealing and pushing overlap; below, one follows the other."""


def push_while(
    engine: SyncEngine, transport: Transport, report: EngineReport, produce: Callable[[], object]
) -> None:
    """Run produce() here while a second thread pushes whatever is sealed, until both are done.

    A channel failure in the pusher (the server went away) is raised here once produce() has finished;
    produce()'s own failure is raised as it is, after the pusher has stopped.
    """
    produced = threading.Event()
    failures: list[BaseException] = []

    def push_as_sealed() -> None:
        try:
            while True:
                last_round = produced.is_set()
                engine.push(transport, report)
                if last_round:
                    return
                produced.wait(0.2)
        except BaseException as error:
            failures.append(error)

    pusher = threading.Thread(target=push_as_sealed, name="linkbook-sync-push", daemon=True)
    pusher.start()
    try:
        produce()
    finally:
        produced.set()
        pusher.join()
    if failures:
        raise failures[0]


def first_queue(
    vault: Vault,
    engine: SyncEngine,
    transport: Transport,
    report: EngineReport,
    announce: Callable[[], None],
    cancelled: Callable[[], bool],
) -> bool:
    """Queue what this device held before it synced, sealing each step and pushing as it goes.

    `announce` tells the server (or the folder) about new scopes; it runs once the scopes are made and
    before any bundle of theirs is sent. Returns False if `cancelled` stopped it between steps (the
    device's `unqueued` flag stays set, so the next sync carries on); True once everything is queued.
    """
    with vault.reading() as session:
        if not unqueued(session.connection()):
            return True
    queue = FirstQueue(vault)
    if queue.make_scopes():
        announce()
        with engine.store.transaction() as tx:
            for key in tx.scope_keys():
                if (key.scope_id, key.generation) not in engine.keyring:
                    engine.keyring.add(key)

    def queue_and_seal() -> None:
        sealed_at = 0
        while not queue.done and not cancelled():
            kinds_done = queue.kinds_done
            queue.step()
            # Sealed once a kind is all queued, and only with enough queued since the last seal: each
            # seal makes a bundle per scope, and the small kinds travel best with the next large one.
            enough = queue.changes - sealed_at >= PIPELINE_CHANGES
            if (queue.kinds_done != kinds_done and enough) or queue.done:
                engine.seal_pending(report)
                sealed_at = queue.changes

    push_while(engine, transport, report, queue_and_seal)
    return queue.done
