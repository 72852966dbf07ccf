"""Hybrid logical clock: timestamps that follow real time when clocks agree and causality when they don't.

Every change a device makes is stamped with a `Timestamp`. Last-writer-wins merging needs a total order that
(1) respects causality, so an edit made after seeing another edit always wins over it, even when the second
device's wall clock is behind; (2) stays close to wall time, so "the latest edit" means what a person expects;
and (3) breaks ties the same way on every device. The hybrid logical clock of Kulkarni et al. (2014) gives
(1) and (2) with a logical counter beside the physical time; the device id gives (3).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self

WALL_DIGITS = 13
COUNTER_DIGITS = 6
_WALL_END = 10**WALL_DIGITS
_COUNTER_END = 10**COUNTER_DIGITS
_WALL_FORMAT = f"0{WALL_DIGITS}d"
_COUNTER_FORMAT = f"0{COUNTER_DIGITS}d"


def wall_clock_ms() -> int:
    """Milliseconds since the Unix epoch, from the device's (possibly wrong) clock."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True, order=True)
class Timestamp:
    """A point in hybrid logical time: compared by wall time, then counter, then device id.

    The encoded form (`encode`) sorts as text in the same order, so stores can index it as a string.
    """

    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        """A fixed-width, text-sortable form such as ``1763654400000-000000-d3f…``."""
        if not 0 <= self.wall_ms < 10**WALL_DIGITS or not 0 <= self.counter < 10**COUNTER_DIGITS:
            raise ValueError("timestamp out of range")
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device_id}"

    @classmethod
    def decode(cls, text: str) -> Self:
        """The inverse of `encode`; raises ValueError on anything else."""
        wall, counter, device_id = text.split("-", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not device_id:
            raise ValueError(f"not a timestamp: {text!r}")
        return cls(int(wall), int(counter), device_id)

    def __str__(self) -> str:
        return self.encode()


class HybridLogicalClock:
    """One device's clock. Not thread-safe: the sync engine uses it inside a store transaction.

    `now()` stamps a local event; `observe()` folds in a timestamp received from another device, so that the
    next local stamp is later than anything this device has seen. Both are strictly monotonic even when
    the wall clock jumps backwards (a laptop whose battery died, a wrong time zone fixed by hand). The last
    timestamp is the whole state: persist `last` with the data it stamped and pass it back on restart.
    """

    def __init__(
        self,
        device_id: str,
        last: Timestamp | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        if not device_id or "-" in device_id:
            raise ValueError("a device id is a non-empty string without '-'")
        self.device_id = device_id
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Timestamp:
        """The latest timestamp issued or observed (as this device's), for persisting."""
        return Timestamp(self._wall, self._counter, self.device_id)

    def now(self) -> Timestamp:
        """A new timestamp for a local change, later than every earlier one from this clock."""
        physical = self._now_ms()
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._counter += 1
        return self.last

    def now_encoded(self) -> str:
        """`now().encode()` without the Timestamp in between (a first sync stamps a million changes)."""
        physical = self._now_ms()
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._counter += 1
        if self._wall >= _WALL_END or self._counter >= _COUNTER_END or self._wall < 0:
            raise ValueError("timestamp out of range")
        return f"{format(self._wall, _WALL_FORMAT)}-{format(self._counter, _COUNTER_FORMAT)}-{self.device_id}"

    def observe(self, remote: Timestamp) -> Timestamp:
        """Advance past a received timestamp so later local changes are ordered after it."""
        physical = self._now_ms()
        wall = max(self._wall, remote.wall_ms, physical)
        if wall == self._wall == remote.wall_ms:
            counter = max(self._counter, remote.counter) + 1
        elif wall == self._wall:
            counter = self._counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._wall, self._counter = wall, counter
        return self.last
