"""The folder transport: a shared drive or a USB stick carrying the same bundle files as the server.

Layout under the chosen folder::

    linkbook-sync/v1/bundles/<scope id>/<bundle id>.lbb      a SealedBundle, as JSON
    linkbook-sync/v1/devices/<device id>.json                an admin-signed DeviceRegistration
    linkbook-sync/v1/keys/<device id>/<scope>-<gen>-<admin>.json   a WrappedScopeKey for that device
    linkbook-sync/v1/blobs/<scope id>/<sha-256>.blob         an attachment's encrypted file
    linkbook-sync/v1/enrolments/<invitation id>/<device id>.request.json   a device asking to join
    linkbook-sync/v1/enrolments/<invitation id>/approval.json              the admin's approval
    linkbook-sync/v1/enrolments/<invitation id>/<device id>.refusal.json   the admin's "no" to a request
    linkbook-sync/v1/removed/<device id>.json                an admin's signed notice: device removed

Every file is written to a temporary name in the same directory, flushed, fsynced and renamed into place
(then the directory is fsynced), so a reader, or a stick pulled out mid-copy, sees a whole file or none.
A file is never rewritten: names are ids, and an existing name means the bundle is already there. There
is no server to refuse anyone here, so the folder is only as private as its permissions; the keys still
keep every family device and removed device out of what it must not read.

The enrolment files are the server's mailbox in a folder. A request proves the code with its MAC and an
approval is MACed with the code (`sync.enrolment`), so a folder cannot forge either; a refusal is not
signed, since the joining device does not know the admin yet: it only ends the wait, and grants nothing.
A removal notice is signed by the admin device, so a folder cannot tell a device it was removed when it
was not, nor make others refuse a device that was not removed. The removed device stops syncing there, as
a server would refuse it; every other device reads all the notices (`removals`), keeps those it can check
and refuses the removed device's bundles written after its removal (`sync.client`), and leaves the notices
it holds in each folder it syncs with, so a notice reaches a stick the admin device never sees.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from sync.crypto import device_id_for
from sync.protocol import (
    DeviceRegistration,
    DeviceRemoval,
    EnrolmentApproval,
    EnrolmentRefusal,
    EnrolmentRequest,
    SealedBundle,
    WrappedScopeKey,
)
from sync.transport import PullPage, Refused, TransportError

BUNDLE_SUFFIX = ".lbb"
BLOB_SUFFIX = ".blob"
_BLOB_ID = re.compile(r"[0-9a-f]{64}")
_SCOPE_ID = re.compile(r"s[0-9a-f]{32}")
_INVITATION_ID = re.compile(r"i[0-9a-f]{32}")
_DEVICE_ID = re.compile(r"d[0-9a-f]{32}")
REQUEST_SUFFIX = ".request.json"
REFUSAL_SUFFIX = ".refusal.json"
APPROVAL_FILE = "approval.json"
_W = TypeVar("_W", EnrolmentRequest, EnrolmentApproval, EnrolmentRefusal, DeviceRemoval)


def folder_channel(folder: Path) -> str:
    """How a store names a folder in its cursors and acknowledgements."""
    return f"folder:{Path(folder).resolve()}"


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
        self.channel = folder_channel(folder)

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

    # Enrolment: the same mailbox as the server's, as files (see the module docstring).
    def _enrolment_dir(self, invitation_id: str) -> Path:
        if not _INVITATION_ID.fullmatch(invitation_id):
            raise Refused(422, "not an invitation id")
        return self.root / "enrolments" / invitation_id

    def post_enrolment_request(self, request: EnrolmentRequest) -> EnrolmentRefusal | None:
        """Leave the request; None, since a folder cannot answer at once (the admin device's refusal,
        if any, comes later: `refusal`)."""
        if device_id_for(request.signing_public) != request.device_id:
            raise Refused(422, "device id does not match its signing key")
        path = self._enrolment_dir(request.invitation_id) / f"{request.device_id}{REQUEST_SUFFIX}"
        self._write(path, request.model_dump_json().encode("utf-8"))
        return None

    def enrolment_requests(self) -> list[EnrolmentRequest]:
        """Requests not yet answered: no approval for that device, no refusal."""
        directory = self.root / "enrolments"
        found = []
        try:
            invitations = sorted(os.listdir(directory)) if directory.is_dir() else []
            for invitation_id in invitations:
                if not _INVITATION_ID.fullmatch(invitation_id):
                    continue
                approval = self.fetch_approval(invitation_id)
                for path in sorted((directory / invitation_id).glob(f"d*{REQUEST_SUFFIX}")):
                    request = _read(path, EnrolmentRequest)
                    if (
                        request is None
                        or request.invitation_id != invitation_id
                        or f"{request.device_id}{REQUEST_SUFFIX}" != path.name
                        or device_id_for(request.signing_public) != request.device_id
                        or (approval is not None and approval.registration.device_id == request.device_id)
                        or self.refusal(invitation_id, request.device_id) is not None
                    ):
                        continue
                    found.append(request)
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error
        return found

    def post_approval(self, approval: EnrolmentApproval) -> None:
        self._write(
            self._enrolment_dir(approval.invitation_id) / APPROVAL_FILE, approval.model_dump_json().encode()
        )

    def fetch_approval(self, invitation_id: str) -> EnrolmentApproval | None:
        """The approval given with this invitation, for whichever device it went to (one per invitation)."""
        return _read(self._enrolment_dir(invitation_id) / APPROVAL_FILE, EnrolmentApproval)

    def post_refusal(self, refusal: EnrolmentRefusal) -> None:
        if not _DEVICE_ID.fullmatch(refusal.device_id):
            raise Refused(422, "not a device id")
        path = self._enrolment_dir(refusal.invitation_id) / f"{refusal.device_id}{REFUSAL_SUFFIX}"
        self._write(path, refusal.model_dump_json().encode("utf-8"))

    def refusal(self, invitation_id: str, device_id: str) -> EnrolmentRefusal | None:
        if not _DEVICE_ID.fullmatch(device_id):
            return None
        found = _read(self._enrolment_dir(invitation_id) / f"{device_id}{REFUSAL_SUFFIX}", EnrolmentRefusal)
        if found is None or found.invitation_id != invitation_id or found.device_id != device_id:
            return None
        return found

    # Removal: the server refuses a removed device; here the admin device leaves a signed notice.
    def post_removal(self, notice: DeviceRemoval) -> None:
        path = self.root / "removed" / f"{notice.device_id}.json"
        self._write(path, notice.model_dump_json().encode("utf-8"))

    def removal(self, device_id: str) -> DeviceRemoval | None:
        """The notice that `device_id` was removed, if an admin device left one (not checked here)."""
        if not _DEVICE_ID.fullmatch(device_id):
            return None
        found = _read(self.root / "removed" / f"{device_id}.json", DeviceRemoval)
        return found if found is not None and found.device_id == device_id else None

    def removals(self) -> list[DeviceRemoval]:
        """Every removal notice in the folder (not checked here: the engine checks each signature)."""
        directory = self.root / "removed"
        try:
            names = sorted(os.listdir(directory)) if directory.is_dir() else []
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error
        found = []
        for name in names:
            device_id = name.removesuffix(".json")
            if name.endswith(".json") and _DEVICE_ID.fullmatch(device_id):
                notice = self.removal(device_id)
                if notice is not None:
                    found.append(notice)
        return found

    def _write(self, path: Path, data: bytes) -> None:
        try:
            write_atomically(path, data)
        except OSError as error:
            raise TransportError(f"folder: {error.strerror}") from error


def _read(path: Path, wire: type[_W]) -> _W | None:
    """The file as `wire`, or None if it is not there or not a valid one (a folder holds anything)."""
    try:
        return wire.model_validate_json(path.read_bytes())
    except (FileNotFoundError, ValidationError):
        return None
    except OSError as error:
        raise TransportError(f"folder: {error.strerror}") from error
