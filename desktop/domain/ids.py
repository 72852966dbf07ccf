"""Record identities: every record has a UUID so that it can travel between devices."""

import uuid


def new_id() -> str:
    """A fresh random record id (UUID4 as 32 hex digits)."""
    return uuid.uuid4().hex
