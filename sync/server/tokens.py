"""The founding admin's setup token is kept only as a digest."""

import hashlib


def token_digest(token: str) -> str:
    return hashlib.sha256(b"linkbook setup token\x00" + token.encode("utf-8")).hexdigest()
