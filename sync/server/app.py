"""The FastAPI application: settings, storage, limits and routes put together."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from fastapi import FastAPI

from sync.protocol import PROTOCOL_VERSION
from sync.server.config import ServerSettings
from sync.server.files import secure_data_dir, sqlite_file
from sync.server.limits import BodySizeLimit, RateLimiter
from sync.server.routes import blobs, bundles, devices, enrolments, health, keys
from sync.server.store import ServerStore
from sync.server.tokens import token_digest

log = logging.getLogger("linkbook.server")

SETUP_TOKEN_FILE = "setup-token"


def _prepare_setup_token(store: ServerStore, settings: ServerSettings) -> None:
    """Until a founding admin exists, a one-time setup token guards bootstrap (from settings or made here)."""
    if store.has_devices():
        return
    if settings.setup_token:
        store.set_setup_token_digest(token_digest(settings.setup_token))
        return
    token = secrets.token_urlsafe(24)
    if store.set_setup_token_digest(token_digest(token)) == token_digest(token):
        path = Path(settings.data_dir) / SETUP_TOKEN_FILE
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(token + "\n")
        log.warning("No admin device yet: the one-time setup token is in %s", path)


def create_app(settings: ServerSettings, store: ServerStore | None = None) -> FastAPI:
    """The server app over `store` (by default opened from the settings' database URL)."""
    secure_data_dir(
        Path(settings.data_dir), sqlite_file(settings.resolved_database_url) if store is None else None
    )
    store = store or ServerStore(settings.resolved_database_url)
    _prepare_setup_token(store, settings)
    app = FastAPI(
        # No OpenTelemetry: the paths and timings of requests are metadata (docs/sync.md), and a provider set
        # up in the process for something else would otherwise send them on; FastAPI also stops looking for
        # a provider on every request.
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
        title="Linkbook sync server",
        version=str(PROTOCOL_VERSION),
        description=(
            "Stores sealed, signed change bundles per scope for the Linkbook app. It holds public keys, "
            "scope memberships and ciphertext; never a key that opens a bundle, never a child's name."
        ),
    )
    app.state.settings = settings
    app.state.store = store
    app.state.limiter = RateLimiter(settings.requests_per_minute, settings.burst)
    app.state.admin_limiter = RateLimiter(settings.admin_requests_per_minute, settings.admin_burst)
    # Routes are tried in order: those every sync calls first (no two modules' paths overlap).
    for module in (bundles, keys, devices, health, enrolments, blobs):
        app.include_router(module.router)
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes)
    return app
