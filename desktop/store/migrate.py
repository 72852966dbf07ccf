"""Bringing a database to the schema this version of Linkbook expects."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.store.errors import SchemaTooNew
from desktop.store.schema import SEARCH_TABLE

MIGRATIONS = Path(__file__).with_name("migrations")


def include_object(obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
    """FTS5 and its shadow tables are made by hand in migrations; autogenerate must leave them be."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Migrate to head in one transaction; True if anything changed. A newer schema is refused."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(current)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
