"""A large sync as a pipeline: seal here while a second thread pushes what is already sealed.

A first sync of a school is a minute of queuing and sealing here and of storing on the server;
overlapping them uses both cores. Each side still works in its own durable store transactions, exactly
as one after the other would, so a cut anywhere leaves what either had committed, and the next sync
carries on from there.

A first sync goes further (`while_handing_over`): the queue hands each step's bundles, once committed,
straight to the pusher, which sends them without reading them back and without taking the write lock
(the queue holds it for seconds at a time); what the channel stored is acknowledged in one transaction
at the end. A cut before that leaves those bundles outgoing: the next sync sends them again, and the
channel, which stores a bundle id once, keeps one copy.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TypeVar

from sync.client import SyncEngine
from sync.protocol import SealedBundle
from sync.report import SyncReport as EngineReport
from sync.transport import DeviceRemoved, Refused, Transport

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


HandOver = Callable[[list[SealedBundle]], None]
"""hand_over(bundles): bundles just committed as outgoing, for the pusher to send."""
HAND_OVER_BACKLOG = 4
"""Hand-overs the pusher may fall behind by before `hand_over` waits for it: a slow server holds the
queue back rather than a whole school's bundles piling up in memory."""


def while_handing_over(
    engine: SyncEngine, transport: Transport, report: EngineReport, work: Callable[[HandOver], Result]
) -> Result:
    """Run `work(hand_over)` here while a second thread pushes each batch of bundles it hands over
    (bundles already committed as outgoing); once it returns, acknowledge in one transaction whatever
    the channel stored, and return what `work` returned.

    The pusher takes everything handed over so far in one push (`hand_over` waits once it is
    HAND_OVER_BACKLOG hand-overs behind). A refusal stops it: the bundles not
    stored stay outgoing for the sync's usual `push`, which sends them one by one and reports each.
    A channel failure (the server went away) is raised here once `work` has finished and what was
    stored is acknowledged; a failure of `work` is raised as it is, likewise.
    """
    batches: queue.Queue[list[SealedBundle] | None] = queue.Queue(HAND_OVER_BACKLOG)
    pushed: list[SealedBundle] = []
    failures: list[BaseException] = []

    def push_as_handed_over() -> None:
        stopped = False
        while True:
            batch = batches.get()
            finished = batch is None
            bundles = [] if batch is None else list(batch)
            while not finished:
                try:
                    more = batches.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    finished = True
                else:
                    bundles += more
            if bundles and not stopped:
                try:
                    stored = set(transport.push(bundles))
                except DeviceRemoved as removed:  # a refusal, but one the sync must report
                    failures.append(removed)
                    stopped = True
                except Refused:
                    stopped = True  # left outgoing: the usual push sorts out which and why
                except BaseException as error:
                    failures.append(error)
                    stopped = True
                else:
                    pushed.extend(b for b in bundles if b.bundle_id in stored)
                    stopped = len(stored) < len(bundles)
            if finished:
                return

    def hand_over(bundles: list[SealedBundle]) -> None:
        if bundles:
            batches.put(list(bundles))

    pusher = threading.Thread(target=push_as_handed_over, name="linkbook-sync-push", daemon=True)
    pusher.start()
    try:
        result = work(hand_over)
    finally:
        batches.put(None)
        pusher.join()
        engine.acknowledge_pushed(transport, pushed, report)
    if failures:
        raise failures[0]
    return result
