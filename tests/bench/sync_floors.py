"""The floors under the school's sync rows, measured in the same run over the same work.

While a sync runs, `Recording` keeps what it did: each payload's JSON before compression, each
compressed payload as sealed, and each HTTP request's method and body sizes. `floors` then times the
bare minimum of that same work on this machine, each piece alone:

- sealing: AES-256-GCM over the same compressed payloads (opening, for a pull);
- compression: zlib at the payload's level over the same JSON (inflating, for a pull);
- HTTP: the same number of requests with the same body sizes, one after another over one keep-alive
  connection, to a bare FastAPI endpoint under uvicorn (as the sync server is served) that reads the
  body and answers with as many bytes;
- SQLite: a raw SQLCipher `executemany` of the same number of rows, of the records' average size, in
  one transaction, WAL with FULL sync as the vault runs.

A row's ratio to the sum of its floors says how much of what a person waits for is this code's own
work rather than the work that cannot be avoided.

    python -m tests.bench.sync_floors --port P     (the bare endpoint; `floors` starts it itself)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import FastAPI, Request, Response

import sync.client
import sync.payload
from tests.sync_helpers import ROOT, free_port


@dataclass
class Recording:
    """What one sync did, by size: enough to time the same work bare."""

    plaintexts: list[bytes] = field(default_factory=list)
    compressed: list[bytes] = field(default_factory=list)
    requests: list[tuple[str, int, int]] = field(default_factory=list)
    """(method, request body bytes, response body bytes) of each HTTP request."""


@contextlib.contextmanager
def recording(keep_payloads: bool = True) -> Iterator[Recording]:
    """Record, while inside, every payload the sync engine compresses and every HTTP request made."""
    record = Recording()
    engine_module: Any = sync.client  # the engine's own name for compress, replaced while recording
    compress = engine_module.compress
    send = httpx.Client.send

    def recorded_compress(plaintext: bytes) -> bytes:
        packed = compress(plaintext)
        if keep_payloads:
            record.plaintexts.append(plaintext)
            record.compressed.append(packed)
        return packed

    def recorded_send(client: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = send(client, request, **kwargs)
        record.requests.append((request.method, len(request.content), len(response.content)))
        return response

    engine_module.compress = recorded_compress
    httpx.Client.send = recorded_send  # type: ignore[assignment,method-assign]  # a benchmark's probe
    try:
        yield record
    finally:
        engine_module.compress = compress
        httpx.Client.send = send  # type: ignore[method-assign]  # put back


@dataclass(frozen=True, slots=True)
class Floors:
    """Seconds of each floor, measured in this run."""

    sealing: float
    compression: float
    http: float
    sqlite: float
    requests: int
    rows: int

    @property
    def total(self) -> float:
        return self.sealing + self.compression + self.http + self.sqlite

    def describe(self, seconds: float, opening: bool = False) -> str:
        crypt, pack = ("AES-GCM open", "zlib inflate") if opening else ("AES-GCM", "zlib")
        return (
            f"floor {self.total:.1f} s ({crypt} {self.sealing:.2f} s, {pack} {self.compression:.2f} s, "
            f"HTTP {self.requests:,} bare requests {self.http:.2f} s, SQLCipher executemany "
            f"{self.rows:,} rows {self.sqlite:.2f} s); {seconds / self.total:.1f}x the floor"
        )


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def sealing_seconds(compressed: list[bytes], opening: bool = False) -> float:
    """AES-256-GCM over the same payloads (with a nonce and associated data as a bundle has)."""
    aead = AESGCM(AESGCM.generate_key(bit_length=256))
    nonce, aad = os.urandom(12), b"scope|1|bundle"
    if not opening:
        return _timed(lambda: [aead.encrypt(nonce, payload, aad) for payload in compressed])
    sealed = [aead.encrypt(nonce, payload, aad) for payload in compressed]
    return _timed(lambda: [aead.decrypt(nonce, body, aad) for body in sealed])


def compression_seconds(plaintexts: list[bytes], inflating: bool = False) -> float:
    """zlib at the payload's level over the same JSON (or inflating what that gives)."""
    level = sync.payload.COMPRESSION_LEVEL
    if not inflating:
        return _timed(lambda: [zlib.compress(text, level) for text in plaintexts])
    packed = [zlib.compress(text, level) for text in plaintexts]
    return _timed(lambda: [zlib.decompress(body) for body in packed])


def app() -> Any:
    bare = FastAPI()

    @bare.api_route("/echo", methods=["GET", "POST", "PUT"])
    async def echo(request: Request, size: int = 0) -> Response:
        await request.body()
        return Response(b"x" * size, media_type="application/octet-stream")

    return bare


@contextlib.contextmanager
def _bare_server() -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "tests.bench.sync_floors", "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT)
    url = f"http://127.0.0.1:{port}/echo"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url, timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the bare endpoint did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(10)


def http_seconds(requests: list[tuple[str, int, int]]) -> float:
    """The same requests (method and body sizes) to a bare endpoint, one after another."""
    with _bare_server() as url, httpx.Client(timeout=60) as client:
        bodies = {size: b"x" * size for _method, size, _answer in requests}
        start = time.perf_counter()
        for method, size, answer in requests:
            client.request(
                "POST" if method == "POST" else method,
                url,
                params={"size": answer},
                content=bodies[size] if size else None,
            ).raise_for_status()
        return time.perf_counter() - start


def sqlite_seconds(rows: int, row_bytes: int, workdir: Path) -> float:
    """A raw SQLCipher executemany of `rows` rows of `row_bytes` each, keyed by id, one commit."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        connection = sqlcipher3.connect(str(Path(tmp) / "floor.db"), isolation_level=None)
        try:
            connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("CREATE TABLE floor (id TEXT PRIMARY KEY, body TEXT NOT NULL)")
            body = ("link book " * (row_bytes // 10 + 1))[:row_bytes]
            values = [(f"{n:012d}-{os.urandom(4).hex()}", body) for n in range(rows)]
            start = time.perf_counter()
            connection.execute("BEGIN")
            connection.executemany("INSERT INTO floor (id, body) VALUES (?, ?)", values)
            connection.execute("COMMIT")
            return time.perf_counter() - start
        finally:
            connection.close()


def floors(record: Recording, rows: int, workdir: Path, *, opening: bool = False) -> Floors:
    """Each floor of the recorded sync's work (a pull's when `opening`: decrypt and inflate)."""
    row_bytes = max(64, sum(len(text) for text in record.plaintexts) // max(rows, 1))
    return Floors(
        sealing=sealing_seconds(record.compressed, opening),
        compression=compression_seconds(record.plaintexts, opening),
        http=http_seconds(record.requests),
        sqlite=sqlite_seconds(rows, row_bytes, workdir),
        requests=len(record.requests),
        rows=rows,
    )


if __name__ == "__main__":
    import uvicorn

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    uvicorn.run(app(), host="127.0.0.1", port=parser.parse_args().port, log_level="warning")
