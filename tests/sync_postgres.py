"""A fresh PostgreSQL database per test, on the cluster tests/setup.d/postgres.sh starts.

The URL comes from LINKBOOK_TEST_POSTGRES_URL (default: the role and database that script creates). When
nothing answers there the PostgreSQL tests skip, except under CI, where they fail: CI runs the set-up.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from tests.sync_helpers import POSTGRES_URL


def postgres_available() -> bool:
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


def require_postgres() -> None:
    if not postgres_available():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {make_url(POSTGRES_URL).render_as_string()}")
        pytest.skip("PostgreSQL not reachable: run tests/setup.d/postgres.sh")


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards."""
    require_postgres()
    name = "lbt_" + secrets.token_hex(6)
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str) -> None:
    """Drop the database. FORCE ends our own sessions; an autovacuum worker busy in the new database is
    not ours to end (InsufficientPrivilege), so wait for it to finish and try again."""
    for attempt in range(40):
        try:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            return
        except ProgrammingError as exc:
            if "must be a member of the role" not in str(exc) or attempt == 39:
                raise
            time.sleep(0.25)
