"""The frozen app's one entry point, for both programs the bundle installs.

`linkbook` (the app and its command line) and `linkbook-server` (the sync server) share one executable:
the bundle's `linkbook-server` is a link to (on Windows a copy of) `linkbook`, and the name it was started
by decides which runs. One executable keeps the bundle one Python archive smaller and the build one
analysis shorter.
"""

import multiprocessing
import sys
from pathlib import Path

if __name__ == "__main__":
    # Batch printing renders in worker processes; a frozen app on Windows and macOS starts them by
    # running this executable again, which must hand over to the worker instead of starting the app.
    multiprocessing.freeze_support()
    if Path(sys.argv[0]).stem.lower().startswith("linkbook-server"):
        from sync.server.__main__ import main
    else:
        from desktop.cli import main
    sys.exit(main())
