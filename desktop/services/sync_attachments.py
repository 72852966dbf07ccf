"""Photos and scans travel beside their records: each attachment's encrypted file goes through the
server's blob routes (resumable, deduplicated) or into the shared folder, under the file's SHA-256.

The file that travels is the one the vault keeps: "LBB1" | nonce | AES-256-GCM under the attachment's
own random `file_key`, with the file's name as associated data. That key is a column of the attachment
record, and records travel only inside bundles sealed with the scope key, so the server and the folder
hold bytes that nobody without the scope key can open, and an attachment added twice is one file. A
received file is checked twice before it is kept: its SHA-256 must be the id the sealed record named,
and it must open with the record's key.

No Qt, no SQL of the app's tables beyond reading the sync state: run by `SyncService.sync_once`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.atomic import write_atomically
from desktop.store.blobs import MAGIC
from desktop.store.vault import Vault
from sync.transport import Refused

BLOB_KINDS = ("attachment", "news_photo")
"""The record kinds of attachments (desktop/store/sync_store/kinds.py)."""

_STATES = (
    "SELECT r.scope_id, r.state FROM sync_record r WHERE r.kind IN ('attachment', 'news_photo') "
    "AND json_extract(r.state, '$.deleted') IS NULL "
    "AND json_extract(r.state, '$.fields.blob_id[0]') IS NOT NULL"
)


class BlobTransport(Protocol):
    """What both transports offer for attachments (sync/http.py, sync/folder.py)."""

    channel: str

    def upload_blob(self, scope_id: str, blob_id: str, sealed: bytes) -> None: ...

    def download_blob(self, scope_id: str, blob_id: str) -> bytes: ...


@dataclass(frozen=True, slots=True)
class _Photo:
    scope_id: str
    blob_id: str
    blob_name: str
    file_key: bytes


def _photos(vault: Vault, sql: str, params: tuple[object, ...] = ()) -> list[_Photo]:
    with vault.reading() as session:
        rows = session.connection().exec_driver_sql(sql, params).fetchall()
    found = []
    for scope_id, encoded in rows:
        fields = json.loads(encoded)["fields"]
        try:
            found.append(
                _Photo(
                    scope_id,
                    str(fields["blob_id"][0]),
                    str(fields["blob_name"][0]),
                    bytes.fromhex(str(fields["file_key"][0])),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue  # a record still missing a field: its file is not asked for
    return found


def send_attachments(vault: Vault, transport: BlobTransport) -> int:
    """Put every file this device holds that the channel does not have yet; returns how many went."""
    photos = _photos(
        vault,
        f"{_STATES} AND NOT EXISTS (SELECT 1 FROM sync_blob_sent s WHERE s.channel = ? "
        "AND s.scope_id = r.scope_id AND s.blob_id = json_extract(r.state, '$.fields.blob_id[0]'))",
        (transport.channel,),
    )
    sent = 0
    for photo in photos:
        path = vault.blobs.path_of(photo.blob_name)
        if not path.exists():
            continue  # not received here yet either
        sealed = path.read_bytes()
        if hashlib.sha256(sealed).hexdigest() != photo.blob_id:
            continue
        try:
            transport.upload_blob(photo.scope_id, photo.blob_id, sealed)
        except Refused:
            continue  # not a member of that scope (any more): nothing to send there
        _mark_sent(vault, transport.channel, photo)
        sent += 1
    return sent


def fetch_attachments(vault: Vault, transport: BlobTransport) -> int:
    """Fetch the files of attachments whose records arrived without them; returns how many came.

    A file the channel does not have yet (its sender has not synced it) is asked for again next time.
    """
    received = 0
    done: set[str] = set()
    for photo in _photos(vault, _STATES):
        path = vault.blobs.path_of(photo.blob_name)
        if photo.blob_name in done or path.exists() or not _has_row(vault, photo.blob_name):
            continue
        try:
            sealed = transport.download_blob(photo.scope_id, photo.blob_id)
        except Refused:
            continue
        if hashlib.sha256(sealed).hexdigest() != photo.blob_id or not _opens(sealed, photo):
            continue
        write_atomically(path, sealed)
        _mark_sent(vault, transport.channel, photo)
        done.add(photo.blob_name)
        received += 1
    return received


def _opens(sealed: bytes, photo: _Photo) -> bool:
    """Whether the file is the attachment the record describes: it opens with the record's key."""
    if not sealed.startswith(MAGIC) or len(sealed) < 32:
        return False
    try:
        AESGCM(photo.file_key).decrypt(sealed[4:16], sealed[16:], photo.blob_name.encode("ascii"))
    except (InvalidTag, ValueError):
        return False
    return True


def _has_row(vault: Vault, blob_name: str) -> bool:
    with vault.reading() as session:
        found = (
            session.connection()
            .exec_driver_sql("SELECT 1 FROM attachment WHERE blob_name = ? LIMIT 1", (blob_name,))
            .first()
        )
    return found is not None


def _mark_sent(vault: Vault, channel: str, photo: _Photo) -> None:
    with vault.writing() as session:
        session.connection().exec_driver_sql(
            "INSERT OR IGNORE INTO sync_blob_sent (channel, scope_id, blob_id) VALUES (?, ?, ?)",
            (channel, photo.scope_id, photo.blob_id),
        )
