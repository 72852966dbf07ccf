"""Sealed bundles, signatures, wrapped keys and rotation, against the real `cryptography` primitives."""

import json
from pathlib import Path

import pytest

from sync.crypto import (
    CryptoError,
    DeviceKeys,
    DevicePublicKeys,
    Keyring,
    MissingScopeKey,
    ScopeGrant,
    ScopeKey,
    ScopeKind,
    open_blob,
    open_bundle,
    register_device,
    rotate_scope_key,
    seal_blob,
    seal_bundle,
    unwrap_scope_key,
    verify_registration,
    wrap_scope_key,
    wrapped_key_signed_bytes,
)
from sync.protocol import DeviceRole, WrappedScopeKey, new_bundle_id

PAYLOAD = "Ayaan (ঋতব্রত) had a calm morning".encode()


@pytest.fixture
def writer() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture
def key() -> ScopeKey:
    return ScopeKey.create()


def test_a_sealed_bundle_opens_with_its_scope_key_and_hides_the_text(writer, key):
    bundle = seal_bundle(PAYLOAD, key, new_bundle_id(), writer)
    assert PAYLOAD not in bundle.sealed and PAYLOAD not in bundle.model_dump_json().encode()
    assert open_bundle(bundle, Keyring([key]), writer.public) == PAYLOAD


def test_a_tampered_bundle_is_rejected(writer, key):
    bundle = seal_bundle(PAYLOAD, key, new_bundle_id(), writer)
    flipped = bytearray(bundle.sealed)
    flipped[20] ^= 1
    with pytest.raises(CryptoError):
        open_bundle(bundle.model_copy(update={"sealed": bytes(flipped)}), Keyring([key]), writer.public)


@pytest.mark.parametrize("field", ["scope_id", "generation", "bundle_id"])
def test_a_bundle_moved_to_another_scope_generation_or_id_does_not_open(writer, key, field):
    """The associated data binds scope, generation and bundle id (even with a re-made signature)."""
    bundle = seal_bundle(PAYLOAD, key, new_bundle_id(), writer)
    other = {"scope_id": ScopeKey.create().scope_id, "generation": 2, "bundle_id": new_bundle_id()}[field]
    moved = bundle.model_copy(update={field: other})
    from sync.crypto import bundle_signed_bytes

    resigned = moved.model_copy(update={"signature": writer.sign(bundle_signed_bytes(moved))})
    keyring = Keyring([key, ScopeKey(moved.scope_id, moved.generation, key.secret)])
    with pytest.raises(CryptoError):
        open_bundle(resigned, keyring, writer.public)


def test_a_bundle_with_a_bad_signature_is_rejected(writer, key):
    bundle = seal_bundle(PAYLOAD, key, new_bundle_id(), writer)
    impostor = DeviceKeys.generate()
    forged = bundle.model_copy(update={"device_id": impostor.device_id})
    with pytest.raises(CryptoError):
        open_bundle(forged, Keyring([key]), impostor.public)
    bad = bundle.model_copy(update={"signature": bytes(64)})
    with pytest.raises(CryptoError):
        open_bundle(bad, Keyring([key]), writer.public)


def test_a_device_id_cannot_be_claimed_with_another_devices_key(writer):
    with pytest.raises(CryptoError):
        DevicePublicKeys(
            DeviceKeys.generate().device_id, writer.public.exchange_public, writer.public.signing_public
        )


def test_a_wrapped_key_opens_only_for_its_device_and_only_from_the_admin(key):
    admin, device, other = DeviceKeys.generate(), DeviceKeys.generate(), DeviceKeys.generate()
    wrapped = wrap_scope_key(key, device.public, admin, kind=ScopeKind.PUPIL)
    assert key.secret not in wrapped.model_dump_json().encode()
    assert unwrap_scope_key(wrapped, device, admin.public).key == key
    with pytest.raises(CryptoError):
        unwrap_scope_key(wrapped, other, admin.public)
    with pytest.raises(CryptoError):
        unwrap_scope_key(wrapped.model_copy(update={"generation": 7}), device, admin.public)
    with pytest.raises(CryptoError):
        unwrap_scope_key(wrapped.model_copy(update={"wrapped_by": other.device_id}), device, other.public)


def test_rotation_locks_a_removed_device_out_of_new_bundles(writer, key):
    admin, stays, removed = DeviceKeys.generate(), DeviceKeys.generate(), DeviceKeys.generate()
    removed_ring = Keyring(
        [unwrap_scope_key(wrap_scope_key(key, removed.public, admin, kind=None), removed, admin.public).key]
    )
    fresh, wrapped = rotate_scope_key(key, [stays.public], admin, kind=ScopeKind.CLASS)
    assert fresh.generation == 2 and fresh.secret != key.secret
    assert {w.recipient_id for w in wrapped} == {stays.device_id}
    after = seal_bundle(PAYLOAD, fresh, new_bundle_id(), writer)
    with pytest.raises(MissingScopeKey):
        open_bundle(after, removed_ring, writer.public)
    with pytest.raises(CryptoError):  # nor by pretending the old key is the new generation
        open_bundle(after, Keyring([ScopeKey(key.scope_id, 2, key.secret)]), writer.public)
    granted = unwrap_scope_key(wrapped[0], stays, admin.public)
    assert granted.kind is ScopeKind.CLASS, "the new generation's grant still says what the scope is"
    assert open_bundle(after, Keyring([granted.key]), writer.public) == PAYLOAD


def test_registrations_are_checked_back_to_the_admin():
    admin, device = DeviceKeys.generate(), DeviceKeys.generate()
    registration = register_device(device.public, DeviceRole.FAMILY, admin)
    assert verify_registration(registration, admin.public) == device.public
    promoted = registration.model_copy(update={"role": DeviceRole.ADMIN})
    with pytest.raises(CryptoError):
        verify_registration(promoted, admin.public)


def test_blobs_deduplicate_within_a_scope_and_open_only_there(key):
    photo = b"\x89PNG a drawing of a dinosaur"
    first_id, first = seal_blob(photo, key)
    again_id, again = seal_blob(photo, key)
    assert (first_id, first) == (again_id, again) and photo not in first
    assert seal_blob(photo, ScopeKey.create())[0] != first_id
    assert open_blob(first, Keyring([key]), key.scope_id) == photo
    with pytest.raises(CryptoError):
        open_blob(first[:-1] + bytes([first[-1] ^ 1]), Keyring([key]), key.scope_id)


def test_device_keys_survive_a_round_trip_through_bytes(writer):
    again = DeviceKeys.from_bytes(writer.to_bytes())
    assert again.public == writer.public


def test_a_keyring_seals_with_the_newest_generation_it_holds_whatever_the_order_they_came_in():
    first = ScopeKey.create()
    second, third = first.next_generation(), first.next_generation().next_generation()
    keyring = Keyring([third, first])
    keyring.add(second)

    assert keyring.current(first.scope_id) == third
    with pytest.raises(MissingScopeKey):
        keyring.current(ScopeKey.create().scope_id)


def test_a_grant_carries_the_scopes_kind_and_every_kind_seals_to_the_same_length(key):
    """A joining device learns which scope is the school's from its grant; the server, which stores the
    grants, cannot tell one kind from another by their length."""
    admin, device = DeviceKeys.generate(), DeviceKeys.generate()
    grants = {kind: wrap_scope_key(key, device.public, admin, kind=kind) for kind in [*ScopeKind, None]}
    assert {len(grant.sealed) for grant in grants.values()} == {61}
    for kind, grant in grants.items():
        assert unwrap_scope_key(grant, device, admin.public) == ScopeGrant(key, kind)
        assert WrappedScopeKey.model_validate_json(grant.model_dump_json()) == grant


def test_a_grant_wrapped_before_grants_carried_kinds_still_opens_with_its_kind_unknown():
    made = json.loads((Path(__file__).parent / "data" / "grant-before-kinds.json").read_text())
    admin = DeviceKeys.from_bytes(bytes.fromhex(made["admin_keys"]))
    device = DeviceKeys.from_bytes(bytes.fromhex(made["device_keys"]))
    grant = WrappedScopeKey.model_validate(made["grant"])
    assert len(grant.sealed) == 60
    opened = unwrap_scope_key(grant, device, admin.public)
    assert opened.kind is None
    assert opened.key == ScopeKey(grant.scope_id, 3, bytes.fromhex(made["scope_secret"]))


@pytest.mark.parametrize("change", ["flip the kind", "drop the kind", "flip the key"])
def test_a_grant_whose_sealed_kind_was_changed_does_not_open(key, change):
    """Even re-signed by the admin's key (so only the encryption stands in the way)."""
    admin, device = DeviceKeys.generate(), DeviceKeys.generate()
    grant = wrap_scope_key(key, device.public, admin, kind=ScopeKind.PUPIL)
    sealed = bytearray(grant.sealed)
    kind_at = 12 + 32  # after the nonce and the sealed key
    if change == "flip the kind":
        sealed[kind_at] ^= 0x03  # pupil (3) to school (1), were it not sealed
    elif change == "flip the key":
        sealed[20] ^= 1
    else:
        del sealed[kind_at]
    changed = grant.model_copy(update={"sealed": bytes(sealed)})
    resigned = changed.model_copy(update={"signature": admin.sign(wrapped_key_signed_bytes(changed))})
    with pytest.raises(CryptoError):
        unwrap_scope_key(resigned, device, admin.public)
