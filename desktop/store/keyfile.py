"""The key file: the database key, wrapped by a key derived from the passphrase (and by the OS keychain).

The database key is 32 random bytes and never changes; a passphrase change re-wraps it only. The Argon2id
parameters are kept beside the wrapped key so that later versions can raise them for new wraps.

Every parameter is bounded before Argon2 runs (a file asking for 4 GiB is damaged, not a reason to run out
of memory). The parameters are associated data of the AES-GCM wrap, and format 2 adds `check`: an HMAC
under a key derived with this version's fixed parameters (`FLOOR`) and the file's salt. When the wrap does
not open, the check tells an edited file (the passphrase is right; the parameters or the wrapped key were
changed, even with the checksum recomputed) from a wrong passphrase. It costs a second Argon2 run only
then, and only when the file's parameters differ from `FLOOR`. Format 1 files still open and are rewritten
as format 2 at the next unlock. The salt is the one thing the check cannot vouch for: an edited salt reads
as a wrong passphrase.
"""

import base64
import contextlib
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.domain.passphrases import require_strong
from desktop.store.atomic import write_atomically
from desktop.store.errors import KeyFileDamaged, KeyFileTampered, NoSchoolHere, WrongPassphrase

KEY_FILE_NAME = "keys.json"
FORMAT = 2
READABLE_FORMATS = (1, 2)
KEYCHAIN_SERVICE = "Linkbook"
CHECK_MESSAGE = b"linkbook key file check"

ITERATIONS = range(1, 65)
LANES = range(1, 65)
MAX_MEMORY_KIB = 2**20
"""1 GiB: a laptop can spare it for a moment; a larger figure is damage (4 GiB raises MemoryError)."""
SALT_BYTES = range(16, 65)


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

    def problem(self) -> str | None:
        """Why these parameters cannot be used (out of bounds, wrong type), or None."""
        for name, value, allowed in (
            ("iterations", self.iterations, ITERATIONS),
            ("lanes", self.lanes, LANES),
            ("memory_kib", self.memory_kib, range(8 * max(self.lanes, 1), MAX_MEMORY_KIB + 1)),
        ):
            if type(value) is not int or value not in allowed:
                return f"its Argon2 {name} is {value!r}, outside {allowed.start} to {allowed.stop - 1}"
        salt = _decoded(self.salt)
        if salt is None or len(salt) not in SALT_BYTES:
            return "its salt is not 16 to 64 bytes of base64"
        return None

    def derive(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=base64.b64decode(self.salt),
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


def _floor(kdf: KdfParams) -> KdfParams:
    """This version's fixed parameters with the file's salt: what the check is derived with."""
    return KdfParams(salt=kdf.salt)


@dataclass(frozen=True, slots=True)
class KeyFile:
    """What keys.json holds: nothing in it reveals the key or anything about the school's children."""

    vault_id: str
    kdf: KdfParams
    nonce: str
    wrapped_key: str
    demo: bool = False
    in_keychain: bool = False
    check: str = ""
    format: int = FORMAT

    def _aad(self) -> bytes:
        if self.format == 1:
            return json.dumps([1, self.vault_id, asdict(self.kdf)], sort_keys=True).encode()
        return json.dumps([self.format, self.vault_id, asdict(self.kdf), self.demo], sort_keys=True).encode()

    @property
    def outdated(self) -> bool:
        """Written by an older version: rewrite it (same key, same passphrase) once it is unlocked."""
        return self.format != FORMAT

    def to_bytes(self) -> bytes:
        body = asdict(self)
        if self.format == 1:
            del body["check"]
        canonical = json.dumps(body, sort_keys=True).encode()
        return json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}, indent=2).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> "KeyFile":
        try:
            body = json.loads(raw)
            checksum = body.pop("checksum")
            if hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest() != checksum:
                raise KeyFileDamaged(path, "its checksum does not match")
            if body.get("format") not in READABLE_FORMATS:
                raise KeyFileDamaged(path, f"unknown format {body.get('format')!r}")
            kdf = KdfParams(**body.pop("kdf"))
            key_file = cls(kdf=kdf, **body)
        except KeyFileDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged(path, f"unreadable: {exc.__class__.__name__}") from None
        problem = kdf.problem() or key_file._shape_problem()
        if problem is not None:
            raise KeyFileDamaged(path, problem)
        return key_file

    def _shape_problem(self) -> str | None:
        nonce, wrapped = _decoded(self.nonce), _decoded(self.wrapped_key)
        if nonce is None or len(nonce) != 12:
            return "its nonce is not 12 bytes of base64"
        if wrapped is None or len(wrapped) != 48:
            return "its wrapped key is not 48 bytes of base64"
        if self.format != 1 and (_decoded(self.check) is None or len(_decoded(self.check) or b"") != 32):
            return "its check is not 32 bytes of base64"
        if not isinstance(self.demo, bool) or not isinstance(self.in_keychain, bool):
            return "its demo or keychain flag is not true or false"
        return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _decoded(text: object) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        return None


def _check(check_key: bytes) -> bytes:
    """Proof that a key was derived from the right passphrase, whatever else in the file was edited."""
    return hmac.new(check_key, CHECK_MESSAGE, hashlib.sha256).digest()


def _wrap(key: bytes, passphrase: str, vault_id: str, demo: bool, in_keychain: bool) -> KeyFile:
    kdf = KdfParams.fresh()
    nonce = os.urandom(12)
    wrapping_key = kdf.derive(passphrase)
    check_key = wrapping_key if kdf == _floor(kdf) else _floor(kdf).derive(passphrase)
    blank = KeyFile(vault_id=vault_id, kdf=kdf, nonce=_b64(nonce), wrapped_key="", demo=demo)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, key, blank._aad())
    return KeyFile(
        vault_id=vault_id,
        kdf=kdf,
        nonce=_b64(nonce),
        wrapped_key=_b64(wrapped),
        demo=demo,
        in_keychain=in_keychain,
        check=_b64(_check(check_key)),
    )


def check_new_passphrase(passphrase: str, *, demo: bool = False) -> None:
    """WeakPassphrase (a ValueError saying what would be better) unless the passphrase may guard a school.

    A demo school holds only invented children, and its passphrase is shown on screen: it need only be
    something other than spaces.
    """
    if demo:
        if not passphrase.strip():
            raise ValueError("A passphrase cannot be empty or only spaces.")
        return
    require_strong(passphrase)


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
    check_new_passphrase(passphrase, demo=demo)
    key = os.urandom(32)
    key_file = _wrap(key, passphrase, vault_id=os.urandom(16).hex(), demo=demo, in_keychain=False)
    write_atomically(path, key_file.to_bytes())
    return key


def unwrap(key_file: KeyFile, passphrase: str, path: Path = Path(KEY_FILE_NAME)) -> bytes:
    """The database key; WrongPassphrase, or KeyFileTampered when the passphrase is right but the file was
    edited. Reads nothing and writes nothing."""
    wrapping_key = key_file.kdf.derive(passphrase)
    try:
        return AESGCM(wrapping_key).decrypt(
            base64.b64decode(key_file.nonce), base64.b64decode(key_file.wrapped_key), key_file._aad()
        )
    except InvalidTag:
        if key_file.format != 1:
            floor = _floor(key_file.kdf)
            check_key = wrapping_key if key_file.kdf == floor else floor.derive(passphrase)
            if hmac.compare_digest(_check(check_key), base64.b64decode(key_file.check)):
                raise KeyFileTampered(path) from None
        raise WrongPassphrase() from None


def upgrade(path: Path, key_file: KeyFile, key: bytes, passphrase: str) -> None:
    """Rewrite an older key file in this version's format (same key, same passphrase), atomically."""
    if key_file.outdated:
        rewrapped = _wrap(key, passphrase, key_file.vault_id, key_file.demo, key_file.in_keychain)
        write_atomically(path, rewrapped.to_bytes())


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-wrap the same database key under a new passphrase (the database is not touched)."""
    key_file = read_key_file(path)
    check_new_passphrase(new, demo=key_file.demo)
    key = unwrap(key_file, old, path)
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
