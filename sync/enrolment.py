"""Enrolling a device: a one-time invitation, the device's answer, the admin's approval.

1. An admin device issues an `Invitation` for a role: a short code (12 characters of Crockford's base32,
   60 bits, read out or typed as ``ABCD-EFGH-JKMN``) and a QR payload carrying the same code and the
   server's address, printable on paper. Nothing about a child is on it: which scopes the device will get
   (`Grant`) stays on the admin device.
2. The new device makes its key pairs and answers with an `EnrolmentRequest`: its public keys and a MAC of
   them under a key derived from the code. Only someone holding the code can make it, and it binds the
   keys: a server relaying the request cannot swap them.
3. The admin checks the MAC, registers the device (an admin-signed `DeviceRegistration`) and wraps the
   granted scope keys for it: a staff device gets its classes' pupils (and the classes and school), a family
   device only its own children (and their classes' news and the school).
4. The approval carries the admin's own registration, MACed with the code, so the new device pins the
   right admin as its root of trust even though it learnt of the admin only through the server.

The MAC key and the invitation id come from scrypt over the code, so whoever sees the messages (the
server) cannot try all 2^60 codes in any useful time.

The server caps the requests it keeps for one invitation (five), so that a stranger cannot fill its
mailbox; that cap must not be a stranger's to use up either. So the admin device registers with the
server a *verifier key* for each invitation: an HMAC of the MAC key (one way: it gives back neither the
code nor the MAC key), and the request carries a second MAC, `server_proof`, under that verifier key.
The server checks it and refuses a request without it before the request counts. The server can make
such proofs itself, but never the one the admin checks, so it still cannot slip in a device of its own.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sync.clock import Timestamp
from sync.crypto import CryptoError, DeviceKeys, DevicePublicKeys, _frame, verify_registration
from sync.join_proof import server_proof
from sync.protocol import (
    PROTOCOL_VERSION,
    DeviceRegistration,
    DeviceRemoval,
    DeviceRole,
    EnrolmentApproval,
    EnrolmentRequest,
)

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32: no I, L, O or U, so a code read aloud or written by hand survives."""
CODE_LENGTH = 12
DEFAULT_VALIDITY_S = 14 * 24 * 3600
QR_SCHEME = "linkbook:enrol"


def normalise_code(code: str) -> str:
    """Upper case, no separators; O read as 0 and I/L as 1, as Crockford's base32 allows."""
    cleaned = (
        code.upper().replace("-", "").replace(" ", "").replace("O", "0").replace("I", "1").replace("L", "1")
    )
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        raise ValueError("an invitation code is 12 letters and digits")
    return cleaned


@dataclass(frozen=True, slots=True)
class _CodeSecrets:
    invitation_id: str
    mac_key: bytes

    @property
    def server_verifier(self) -> bytes:
        """What the server is given to check `server_proof`: one way from the MAC key."""
        return hmac.new(self.mac_key, b"linkbook enrolment server verifier", hashlib.sha256).digest()


@functools.lru_cache(maxsize=16)
def _secrets(code: str) -> _CodeSecrets:
    """Derived once per code (scrypt is slow on purpose; the admin and the device each call it often)."""
    material = Scrypt(salt=b"linkbook enrolment v1", length=48, n=2**14, r=8, p=1).derive(
        normalise_code(code).encode("ascii")
    )
    return _CodeSecrets("i" + material[:16].hex(), material[16:])


def invitation_id_for(code: str) -> str:
    """The invitation id a code answers (what the server or folder files the request and approval under)."""
    return _secrets(code).invitation_id


def server_verifier_for(code: str) -> bytes:
    """The key the admin device registers with the server for an invitation (never the code itself)."""
    return _secrets(code).server_verifier


def _mac(key: bytes, *fields: bytes | str | int) -> bytes:
    return hmac.new(key, _frame(b"linkbook enrolment", *fields), hashlib.sha256).digest()


@dataclass(frozen=True, slots=True)
class Invitation:
    """A one-time invitation, kept on the admin device until used or expired."""

    code: str
    role: DeviceRole
    server_url: str
    admin_id: str
    expires_at: float

    @classmethod
    def issue(
        cls,
        role: DeviceRole,
        admin: DeviceKeys,
        server_url: str = "",
        valid_for_s: float = DEFAULT_VALIDITY_S,
    ) -> Invitation:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        return cls(code, role, server_url, admin.device_id, time.time() + valid_for_s)

    @property
    def invitation_id(self) -> str:
        return _secrets(self.code).invitation_id

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, CODE_LENGTH, 4))

    @property
    def qr_payload(self) -> str:
        """What the QR code encodes (render it with reportlab's QR widget or Qt); no personal data."""
        query = f"v=1&code={self.code}"
        if self.server_url:
            query += f"&server={quote(self.server_url, safe='')}"
        return f"{QR_SCHEME}?{query}"

    def printable(self) -> str:
        """The text of the printed invitation slip (the QR code goes beside it)."""
        expires = time.strftime("%d %B %Y", time.localtime(self.expires_at))
        lines = [
            "Linkbook: connect a device",
            f"Code: {self.display_code}",
            f"Valid until {expires}. It works once.",
        ]
        if self.server_url:
            lines.append(f"School server: {self.server_url}")
        lines.append(
            "Open Linkbook on the new device, choose 'Join a school' and type the code or scan the QR code."
        )
        return "\n".join(lines)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "role": self.role.value,
            "server_url": self.server_url,
            "admin_id": self.admin_id,
            "expires_at": self.expires_at,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, object]) -> Invitation:
        return cls(
            str(value["code"]),
            DeviceRole(str(value["role"])),
            str(value["server_url"]),
            str(value["admin_id"]),
            float(value["expires_at"]),  # type: ignore[arg-type]  # float() refuses what is not a number
        )


def parse_qr_payload(payload: str) -> tuple[str, str]:
    """(code, server URL or "") from a scanned QR payload."""
    parts = urlsplit(payload)
    if f"{parts.scheme}:{parts.path}" != QR_SCHEME:
        raise ValueError("not a Linkbook invitation")
    query = parse_qs(parts.query)
    return normalise_code(query["code"][0]), query.get("server", [""])[0]


def request_enrolment(code: str, device: DeviceKeys) -> EnrolmentRequest:
    """The new device's answer to an invitation."""
    code_secrets = _secrets(code)
    public = device.public
    proof = _mac(
        code_secrets.mac_key,
        "request",
        code_secrets.invitation_id,
        public.device_id,
        public.exchange_public,
        public.signing_public,
    )
    request = EnrolmentRequest(
        invitation_id=code_secrets.invitation_id,
        device_id=public.device_id,
        exchange_public=public.exchange_public,
        signing_public=public.signing_public,
        proof=proof,
    )
    return request.model_copy(update={"server_proof": server_proof(code_secrets.server_verifier, request)})


def verify_request(
    invitation: Invitation, request: EnrolmentRequest, now: float | None = None
) -> DevicePublicKeys:
    """The requesting device's public keys, if the request answers this (unexpired) invitation."""
    if (now or time.time()) > invitation.expires_at:
        raise CryptoError("the invitation has expired")
    code_secrets = _secrets(invitation.code)
    expected = _mac(
        code_secrets.mac_key,
        "request",
        code_secrets.invitation_id,
        request.device_id,
        request.exchange_public,
        request.signing_public,
    )
    if request.invitation_id != code_secrets.invitation_id or not hmac.compare_digest(
        expected, request.proof
    ):
        raise CryptoError("the request does not answer this invitation")
    return DevicePublicKeys(request.device_id, request.exchange_public, request.signing_public)


def make_approval(
    invitation: Invitation, registration: DeviceRegistration, admin: DeviceRegistration
) -> EnrolmentApproval:
    code_secrets = _secrets(invitation.code)
    proof = _mac(
        code_secrets.mac_key,
        "approval",
        code_secrets.invitation_id,
        registration.model_dump_json(),
        admin.model_dump_json(),
    )
    return EnrolmentApproval(
        invitation_id=code_secrets.invitation_id, registration=registration, admin=admin, proof=proof
    )


def accept_approval(code: str, approval: EnrolmentApproval, device: DeviceKeys) -> DeviceRegistration:
    """Check the admin's approval with the code; the admin registration to pin as the root of trust."""
    code_secrets = _secrets(code)
    expected = _mac(
        code_secrets.mac_key,
        "approval",
        code_secrets.invitation_id,
        approval.registration.model_dump_json(),
        approval.admin.model_dump_json(),
    )
    if approval.invitation_id != code_secrets.invitation_id or not hmac.compare_digest(
        expected, approval.proof
    ):
        raise CryptoError("the approval was not made with this invitation's code")
    if approval.admin.role is not DeviceRole.ADMIN:
        raise CryptoError("approved by a device that is not an admin")
    mine = verify_registration(approval.registration, DevicePublicKeys.of(approval.admin))
    if mine != device.public:
        raise CryptoError("the approval is for another device")
    return approval.admin


def _removal_signed_bytes(notice_device: str, removed_by: str, removed_at: int | None) -> bytes:
    if removed_at is None:  # a notice from before removal times were kept
        return _frame(b"linkbook device removal", PROTOCOL_VERSION, notice_device, removed_by)
    return _frame(b"linkbook device removal at", PROTOCOL_VERSION, notice_device, removed_by, removed_at)


def sign_removal(device_id: str, admin: DeviceKeys, removed_at: int | None = None) -> DeviceRemoval:
    """The admin device's notice that it removed `device_id` at `removed_at` (its clock, Unix ms).

    Left in every shared folder, which cannot refuse the device as a server does: the device itself
    stops there, and every other device refuses its bundles written after that time (`refuses`).
    """
    signature = admin.sign(_removal_signed_bytes(device_id, admin.device_id, removed_at))
    return DeviceRemoval(
        device_id=device_id, removed_by=admin.device_id, signature=signature, removed_at=removed_at
    )


def check_removal(notice: DeviceRemoval, admin: DevicePublicKeys) -> None:
    """CryptoError unless `admin` signed this removal notice (a folder could hold a forged one)."""
    if notice.removed_by != admin.device_id:
        raise CryptoError("the notice names another admin")
    admin.verify(
        notice.signature, _removal_signed_bytes(notice.device_id, notice.removed_by, notice.removed_at)
    )


def refuses(notice: DeviceRemoval, stamps: Iterable[Timestamp]) -> bool:
    """Whether a bundle of the removed device, with changes stamped `stamps`, is refused.

    The rule is the same on every device, so replicas that know the notice agree: a bundle holding a
    change stamped after the removal time is refused whole; one written before it (a teacher's last
    day, not yet seen here) is honest work and applied. The admin's clock at removal is later than
    every stamp the admin device had seen, so nothing it already applied is refused elsewhere. A
    notice with no time (an older one) refuses every bundle of the device not yet applied.
    """
    if notice.removed_at is None:
        return True
    return any(stamp.wall_ms > notice.removed_at for stamp in stamps)


def earlier_notice(kept: DeviceRemoval | None, found: DeviceRemoval) -> DeviceRemoval:
    """Of two checked notices about one device, the one every device keeps: the earlier removal (a
    notice with no time counts as earliest), ties broken by signature, so the choice is the same
    whichever a device learnt first."""
    if kept is None:
        return found

    def order(notice: DeviceRemoval) -> tuple[int, bytes]:
        return (-1 if notice.removed_at is None else notice.removed_at, notice.signature)

    return min(kept, found, key=order)


@dataclass(frozen=True, slots=True)
class SchoolScopes:
    """The admin device's map from the school's people to scope ids (references are the app's own ids)."""

    school_scope: str
    class_scopes: Mapping[str, str] = field(default_factory=dict)
    pupil_scopes: Mapping[str, str] = field(default_factory=dict)
    pupil_class: Mapping[str, str] = field(default_factory=dict)

    def for_staff(self, class_refs: Iterable[str]) -> list[str]:
        """A staff device: the school, its classes, and every pupil in them."""
        classes = set(class_refs)
        pupils = [self.pupil_scopes[p] for p, c in self.pupil_class.items() if c in classes]
        return sorted({self.school_scope, *(self.class_scopes[c] for c in classes), *pupils})

    def for_family(self, pupil_refs: Iterable[str]) -> list[str]:
        """A family device: the school, its own children, and their classes' news; nobody else's child."""
        pupils = set(pupil_refs)
        classes = {self.pupil_class[p] for p in pupils if p in self.pupil_class}
        return sorted(
            {
                self.school_scope,
                *(self.pupil_scopes[p] for p in pupils),
                *(self.class_scopes[c] for c in classes),
            }
        )
