"""Bringing a database to the schema this version of Linkbook expects.

Opening a school that is already at the newest schema (nearly every time) needs neither Alembic nor its
scripts: the newest revision is the highest number among the migration files' names (each file is named
after its revision, which tests/test_migrations.py holds them to), and the school's is one row of
alembic_version. Alembic is loaded only to migrate, which keeps each `linkbook` command quick to start.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from desktop.store.errors import SchemaTooNew
from desktop.store.schema import SEARCH_TABLE

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
REVISION_FILE = re.compile(r"(\d{4})_\w+\.py")
"""A migration file's name: its revision (four digits), then what it does."""


def include_object(obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
    """FTS5 and its shadow tables are made by hand in migrations; autogenerate must leave them be."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head_revision() -> str:
    """The newest schema: the highest revision among the migration files."""
    found = [
        m.group(1) for p in (MIGRATIONS / "versions").iterdir() if (m := REVISION_FILE.fullmatch(p.name))
    ]
    assert found, f"no migrations in {MIGRATIONS}"
    return max(found)


def current_revision(engine: Engine) -> str | None:
    """The school's schema, or None for a database no migration has touched yet."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            return None


def upgrade(engine: Engine) -> bool:
    """Migrate to head in one transaction; True if anything changed. A newer schema is refused."""
    current = current_revision(engine)
    if current == head_revision():
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    config = _config()
    known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(current)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
