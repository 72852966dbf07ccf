"""Emitting Qt signals from Python, safely on every PySide6 we support.

PySide6 6.12.0's SignalInstance.emit() releases one reference to Python's True that it never took. On
Python 3.11, where True is an ordinary object, a few thousand emits free it and the process aborts
("bool_dealloc: deallocating True or False"). Every emit in the app goes through emit() below, which
checks once, at import, whether this PySide drops the reference, and gives it back if it does. Giving back
a reference that was not taken would be harmless; not giving it back is fatal.
"""

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= _PROBES


EMIT_DROPS_TRUE = _emit_drops_true()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal: SignalInstance, *args: Any) -> None:
    """signal.emit(*args), minus the reference bug above."""
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        _incref(True)
