"""Photos and scans travel beside their records: each attachment's encrypted file goes through the
server's blob routes (resumable, deduplicated) or into the shared folder, under the file's SHA-256.

The file that travels is the one the vault keeps: "LBB1" | nonce | AES-256-GCM under the attachment's
own random `file_key`, with the file's name as associated data. That key is a column of the attachment
record, and records travel only inside bundles sealed with the scope key, so the server and the folder
hold bytes that nobody without the scope key can open, and an attachment added twice is one file. A
received file is checked twice before it is kept: its SHA-256 must be the id the sealed record named,
and it must open with the record's key.

No Qt, no SQL (desktop/store/sync_store/attachment_files.py reads the records): run by
`SyncService.sync_once`.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.atomic import write_atomically
from desktop.store.blobs import MAGIC
from desktop.store.sync_store.attachment_files import AttachmentFile, AttachmentFiles
from desktop.store.vault import Vault
from sync.transport import Refused


class BlobTransport(Protocol):
    """What both transports offer for attachments (sync/http.py, sync/folder.py)."""

    channel: str

    def upload_blob(self, scope_id: str, blob_id: str, sealed: bytes) -> None: ...

    def download_blob(self, scope_id: str, blob_id: str) -> bytes: ...


def send_attachments(vault: Vault, transport: BlobTransport) -> int:
    """Put every file this device holds that the channel does not have yet; returns how many went."""
    with vault.reading() as session:
        photos = AttachmentFiles(session).not_sent_to(transport.channel)
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
    with vault.reading() as session:
        photos = AttachmentFiles(session).all()
    for photo in photos:
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


def _opens(sealed: bytes, photo: AttachmentFile) -> bool:
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
        return AttachmentFiles(session).has_row(blob_name)


def _mark_sent(vault: Vault, channel: str, photo: AttachmentFile) -> None:
    with vault.writing() as session:
        AttachmentFiles(session).mark_sent(channel, photo)
