"""Alembic environment: migrations run on the connection the store has already unlocked."""

from alembic import context

from desktop.store.migrate import include_object
from desktop.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=metadata, render_as_batch=True, include_object=include_object
)
with context.begin_transaction():
    context.run_migrations()
