"""This computer in the school's sync: its row of sync_device, where it syncs, and the way to get there.

Shared by the sync run (`engine.py`) and joining (`joining.py`): who this device
is (its id and role, or the code it joined with while it waits), the server or folder it syncs with,
and one transport to it. No Qt, no child data: ids, a role, an address and a path.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import httpx

from desktop.store.errors import InvalidInput
from desktop.store.sync_store.device import DeviceRow, ThisDevice
from desktop.store.sync_store.runs import SyncRuns
from desktop.store.vault import Vault
from sync.client import SyncEngine
from sync.crypto import DeviceKeys
from sync.folder import FolderTransport
from sync.http import HttpTransport
from sync.protocol import DeviceRole
from sync.transport import Transport


class SyncUnavailable(InvalidInput):
    """The server or folder could not be reached; nothing already saved is affected. Try again later."""


REMOVED_ERROR = "removed from the school's sync by the school office"
"""What `sync_run.last_error` says once the server refused this device as removed (see `status`)."""


@dataclass(frozen=True, slots=True)
class SyncTarget:
    """Where to sync: the school's server (an http(s) URL) or a shared folder / USB stick."""

    server_url: str = ""
    folder: Path | None = None

    def __post_init__(self) -> None:
        if bool(self.server_url) == (self.folder is not None):
            raise InvalidInput("Give either the school's sync server address or a folder, not both.")
        if self.server_url and not self.server_url.startswith(("http://", "https://")):
            raise InvalidInput(
                f"{self.server_url} is not a server address; it starts with https:// (or http://)."
            )

    @property
    def label(self) -> str:
        return self.server_url or str(self.folder)


def saved_target(device: DeviceRow) -> SyncTarget:
    """The server or folder this device syncs with."""
    if device.server_url:
        return SyncTarget(server_url=device.server_url)
    if device.folder:
        return SyncTarget(folder=Path(device.folder))
    raise InvalidInput("This device has no sync server or folder yet; give one.")


def read_device(vault: Vault) -> DeviceRow | None:
    """This device's row, or None before it ever made its keys."""
    with vault.reading() as session:
        return ThisDevice(session).read()


def update_device(
    vault: Vault,
    *,
    role: str | None = None,
    capture: bool | None = None,
    server_url: str | None = None,
    folder: str | None = None,
    joining_code: str | None = None,
    unqueued: bool | None = None,
) -> None:
    """Set the given values of this device's row, in a transaction of their own."""
    with vault.writing() as session:
        ThisDevice(session).update(
            role=role,
            capture=capture,
            server_url=server_url,
            folder=folder,
            joining_code=joining_code,
            unqueued=unqueued,
        )


def require_admin(vault: Vault) -> DeviceRow:
    device = read_device(vault)
    if device is None or device.role != DeviceRole.ADMIN.value:
        raise InvalidInput("Only the school's admin device can do this; use that computer.")
    return device


def is_removed(vault: Vault, device: DeviceRow) -> bool:
    """The server refused this device as removed by the school office, the last time it tried."""
    with vault.reading() as session:
        return SyncRuns(session).last_error(device.server_url or device.folder) == REMOVED_ERROR


@functools.lru_cache(maxsize=4)
def client_for(base_url: str) -> httpx.Client:
    """One connection pool per server for the life of the process (making a client costs ~0.2 s)."""
    return httpx.Client(base_url=base_url, timeout=30.0)


def http_to(base_url: str, device: DeviceKeys) -> HttpTransport:
    """The server, with requests signed as `device`."""
    return HttpTransport(base_url, device, client_for(base_url.rstrip("/")))


QUICK_CONNECT_S = 4.0
"""How long a call that can do without the server waits to reach it (an office on a flaky line)."""


@functools.lru_cache(maxsize=4)
def _brief_client_for(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, timeout=httpx.Timeout(10.0, connect=QUICK_CONNECT_S))


def quick_http_to(base_url: str, device: DeviceKeys) -> HttpTransport:
    """The server, for a call that works without it (telling it of a new invitation): a dropped line
    costs the office seconds, not the half minute a sync may wait."""
    return HttpTransport(base_url, device, _brief_client_for(base_url.rstrip("/")))


def transport_to(engine: SyncEngine, target: SyncTarget) -> Transport:
    """The server, or the folder (which must be there: a stick may be out)."""
    if target.server_url:
        return http_to(target.server_url, engine.device)
    assert target.folder is not None
    if not target.folder.is_dir():
        raise InvalidInput(f"The folder {target.folder} is not there; plug in the drive or create it.")
    return FolderTransport(target.folder)
