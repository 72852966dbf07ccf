"""Helpers for the sync tests: servers (in-process and real processes), devices and a small school.

Everything under test is the real thing: the engine, crypto, transports and the FastAPI server (through
Starlette's TestClient, a real httpx.Client over the ASGI app, or a real uvicorn process on 127.0.0.1).
Only the device's local store is the in-memory reference implementation of the store protocol.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from starlette.testclient import TestClient

from sync.admin import SchoolAdmin
from sync.client import SyncEngine
from sync.crypto import DeviceKeys
from sync.http import HttpTransport
from sync.protocol import DeviceRole
from sync.server import ServerSettings, create_app
from sync.transport import Transport
from tests.sync_memory_store import MemoryStore

ROOT = Path(__file__).resolve().parents[1]
SETUP_TOKEN = "setup-token-for-the-tests-0123"
POSTGRES_URL = os.environ.get(
    "LINKBOOK_TEST_POSTGRES_URL", "postgresql+psycopg://linkbook:linkbook@127.0.0.1:5432/linkbook_test"
)

# Invented pupils, names in several scripts, and entry text: none of it may reach the server.
SECRET_NAMES = ["Zofia Wiśniewska", "ঋতব্রত চৌধুরী", "أمينة حسن", "ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ", "காவ்யா", "Ionuț Popescu"]
SECRET_TEXT = "Zofia read her Roman coins book to the class and ate all her lunch"


def settings(data_dir: Path, database_url: str = "", **overrides: object) -> ServerSettings:
    values: dict[str, object] = {
        "data_dir": data_dir,
        "database_url": database_url,
        "setup_token": SETUP_TOKEN,
        "requests_per_minute": 10**7,
        "burst": 10**6,
    }
    values.update(overrides)
    return ServerSettings(**values)  # type: ignore[arg-type]


def in_process_client(data_dir: Path, database_url: str = "", **overrides: object) -> TestClient:
    """The real app behind a real httpx.Client (Starlette's TestClient), no socket."""
    return TestClient(create_app(settings(data_dir, database_url, **overrides)), base_url="http://server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`python -m sync.server` (what linkbook-server runs) as a real process on 127.0.0.1."""

    def __init__(self, data_dir: Path, database_url: str = "", port: int | None = None) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        command = [
            sys.executable,
            "-m",
            "sync.server",
            "--data",
            str(self.data_dir),
            "--port",
            str(self.port),
            "--setup-token",
            SETUP_TOKEN,
            "--requests-per-minute",
            "10000000",
            "--log-level",
            "warning",
        ]
        if self.database_url:
            command += ["--database-url", self.database_url]
        log = open(self.data_dir.parent / f"server-{self.port}.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log)
        deadline = time.monotonic() + 90  # a busy machine takes tens of seconds to import the server
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing; what a power cut or a crash does."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Device:
    """A device: its store, its engine, and how it reaches the server."""

    name: str
    store: MemoryStore
    engine: SyncEngine
    http: HttpTransport | None = None

    def restart(self, now_ms: Callable[[], int] | None = None) -> None:
        """A new engine over the same store, as after closing and reopening the app."""
        self.engine = SyncEngine(self.store, **({"now_ms": now_ms} if now_ms else {}))
        if self.http is not None:
            self.http = HttpTransport(self.http.base_url, self.engine.device, self.http._client)


def new_device(
    name: str, client: httpx.Client | None = None, base_url: str = "http://server", **engine_args: object
) -> Device:
    store = MemoryStore()
    engine = SyncEngine(store, **engine_args)  # type: ignore[arg-type]
    http = HttpTransport(base_url, engine.device, client) if client is not None else None
    return Device(name, store, engine, http)


@dataclass
class School:
    """An admin device on a server, with scopes for a few pupils, a class and the school."""

    admin: Device
    admin_ops: SchoolAdmin
    school_scope: str
    class_scope: str
    pupil_scopes: list[str]
    devices: dict[str, Device] = field(default_factory=dict)

    def add_device(
        self,
        name: str,
        role: DeviceRole,
        scopes: Sequence[str],
        client: httpx.Client | None = None,
        extra: Sequence[Transport] = (),
        **engine_args: object,
    ) -> Device:
        base_url = self.admin.http.base_url if self.admin.http else "http://server"
        device = new_device(name, client, base_url, **engine_args)
        transports: list[Transport] = [*([self.admin.http] if self.admin.http else []), *extra]
        self.admin_ops.register(device.engine.device.public, role, scopes, transports)
        with device.store.transaction() as tx:
            tx.trust_admin(self.admin_ops.registration)
        self.devices[name] = device
        return device


def found_school(
    client: httpx.Client | None,
    pupils: int = 2,
    base_url: str = "http://server",
    extra: Sequence[Transport] = (),
) -> School:
    admin = new_device("admin", client, base_url)
    ops = SchoolAdmin(admin.engine)
    ops.found_school(admin.http, SETUP_TOKEN)
    transports: list[Transport] = [*([admin.http] if admin.http else []), *extra]
    school_scope = ops.create_scope(transports).scope_id
    class_scope = ops.create_scope(transports).scope_id
    pupil_scopes = [ops.create_scope(transports).scope_id for _ in range(pupils)]
    return School(admin, ops, school_scope, class_scope, pupil_scopes)


def keys_for_tests() -> DeviceKeys:
    return DeviceKeys.generate()
