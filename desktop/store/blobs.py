"""Attachment files, encrypted one by one with AES-256-GCM under their own keys.

A file is named by a keyed hash of its content: identical files are stored once, and the name reveals
nothing to someone without the school's key.
"""

import hmac
import os
from hashlib import sha256
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.atomic import write_atomically
from desktop.store.errors import StoreError

MAGIC = b"LBB1"

BLOB_DIR_NAME = "blobs"
"""The folder of a school's data folder that holds its attachment files."""


class BlobDamaged(StoreError):
    def __init__(self, name: str) -> None:
        super().__init__(f"The stored file {name[:12]}… is damaged or missing; restore it from a backup.")


class BlobStore:
    """A folder of encrypted blobs, spread over 256 subfolders."""

    def __init__(self, root: Path, naming_key: bytes) -> None:
        self.root = root
        self._naming_key = naming_key

    def name_for(self, data: bytes) -> str:
        return hmac.new(self._naming_key, data, sha256).hexdigest()

    def path_of(self, name: str) -> Path:
        return self.root / name[:2] / name

    def exists(self, name: str) -> bool:
        return self.path_of(name).exists()

    def write(self, name: str, data: bytes, file_key: bytes) -> None:
        nonce = os.urandom(12)
        sealed = AESGCM(file_key).encrypt(nonce, data, name.encode("ascii"))
        write_atomically(self.path_of(name), MAGIC + nonce + sealed)

    def read(self, name: str, file_key: bytes) -> bytes:
        try:
            raw = self.path_of(name).read_bytes()
        except FileNotFoundError:
            raise BlobDamaged(name) from None
        if not raw.startswith(MAGIC):
            raise BlobDamaged(name)
        nonce, sealed = raw[4:16], raw[16:]
        try:
            return AESGCM(file_key).decrypt(nonce, sealed, name.encode("ascii"))
        except InvalidTag:
            raise BlobDamaged(name) from None

    def delete(self, name: str) -> None:
        self.path_of(name).unlink(missing_ok=True)

    def names(self) -> set[str]:
        if not self.root.exists():
            return set()
        return {p.name for p in self.root.glob("??/*") if not p.name.startswith(".")}
