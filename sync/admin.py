"""What only an admin device does: found the school, make scopes, approve devices, remove them.

Removing a device (or a family member from a child) rotates every scope it held: a new key generation,
wrapped only for the devices that remain. The removed device keeps what it already had (nothing can take
that back) but cannot open anything sealed afterwards, and the server refuses its requests as well.
A shared folder cannot refuse anyone, so the admin's signed notice of the removal goes into each folder,
and every device there refuses the removed device's bundles written after it (see `sync.client`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sync.client import SyncEngine
from sync.crypto import (
    CryptoError,
    DevicePublicKeys,
    ScopeKey,
    ScopeKind,
    register_device,
    wrap_scope_key,
)
from sync.enrolment import (
    Invitation,
    earlier_notice,
    make_approval,
    server_verifier_for,
    sign_removal,
    verify_request,
)
from sync.folder import FolderTransport
from sync.http import HttpTransport
from sync.local import ScopeKinds, SyncTransaction
from sync.protocol import (
    DeviceRegistration,
    DeviceRemoval,
    DeviceRole,
    EnrolmentApproval,
    EnrolmentRequest,
    WrappedScopeKey,
)
from sync.transport import Transport


class SchoolAdmin:
    """Admin operations on top of an admin device's `SyncEngine`; each publishes to every transport given."""

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine

    @property
    def registration(self) -> DeviceRegistration:
        with self.engine.store.transaction() as tx:
            found = tx.registration(self.engine.device_id)
        if found is None:
            raise CryptoError("this device is not a registered admin")
        return found

    def found_school(self, server: HttpTransport | None = None, setup_token: str = "") -> DeviceRegistration:
        """Make this device the school's founding admin (self-signed), on the server too if given."""
        registration = register_device(self.engine.device.public, DeviceRole.ADMIN, self.engine.device)
        with self.engine.store.transaction() as tx:
            tx.trust_admin(registration)
            tx.save_registration(registration)
        if server is not None:
            server.bootstrap(setup_token, registration)
        return registration

    def create_scope(self, transports: Sequence[Transport], scope_id: str | None = None) -> ScopeKey:
        """A new scope (a new pupil, class or the school) whose key only this admin holds so far."""
        key = ScopeKey.create(scope_id)
        self.engine.add_scope_key(key)
        with self.engine.store.transaction() as tx:
            tx.save_scope_members(key.scope_id, [self.engine.device_id])
        for transport in transports:
            if isinstance(transport, HttpTransport):
                transport.add_members(key.scope_id, [self.engine.device_id])
        return key

    def open_invitation(self, invitation: Invitation, transports: Sequence[Transport]) -> None:
        """Tell each server that the invitation exists (its id, expiry and verifier key, never the code),
        so that it turns down a request answering no invitation, a used one or an expired one at once,
        and counts only requests made with the code."""
        verifier = server_verifier_for(invitation.code)
        for transport in transports:
            if isinstance(transport, HttpTransport):
                transport.open_invitation(invitation.invitation_id, invitation.expires_at, verifier)

    def approve(
        self,
        invitation: Invitation,
        request: EnrolmentRequest,
        scopes: Sequence[str],
        transports: Sequence[Transport],
    ) -> EnrolmentApproval:
        """Register the requesting device in the invitation's role and give it the keys of `scopes`."""
        device = verify_request(invitation, request)
        registration = self.register(device, invitation.role, scopes, transports)
        approval = make_approval(invitation, registration, self.registration)
        for transport in transports:
            if isinstance(transport, HttpTransport | FolderTransport):
                transport.post_approval(approval)
        return approval

    def register(
        self,
        device: DevicePublicKeys,
        role: DeviceRole,
        scopes: Sequence[str],
        transports: Sequence[Transport],
    ) -> DeviceRegistration:
        """Register a device whose public keys this admin has checked, and give it `scopes`' keys."""
        registration = register_device(device, role, self.engine.device)
        with self.engine.store.transaction() as tx:
            tx.save_registration(registration)
        keys = self._grant(device, scopes)
        for transport in transports:
            transport.publish_registration(registration, scopes)
            transport.publish_keys(keys)
        return registration

    def grant(self, device_id: str, scopes: Sequence[str], transports: Sequence[Transport]) -> None:
        """Give an enrolled device more scopes (a new pupil in a teacher's class, a sibling)."""
        device = self._public(device_id)
        keys = self._grant(device, scopes)
        for transport in transports:
            for scope_id in scopes:
                if isinstance(transport, HttpTransport):
                    transport.add_members(scope_id, [device_id])
            transport.publish_keys(keys)

    def _grant(self, device: DevicePublicKeys, scopes: Sequence[str]) -> list[WrappedScopeKey]:
        keys = []
        with self.engine.store.transaction() as tx:
            for scope_id in scopes:
                members = list(tx.scope_members(scope_id))
                if device.device_id not in members:
                    tx.save_scope_members(scope_id, [*members, device.device_id])
            kinds = _kinds(tx, scopes)
        for key in self.engine.keyring:
            if key.scope_id in scopes:
                kind = kinds.get(key.scope_id)
                keys.append(wrap_scope_key(key, device, self.engine.device, kind=kind))
        return keys

    def remove_device(self, device_id: str, transports: Sequence[Transport]) -> list[ScopeKey]:
        """Revoke a device everywhere and rotate every scope it held; the new key generations.

        Each server refuses the device from now on (first, so a server that cannot be reached leaves
        everything as it was). This admin then signs a notice with its clock's time (`removal_notice`),
        keeps it, and leaves it in every folder given: the device reads it at its next sync there
        (`SyncEngine.check_not_removed`), and every other device that syncs there refuses the
        device's bundles written after that time. A server has no place for the notice, and needs
        none: it refuses the device's pushes itself."""
        for transport in transports:
            if isinstance(transport, HttpTransport):
                transport.revoke_device(device_id)
        notice = self.removal_notice(device_id)
        for transport in transports:
            if isinstance(transport, FolderTransport):
                transport.post_removal(notice)
        with self.engine.store.transaction() as tx:
            held = [k for k in self.engine.keyring.scopes() if device_id in tx.scope_members(k)]
        return [self._rotate_without(scope_id, device_id, transports) for scope_id in held]

    def removal_notice(self, device_id: str) -> DeviceRemoval:
        """This admin's signed notice that `device_id` is removed, kept here (so this device refuses the
        device's later bundles too and passes the notice on to each folder it syncs with).

        Removing a device twice keeps the first notice: its time is the one every device goes by."""
        with self.engine.store.transaction() as tx:
            kept = tx.removal(device_id)
            if kept is not None and kept.removed_by == self.engine.device_id:
                return kept
            removed_at = self.engine.clock.now().wall_ms
            tx.save_clock(self.engine.clock.last)
            notice = sign_removal(device_id, self.engine.device, removed_at)
            tx.save_removal(earlier_notice(kept, notice))
        return notice

    def remove_member(self, scope_id: str, device_id: str, transports: Sequence[Transport]) -> ScopeKey:
        """Take one scope away from a device (a family member no longer linked to a child)."""
        for transport in transports:
            if isinstance(transport, HttpTransport):
                transport.remove_member(scope_id, device_id)
        return self._rotate_without(scope_id, device_id, transports)

    def _rotate_without(self, scope_id: str, device_id: str, transports: Sequence[Transport]) -> ScopeKey:
        with self.engine.store.transaction() as tx:
            remaining = [m for m in tx.scope_members(scope_id) if m != device_id]
            tx.save_scope_members(scope_id, remaining)
            kind = _kinds(tx, [scope_id]).get(scope_id)
        fresh = self.engine.keyring.current(scope_id).next_generation()
        self.engine.add_scope_key(fresh)
        keys = [
            wrap_scope_key(fresh, self._public(member), self.engine.device, kind=kind)
            for member in remaining
            if member != self.engine.device_id
        ]
        for transport in transports:
            transport.publish_keys(keys)
        return fresh

    def _public(self, device_id: str) -> DevicePublicKeys:
        with self.engine.store.transaction() as tx:
            found = tx.registration(device_id)
        if found is None:
            raise CryptoError(f"device {device_id} is not registered here")
        return DevicePublicKeys.of(found)


def _kinds(tx: SyncTransaction, scopes: Sequence[str]) -> Mapping[str, ScopeKind]:
    """The kinds of these scopes that this admin device's store knows, for its grants to carry."""
    return tx.scope_kinds(scopes) if isinstance(tx, ScopeKinds) else {}
