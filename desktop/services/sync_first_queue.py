"""A device's first sync queues what it held before it synced: the scopes first, announced, then the rows.

Founding the school's sync only marks the records as still to queue (`sync_device.unqueued`), so the
dialog returns at once; the first sync does the queuing, on the task runner like any sync, and seals and
pushes what it queued straight after (`sync_pipeline`).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.store.sync_store.first_queue import FirstQueue, unqueued
from desktop.store.vault import Vault
from sync.client import SyncEngine


def queue_what_was_here(
    vault: Vault, engine: SyncEngine, announce: Callable[[], None], cancelled: Callable[[], bool]
) -> bool:
    """Queue what this device held before it synced (see desktop/store/sync_store/first_queue.py).

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

    while not queue.done and not cancelled():
        queue.step()
    return queue.done
