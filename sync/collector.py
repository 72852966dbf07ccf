"""Python's cyclic garbage collector, paused while a pull applies a round.

A round decodes and merges a few hundred thousand objects (changes, their values, record states, rows'
values), none of them in a reference cycle: reference counting frees them all when the round is done.
The collector, counting those allocations, would meanwhile walk every live object of the process again
and again (about a third of a pull's CPU time on a 200-pupil school). Paused, what cycles a round does
make (an exception's traceback) are collected once it is over.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside, and back as it was after (it stays off if it was off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
