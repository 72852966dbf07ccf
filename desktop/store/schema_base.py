"""What every table of the schema shares: the declarative base (with its metadata and naming rules) and
the id type.

The tables themselves live in desktop/store/schema.py and the schema_* modules, which import this one
and nothing of each other's; desktop/store/tables.py imports them all, so that Alembic sees every table.
"""

from typing import Any

from sqlalchemy import JSON, MetaData, String
from sqlalchemy.orm import DeclarativeBase

Id = String(32)
"""Every record's id: a UUID as 32 hex digits, so it can travel between devices."""

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012
