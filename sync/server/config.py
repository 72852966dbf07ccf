"""Server settings: typed, from the environment (LINKBOOK_SERVER_*), overridden by the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "LINKBOOK_SERVER_"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Everything the server can be told. Defaults suit one school on one machine."""

    data_dir: Path = Path("linkbook-server-data")
    database_url: str = ""
    """Empty: SQLite in data_dir/server.db. Or postgresql+psycopg://... for several processes."""
    host: str = "127.0.0.1"
    port: int = 8765
    setup_token: str = ""
    """The founding admin's one-time token; empty: generated and written to data_dir/setup-token."""
    max_body_bytes: int = 16 * 1024 * 1024
    requests_per_minute: int = 1200
    """Per device (or per address before a device signs in); a token bucket, per server process."""
    burst: int = 300
    admin_requests_per_minute: int = 12_000
    """An admin device's own allowance (checked after its signature): enrolling a year group of 240
    devices in one go takes about a thousand requests."""
    admin_burst: int = 5_000
    clock_window_s: int = 300
    """How far a signed request's timestamp may be from the server's clock; nonces are kept this long."""
    log_level: str = "info"
    device_quota_bytes: int = 2 * 1024**3
    """Sealed bytes (bundles and attachments) a staff device may store in all; an admin device has no
    such limit (it seals the whole school at its first sync), only the per-scope one."""
    family_device_quota_bytes: int = 256 * 1024**2
    """The same for a family device: room for years of replies and photos, not for a flood of junk."""
    scope_quota_bytes: int = 4 * 1024**3
    """Sealed bytes one scope (a pupil, a class, the school) may hold, whoever pushed them."""
    unfinished_upload_ttl_s: int = 24 * 3600
    """An attachment upload with no new chunk for this long is removed (a device resumes within it)."""

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{Path(self.data_dir).resolve() / 'server.db'}"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> ServerSettings:
        """Defaults, then LINKBOOK_SERVER_<FIELD> variables, then `overrides` that are not None."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = environ.get(ENV_PREFIX + item.name.upper())
            if raw is not None:
                values[item.name] = _convert(item.type, raw)
        settings = cls(**values)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})


def _convert(kind: Any, raw: str) -> Any:
    kind = str(kind)
    if kind == "int":
        return int(raw)
    if kind == "Path":
        return Path(raw)
    return raw
