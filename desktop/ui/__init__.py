"""The PySide6 desktop app: windows, dialogs and Qt item models over the services.

Nothing outside this package imports it; it reaches the data only through desktop.services (and opens the
vault through desktop.store), never through SQL of its own.
"""

# Before any window or signal exists: PySide6 6.12 on Python 3.11 leaks references to None and True.
from desktop.ui import singletons as _singletons  # noqa: F401
