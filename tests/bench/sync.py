"""Sync benchmarks over loopback, against a real `python -m sync.server` process.

For tests/bench/__main__.py to call (`results(quick=...)` returns `measure.Result`s), or on its own:
`python -m tests.bench.sync [--quick]`. Every figure goes through the real engine, crypto, HTTP transport
and server on 127.0.0.1; only the devices' stores are the in-memory reference store of the tests.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from sync.client import BundleSealer
from sync.crypto import DeviceKeys, DevicePublicKeys, Keyring, ScopeKey, bundle_signed_bytes
from sync.protocol import DeviceRole, SealedBundle, new_bundle_id
from tests.bench.measure import Result
from tests.sync_helpers import ServerProcess, found_school
from tests.sync_postgres import fresh_database, postgres_available

PHRASES = [
    "Had a settled morning and joined in with phonics.",
    "Ate most of lunch; drank a full cup of water.",
    "Practised times tables with a partner and was very proud.",
    "Needed the calm room after PE for ten minutes.",
    "Please send wellies tomorrow for forest school.",
    "Read the Roman coins book to an adult and talked about the pictures.",
]


class UnsealedForBenchmark(BundleSealer):
    """Bench harness only: no encryption and no signature check on receipt. Bundles are still signed,
    because the server checks signatures; so the ratio measures AES-GCM both ways plus verification."""

    def seal(self, payload: bytes, key: ScopeKey, bundle_id: str, device: DeviceKeys) -> SealedBundle:
        fields = {
            "scope_id": key.scope_id,
            "generation": key.generation,
            "bundle_id": bundle_id,
            "device_id": device.device_id,
            "sealed": payload,
        }
        signature = device.sign(bundle_signed_bytes(SealedBundle.model_construct(**fields, version=1)))
        return SealedBundle(**fields, signature=signature)

    def open(self, bundle: SealedBundle, keyring: Keyring, sender: DevicePublicKeys) -> bytes:
        return bundle.sealed


_RUNS = itertools.count()


@contextmanager
def _server(workdir: Path, database_url: str = "") -> Iterator[ServerProcess]:
    """A fresh server process (one school per server: the founding admin is accepted once)."""
    server = ServerProcess(workdir / f"server-{next(_RUNS)}", database_url).start()
    try:
        yield server
    finally:
        server.stop()


def _entry(rng: random.Random, day: int) -> dict[str, object]:
    return {
        "day": day,
        "text": " ".join(rng.sample(PHRASES, 3)),
        "mood": {"am": rng.choice(["calm", "happy", "tired"]), "pm": rng.choice(["calm", "upset"])},
        "lunch": rng.choice(["all", "most", "some"]),
    }


def _class_year(
    workdir: Path, pupils: int, days: int, sealer: BundleSealer | None = None
) -> tuple[float, float]:
    """(seconds for the teacher to push a class year, seconds for a new device's first sync)."""
    with _server(workdir) as server:
        return _class_year_on(server, pupils, days, sealer)


def _class_year_on(
    server: ServerProcess, pupils: int, days: int, sealer: BundleSealer | None
) -> tuple[float, float]:
    client = httpx.Client(timeout=60)
    school = found_school(client, pupils=pupils, base_url=server.url)
    extra = {"sealer": sealer} if sealer else {}
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client, **extra)
    teacher.engine.sync(teacher.http)
    rng = random.Random(1)
    with teacher.store.transaction() as tx:
        for day in range(days):
            for n, scope in enumerate(school.pupil_scopes):
                teacher.engine.append(tx, scope, "entry", f"e{n}-{day}", _entry(rng, day))
    start = time.perf_counter()
    teacher.engine.sync(teacher.http)
    pushed = time.perf_counter() - start
    newcomer = school.add_device("ta", DeviceRole.STAFF, school.pupil_scopes, client, **extra)
    start = time.perf_counter()
    report = newcomer.engine.sync(newcomer.http)
    first = time.perf_counter() - start
    assert report.changes_applied == pupils * days, report
    client.close()
    return pushed, first


def first_sync_class_year(workdir: Path, pupils: int = 28, days: int = 190) -> Result:
    pushed, first = _class_year(workdir, pupils, days)
    return Result(
        f"Sync: first sync of a class ({pupils}x{days})",
        first,
        "s",
        10,
        f"{pupils * days:,} entries; the teacher's push of them took {pushed:.2f} s",
    )


def one_entry_latency_ms(workdir: Path, samples: int = 30) -> Result:
    """One new entry: written on the teacher's device, pushed, pulled and merged on the TA's."""
    with _server(workdir) as server:
        return _one_entry_on(server, samples)


def _one_entry_on(server: ServerProcess, samples: int) -> Result:
    client = httpx.Client(timeout=30)
    school = found_school(client, pupils=28, base_url=server.url)
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
    ta = school.add_device("ta", DeviceRole.STAFF, school.pupil_scopes, client)
    teacher.engine.sync(teacher.http)
    ta.engine.sync(ta.http)
    rng = random.Random(2)
    times = []
    for n in range(samples):
        scope = school.pupil_scopes[n % len(school.pupil_scopes)]
        start = time.perf_counter()
        with teacher.store.transaction() as tx:
            teacher.engine.append(tx, scope, "entry", f"one-{n}", _entry(rng, n))
        teacher.engine.sync(teacher.http, pull=False)
        report = ta.engine.sync(ta.http)
        times.append((time.perf_counter() - start) * 1000)
        assert report.changes_applied == 1
    client.close()
    return Result(
        "Sync: one entry to another device, median",
        statistics.median(times),
        "ms",
        100,
        f"{samples} entries; the TA holds 28 scopes (one heads request, one pull)",
    )


def pushes_per_second(workdir: Path, label: str, database_url: str = "", count: int = 300) -> Result:
    """Sequential single-bundle pushes from one device (each a signed request, stored durably)."""
    with _server(workdir, database_url) as server:
        return _pushes_on(server, label, count)


def _pushes_on(server: ServerProcess, label: str, count: int) -> Result:
    client = httpx.Client(timeout=30)
    school = found_school(client, pupils=1, base_url=server.url)
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client)
    teacher.engine.sync(teacher.http)
    key = teacher.engine.keyring.current(school.pupil_scopes[0])
    from sync.crypto import seal_bundle

    bundles = [seal_bundle(b"x" * 600, key, new_bundle_id(), teacher.engine.device) for _ in range(count)]
    start = time.perf_counter()
    for bundle in bundles:
        teacher.http.push([bundle])
    elapsed = time.perf_counter() - start
    client.close()
    rate = count / elapsed
    return Result(
        f"Sync: server push ({label}), mean",
        elapsed / count * 1000,
        "ms",
        50,
        f"{rate:,.0f} pushes/s sequential",
    )


def sealing_overhead(workdir: Path, pupils: int = 28, days: int = 190) -> Result:
    sealed_push, sealed_pull = _class_year(workdir, pupils, days)
    plain_push, plain_pull = _class_year(workdir, pupils, days, UnsealedForBenchmark())
    sealed, plain = sealed_push + sealed_pull, plain_push + plain_pull
    return Result(
        "Sync: sealing overhead (class year)",
        sealed / plain,
        "x",
        1.3,
        f"sealed {sealed:.2f} s, unsealed {plain:.2f} s (push + first sync)",
    )


def results(quick: bool = False) -> list[Result]:
    """Every sync benchmark; a real server on SQLite, and on PostgreSQL when one is reachable."""
    pupils, days = (28, 20) if quick else (28, 190)
    out: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="linkbook-bench-sync-") as tmp:
        work = Path(tmp)
        out.append(first_sync_class_year(work, pupils, days))
        out.append(one_entry_latency_ms(work))
        out.append(pushes_per_second(work, "SQLite"))
        out.append(sealing_overhead(work, pupils, days))
        if postgres_available():
            with fresh_database() as url:
                out.append(pushes_per_second(work, "PostgreSQL", url))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sync", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    found = results(args.quick)
    for r in found:
        verdict = "PASS" if r.passed else "FAIL"
        print(f"{r.name:<46} {r.value:>10,.2f} {r.unit:<3} (target <= {r.target:g})  {verdict}  {r.detail}")
    return 0 if all(r.passed for r in found) else 1


if __name__ == "__main__":
    sys.exit(main())
