"""`python -m tests.bench storm`: a trust's server under a storm of devices, and what nothing was lost.

    python -m tests.bench storm --devices N --seconds S [--database-url URL|postgres] [--processes P]

Real `python -m sync.server` processes (P of them on P ports over one database, SQLite in one folder or
PostgreSQL; the devices are spread over them as a load balancer would) and real devices: the sync engine,
its sealing and signing, the HTTP transport, each device's own store in memory. The admin device founds the
school and registers every device through the server, as the office does; staff devices hold a class (its
scope and every pupil's), family devices one pupil each. After every device's first sync the storm runs for
S seconds: each device in turn writes a change (a teacher an entry for one of their pupils, a family a
reply) and syncs (keys, push, heads, pull), then waits about --pause seconds, as the app does between
syncs. Two client processes (forked after set-up) drive the devices from a few threads each.

Then every device syncs once more and the run checks that every bundle the server acknowledged reached
every other device of its scope ("lost" counts the acknowledged bundles that did not). It prints one line

    storm: N devices, R req/s, p95 X ms, errors E, lost L

then a table by request type, the server processes' CPU per request, and the floor: the same client
threads against a bare FastAPI endpoint returning a small JSON list (tests/bench/bare_server.py), in
the same run.
"""

from __future__ import annotations

import argparse
import heapq
import multiprocessing
import os
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from sync.http import HttpTransport
from sync.protocol import DeviceRole, SealedBundle
from sync.transport import PullPage
from tests.bench.measure import Result, percentile
from tests.sync_helpers import Device, ServerProcess, found_school, free_port

PUPILS_PER_CLASS = 30
CLIENT_PROCESSES = 2


class TimedTransport(HttpTransport):
    """The real HTTP transport, timing each call the engine makes and keeping what the server acknowledged."""

    def __init__(self, *args: Any, record: Callable[[str, float, bool], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._record = record
        self.acknowledged: list[tuple[str, str]] = []

    def _timed(self, kind: str, call: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            result = call()
        except Exception:
            self._record(kind, time.perf_counter() - start, False)
            raise
        self._record(kind, time.perf_counter() - start, True)
        return result

    def push(self, bundles: Sequence[SealedBundle]) -> list[str]:
        acked: list[str] = self._timed("push", lambda: super(TimedTransport, self).push(bundles))
        scope_of = {b.bundle_id: b.scope_id for b in bundles}
        self.acknowledged.extend((scope_of[b], b) for b in acked if b in scope_of)
        return acked

    def heads(self) -> dict[str, str]:
        heads: dict[str, str] = self._timed("heads", lambda: super(TimedTransport, self).heads())
        return heads

    def pull(self, scope_id: str, cursor: str, known: Callable[[str], bool]) -> PullPage:
        page: PullPage = self._timed(
            "pull", lambda: super(TimedTransport, self).pull(scope_id, cursor, known)
        )
        return page

    def wrapped_keys(self, device_id: str) -> list[Any]:
        keys: list[Any] = self._timed("keys", lambda: super(TimedTransport, self).wrapped_keys(device_id))
        return keys


@dataclass
class StormDevice:
    device: Device
    role: DeviceRole
    scopes: tuple[str, ...]
    server: int
    writes: int = 0


@dataclass
class Samples:
    """What one client process saw: request times by kind, failures, acknowledgements, what each holds."""

    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    cycles: int = 0
    failed_cycles: int = 0
    acknowledged: list[tuple[str, str, str]] = field(default_factory=list)
    """(scope, bundle, device that pushed it)."""
    holds: dict[str, tuple[tuple[str, ...], set[str]]] = field(default_factory=dict)
    """device id -> (its scopes, the bundles it applied)."""
    first_sync_seconds: list[float] = field(default_factory=list)


def _write(item: StormDevice, rng: random.Random) -> None:
    """One change, as the app makes them: a teacher's entry for a pupil, or a family's reply."""
    engine, store = item.device.engine, item.device.store
    pupil_scopes = item.scopes[1:] if item.role is DeviceRole.STAFF else item.scopes
    scope = rng.choice(pupil_scopes)
    item.writes += 1
    record = f"{engine.device_id[:8]}-{item.writes}"
    with store.transaction() as tx:
        if item.role is DeviceRole.STAFF:
            engine.append(
                tx,
                scope,
                "entry",
                record,
                {"learning": "Counted in fives on the number line and read with a partner.", "mood": "calm"},
            )
        else:
            engine.append(tx, scope, "reply", record, {"text": "Thank you, we read the book together."})


def _drive(
    devices: list[StormDevice],
    urls: list[str],
    threads: int,
    seconds: float,
    pause: float,
    seed: int,
    ready: Any,
    finished: Any,
) -> Samples:
    """A client process: its devices' first syncs, the storm, the last sync of each, what each holds."""
    samples = Samples()
    lock = threading.Lock()
    in_storm = threading.Event()

    def record(kind: str, elapsed: float, ok: bool) -> None:
        if not in_storm.is_set():
            return
        with lock:
            samples.times[kind].append(elapsed)
            if not ok:
                samples.errors[kind] += 1

    limits = httpx.Limits(max_connections=threads * 2, max_keepalive_connections=threads * 2)
    client = httpx.Client(timeout=60, limits=limits)
    transports = {
        id(item): TimedTransport(urls[item.server], item.device.engine.device, client, record=record)
        for item in devices
    }
    for item in devices:
        start = time.perf_counter()
        item.device.engine.sync(transports[id(item)])
        samples.first_sync_seconds.append(time.perf_counter() - start)
    ready.wait()

    rng = random.Random(seed)
    start = time.monotonic()
    deadline = start + seconds
    due = [(start + rng.uniform(0, pause), n) for n in range(len(devices))]
    heapq.heapify(due)
    queue_lock = threading.Lock()
    in_storm.set()

    def worker(worker_seed: int) -> None:
        local = random.Random(worker_seed)
        while True:
            with queue_lock:
                if not due:
                    return
                when, n = heapq.heappop(due)
            if when >= deadline:
                return
            wait = when - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            item = devices[n]
            try:
                _write(item, local)
                item.device.engine.sync(transports[id(item)])
                ok = True
            except Exception:
                ok = False
            with lock:
                samples.cycles += 1
                samples.failed_cycles += 0 if ok else 1
            with queue_lock:
                heapq.heappush(due, (time.monotonic() + pause * local.uniform(0.8, 1.2), n))

    pool = [threading.Thread(target=worker, args=(seed * 1000 + t,)) for t in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    in_storm.clear()
    finished.wait()  # every process has stopped writing: now each device takes what the others sent
    for _ in range(2):
        for item in devices:
            item.device.engine.sync(transports[id(item)])
    for item in devices:
        transport = transports[id(item)]
        samples.acknowledged.extend((s, b, item.device.engine.device_id) for s, b in transport.acknowledged)
        samples.holds[item.device.engine.device_id] = (item.scopes, set(item.device.store.applied))
    client.close()
    return samples


def _child(devices: list[StormDevice], args: tuple[Any, ...], out: Any, ready: Any, finished: Any) -> None:
    try:
        out.send(_drive(devices, *args, ready=ready, finished=finished))
    except BaseException as exc:  # the parent reports it; a child never dies silently
        ready.abort()
        finished.abort()
        out.send(exc)
    finally:
        out.close()


@contextmanager
def _servers(workdir: Path, database_url: str, processes: int) -> Iterator[list[ServerProcess]]:
    data_dir = workdir / "server"
    started: list[ServerProcess] = []
    try:
        for _ in range(processes):
            started.append(ServerProcess(data_dir, database_url, free_port()).start())
        yield started
    finally:
        for server in started:
            server.stop()


@contextmanager
def _database(url: str) -> Iterator[str]:
    if url != "postgres":
        yield url
        return
    from tests.sync_postgres import fresh_database

    with fresh_database() as fresh:
        yield fresh


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _set_up(urls: list[str], count: int, seed: int) -> list[StormDevice]:
    """The school: classes of 30 pupils, a teacher's device per class, a family device per pupil."""
    client = httpx.Client(timeout=60)
    school = found_school(client, pupils=0, base_url=urls[0])
    transports = [school.admin.http]
    classes = max(1, round(count / (PUPILS_PER_CLASS + 1)))
    families = count - classes
    rng = random.Random(seed)
    devices: list[StormDevice] = []
    for c in range(classes):
        class_scope = school.admin_ops.create_scope(transports).scope_id  # type: ignore[arg-type]
        share = families // classes + (1 if c < families % classes else 0)
        pupils = [school.admin_ops.create_scope(transports).scope_id for _ in range(share)]  # type: ignore[arg-type]
        staff_scopes = (class_scope, *pupils)
        teacher = school.add_device(f"teacher-{c}", DeviceRole.STAFF, staff_scopes, client)
        devices.append(StormDevice(teacher, DeviceRole.STAFF, staff_scopes, 0))
        for p, scope in enumerate(pupils):
            family = school.add_device(f"family-{c}-{p}", DeviceRole.FAMILY, (scope,), client)
            devices.append(StormDevice(family, DeviceRole.FAMILY, (scope,), 0))
    rng.shuffle(devices)
    for n, item in enumerate(devices):
        item.server = n % len(urls)
        item.device.http = None  # each client process makes its own connections
    client.close()
    return devices


@dataclass(frozen=True)
class StormResult:
    devices: int
    seconds: float
    requests: int
    p95_ms: float
    errors: int
    lost: int
    by_kind: dict[str, tuple[int, float, float, float, int]]
    """kind -> (count, p50 ms, p95 ms, max ms, errors)."""
    server_cpu_ms: float
    cycles: int
    first_sync_p95_s: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def line(self) -> str:
        return (
            f"storm: {self.devices} devices, {self.rate:,.0f} req/s, p95 {self.p95_ms:,.0f} ms, "
            f"errors {self.errors}, lost {self.lost}"
        )


def _lost(samples: list[Samples]) -> int:
    holds: dict[str, tuple[tuple[str, ...], set[str]]] = {}
    for part in samples:
        holds.update(part.holds)
    members: dict[str, list[str]] = defaultdict(list)
    for device_id, (scopes, _applied) in holds.items():
        for scope in scopes:
            members[scope].append(device_id)
    lost = 0
    for part in samples:
        for scope, bundle, sender in part.acknowledged:
            if any(bundle not in holds[d][1] for d in members[scope] if d != sender):
                lost += 1
    return lost


def run_storm(
    devices: int,
    seconds: float,
    database_url: str = "",
    processes: int = 1,
    pause: float = 3.0,
    threads: int = 8,
    seed: int = 1,
    front: str = "",
    keep: Path | None = None,
) -> StormResult:
    context = multiprocessing.get_context("fork")
    with ExitStack() as stack:
        workdir = keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="linkbook-storm-")))
        url = stack.enter_context(_database(database_url))
        servers = stack.enter_context(_servers(workdir, url, processes))
        if front == "nginx":
            from tests.bench.front import nginx_front

            ports = [server.port for server in servers]
            urls = [stack.enter_context(nginx_front(ports, workdir / "nginx"))]
        else:
            urls = [server.url for server in servers]
        crowd = _set_up(urls, devices, seed)
        ready = context.Barrier(CLIENT_PROCESSES + 1)
        finished = context.Barrier(CLIENT_PROCESSES)
        children = []
        for part in range(CLIENT_PROCESSES):
            mine = crowd[part::CLIENT_PROCESSES]
            receive, send = context.Pipe(duplex=False)
            args = (urls, threads, seconds, pause, seed + part)
            child = context.Process(target=_child, args=(mine, args, send, ready, finished))
            child.start()
            send.close()
            children.append((child, receive))
        ready.wait()
        cpu_start = sum(_cpu_seconds(s.process.pid) for s in servers if s.process)
        time.sleep(seconds)
        cpu_used = sum(_cpu_seconds(s.process.pid) for s in servers if s.process) - cpu_start
        parts: list[Samples] = []
        for child, receive in children:
            got = receive.recv()
            child.join()
            if isinstance(got, BaseException):
                raise RuntimeError(f"a client process failed: {got!r}") from got
            parts.append(got)
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    for part in parts:
        for kind, values in part.times.items():
            times[kind].extend(values)
        for kind, count in part.errors.items():
            errors[kind] += count
    every = [t for values in times.values() for t in values]
    by_kind = {
        kind: (
            len(values),
            percentile(values, 0.5) * 1000,
            percentile(values, 0.95) * 1000,
            max(values) * 1000,
            errors[kind],
        )
        for kind, values in sorted(times.items())
    }
    firsts = [t for part in parts for t in part.first_sync_seconds]
    return StormResult(
        devices=len(crowd),
        seconds=seconds,
        requests=len(every),
        p95_ms=percentile(every, 0.95) * 1000 if every else 0.0,
        errors=sum(errors.values()) + sum(p.failed_cycles for p in parts),
        lost=_lost(parts),
        by_kind=by_kind,
        server_cpu_ms=cpu_used * 1000 / max(1, len(every)),
        cycles=sum(p.cycles for p in parts),
        first_sync_p95_s=percentile(firsts, 0.95) if firsts else 0.0,
    )


def report(result: StormResult) -> str:
    lines = [
        result.line(),
        f"  {result.cycles:,} device syncs in {result.seconds:g} s; server CPU {result.server_cpu_ms:.1f} ms "
        f"a request; first sync of a device p95 {result.first_sync_p95_s:.2f} s (before the storm)",
        f"  {'request':<8}{'count':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'errors':>8}",
    ]
    for kind, (count, p50, p95, worst, failed) in result.by_kind.items():
        lines.append(
            f"  {kind:<8}{count:>8,}{count / result.seconds:>9,.0f}"
            f"{p50:>9.1f}{p95:>9.1f}{worst:>9.1f}{failed:>8}"
        )
    return "\n".join(lines)


FLOOR_RATIO_TARGET = 3.0
"""Heads and pulls within three times the bare endpoint's p95, measured in the same run (issue 20)."""


def with_floor(result: StormResult, threads: int) -> tuple[float, float, dict[str, float]]:
    """The bare FastAPI endpoint's (req/s, p95 ms) under the storm's client threads, measured now, and each
    request type's p95 against it."""
    from tests.bench.bare_server import floor

    rate, p95 = floor(CLIENT_PROCESSES * threads, min(result.seconds, 5.0))
    # A sync asks for keys only when a new one was wrapped for it: a storm may make no keys request at all.
    kinds = [kind for kind in ("heads", "pull", "push", "keys") if kind in result.by_kind]
    return rate, p95, {kind: result.by_kind[kind][2] / max(p95, 1e-9) for kind in kinds}


def results(quick: bool = False) -> list[Result]:
    """`make bench`'s storm rows: a short storm on SQLite and on PostgreSQL (when one is reachable), each
    with the bare endpoint beside it: nothing failed or lost, heads and pulls within 3x the floor."""
    from tests.sync_postgres import postgres_available

    devices, seconds, threads = (50, 5.0, 4) if quick else (200, 15.0, 8)
    backends = [("SQLite", "")] + ([("PostgreSQL", "postgres")] if postgres_available() else [])
    out: list[Result] = []
    for name, url in backends:
        result = run_storm(devices, seconds, url, threads=threads)
        rate, floor_p95, ratios = with_floor(result, threads)
        said = (
            f"{result.line()}; server CPU {result.server_cpu_ms:.1f} ms a request; "
            f"floor {rate:,.0f} req/s p95 {floor_p95:.1f} ms"
        )
        out.append(
            Result(
                f"Storm {name}, {devices} devices: errors + lost", result.errors + result.lost, "", 0, said
            )
        )
        for kind in ("heads", "pull"):
            p95 = result.by_kind.get(kind, (0, 0.0, 0.0, 0.0, 0))[2]
            out.append(
                Result(
                    f"Storm {name}: {kind} p95 / floor p95",
                    ratios.get(kind, float("inf")),
                    "x",
                    FLOOR_RATIO_TARGET,
                    f"{kind} p95 {p95:.1f} ms, bare endpoint p95 {floor_p95:.1f} ms, same run",
                )
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench storm", description=__doc__)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument(
        "--database-url",
        default="",
        help="the server's database (empty: SQLite; 'postgres': a fresh test one)",
    )
    parser.add_argument("--processes", type=int, default=1, help="server processes over the one database")
    parser.add_argument("--pause", type=float, default=3.0, help="seconds a device waits between syncs")
    parser.add_argument("--threads", type=int, default=8, help="syncs in flight per client process")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--front", choices=["", "nginx"], default="", help="nginx in front of the processes (docs/sync.md)"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (server logs)")
    parser.add_argument("--no-floor", action="store_true", help="skip the bare FastAPI endpoint")
    args = parser.parse_args(argv)
    if args.devices < 2 or args.seconds <= 0 or args.processes < 1:
        parser.error("give at least 2 devices, some seconds and at least one server process")
    started = time.perf_counter()
    result = run_storm(
        args.devices,
        args.seconds,
        args.database_url,
        args.processes,
        args.pause,
        args.threads,
        args.seed,
        args.front,
        args.keep,
    )
    print(report(result))
    if not args.no_floor:
        rate, p95, against = with_floor(result, args.threads)
        ratios = ", ".join(f"{kind} p95 {ratio:.1f}x" for kind, ratio in against.items())
        print(
            f"  floor: a bare FastAPI endpoint (small JSON list) under {CLIENT_PROCESSES * args.threads} "
            f"client threads without pauses: {rate:,.0f} req/s, p95 {p95:.1f} ms; against it: {ratios}"
        )
    print(f"  (the whole run took {time.perf_counter() - started:.0f} s)")
    return 0 if result.errors == 0 and result.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
