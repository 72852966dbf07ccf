"""Keep None, True and False alive under PySide6 6.12 on CPython 3.11.

PySide6 6.12.0 releases a reference to None that it never took each time Python calls a Qt method that
returns nothing (setText, setEnabled, show, ...), and one to True on every emit or disconnect. From
Python 3.12 on these objects are immortal (PEP 683) and the lost references cost nothing. On 3.11 they
are ordinary objects: the app loses about thirty references to None each time the teacher moves to
another pupil, and after a few thousand such moves, a day's work, None is freed and the process aborts
("Fatal Python error: none_dealloc").

What 3.12 does for every program, this module does for ours: at import it checks whether this PySide
drops references to None, and if it does, it gives None, True and False so many spare references (2**40)
that no day, year or decade of clicks can use them up. A spare reference to a singleton is harmless; a
missing one is fatal. The check reads the reference count where CPython keeps it and changes nothing
unless that reading agrees with sys.getrefcount, so a build laid out differently is left alone.
"""

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBES = 16
SPARE = 1 << 40


def _void_call_drops_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBES


def _count_of(obj: object) -> ctypes.c_ssize_t | None:
    """The object's reference count in place, or None if it is not where CPython 3.11 keeps it."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return None
    count = ctypes.c_ssize_t.from_address(id(obj))
    # sys.getrefcount counts its own argument once; allow for a reference taken in between.
    return count if abs(sys.getrefcount(obj) - 1 - count.value) <= 1 else None


def _keep_alive(*singletons: object) -> bool:
    counts = [_count_of(obj) for obj in singletons]
    if any(count is None for count in counts):
        return False
    for count in counts:
        assert count is not None
        count.value += SPARE
    return True


NEEDED = _void_call_drops_none()
KEPT_ALIVE = _keep_alive(None, True, False) if NEEDED else False
