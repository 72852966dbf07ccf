"""What the sync engine asks of a way to move bundles: a server over HTTP, or a shared folder / USB stick.

Both carry the very same `SealedBundle`s; a transport only stores and fetches them. It never sees a key,
and nothing it returns is trusted before the engine has checked it (signatures back to a pinned admin,
AES-GCM tags, scope membership of every change).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sync.protocol import DeviceRegistration, SealedBundle, WrappedScopeKey


class TransportError(Exception):
    """The channel failed (connection cut, server down, folder unplugged): retry later, nothing is lost."""


class Refused(TransportError):
    """The other side refused on purpose (not a member of the scope, removed device, bad request)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail


class DeviceRemoved(Refused):
    """This device was removed from the school's sync by an admin: every request is refused, for good.

    What it already holds stays readable on it; to sync again it needs a new invitation."""

    def __init__(self, detail: str = "this device was removed from the school's sync") -> None:
        super().__init__(403, detail)


class StorageFull(Refused):
    """The server stored nothing because this device, or a scope, has used its storage allowance
    (`reason` is `DEVICE_QUOTA` or `SCOPE_QUOTA`): retrying will not help until room is made."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(507, detail)
        self.reason = reason

    def __str__(self) -> str:
        whose = "a shared class or pupil record" if self.reason == "scope_quota" else "this device"
        return (
            f"The school's server has no room left: {whose} has used its storage allowance there "
            f"({self.detail}). Nothing was lost here; ask the school office to make room on the server."
        )


@dataclass(frozen=True, slots=True)
class PullPage:
    """Some bundles of one scope; each with the cursor to save once it is applied."""

    bundles: list[tuple[str, SealedBundle]]
    cursor: str
    """Where the next pull resumes once every bundle of this page is applied."""
    more: bool


class Transport(Protocol):
    """A channel for bundles. `channel` names it in the store's cursors and acknowledgements."""

    channel: str

    def push(self, bundles: Sequence[SealedBundle]) -> list[str]:
        """Store the bundles (idempotently); the ids that are now safely held on the other side."""
        ...

    def pull(self, scope_id: str, cursor: str, known: Callable[[str], bool]) -> PullPage:
        """Bundles of a scope after `cursor`; `known(bundle_id)` lets a transport skip applied ones."""
        ...

    def heads(self) -> dict[str, str] | None:
        """Each scope's cursor at the end of its log, if the channel can tell (None: pull every scope)."""
        ...

    def registration(self, device_id: str) -> DeviceRegistration | None:
        """An admin-signed registration of a device, if the channel has it."""
        ...

    def wrapped_keys(self, device_id: str) -> list[WrappedScopeKey]:
        """Scope keys wrapped for this device."""
        ...

    def publish_registration(self, registration: DeviceRegistration, scopes: Sequence[str]) -> None:
        """(Admin) make a device known, and which scopes it may fetch."""
        ...

    def publish_keys(self, keys: Sequence[WrappedScopeKey]) -> None:
        """(Admin) deliver wrapped scope keys."""
        ...


def heads_after_push(transport: Transport) -> dict[str, str] | None:
    """The heads right after a push: a server sends them with the push's answer (`HttpTransport
    .heads_after_push`), which saves the request; any other channel is asked (`heads`)."""
    after_push: Callable[[], dict[str, str] | None] = getattr(transport, "heads_after_push", transport.heads)
    return after_push()
