"""A small authenticated note, beside the database, of the last commit and the last backup.

SQLite recovers a damaged or truncated write-ahead log by dropping every frame from the first bad one: the
last commits vanish and the database still reads as whole. Each write transaction therefore also counts
itself in the database header (`PRAGMA user_version`) and, once committed, in this note. On opening, a
note that counts further than the database says which changes were lost, and when.

The note holds a counter and two times, no child's data; an HMAC under a key derived from the database key
makes an edited or foreign note count as no note (a crash between the commit and the note leaves the
database one ahead, which is not a loss).
"""

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from desktop.store.atomic import write_atomically

RECORD_NAME = "last-commit.json"


@dataclass(frozen=True, slots=True)
class CommitRecord:
    counter: int
    committed_at: str
    last_backup_at: str = ""


@dataclass(frozen=True, slots=True)
class LostChanges:
    """What a damaged write-ahead log took: how many commits, the time of the last, the last backup."""

    commits: int
    last_commit_at: str
    last_backup_at: str

    def __str__(self) -> str:
        backup = (
            f"the last backup was made on {_shown(self.last_backup_at)}"
            if self.last_backup_at
            else "no backup made on this computer is known"
        )
        return (
            f"the last changes, saved up to {_shown(self.last_commit_at)} ({self.commits} save(s)), "
            f"could not be read: the database's write-ahead log is damaged or cut short; {backup}"
        )


def _shown(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d %B %Y at %H:%M")
    except ValueError:
        return iso


def _mac(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def read(data_dir: Path, key: bytes) -> CommitRecord | None:
    """The note, or None when there is none or it is not one this key wrote."""
    try:
        outer = json.loads((data_dir / RECORD_NAME).read_bytes())
        body = str(outer["body"]).encode()
        if not hmac.compare_digest(_mac(key, body), str(outer["mac"])):
            return None
        return CommitRecord(**json.loads(body))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(data_dir: Path, key: bytes, record: CommitRecord, *, durable: bool = True) -> None:
    body = json.dumps(asdict(record), sort_keys=True)
    write_atomically(
        data_dir / RECORD_NAME,
        json.dumps({"body": body, "mac": _mac(key, body.encode())}).encode(),
        durable=durable,
    )


def committed(data_dir: Path, key: bytes, counter: int) -> None:
    """Note that commit number `counter` is on disk (keeping the last backup's time).

    Not forced to disk itself: the commit it counts is (SQLite synced it first), so after a power cut the
    note can only lag behind the database, which reads as nothing lost; never ahead of it. A forced write
    would double the cost of every save."""
    previous = read(data_dir, key)
    write(
        data_dir,
        key,
        CommitRecord(
            counter,
            dt.datetime.now().isoformat(timespec="seconds"),
            previous.last_backup_at if previous else "",
        ),
        durable=False,
    )


def backed_up(data_dir: Path, key: bytes, counter: int) -> None:
    """Note that a backup holding every commit up to `counter` was written now."""
    now = dt.datetime.now().isoformat(timespec="seconds")
    previous = read(data_dir, key) or CommitRecord(counter, now)
    write(data_dir, key, replace(previous, last_backup_at=now))


def lost_changes(data_dir: Path, key: bytes, counter_in_database: int) -> LostChanges | None:
    """What the note counts beyond the database, or None when nothing was lost (or there is no note)."""
    record = read(data_dir, key)
    if record is None or record.counter <= counter_in_database:
        return None
    return LostChanges(record.counter - counter_in_database, record.committed_at, record.last_backup_at)
