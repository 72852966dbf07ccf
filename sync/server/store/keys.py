"""Wrapped scope keys: sealed to one device each, stored and handed back unread."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.protocol import WrappedScopeKey
from sync.server.store.database import Database, _retried
from sync.server.store.tables import wrapped_keys

_PAYLOADS = (
    select(wrapped_keys.c.payload)
    .where(wrapped_keys.c.recipient_id == bindparam("device_id"))
    .order_by(wrapped_keys.c.scope_id, wrapped_keys.c.generation)
)
"""A device's wrapped keys, asked at every sync that finds a new one: built once."""


class KeyStore(Database):
    """Scope keys wrapped for one device each; the server cannot open them."""

    @_retried
    def put_wrapped_keys(self, keys: Sequence[WrappedScopeKey]) -> None:
        """Store each key, replacing one already stored for the same recipient, scope, generation and
        wrapper. One upsert: two processes storing the same key at once (an admin's retried request)
        both succeed, where a delete then insert would fail the second on the primary key."""
        if not keys:
            return
        upsert = (sqlite_insert if self.sqlite else postgresql_insert)(wrapped_keys)
        statement = upsert.on_conflict_do_update(
            index_elements=[c.name for c in wrapped_keys.primary_key.columns],
            set_={"payload": upsert.excluded.payload},
        )
        rows = {
            (key.recipient_id, key.scope_id, key.generation, key.wrapped_by): key.model_dump_json()
            for key in keys
        }
        with self._writing() as conn:
            conn.execute(
                statement,
                [
                    {
                        "recipient_id": recipient,
                        "scope_id": scope,
                        "generation": generation,
                        "wrapped_by": wrapper,
                        "payload": payload,
                    }
                    for (recipient, scope, generation, wrapper), payload in sorted(rows.items())
                ],
            )

    def wrapped_keys_for(self, device_id: str) -> list[WrappedScopeKey]:
        return [WrappedScopeKey.model_validate_json(p) for p in self.wrapped_key_payloads(device_id)]

    @_retried
    def wrapped_key_payloads(self, device_id: str) -> list[str]:
        """The device's wrapped keys as stored: each one's JSON, as validated when it was posted."""
        with self._one_statement() as conn:
            return list(conn.execute(_PAYLOADS, {"device_id": device_id}).scalars())
