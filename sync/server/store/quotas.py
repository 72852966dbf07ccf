"""Storage quotas: bytes counted per device and per scope, and the allowance a push or upload has."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server.store.database import Database
from sync.server.store.tables import blob_chunks, bundles, storage_use


class QuotaExceeded(Exception):
    """Storing this would take a device or a scope past its quota; nothing of the request was stored."""

    def __init__(self, holder: str, limit: int) -> None:
        super().__init__(holder)
        self.holder = holder
        self.limit = limit

    @property
    def is_scope(self) -> bool:
        return self.holder.startswith("s")


@dataclass(frozen=True, slots=True)
class Allowance:
    """How much a device may store in all, and a scope; None: no limit for the device (an admin)."""

    device_id: str
    device_bytes: int | None
    scope_bytes: int


_ADD_USE = (
    update(storage_use)
    .where(storage_use.c.holder == bindparam("counted"))
    .values(used_bytes=storage_use.c.used_bytes + bindparam("size"))
    .returning(storage_use.c.used_bytes)
)
"""Count bytes against a holder, twice in every push (built once: building it costs more than running it)."""


class QuotaStore(Database):
    """Bytes stored per device and per scope, counted against their quotas."""

    def _charge(self, conn: Connection, allowance: Allowance, scope_id: str, size: int) -> None:
        """Count `size` more bytes against the device and the scope; QuotaExceeded past either limit.

        The UPDATE ... RETURNING locks the holder's row until commit, so concurrent pushes (several
        server processes on PostgreSQL) cannot both slip under a limit. It comes first: only a holder
        with no row yet (counted once from what is stored) costs more than the one statement."""
        for holder, limit in (
            (allowance.device_id, allowance.device_bytes),
            (scope_id, allowance.scope_bytes),
        ):
            used = self._add_use(conn, holder, size)
            if used is None:
                self._ensure_use_row(conn, holder)
                used = self._add_use(conn, holder, size)
            if limit is not None and int(used or 0) > limit:
                raise QuotaExceeded(holder, limit)

    @staticmethod
    def _add_use(conn: Connection, holder: str, size: int) -> int | None:
        """The holder's bytes with `size` more counted; None if the holder has no row yet."""
        used = conn.execute(_ADD_USE, {"counted": holder, "size": size}).scalar()
        return None if used is None else int(used)

    def _ensure_use_row(self, conn: Connection, holder: str) -> None:
        if conn.execute(select(storage_use.c.holder).where(storage_use.c.holder == holder)).first():
            return
        if holder.startswith("s"):
            used = (
                conn.execute(
                    select(func.coalesce(func.sum(func.length(bundles.c.sealed)), 0)).where(
                        bundles.c.scope_id == holder
                    )
                ).scalar_one()
                + conn.execute(
                    select(func.coalesce(func.sum(func.length(blob_chunks.c.data)), 0)).where(
                        blob_chunks.c.scope_id == holder
                    )
                ).scalar_one()
            )
        else:
            used = conn.execute(
                select(func.coalesce(func.sum(func.length(bundles.c.sealed)), 0)).where(
                    bundles.c.device_id == holder
                )
            ).scalar_one()
        try:
            with conn.begin_nested():
                conn.execute(insert(storage_use).values(holder=holder, used_bytes=int(used)))
        except IntegrityError:
            pass  # another process counted it a moment before

    def storage_used(self, holder: str) -> int:
        """Bytes counted against a device or a scope (0 if nothing was counted yet)."""
        with self._reading() as conn:
            found = conn.execute(
                select(storage_use.c.used_bytes).where(storage_use.c.holder == holder)
            ).scalar()
        return 0 if found is None else int(found)
