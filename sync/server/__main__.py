"""`linkbook-server --data DIR [--host 127.0.0.1] [--port N] [--database-url URL]`: run the sync server.

With no --database-url the server keeps SQLite in DIR/server.db. With
`--database-url postgresql+psycopg://user:password@host/db` several server processes (on one machine or
several) can share one PostgreSQL and serve the same schools consistently.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import uvicorn

from sync.server.app import create_app
from sync.server.config import ServerSettings


def parse_settings(argv: list[str] | None = None) -> ServerSettings:
    parser = argparse.ArgumentParser(prog="linkbook-server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="folder for the server's data (SQLite, setup token)")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default 8765)")
    parser.add_argument("--database-url", help="postgresql+psycopg://... to share one database")
    parser.add_argument("--setup-token", help="the founding admin's one-time token (default: generated)")
    parser.add_argument("--requests-per-minute", type=int, help="rate limit per device")
    parser.add_argument("--max-body-bytes", type=int, help="largest request body accepted")
    parser.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"])
    args = parser.parse_args(argv)
    return ServerSettings.from_env(
        data_dir=args.data,
        host=args.host,
        port=args.port,
        database_url=args.database_url,
        setup_token=args.setup_token,
        requests_per_minute=args.requests_per_minute,
        max_body_bytes=args.max_body_bytes,
        log_level=args.log_level,
    )


def main(argv: list[str] | None = None) -> int:
    settings = parse_settings(argv)
    os.umask(0o077)  # whatever the server writes (a log a service manager points here too) is its own
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    app = create_app(settings)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        limit_concurrency=512,
        timeout_graceful_shutdown=5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
