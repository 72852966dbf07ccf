"""What the benchmarks ran on, so figures from different machines are never compared blind."""

import os
import platform
from pathlib import Path

import sqlcipher3


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return ""


def cpu_model() -> str:
    return _first("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()


def ram_gib() -> float:
    total = _first("/proc/meminfo", "MemTotal")
    return int(total.split()[0]) / 2**20 if total else 0.0


def sqlcipher_version() -> str:
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
        return f"SQLCipher {row[0] if row else '?'} (SQLite {sqlcipher3.sqlite_version})"
    finally:
        connection.close()


def describe() -> list[tuple[str, str]]:
    """Label and value lines for the report's header."""
    return [
        ("CPU", cpu_model()),
        ("Cores", str(os.cpu_count() or "?")),
        ("RAM", f"{ram_gib():.1f} GiB"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Database", sqlcipher_version()),
        ("OS", platform.platform()),
    ]
