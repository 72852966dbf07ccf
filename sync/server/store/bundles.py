"""The log: sealed bundles stored once per id, numbered per scope, and pulled by sequence number."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import SealedBundle
from sync.server.store.database import _retried
from sync.server.store.quotas import Allowance, QuotaExceeded, QuotaStore
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


_STORED_CTE = (
    "WITH stored AS ( SELECT seq, digest, scope_id FROM bundles WHERE bundle_id = CAST(:bundle_id AS VARCHAR)"
)
"""PostgreSQL, the start of both one-statement appends: the bundle as stored already, if it is."""
_ADDED_AND_STORED = (
    "), added AS ("
    " INSERT INTO bundles"
    " (scope_id, seq, bundle_id, device_id, generation, version, sealed, signature, digest, received_at)"
    " SELECT CAST(:scope_id AS VARCHAR), last_seq, CAST(:bundle_id AS VARCHAR),"
    " CAST(:device_id AS VARCHAR), CAST(:generation AS INTEGER), CAST(:version AS INTEGER),"
    " CAST(:sealed AS BYTEA), CAST(:signature AS BYTEA), CAST(:digest AS BYTEA),"
    " CAST(:received_at AS BIGINT) FROM numbered"
    " RETURNING seq"
    ") SELECT"
    " (SELECT seq FROM stored) AS stored_seq,"
    " (SELECT digest FROM stored) AS stored_digest,"
    " (SELECT scope_id FROM stored) AS stored_scope,"
)
"""PostgreSQL, shared by both one-statement appends: the bundle inserted with the seq `numbered` handed
out, and the answer's first columns (the bundle as stored already, if it was)."""

_APPEND_COUNTED = text(
    _STORED_CTE
    + (
        "), counted AS ("
        " SELECT count(*) = 2 AS ready FROM storage_use"
        " WHERE holder IN (CAST(:holder AS VARCHAR), CAST(:scope_id AS VARCHAR))"
        "), device_use AS ("
        " UPDATE storage_use SET used_bytes = used_bytes + CAST(:size AS BIGINT)"
        " WHERE holder = CAST(:holder AS VARCHAR) AND NOT EXISTS (SELECT 1 FROM stored)"
        " AND (SELECT ready FROM counted)"
        " RETURNING used_bytes"
        "), scope_use AS ("
        " UPDATE storage_use SET used_bytes = used_bytes + CAST(:size AS BIGINT)"
        " WHERE holder = CAST(:scope_id AS VARCHAR) AND EXISTS (SELECT 1 FROM device_use)"
        " RETURNING used_bytes"
        "), numbered AS ("
        " UPDATE scopes SET last_seq = last_seq + 1"
        " WHERE scope_id = CAST(:scope_id AS VARCHAR) AND EXISTS (SELECT 1 FROM scope_use)"
        " RETURNING last_seq"
    )
    + _ADDED_AND_STORED
    + (
        " (SELECT used_bytes FROM device_use) AS device_used,"
        " (SELECT used_bytes FROM scope_use) AS scope_used,"
        " (SELECT seq FROM added) AS seq"
    )
)
"""PostgreSQL: `BundleStore._append` in one statement, for a bundle pushed by its own device with an
allowance: the bundle read by its id, and only if it is new, its bytes counted against the device and
the scope (each UPDATE ... RETURNING locks the holder's row until commit, in the order `_charge` takes
them: the device's, the scope's, then the scope's row that numbers it), its seq handed out and the bundle
inserted. Nothing is written unless both holders already have a row (`counted`): otherwise the caller
counts them first (`QuotaStore._ensure_use_row`) and runs it again. The limits are checked on what it
returns, and a push past one is rolled back whole, as before."""


_APPEND_ALONE = text(
    _STORED_CTE
    + (
        "), locked AS ("
        " SELECT holder, used_bytes FROM storage_use"
        " WHERE holder IN (CAST(:holder AS VARCHAR), CAST(:scope_id AS VARCHAR))"
        " AND NOT EXISTS (SELECT 1 FROM stored)"
        " ORDER BY holder FOR UPDATE"
        "), fits AS ("
        " SELECT count(*) = 2 AND EXISTS (SELECT 1 FROM scopes WHERE scope_id = CAST(:scope_id AS VARCHAR))"
        " AS ready,"
        " COALESCE(bool_and(used_bytes + CAST(:size AS BIGINT) <= CASE WHEN holder = CAST(:holder AS VARCHAR)"
        " THEN CAST(:device_limit AS BIGINT) ELSE CAST(:scope_limit AS BIGINT) END), false) AS ok,"
        " max(CASE WHEN holder = CAST(:holder AS VARCHAR) THEN used_bytes END) AS device_used"
        " FROM locked"
        "), charged AS ("
        " UPDATE storage_use SET used_bytes = used_bytes + CAST(:size AS BIGINT)"
        " WHERE holder IN (CAST(:holder AS VARCHAR), CAST(:scope_id AS VARCHAR))"
        " AND (SELECT ready AND ok FROM fits)"
        " RETURNING holder"
        "), numbered AS ("
        " UPDATE scopes SET last_seq = last_seq + 1"
        " WHERE scope_id = CAST(:scope_id AS VARCHAR) AND (SELECT ready AND ok FROM fits)"
        " RETURNING last_seq"
    )
    + _ADDED_AND_STORED
    + (
        " (SELECT ready FROM fits) AS ready,"
        " (SELECT ok FROM fits) AS ok,"
        " (SELECT device_used FROM fits) AS device_used,"
        " (SELECT count(*) FROM charged) AS charged,"
        " (SELECT seq FROM added) AS seq"
    )
)
"""PostgreSQL: a push of one bundle, stored whole or not at all in one statement that is its own
transaction (no BEGIN and COMMIT round trips). The bundle is read by its id; if it is new, the device's
and the scope's rows of `storage_use` are locked (in `_charge`'s order: the device's id sorts first) and
read as committed by then (FOR UPDATE waits for a push holding them and reads its result), and only if
the bundle fits both allowances are they counted, its seq handed out and it is inserted: a push past a
quota writes nothing. Nothing is written either when a holder has no row yet (`ready`): the caller then
stores it in a transaction (`BundleStore._append_counted`), which counts the holder first."""

_NO_LIMIT = 2**62
"""A device allowance of None (an admin device): no limit, counted all the same."""


class BundleStore(QuotaStore):
    """The append-only log of sealed bundles per scope."""

    @_retried
    def append_bundles(
        self, sealed: Sequence[SealedBundle], allowance: Allowance | None = None
    ) -> list[tuple[str, int, bool]]:
        """Store each bundle once: (bundle id, seq, was it already stored?). Raises BundleConflict, and
        QuotaExceeded (storing none of them) when new bundles would take the device or a scope past
        `allowance`."""
        if len(sealed) == 1 and allowance is not None and not self.sqlite:
            alone = self._append_alone(sealed[0], allowance)
            if alone is not None:
                return [alone]
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
        if allowance is not None and not existing_only and not self.sqlite:
            return self._append_counted(conn, bundle, digest, allowance)
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
        conn.execute(_NEW_BUNDLE, {**self._bundle_row(bundle, digest), "seq": seq})
        return bundle.bundle_id, int(seq), False

    def _append_alone(self, bundle: SealedBundle, allowance: Allowance) -> tuple[str, int, bool] | None:
        """A push of one bundle on PostgreSQL in one statement (`_APPEND_ALONE`): (bundle id, seq, was it
        already stored?), QuotaExceeded or BundleConflict as `_append`; None, having written nothing, when
        the device or the scope has no `storage_use` row yet (the transaction's path counts it)."""
        digest = _bundle_digest(bundle)
        values = {
            **self._append_values(bundle, digest, allowance),
            "device_limit": _NO_LIMIT if allowance.device_bytes is None else allowance.device_bytes,
            "scope_limit": allowance.scope_bytes,
        }
        try:
            with self._autocommit.connect() as conn:
                row = conn.execute(_APPEND_ALONE, values).one()
        except IntegrityError:
            return None  # stored by another push a moment before: the transaction's path reads it
        if row.stored_seq is not None:
            if bytes(row.stored_digest) != digest or row.stored_scope != bundle.scope_id:
                raise BundleConflict(bundle.bundle_id)
            return bundle.bundle_id, int(row.stored_seq), True
        if not row.ready:
            return None
        if not row.ok:
            size, device_limit = len(bundle.sealed), allowance.device_bytes
            if device_limit is not None and int(row.device_used) + size > device_limit:
                raise QuotaExceeded(allowance.device_id, device_limit)
            raise QuotaExceeded(bundle.scope_id, allowance.scope_bytes)
        if row.seq is None or row.charged != 2:
            raise RuntimeError(f"bundle {bundle.bundle_id} was not stored whole")
        return bundle.bundle_id, int(row.seq), False

    def _bundle_row(self, bundle: SealedBundle, digest: bytes) -> dict[str, Any]:
        """The bundle's row as stored, but for its seq (handed out by the statement or given)."""
        return {
            "scope_id": bundle.scope_id,
            "bundle_id": bundle.bundle_id,
            "device_id": bundle.device_id,
            "generation": bundle.generation,
            "version": bundle.version,
            "sealed": bundle.sealed,
            "signature": bundle.signature,
            "digest": digest,
            "received_at": self._now_ms(),
        }

    def _append_values(self, bundle: SealedBundle, digest: bytes, allowance: Allowance) -> dict[str, Any]:
        """What `_APPEND_ALONE` and `_APPEND_COUNTED` are given: the bundle's row, its holder, its size."""
        return {**self._bundle_row(bundle, digest), "holder": allowance.device_id, "size": len(bundle.sealed)}

    def _append_counted(
        self, conn: Connection, bundle: SealedBundle, digest: bytes, allowance: Allowance
    ) -> tuple[str, int, bool]:
        """`_append` with an allowance on PostgreSQL: one statement (`_APPEND_COUNTED`), two more and
        the statement again the first time the device or the scope stores anything."""
        values = self._append_values(bundle, digest, allowance)
        row = conn.execute(_APPEND_COUNTED, values).one()
        if row.stored_seq is None and row.device_used is None:
            # A holder with no row yet: nothing was written; count it from what is stored, then store.
            self._ensure_use_row(conn, allowance.device_id)
            self._ensure_use_row(conn, bundle.scope_id)
            row = conn.execute(_APPEND_COUNTED, values).one()
        if row.stored_seq is not None:
            if bytes(row.stored_digest) != digest or row.stored_scope != bundle.scope_id:
                raise BundleConflict(bundle.bundle_id)
            return bundle.bundle_id, int(row.stored_seq), True
        if row.device_used is None or row.scope_used is None or row.seq is None:
            raise RuntimeError(f"bundle {bundle.bundle_id} was not stored: its scope has no row")
        for holder, limit, used in (
            (allowance.device_id, allowance.device_bytes, row.device_used),
            (bundle.scope_id, allowance.scope_bytes, row.scope_used),
        ):
            if limit is not None and int(used) > limit:
                raise QuotaExceeded(holder, limit)
        return bundle.bundle_id, int(row.seq), False

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
