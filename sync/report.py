"""What one sync did, for the window's status line and for logs (ids only, never content)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SyncReport:
    """What one sync did, for the window's status line and for logs (ids only, never content)."""

    channel: str
    keys_received: int = 0
    sealed: int = 0
    pushed: int = 0
    applied: int = 0
    changes_applied: int = 0
    conflicts: set[tuple[str, str]] = field(default_factory=set)
    """(scope id, record id) of records with a long-text conflict a person must resolve."""
    waiting_for_keys: set[str] = field(default_factory=set)
    rejected: list[str] = field(default_factory=list)
    """Bundle ids that failed a check (signature, tag, forged author); they are not applied."""
    refused: list[str] = field(default_factory=list)
    """Bundle ids the channel would not take (e.g. not a member of the scope); retried next time."""
