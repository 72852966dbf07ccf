"""The folder transport: a shared drive or a USB stick carrying the same bundle files as the server.

Layout under the chosen folder::

    linkbook-sync/v1/bundles/<scope id>/<bundle id>.lbb      a SealedBundle, as JSON
    linkbook-sync/v1/devices/<device id>.json                an admin-signed DeviceRegistration
    linkbook-sync/v1/keys/<device id>/<scope>-<gen>-<admin>.json   a WrappedScopeKey for that device
    linkbook-sync/v1/blobs/<scope id>/<sha-256>.blob         an attachment's encrypted file

Every file is written to a temporary name in the same directory, flushed, fsynced and renamed into place
(then the directory is fsynced), so a reader, or a stick pulled out mid-copy, sees a whole file or none.
A file is never rewritten: names are ids, and an existing name means the bundle is already there. There
is no server to refuse anyone here, so the folder is only as private as its permissions; the keys still
keep every family device and removed device out of what it must not read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from sync.protocol import DeviceRegistration, SealedBundle, WrappedScopeKey
from sync.transport import PullPage, Refused, TransportError

BUNDLE_SUFFIX = ".lbb"
BLOB_SUFFIX = ".blob"
_BLOB_ID = re.compile(r"[0-9a-f]{64}")
_SCOPE_ID = re.compile(r"s[0-9a-f]{32}")


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that no reader ever sees part of it, and it survives a power cut."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class FolderTransport:
    """Bundles as files in a folder that several devices can reach (never at the same file at once)."""

    def __init__(self, folder: Path) -> None:
        self.root = Path(folder) / "linkbook-sync" / "v1"
        self.channel = f"folder:{Path(folder).resolve()}"

    def _bundle_path(self, scope_id: str, bundle_id: str) -> Path:
        return self.root / "bundles" / scope_id / f"{bundle_id}{BUNDLE_SUFFIX}"

    def push(self, bundles: Sequence[SealedBundle]) -> list[str]:
        stored = []
        try:
            for bundle in bundles:
                path = self._bundle_path(bundle.scope_id, bundle.bundle_id)
                if not path.exists():
                    write_atomically(path, bundle.model_dump_json().encode("utf-8"))
                stored.append(bundle.bundle_id)
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error
        return stored

    def pull(self, scope_id: str, cursor: str, known: Callable[[str], bool]) -> PullPage:
        """Every bundle file of the scope not yet `known`; a folder has no order, so the cursor stays ""."""
        directory = self.root / "bundles" / scope_id
        found: list[tuple[str, SealedBundle]] = []
        try:
            names = sorted(os.listdir(directory)) if directory.is_dir() else []
            for name in names:
                bundle_id = name.removesuffix(BUNDLE_SUFFIX)
                if not name.endswith(BUNDLE_SUFFIX) or name.startswith(".") or known(bundle_id):
                    continue
                try:
                    bundle = SealedBundle.model_validate_json((directory / name).read_bytes())
                except ValidationError:
                    continue
                if bundle.bundle_id == bundle_id and bundle.scope_id == scope_id:
                    found.append(("", bundle))
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error
        return PullPage(found, "", False)

    def heads(self) -> None:
        """A folder cannot say cheaply what is new: every scope is listed."""
        return None

    def registration(self, device_id: str) -> DeviceRegistration | None:
        path = self.root / "devices" / f"{device_id}.json"
        try:
            return DeviceRegistration.model_validate_json(path.read_bytes())
        except (FileNotFoundError, ValidationError):
            return None
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error

    def wrapped_keys(self, device_id: str) -> list[WrappedScopeKey]:
        directory = self.root / "keys" / device_id
        keys = []
        try:
            for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
                with contextlib.suppress(ValidationError):
                    keys.append(WrappedScopeKey.model_validate_json(path.read_bytes()))
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error
        return [k for k in keys if k.recipient_id == device_id]

    def publish_registration(self, registration: DeviceRegistration, scopes: Sequence[str]) -> None:
        """A folder has no access control to set up, so the scopes are not written anywhere."""
        path = self.root / "devices" / f"{registration.device_id}.json"
        write_atomically(path, registration.model_dump_json().encode("utf-8"))

    def publish_keys(self, keys: Sequence[WrappedScopeKey]) -> None:
        for key in keys:
            name = f"{key.scope_id}-{key.generation}-{key.wrapped_by}.json"
            write_atomically(
                self.root / "keys" / key.recipient_id / name, key.model_dump_json().encode("utf-8")
            )

    # Attachments: sealed files under their SHA-256, once per scope, like the server's blob routes.
    def _blob_path(self, scope_id: str, blob_id: str) -> Path:
        if not _BLOB_ID.fullmatch(blob_id) or not _SCOPE_ID.fullmatch(scope_id):
            raise Refused(422, "not a scope or blob id")
        return self.root / "blobs" / scope_id / f"{blob_id}{BLOB_SUFFIX}"

    def upload_blob(self, scope_id: str, blob_id: str, sealed: bytes) -> None:
        """Write the file once (a copy already there is left alone); the id must be its SHA-256."""
        if hashlib.sha256(sealed).hexdigest() != blob_id:
            raise Refused(422, "the bytes do not match the blob id")
        path = self._blob_path(scope_id, blob_id)
        try:
            if not path.exists():
                write_atomically(path, sealed)
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error

    def download_blob(self, scope_id: str, blob_id: str) -> bytes:
        """The file's bytes; Refused(404) when no device has put it in the folder yet."""
        try:
            return self._blob_path(scope_id, blob_id).read_bytes()
        except FileNotFoundError:
            raise Refused(404, "no such blob") from None
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error
