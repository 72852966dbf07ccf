"""A large sync as a pipeline: seal here while a second thread pushes what is already sealed.

A first sync of a school is a minute of queuing and sealing here and of storing on the server;
overlapping them uses both cores. Each side still works in its own durable store transactions, exactly
as one after the other would, so a cut anywhere leaves what either had committed, and the next sync
carries on from there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from sync.client import SyncEngine
from sync.client import SyncReport as EngineReport
from sync.transport import Transport

PIPELINE_CHANGES = 20_000
"""Queued changes from which sealing and pushing overlap; below, one follows the other."""

Result = TypeVar("Result")


def while_pushing(
    engine: SyncEngine, transport: Transport, report: EngineReport, work: Callable[[], Result]
) -> Result:
    """Run `work` (which seals bundles) here while a second thread pushes whatever is sealed; once it
    returns, push the rest, and return what it returned.

    A channel failure in the pusher (the server went away) is raised here once `work` has finished;
    a failure of `work` is raised as it is, after the pusher has stopped.
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
        result = work()
    finally:
        produced.set()
        pusher.join()
    if failures:
        raise failures[0]
    return result


def seal_while_pushing(engine: SyncEngine, transport: Transport, report: EngineReport) -> None:
    """Seal every queued change here while a second thread pushes whatever is sealed, until both are done."""
    while_pushing(engine, transport, report, lambda: engine.seal_pending(report))
