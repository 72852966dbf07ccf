"""The log: sealed bundles stored once per id, numbered per scope, and pulled by sequence number."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import SealedBundle
from sync.server.store.database import _retried
from sync.server.store.quotas import Allowance, QuotaStore
from sync.server.store.tables import bundles, memberships, scopes


class BundleConflict(Exception):
    """A bundle id already stored with different bytes: a faulty or malicious client."""


def _bundle_digest(bundle: SealedBundle) -> bytes:
    return hashlib.sha256(bundle.sealed + bundle.signature).digest()


def _logged(rows: Sequence[Any], limit: int) -> tuple[list[tuple[int, SealedBundle]], bool]:
    """Bundle rows as (seq, bundle), at most `limit`, and whether there were more."""
    found = [
        (
            int(row.seq),
            SealedBundle.model_construct(
                version=row.version,
                scope_id=row.scope_id,
                generation=row.generation,
                bundle_id=row.bundle_id,
                device_id=row.device_id,
                sealed=bytes(row.sealed),
                signature=bytes(row.signature),
            ),
        )
        for row in rows[:limit]
    ]
    return found, len(rows) > limit


# A push's and a pull's statements, built once: building one (and its cache key) costs more than running
# it on SQLite, several times in every push. Parameters by name, given at each call.
_STORED = select(bundles.c.seq, bundles.c.digest, bundles.c.scope_id).where(
    bundles.c.bundle_id == bindparam("bundle_id")
)
_NEXT_SEQ = (
    update(scopes)
    .where(scopes.c.scope_id == bindparam("numbered"))
    .values(last_seq=scopes.c.last_seq + 1)
    .returning(scopes.c.last_seq)
)
_NEW_BUNDLE = insert(bundles)
_PULL = (
    select(
        memberships.c.scope_id,
        bundles.c.seq,
        bundles.c.version,
        bundles.c.generation,
        bundles.c.bundle_id,
        bundles.c.device_id,
        bundles.c.sealed,
        bundles.c.signature,
    )
    .select_from(
        memberships.outerjoin(
            bundles, and_(bundles.c.scope_id == memberships.c.scope_id, bundles.c.seq > bindparam("since"))
        )
    )
    .where(
        and_(
            memberships.c.scope_id == bindparam("scope_id"), memberships.c.device_id == bindparam("device_id")
        )
    )
    .order_by(bundles.c.seq)
    .limit(bindparam("rows"))
)


class BundleStore(QuotaStore):
    """The append-only log of sealed bundles per scope."""

    @_retried
    def append_bundles(
        self, sealed: Sequence[SealedBundle], allowance: Allowance | None = None
    ) -> list[tuple[str, int, bool]]:
        """Store each bundle once: (bundle id, seq, was it already stored?). Raises BundleConflict, and
        QuotaExceeded (storing none of them) when new bundles would take the device or a scope past
        `allowance`."""
        try:
            # SQLite: one commit (one fsync) for the pushes that arrive while the one before commits.
            return self._grouped(
                lambda conn: [self._append(conn, bundle, allowance=allowance) for bundle in sealed]
            )
        except IntegrityError:
            # Another process stored one of them in between: go one by one, each on its own.
            results = []
            for bundle in sealed:
                try:
                    with self._writing() as conn:
                        results.append(self._append(conn, bundle, allowance=allowance))
                except IntegrityError:
                    with self._reading() as conn:
                        results.append(self._append(conn, bundle, existing_only=True))
            return results

    def _append(
        self,
        conn: Connection,
        bundle: SealedBundle,
        existing_only: bool = False,
        allowance: Allowance | None = None,
    ) -> tuple[str, int, bool]:
        digest = _bundle_digest(bundle)
        row = conn.execute(_STORED, {"bundle_id": bundle.bundle_id}).first()
        if row is not None:
            if bytes(row.digest) != digest or row.scope_id != bundle.scope_id:
                raise BundleConflict(bundle.bundle_id)
            return bundle.bundle_id, int(row.seq), True
        if existing_only:
            raise BundleConflict(bundle.bundle_id)
        if allowance is not None:
            self._charge(conn, allowance, bundle.scope_id, len(bundle.sealed))
        seq = conn.execute(_NEXT_SEQ, {"numbered": bundle.scope_id}).scalar_one()
        conn.execute(
            _NEW_BUNDLE,
            {
                "scope_id": bundle.scope_id,
                "seq": seq,
                "bundle_id": bundle.bundle_id,
                "device_id": bundle.device_id,
                "generation": bundle.generation,
                "version": bundle.version,
                "sealed": bundle.sealed,
                "signature": bundle.signature,
                "digest": digest,
                "received_at": self._now_ms(),
            },
        )
        return bundle.bundle_id, int(seq), False

    def bundles_since(
        self, scope_id: str, since: int, limit: int
    ) -> tuple[list[tuple[int, SealedBundle]], bool]:
        with self._reading() as conn:
            rows = conn.execute(
                select(bundles)
                .where(and_(bundles.c.scope_id == scope_id, bundles.c.seq > since))
                .order_by(bundles.c.seq)
                .limit(limit + 1)
            ).all()
        return _logged(rows, limit)

    @_retried
    def pull(
        self, device_id: str, scope_id: str, since: int, limit: int
    ) -> tuple[list[tuple[int, SealedBundle]], bool] | None:
        """`bundles_since` for a device, and its membership checked, in one statement: None if the device
        is not a member of the scope (its membership row, joined to the bundles after `since`)."""
        with self._one_statement() as conn:
            rows = conn.execute(
                _PULL, {"since": since, "scope_id": scope_id, "device_id": device_id, "rows": limit + 1}
            ).all()
        if not rows:
            return None
        if rows[0].seq is None:
            return [], False
        return _logged(rows, limit)
