"""The key file: the database key, wrapped by a key derived from the passphrase (and by the OS keychain).

The database key is 32 random bytes and never changes; a passphrase change re-wraps it only. The Argon2id
parameters are kept beside the wrapped key so that later versions can raise them for new wraps.
"""

import base64
import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.store.atomic import write_atomically
from desktop.store.errors import KeyFileDamaged, NoSchoolHere, WrongPassphrase

KEY_FILE_NAME = "keys.json"
FORMAT = 1
KEYCHAIN_SERVICE = "Linkbook"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The defaults take about 0.2 s on a 2-core laptop (RFC 9106, second choice)."""

    salt: str
    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 65536

    @classmethod
    def fresh(cls) -> "KdfParams":
        return cls(salt=_b64(os.urandom(16)))

    def derive(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=base64.b64decode(self.salt),
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class KeyFile:
    """What keys.json holds: nothing in it reveals the key or anything about the school's children."""

    vault_id: str
    kdf: KdfParams
    nonce: str
    wrapped_key: str
    demo: bool = False
    in_keychain: bool = False

    def _aad(self) -> bytes:
        return json.dumps([FORMAT, self.vault_id, asdict(self.kdf)], sort_keys=True).encode()

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, **asdict(self)}
        canonical = json.dumps(body, sort_keys=True).encode()
        return json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}, indent=2).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> "KeyFile":
        try:
            body = json.loads(raw)
            checksum = body.pop("checksum")
            if hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest() != checksum:
                raise KeyFileDamaged(path, "its checksum does not match")
            if body.pop("format") != FORMAT:
                raise KeyFileDamaged(path, "unknown format")
            kdf = KdfParams(**body.pop("kdf"))
            return cls(kdf=kdf, **body)
        except KeyFileDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged(path, f"unreadable: {exc.__class__.__name__}") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _wrap(key: bytes, passphrase: str, vault_id: str, demo: bool, in_keychain: bool) -> KeyFile:
    kdf = KdfParams.fresh()
    nonce = os.urandom(12)
    blank = KeyFile(vault_id=vault_id, kdf=kdf, nonce=_b64(nonce), wrapped_key="", demo=demo)
    wrapped = AESGCM(kdf.derive(passphrase)).encrypt(nonce, key, blank._aad())
    return KeyFile(
        vault_id=vault_id,
        kdf=kdf,
        nonce=_b64(nonce),
        wrapped_key=_b64(wrapped),
        demo=demo,
        in_keychain=in_keychain,
    )


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < 4:
        raise ValueError("A passphrase needs at least 4 characters; a short sentence is best.")


def read_key_file(path: Path) -> KeyFile:
    return KeyFile.from_bytes(path.read_bytes(), path)


def school_key_file(data_dir: Path) -> KeyFile:
    """The key file of the school in data_dir, read without opening its database (NoSchoolHere if none)."""
    path = data_dir / KEY_FILE_NAME
    if not path.exists():
        raise NoSchoolHere(data_dir)
    return read_key_file(path)


def create_key_file(path: Path, passphrase: str, *, demo: bool = False) -> bytes:
    """Make a new random database key, wrap it with the passphrase, save it; return the key."""
    _check_passphrase(passphrase)
    key = os.urandom(32)
    key_file = _wrap(key, passphrase, vault_id=os.urandom(16).hex(), demo=demo, in_keychain=False)
    write_atomically(path, key_file.to_bytes())
    return key


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """The database key, or WrongPassphrase. Reads nothing and writes nothing."""
    try:
        return AESGCM(key_file.kdf.derive(passphrase)).decrypt(
            base64.b64decode(key_file.nonce), base64.b64decode(key_file.wrapped_key), key_file._aad()
        )
    except InvalidTag:
        raise WrongPassphrase() from None


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-wrap the same database key under a new passphrase (the database is not touched)."""
    _check_passphrase(new)
    key_file = read_key_file(path)
    key = unwrap(key_file, old)
    rewrapped = _wrap(key, new, key_file.vault_id, key_file.demo, key_file.in_keychain)
    write_atomically(path, rewrapped.to_bytes())


def remember_in_keychain(path: Path, key: bytes) -> None:
    """Also keep the database key in the OS keychain, so the user may unlock without the passphrase."""
    import keyring

    key_file = read_key_file(path)
    keyring.set_password(KEYCHAIN_SERVICE, key_file.vault_id, key.hex())
    write_atomically(path, replace(key_file, in_keychain=True).to_bytes())


def forget_from_keychain(path: Path) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    key_file = read_key_file(path)
    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(KEYCHAIN_SERVICE, key_file.vault_id)
    write_atomically(path, replace(key_file, in_keychain=False).to_bytes())


def key_from_keychain(key_file: KeyFile) -> bytes | None:
    """The database key from the OS keychain, or None when it is not there or no keychain answers."""
    if not key_file.in_keychain:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYCHAIN_SERVICE, key_file.vault_id)
    except KeyringError:
        return None
    return bytes.fromhex(stored) if stored else None
