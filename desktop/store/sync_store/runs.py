"""sync_run: how the last sync over each channel (a server's address, a folder's path) went."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store.schema_sync import SyncRunRow


@dataclass(frozen=True, slots=True)
class LastRun:
    """The last sync over one channel; times are None until there was one."""

    last_attempt: dt.datetime | None
    last_success: dt.datetime | None
    last_error: str


def _when(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


class SyncRuns:
    """The outcome of the last sync over each channel, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def record(self, channel: str, started: dt.datetime, error: str) -> None:
        """A sync over `channel` started at `started` and failed with `error`, or succeeded ("")."""
        at = started.isoformat()
        self._c.execute(
            insert(SyncRunRow)
            .values(channel=channel, last_attempt_at=at, last_success_at="", last_error="")
            .on_conflict_do_nothing(index_elements=[SyncRunRow.channel])
        )
        done = update(SyncRunRow).where(SyncRunRow.channel == channel)
        if error:
            self._c.execute(done.values(last_attempt_at=at, last_error=error))
        else:
            self._c.execute(done.values(last_attempt_at=at, last_success_at=at, last_error=""))

    def last(self, channel: str) -> LastRun | None:
        t = SyncRunRow
        found = self._c.execute(
            select(t.last_attempt_at, t.last_success_at, t.last_error).where(t.channel == channel)
        ).first()
        if found is None:
            return None
        return LastRun(_when(found[0]), _when(found[1]), found[2])

    def last_error(self, channel: str) -> str | None:
        """What the last sync over `channel` failed with ("" if it worked), None if there was none."""
        return self._c.execute(select(SyncRunRow.last_error).where(SyncRunRow.channel == channel)).scalar()

    def channels(self) -> list[str]:
        """Every channel this device has synced over."""
        return list(self._c.execute(select(SyncRunRow.channel)).scalars())
