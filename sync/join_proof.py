"""The proof a join request gives the server that its sender knows the invitation's code.

The admin device registers a verifier key for each invitation (one way from the code's MAC key, see
`sync.enrolment`); the joining device MACs its request under that key. The server checks the MAC before a
request counts against the invitation's cap, and learns neither the code nor the admin's MAC key. It lives
apart from `sync.enrolment` so that the server imports none of the code-holding side.
"""

import hashlib
import hmac

from sync.crypto import _frame
from sync.protocol import EnrolmentRequest


def _mac(key: bytes, *fields: bytes | str | int) -> bytes:
    return hmac.new(key, _frame(b"linkbook enrolment", *fields), hashlib.sha256).digest()


def server_proof(verifier: bytes, request: EnrolmentRequest) -> bytes:
    """The MAC a request carries for the server, binding the invitation, the device id and its keys."""
    return _mac(
        verifier,
        "server",
        request.invitation_id,
        request.device_id,
        request.exchange_public,
        request.signing_public,
    )


def proves_code_to_server(verifier: bytes, request: EnrolmentRequest) -> bool:
    """Whether the request was made by someone holding the invitation's code (checked by the server)."""
    return request.server_proof is not None and hmac.compare_digest(
        server_proof(verifier, request), request.server_proof
    )
