"""The school's sync server: an append-only log of sealed bundles per scope, which it cannot read.

`create_app(settings)` builds the FastAPI app; `linkbook-server` (`sync.server.__main__:main`) runs it
on uvicorn. The server never imports the desktop app or its domain.
"""

from sync.server.app import create_app
from sync.server.config import ServerSettings

__all__ = ["ServerSettings", "create_app"]
