"""The server's folder and files are the server user's alone: folder 0700, every file in it 0600.

The database (with the sealed blobs in it), its WAL and shared-memory files, the setup token and any
log written there hold nothing a stranger could read, but the ids, sizes and timings in them are
metadata (docs/sync.md), and the setup token is a key to the school. SQLite gives its -wal and -shm
files the mode of the database file, so the database is created 0600 before SQLite first opens it.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def secure_data_dir(data_dir: Path, database_file: Path | None) -> None:
    """Create (or close up) the server's folder, and create the SQLite file 0600 if it is not there yet."""
    data_dir.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(data_dir, FOLDER_MODE)
    if database_file is not None and not database_file.exists():
        database_file.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        os.close(os.open(database_file, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    for path in data_dir.iterdir():
        if path.is_file() and not path.is_symlink():
            os.chmod(path, FILE_MODE)


def sqlite_file(database_url: str) -> Path | None:
    """The file a sqlite:/// URL names; None for another database or an in-memory one."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix) or database_url[len(prefix) :] in ("", ":memory:"):
        return None
    return Path(database_url[len(prefix) :])
