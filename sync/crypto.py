"""Scope keys, device keys and sealed bundles, built only from the `cryptography` package's primitives.

The design follows sealed-box and Signal-style key wrapping, in plain terms:

- A **scope key** (32 random bytes) encrypts everything in one scope (a pupil, a class, the school). It has
  a **generation**; removing a device or a family member makes a new generation, wrapped only for the
  devices that remain, so what is written afterwards is unreadable to the removed one.
- A **device** has an X25519 key pair (to receive wrapped scope keys) and an Ed25519 key pair (to sign what
  it sends). Its id is a hash of its signing key, so an id cannot be claimed with another device's key.
- A **sealed bundle** is AES-256-GCM under the scope key with a fresh 96-bit nonce; the associated data
  binds the scope, generation and bundle id, so a server cannot replay a bundle into another scope, under
  another generation or id. The sending device signs the sealed bytes and those same fields, so the server
  can check who sent a bundle (and drop forgeries) without being able to read it.
- **Wrapping** a scope key for a device: an ephemeral X25519 key agreement with the device's public key,
  HKDF-SHA256 to a one-time key, AES-256-GCM over the scope key and a one-byte code of the scope's kind
  (a sealed box), signed by the admin device. The kind tells a joining device which scopes to pull first
  (the school's, whose classes every pupil's rows belong to); sealed, it is hidden from the server, and
  every kind seals to the same length.
- **Attachments** are sealed deterministically per scope (a synthetic nonce from a keyed hash of the content),
  so the same photo sealed twice gives the same bytes and the server stores it once, learning only that two
  uploads in one scope were equal.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.protocol import (
    PROTOCOL_VERSION,
    DeviceRegistration,
    DeviceRole,
    SealedBundle,
    WrappedScopeKey,
    new_scope_id,
)

KEY_BYTES = 32
NONCE_BYTES = 12


class CryptoError(Exception):
    """A bundle, key or signature did not check out: tampered, misaddressed, or not for this device."""


class MissingScopeKey(CryptoError):
    """This device holds no key for that scope and generation (never granted, or removed before it)."""


def _frame(tag: bytes, *fields: bytes | str | int) -> bytes:
    """Length-prefixed concatenation under a domain tag, so no two field lists encode the same bytes."""
    parts = [struct.pack(">H", len(tag)), tag]
    for field in fields:
        raw = (
            field.encode("utf-8")
            if isinstance(field, str)
            else struct.pack(">Q", field)
            if isinstance(field, int)
            else field
        )
        parts += [struct.pack(">I", len(raw)), raw]
    return b"".join(parts)


def device_id_for(signing_public: bytes) -> str:
    """A device's id: the first 128 bits of SHA-256 of its Ed25519 public key."""
    return "d" + hashlib.sha256(b"linkbook device id\x00" + signing_public).hexdigest()[:32]


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@dataclass(frozen=True, slots=True)
class DevicePublicKeys:
    """What others need to send keys to a device and to check its signatures."""

    device_id: str
    exchange_public: bytes
    signing_public: bytes

    def __post_init__(self) -> None:
        if device_id_for(self.signing_public) != self.device_id:
            raise CryptoError("device id does not match its signing key")

    def verify(self, signature: bytes, message: bytes) -> None:
        """Raise CryptoError unless `signature` is this device's Ed25519 signature of `message`."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_public).verify(signature, message)
        except (InvalidSignature, ValueError) as error:
            raise CryptoError("bad signature") from error

    @classmethod
    def of(cls, registration: DeviceRegistration) -> DevicePublicKeys:
        return cls(registration.device_id, registration.exchange_public, registration.signing_public)


class DeviceKeys:
    """A device's two private keys. Keep `to_bytes()` only inside the device's encrypted store."""

    def __init__(self, exchange: X25519PrivateKey, signing: Ed25519PrivateKey) -> None:
        self._exchange = exchange
        self._signing = signing
        self.public = DevicePublicKeys(
            device_id_for(_raw_public(signing.public_key())),
            _raw_public(exchange.public_key()),
            _raw_public(signing.public_key()),
        )

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> DeviceKeys:
        if len(raw) != 2 * KEY_BYTES:
            raise CryptoError("device keys are 64 bytes")
        return cls(
            X25519PrivateKey.from_private_bytes(raw[:KEY_BYTES]),
            Ed25519PrivateKey.from_private_bytes(raw[KEY_BYTES:]),
        )

    def to_bytes(self) -> bytes:
        return _raw_private(self._exchange) + _raw_private(self._signing)

    @property
    def device_id(self) -> str:
        return self.public.device_id

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def exchange(self, peer_public: bytes) -> bytes:
        return self._exchange.exchange(X25519PublicKey.from_public_bytes(peer_public))


@dataclass(frozen=True, slots=True)
class ScopeKey:
    """One generation of one scope's symmetric key."""

    scope_id: str
    generation: int
    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES or self.generation < 1:
            raise CryptoError("a scope key is 32 bytes with a generation from 1")

    @classmethod
    def create(cls, scope_id: str | None = None) -> ScopeKey:
        """The first generation of a new scope (with a new random id unless one is given)."""
        return cls(scope_id or new_scope_id(), 1, os.urandom(KEY_BYTES))

    def next_generation(self) -> ScopeKey:
        """A fresh, unrelated key for the next generation: nothing about it follows from this one."""
        return ScopeKey(self.scope_id, self.generation + 1, os.urandom(KEY_BYTES))

    def __repr__(self) -> str:
        return f"ScopeKey({self.scope_id!r}, {self.generation})"


class Keyring:
    """The scope keys a device holds, every generation it was given (old bundles stay readable)."""

    def __init__(self, keys: Iterable[ScopeKey] = ()) -> None:
        self._keys: dict[tuple[str, int], ScopeKey] = {}
        self._newest: dict[str, int] = {}
        """Each scope's newest generation held: a school's first sync seals for 1,602 scopes, and
        looking through every key for each went through 2.6 million keys."""
        for key in keys:
            self.add(key)

    def add(self, key: ScopeKey) -> None:
        self._keys[(key.scope_id, key.generation)] = key
        if key.generation > self._newest.get(key.scope_id, key.generation - 1):
            self._newest[key.scope_id] = key.generation

    def get(self, scope_id: str, generation: int) -> ScopeKey:
        try:
            return self._keys[(scope_id, generation)]
        except KeyError:
            raise MissingScopeKey(f"no key for scope {scope_id} generation {generation}") from None

    def current(self, scope_id: str) -> ScopeKey:
        """The newest generation held: what new bundles for the scope are sealed with."""
        generation = self._newest.get(scope_id)
        if generation is None:
            raise MissingScopeKey(f"no key for scope {scope_id}")
        return self._keys[(scope_id, generation)]

    def scopes(self) -> list[str]:
        return sorted({s for (s, _g) in self._keys})

    def held(self) -> frozenset[tuple[str, int]]:
        """(scope id, generation) of every key held."""
        return frozenset(self._keys)

    def __contains__(self, item: tuple[str, int]) -> bool:
        return item in self._keys

    def __iter__(self) -> Iterator[ScopeKey]:
        return iter(list(self._keys.values()))


def bundle_associated_data(scope_id: str, generation: int, bundle_id: str) -> bytes:
    """What AES-GCM authenticates beside the ciphertext: a bundle cannot be moved to another place."""
    return _frame(b"linkbook bundle aad", PROTOCOL_VERSION, scope_id, generation, bundle_id)


def bundle_signed_bytes(bundle: SealedBundle) -> bytes:
    """What the sending device signs: every field of the bundle except the signature itself."""
    return _frame(
        b"linkbook bundle signature",
        bundle.version,
        bundle.scope_id,
        bundle.generation,
        bundle.bundle_id,
        bundle.device_id,
        hashlib.sha256(bundle.sealed).digest(),
    )


def seal_bundle(payload: bytes, key: ScopeKey, bundle_id: str, sender: DeviceKeys) -> SealedBundle:
    """Encrypt `payload` for the scope and sign it as `sender`."""
    nonce = os.urandom(NONCE_BYTES)
    aad = bundle_associated_data(key.scope_id, key.generation, bundle_id)
    sealed = nonce + AESGCM(key.secret).encrypt(nonce, payload, aad)
    unsigned = SealedBundle.model_construct(
        version=PROTOCOL_VERSION,
        scope_id=key.scope_id,
        generation=key.generation,
        bundle_id=bundle_id,
        device_id=sender.device_id,
        sealed=sealed,
        signature=b"",
    )
    return SealedBundle(
        scope_id=key.scope_id,
        generation=key.generation,
        bundle_id=bundle_id,
        device_id=sender.device_id,
        sealed=sealed,
        signature=sender.sign(bundle_signed_bytes(unsigned)),
    )


def verify_bundle(bundle: SealedBundle, sender: DevicePublicKeys) -> None:
    """Check the sender's signature (the server does this too; it needs no scope key for it)."""
    if sender.device_id != bundle.device_id:
        raise CryptoError("bundle signed by another device")
    sender.verify(bundle.signature, bundle_signed_bytes(bundle))


def open_bundle(bundle: SealedBundle, keyring: Keyring, sender: DevicePublicKeys) -> bytes:
    """Verify, then decrypt: the payload, or CryptoError / MissingScopeKey."""
    verify_bundle(bundle, sender)
    key = keyring.get(bundle.scope_id, bundle.generation)
    return decrypt_bundle(bundle, key)


def decrypt_bundle(bundle: SealedBundle, key: ScopeKey) -> bytes:
    """AES-GCM open with the bundle's associated data (no signature check: see `open_bundle`)."""
    if len(bundle.sealed) < NONCE_BYTES + 16:
        raise CryptoError("sealed bundle too short")
    nonce, body = bundle.sealed[:NONCE_BYTES], bundle.sealed[NONCE_BYTES:]
    aad = bundle_associated_data(bundle.scope_id, bundle.generation, bundle.bundle_id)
    try:
        return AESGCM(key.secret).decrypt(nonce, body, aad)
    except InvalidTag as error:
        raise CryptoError("bundle does not open with this scope key") from error


def _wrap_info(scope_id: str, generation: int, recipient_id: str) -> bytes:
    return _frame(b"linkbook scope key wrap", PROTOCOL_VERSION, scope_id, generation, recipient_id)


def wrapped_key_signed_bytes(wrapped: WrappedScopeKey) -> bytes:
    return _frame(
        b"linkbook wrapped key signature",
        wrapped.scope_id,
        wrapped.generation,
        wrapped.recipient_id,
        wrapped.ephemeral_public,
        wrapped.sealed,
        wrapped.wrapped_by,
    )


class ScopeKind(StrEnum):
    """Whose records a scope holds, as a grant carries it (sealed): the school's, a class's, a pupil's, or
    staff-only records (of the school or a class). The app names its scopes' kinds the same way."""

    SCHOOL = "school"
    CLASS = "class"
    PUPIL = "pupil"
    STAFF = "staff"

    @classmethod
    def named(cls, name: str | None) -> ScopeKind | None:
        """The kind of that name; None for no name or one this version does not know."""
        try:
            return cls(name) if name else None
        except ValueError:
            return None


_KIND_CODES: dict[ScopeKind | None, bytes] = {
    None: b"\x00",
    ScopeKind.SCHOOL: b"\x01",
    ScopeKind.CLASS: b"\x02",
    ScopeKind.PUPIL: b"\x03",
    ScopeKind.STAFF: b"\x04",
}
"""What a grant seals after the scope key: one byte whatever the kind (0: the wrapping admin did not say),
so every grant has the same length and its length tells nothing of the scope."""
_KINDS_BY_CODE = {code: kind for kind, code in _KIND_CODES.items()}


@dataclass(frozen=True, slots=True)
class ScopeGrant:
    """A scope key opened from a grant, and the scope's kind if the grant says it (None for a grant sealed
    before grants carried kinds, or by an admin that did not know it)."""

    key: ScopeKey
    kind: ScopeKind | None


def wrap_scope_key(
    key: ScopeKey, recipient: DevicePublicKeys, admin: DeviceKeys, *, kind: ScopeKind | None
) -> WrappedScopeKey:
    """Seal `key` and the scope's `kind` to `recipient`'s X25519 key (ephemeral ECDH + HKDF + AES-GCM),
    signed by `admin`."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.exchange_public))
    info = _wrap_info(key.scope_id, key.generation, recipient.device_id)
    wrapping_key = HKDF(
        hashes.SHA256(), KEY_BYTES, salt=ephemeral_public + recipient.exchange_public, info=info
    ).derive(shared)
    nonce = os.urandom(NONCE_BYTES)
    sealed = nonce + AESGCM(wrapping_key).encrypt(nonce, key.secret + _KIND_CODES[kind], info)
    fields: dict[str, Any] = {
        "scope_id": key.scope_id,
        "generation": key.generation,
        "recipient_id": recipient.device_id,
        "ephemeral_public": ephemeral_public,
        "sealed": sealed,
        "wrapped_by": admin.device_id,
    }
    signature = admin.sign(wrapped_key_signed_bytes(WrappedScopeKey.model_construct(**fields)))
    return WrappedScopeKey(**fields, signature=signature)


def unwrap_scope_key(wrapped: WrappedScopeKey, recipient: DeviceKeys, admin: DevicePublicKeys) -> ScopeGrant:
    """Check the admin's signature and open the key and the scope's kind; CryptoError if either fails.

    A grant sealed before grants carried kinds (the scope key alone) opens with its kind unknown."""
    if wrapped.recipient_id != recipient.device_id:
        raise CryptoError("this key was wrapped for another device")
    if wrapped.wrapped_by != admin.device_id:
        raise CryptoError("wrapped by another device than the one given")
    admin.verify(wrapped.signature, wrapped_key_signed_bytes(wrapped))
    shared = recipient.exchange(wrapped.ephemeral_public)
    info = _wrap_info(wrapped.scope_id, wrapped.generation, wrapped.recipient_id)
    wrapping_key = HKDF(
        hashes.SHA256(),
        KEY_BYTES,
        salt=wrapped.ephemeral_public + recipient.public.exchange_public,
        info=info,
    ).derive(shared)
    nonce, body = wrapped.sealed[:NONCE_BYTES], wrapped.sealed[NONCE_BYTES:]
    try:
        opened = AESGCM(wrapping_key).decrypt(nonce, body, info)
    except InvalidTag as error:
        raise CryptoError("wrapped key does not open") from error
    if len(opened) not in (KEY_BYTES, KEY_BYTES + 1):
        raise CryptoError("a wrapped key holds a scope key and at most its kind")
    secret, code = opened[:KEY_BYTES], opened[KEY_BYTES:]
    return ScopeGrant(ScopeKey(wrapped.scope_id, wrapped.generation, secret), _KINDS_BY_CODE.get(code))


def rotate_scope_key(
    current: ScopeKey, remaining: Iterable[DevicePublicKeys], admin: DeviceKeys, *, kind: ScopeKind | None
) -> tuple[ScopeKey, list[WrappedScopeKey]]:
    """The next generation, wrapped only for `remaining` (which should include the admin's own device)."""
    fresh = current.next_generation()
    return fresh, [wrap_scope_key(fresh, device, admin, kind=kind) for device in remaining]


def registration_signed_bytes(registration: DeviceRegistration) -> bytes:
    return _frame(
        b"linkbook device registration",
        registration.device_id,
        registration.role.value,
        registration.exchange_public,
        registration.signing_public,
        registration.registered_by,
    )


def register_device(device: DevicePublicKeys, role: DeviceRole, admin: DeviceKeys) -> DeviceRegistration:
    """An admin's signed statement that `device` belongs to the school in `role`."""
    fields: dict[str, Any] = {
        "device_id": device.device_id,
        "role": role,
        "exchange_public": device.exchange_public,
        "signing_public": device.signing_public,
        "registered_by": admin.device_id,
    }
    signature = admin.sign(registration_signed_bytes(DeviceRegistration.model_construct(**fields)))
    return DeviceRegistration(**fields, signature=signature)


def verify_registration(registration: DeviceRegistration, admin: DevicePublicKeys) -> DevicePublicKeys:
    """Check that `admin` signed `registration` and that its id matches its key; its public keys."""
    if registration.registered_by != admin.device_id:
        raise CryptoError("registered by another device")
    admin.verify(registration.signature, registration_signed_bytes(registration))
    return DevicePublicKeys.of(registration)


def _blob_keys(key: ScopeKey) -> tuple[bytes, bytes]:
    material = HKDF(
        hashes.SHA256(), 2 * KEY_BYTES, salt=None, info=_frame(b"linkbook blob keys", key.scope_id)
    ).derive(key.secret)
    return material[:KEY_BYTES], material[KEY_BYTES:]


def seal_blob(content: bytes, key: ScopeKey) -> tuple[str, bytes]:
    """(blob id, sealed bytes) for an attachment; deterministic per scope key so uploads deduplicate.

    The nonce is an HMAC of the content under a key derived from the scope key (a synthetic IV): distinct
    contents get distinct nonces, equal contents equal ciphertexts. The blob id is the SHA-256 of the sealed
    bytes, which the server checks without learning anything about the content.
    """
    encryption_key, nonce_key = _blob_keys(key)
    nonce = hmac.new(nonce_key, content, hashlib.sha256).digest()[:NONCE_BYTES]
    header = _frame(b"linkbook blob", key.scope_id, key.generation)
    body = AESGCM(encryption_key).encrypt(nonce, content, header)
    sealed = struct.pack(">I", key.generation) + nonce + body
    return hashlib.sha256(sealed).hexdigest(), sealed


def open_blob(sealed: bytes, keyring: Keyring, scope_id: str) -> bytes:
    """The attachment's content; CryptoError if it was altered or belongs to another scope."""
    if len(sealed) < 4 + NONCE_BYTES + 16:
        raise CryptoError("sealed blob too short")
    (generation,) = struct.unpack(">I", sealed[:4])
    key = keyring.get(scope_id, generation)
    encryption_key, _ = _blob_keys(key)
    nonce, body = sealed[4 : 4 + NONCE_BYTES], sealed[4 + NONCE_BYTES :]
    try:
        return AESGCM(encryption_key).decrypt(nonce, body, _frame(b"linkbook blob", scope_id, generation))
    except InvalidTag as error:
        raise CryptoError("blob does not open with this scope key") from error
