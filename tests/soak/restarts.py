"""The restart soak: the sync server killed (SIGKILL) and restarted under load loses nothing.

A real server process (`python -m sync.server`, what linkbook-server runs) on 127.0.0.1 with SQLite. Two
staff devices (the class and both pupils' scopes) and two family devices (one child's scope each) write
and sync in their own threads, one change a bundle, as fast as they can; a staff reader only pulls. The
server is killed at random moments and started again on the same port and folder. Afterwards every bundle
the server acknowledged to a device is in its scope's log, once, numbered without gaps, and every device
holds exactly what merging every change of its scopes gives.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from sync.merge import Change, merge
from sync.protocol import DeviceRole
from sync.transport import TransportError
from tests.sync_helpers import SECRET_TEXT, Device, ServerProcess, found_school


class LostOnRestart(AssertionError):
    """A bundle the server acknowledged is gone after a restart, or a device did not get its changes."""


@dataclass
class RestartReport:
    restarts: int = 0
    changes: int = 0
    acknowledged_under_load: int = 0
    bundles: int = 0
    failed_syncs: int = 0
    syncs: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.restarts} SIGKILLs and restarts of the server in {self.seconds:.0f} s under load: "
            f"{self.changes} changes, {self.acknowledged_under_load} bundles acknowledged before the load "
            f"stopped, {self.bundles} in the logs at the end, none lost or stored twice; {self.syncs} syncs "
            f"({self.failed_syncs} failed: server down or killed mid-sync); every device holds every change "
            "of its scopes"
        )


class Writer(threading.Thread):
    """A device that writes a change and syncs, again and again, until told to stop."""

    def __init__(self, device: Device, scopes: list[str], stop: threading.Event) -> None:
        super().__init__(name=device.name, daemon=True)
        self.device, self.scopes, self.stop = device, scopes, stop
        self.made: list[Change] = []
        self.error: BaseException | None = None
        self.syncs = self.failed = 0
        self.writes = device.name.startswith(("staff", "family"))

    def run(self) -> None:
        n = 0
        try:
            while not self.stop.is_set():
                if self.writes:
                    scope = self.scopes[n % len(self.scopes)]
                    with self.device.store.transaction() as tx:
                        self.made.append(
                            self.device.engine.append(
                                tx, scope, "entry", f"{self.device.name}-{n}", {"n": n, "text": SECRET_TEXT}
                            )
                        )
                    n += 1
                assert self.device.http is not None
                try:
                    self.device.engine.sync(self.device.http)
                    self.syncs += 1
                except TransportError:
                    self.failed += 1
                    time.sleep(0.2)
        except BaseException as error:  # reported by the soak, with the device's name
            self.error = error


def _server_log(device: Device, scope: str) -> list[tuple[int, str]]:
    """The scope's whole log on the server: (position, bundle id), page after page."""
    assert device.http is not None
    log: list[tuple[int, str]] = []
    cursor = ""
    while True:
        page = device.http.pull(scope, cursor, lambda _b: False)
        log += [(int(position), bundle.bundle_id) for position, bundle in page.bundles]
        cursor = page.cursor
        if not page.more:
            return log


def restart_soak(root: Path, restarts: int, seed: int) -> RestartReport:
    rng = random.Random(seed)
    report = RestartReport()
    start = time.monotonic()
    root.mkdir(parents=True, exist_ok=True)
    server = ServerProcess(root / "server").start()
    client = httpx.Client(timeout=10)
    try:
        school = found_school(client, pupils=2, base_url=server.url)
        pupils = school.pupil_scopes
        staff_scopes = [school.class_scope, *pupils]
        plan: list[tuple[str, DeviceRole, list[str]]] = [
            ("staff-1", DeviceRole.STAFF, staff_scopes),
            ("staff-2", DeviceRole.STAFF, staff_scopes),
            ("family-1", DeviceRole.FAMILY, [pupils[0]]),
            ("family-2", DeviceRole.FAMILY, [pupils[1]]),
            ("reader", DeviceRole.STAFF, staff_scopes),
        ]
        stop = threading.Event()
        writers = [
            Writer(school.add_device(name, role, scopes, client, bundle_changes=1), scopes, stop)
            for name, role, scopes in plan
        ]
        for writer in writers:
            writer.start()
        for _ in range(restarts):
            time.sleep(rng.uniform(0.3, 2.0))
            server.kill()
            time.sleep(rng.uniform(0.0, 0.5))
            server.start()
            report.restarts += 1
        time.sleep(rng.uniform(0.3, 1.0))
        stop.set()
        for writer in writers:
            writer.join(60)
            if writer.is_alive() or writer.error is not None:
                raise LostOnRestart(f"{writer.name} stopped working: {writer.error!r}")
        acknowledged = _acknowledged(writers)
        report.acknowledged_under_load = sum(len(ids) for ids in acknowledged.values())

        # Every device syncs until nothing waits; then what each holds and what the server keeps.
        for _round in range(2):
            for writer in writers:
                assert writer.device.http is not None
                writer.device.engine.sync(writer.device.http)
        _check(writers, staff_scopes, acknowledged, report)
    finally:
        client.close()
        server.stop()
    report.changes = sum(len(w.made) for w in writers)
    report.syncs = sum(w.syncs + w.failed for w in writers)
    report.failed_syncs = sum(w.failed for w in writers)
    report.seconds = time.monotonic() - start
    return report


def _acknowledged(writers: list[Writer]) -> dict[str, set[str]]:
    """Bundle ids the server acknowledged to each device so far."""
    out: dict[str, set[str]] = {}
    for writer in writers:
        store, http = writer.device.store, writer.device.http
        assert http is not None
        with store.lock:
            out[writer.name] = set(store.acks.get(http.channel, set()))
    return out


def _check(
    writers: list[Writer], staff_scopes: list[str], acknowledged: dict[str, set[str]], report: RestartReport
) -> None:
    reader = writers[-1].device
    on_server: set[str] = set()
    for scope in staff_scopes:
        log = _server_log(reader, scope)
        stored = [bundle_id for _, bundle_id in log]
        if len(stored) != len(set(stored)):
            raise LostOnRestart(f"scope {scope}: a bundle is stored twice")
        if [position for position, _ in log] != list(range(1, len(log) + 1)):
            raise LostOnRestart(f"scope {scope}: the log has gaps: {[p for p, _ in log][:20]}")
        on_server |= set(stored)
    report.bundles = len(on_server)
    for name, ids in acknowledged.items():
        if lost := ids - on_server:
            raise LostOnRestart(f"{len(lost)} bundles acknowledged to {name} are not on the server")
    for writer in writers:
        outgoing = set(writer.device.store.outgoing)
        if lost := outgoing - on_server:
            raise LostOnRestart(f"{len(lost)} bundles of {writer.name} never reached the server")
    expected: dict[tuple[str, str], Any] = {}
    for change in (c for w in writers for c in w.made):
        key = (change.scope_id, change.record_id)
        expected[key] = merge(expected.get(key), change)[0]
    for writer in writers:
        want = {k: s.to_json() for k, s in expected.items() if k[0] in writer.scopes}
        held = {k: s.to_json() for k, s in writer.device.store.records.items()}
        if held != want:
            raise LostOnRestart(
                f"{writer.name} holds {len(held)} records of the {len(want)} written in its scopes"
            )
