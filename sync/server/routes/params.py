"""Path parameters shared by the routes, constrained so a malformed id is a 422, never a query."""

from typing import Annotated

from fastapi import Path

ScopePath = Annotated[str, Path(pattern=r"^s[0-9a-f]{32}$")]
DevicePath = Annotated[str, Path(pattern=r"^d[0-9a-f]{32}$")]
InvitationPath = Annotated[str, Path(pattern=r"^i[0-9a-f]{32}$")]
BlobPath = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
