"""Sealed attachments: uploaded in chunks, stored once per (scope, hash), unfinished ones tidied away."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from sync.server.store.quotas import Allowance, QuotaStore
from sync.server.store.tables import blob_chunks, blob_uploads, blobs, storage_use

UPLOAD_TIDY_INTERVAL_MS = 60_000


class BlobStore(QuotaStore):
    """Sealed attachments by scope and the SHA-256 of their sealed bytes."""

    _tidied_uploads_at: int

    def blob_status(self, scope_id: str, blob_id: str) -> tuple[int, bool]:
        with self._reading() as conn:
            row = conn.execute(
                select(blobs.c.received, blobs.c.complete).where(
                    and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
                )
            ).first()
        return (0, False) if row is None else (int(row.received), bool(row.complete))

    def append_blob_chunk(
        self, scope_id: str, blob_id: str, offset: int, data: bytes, allowance: Allowance
    ) -> tuple[int, bool]:
        """Append at `offset` if that is where the upload stands; the status either way. Raises
        QuotaExceeded (storing nothing) when the chunk would take the device or scope past `allowance`."""
        where = and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
        upload = and_(blob_uploads.c.scope_id == scope_id, blob_uploads.c.blob_id == blob_id)
        with self._writing() as conn:
            row = conn.execute(select(blobs.c.received, blobs.c.complete).where(where)).first()
            if row is None:
                conn.execute(
                    insert(blobs).values(scope_id=scope_id, blob_id=blob_id, received=0, complete=False)
                )
                received, complete = 0, False
            else:
                received, complete = int(row.received), bool(row.complete)
            if complete or offset != received or not data:
                return received, complete
            self._charge(conn, allowance, scope_id, len(data))
            conn.execute(
                insert(blob_chunks).values(scope_id=scope_id, blob_id=blob_id, offset=offset, data=data)
            )
            conn.execute(update(blobs).where(where).values(received=received + len(data)))
            conn.execute(delete(blob_uploads).where(upload))
            conn.execute(
                insert(blob_uploads).values(
                    scope_id=scope_id,
                    blob_id=blob_id,
                    device_id=allowance.device_id,
                    touched_at=self._now_ms(),
                )
            )
            return received + len(data), False

    def complete_blob(self, scope_id: str, blob_id: str, size: int) -> bool:
        """Mark an upload complete if its bytes hash to its id; otherwise discard it (start again)."""
        where = and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
        chunk_where = and_(blob_chunks.c.scope_id == scope_id, blob_chunks.c.blob_id == blob_id)
        with self._writing() as conn:
            row = conn.execute(select(blobs.c.received, blobs.c.complete).where(where)).first()
            if row is None:
                return False
            if row.complete:
                return True
            digest = hashlib.sha256()
            for chunk in conn.execute(
                select(blob_chunks.c.data).where(chunk_where).order_by(blob_chunks.c.offset)
            ).scalars():
                digest.update(chunk)
            if int(row.received) == size and digest.hexdigest() == blob_id:
                conn.execute(update(blobs).where(where).values(complete=True))
                conn.execute(
                    delete(blob_uploads).where(
                        and_(blob_uploads.c.scope_id == scope_id, blob_uploads.c.blob_id == blob_id)
                    )
                )
                return True
            self._discard_upload(conn, scope_id, blob_id, int(row.received))
            return False

    def _discard_upload(self, conn: Connection, scope_id: str, blob_id: str, received: int) -> None:
        """Remove an unfinished upload and give its bytes back to the scope and the uploading device."""
        upload = and_(blob_uploads.c.scope_id == scope_id, blob_uploads.c.blob_id == blob_id)
        uploader = conn.execute(select(blob_uploads.c.device_id).where(upload)).scalar()
        for holder in (scope_id, uploader):
            if holder is not None:
                conn.execute(
                    update(storage_use)
                    .where(storage_use.c.holder == holder)
                    .values(
                        used_bytes=func.max(0, storage_use.c.used_bytes - received)
                        if self.sqlite
                        else func.greatest(0, storage_use.c.used_bytes - received)
                    )
                )
        conn.execute(delete(blob_uploads).where(upload))
        conn.execute(
            delete(blob_chunks).where(
                and_(blob_chunks.c.scope_id == scope_id, blob_chunks.c.blob_id == blob_id)
            )
        )
        conn.execute(delete(blobs).where(and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)))

    def remove_unfinished_uploads(self, older_than_s: int) -> int:
        """Remove uploads with no chunk for `older_than_s` (and unfinished ones from before uploads were
        tracked); at most once a minute, so that calling it on each upload costs nothing. How many."""
        now = self._now_ms()
        if now - self._tidied_uploads_at < UPLOAD_TIDY_INTERVAL_MS:
            return 0
        self._tidied_uploads_at = now
        cutoff = now - older_than_s * 1000
        with self._writing() as conn:
            stale = conn.execute(
                select(blobs.c.scope_id, blobs.c.blob_id, blobs.c.received)
                .select_from(
                    blobs.outerjoin(
                        blob_uploads,
                        and_(
                            blob_uploads.c.scope_id == blobs.c.scope_id,
                            blob_uploads.c.blob_id == blobs.c.blob_id,
                        ),
                    )
                )
                .where(
                    and_(
                        blobs.c.complete.is_(False),
                        (blob_uploads.c.touched_at < cutoff) | blob_uploads.c.touched_at.is_(None),
                    )
                )
            ).all()
            for row in stale:
                self._discard_upload(conn, row.scope_id, row.blob_id, int(row.received))
        return len(stale)

    def read_blob(self, scope_id: str, blob_id: str, offset: int, max_bytes: int) -> tuple[bytes, int] | None:
        """Bytes of a complete blob from `offset` (about `max_bytes`), and its size; None if not complete."""
        where = and_(blob_chunks.c.scope_id == scope_id, blob_chunks.c.blob_id == blob_id)
        with self._reading() as conn:
            row = conn.execute(
                select(blobs.c.received, blobs.c.complete).where(
                    and_(blobs.c.scope_id == scope_id, blobs.c.blob_id == blob_id)
                )
            ).first()
            if row is None or not row.complete:
                return None
            chunks = conn.execute(
                select(blob_chunks.c.offset, blob_chunks.c.data).where(where).order_by(blob_chunks.c.offset)
            ).all()
        out = bytearray()
        for start, data in chunks:
            end = int(start) + len(data)
            if end <= offset:
                continue
            out += bytes(data)[max(0, offset - int(start)) :]
            if len(out) >= max_bytes:
                break
        return bytes(out), int(row.received)
