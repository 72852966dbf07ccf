"""The schedule soak: random sync schedules on staff and family devices all converge.

Each schedule is drawn from its own seed: a school on the real server app (SQLite, through a real
httpx.Client: Starlette's TestClient) and a shared folder; two or three staff devices holding the class
and every pupil's scope, and one or two family devices each holding one child's scope. The devices edit
(set fields, edit text, append, delete), sync through the server or the folder with the network's bad
habits (duplicated, reordered, lost answers, pulls cut off; tests/test_sync_property.py's Flaky), restart
and skew their clocks, in a random order. After two final rounds of sync, every device holds exactly the
records of its scopes that merging every change ever made gives, nothing waits to be sent, and the
latest value written to each field is the one shown.
"""

from __future__ import annotations

import contextlib
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync.folder import FolderTransport
from sync.merge import Change, Op, merge
from sync.protocol import DeviceRole
from sync.transport import TransportError
from tests.sync_helpers import Device, found_school, in_process_client
from tests.test_sync_property import Flaky

FAULTS = ("none", "none", "none", "duplicate", "reorder", "lose_ack", "cut_pull")
RECORDS = ("r1", "r2", "r3")
TEXTS = ("Zofia", "أمينة", "காவ்யா", "Ionuț", "")


class NotConverged(AssertionError):
    """Devices ended a schedule holding different records, or something written was lost."""


@dataclass
class ScheduleReport:
    schedules: int = 0
    actions: int = 0
    changes: int = 0
    syncs: int = 0
    faults: int = 0
    devices: int = 0
    seconds: float = 0.0
    failed_seeds: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.schedules} random schedules in {self.seconds:.0f} s: {self.devices} devices made "
            f"{self.changes} changes over {self.actions} actions ({self.syncs} syncs, {self.faults} with a "
            f"network fault); every device converged, nothing lost"
        )


def _edit(device: Device, rng: random.Random, scope: str, made: list[Change]) -> None:
    record = rng.choice(RECORDS)
    choice = rng.randrange(8)
    with device.store.transaction() as tx:
        if choice < 3:
            made += device.engine.set_fields(
                tx, scope, "day", record, {rng.choice(("mood", "lunch", "sleep")): rng.randrange(10)}
            )
        elif choice < 5:
            made.append(device.engine.edit_text(tx, scope, "day", record, "plan", rng.choice(TEXTS)))
        elif choice < 7:
            made.append(
                device.engine.append(tx, scope, "entry", f"e{rng.randrange(10**9)}", {"n": rng.randrange(10)})
            )
        else:
            made.append(device.engine.delete(tx, scope, "day", record))


def run_schedule(seed: int, report: ScheduleReport | None = None) -> None:
    """One random schedule; raises NotConverged naming the seed when the devices end up different."""
    rng = random.Random(seed)
    report = report or ScheduleReport()
    with tempfile.TemporaryDirectory(prefix="linkbook-schedule-") as tmp:
        client = in_process_client(Path(tmp) / "server")
        folder = FolderTransport(Path(tmp) / "shared-folder")
        school = found_school(client, pupils=2, extra=[folder])
        pupil_scopes = school.pupil_scopes
        staff_scopes = [school.class_scope, *pupil_scopes]
        time_ms = [1_700_000_000_000]
        devices: list[Device] = []
        scopes_of: list[list[str]] = []
        skew: list[int] = []

        def clock_for(index: int) -> Callable[[], int]:
            return lambda: max(0, time_ms[0] + skew[index])

        plan = [(DeviceRole.STAFF, staff_scopes)] * rng.randint(2, 3) + [
            (DeviceRole.FAMILY, [pupil_scopes[k % 2]]) for k in range(rng.randint(1, 2))
        ]
        for index, (role, scopes) in enumerate(plan):
            skew.append(0)
            devices.append(
                school.add_device(
                    f"{role.value}-{index}", role, scopes, client, extra=[folder], now_ms=clock_for(index)
                )
            )
            scopes_of.append(scopes)
        report.devices += len(devices)

        def sync(index: int, channel: str, fault: str) -> None:
            device = devices[index]
            inner = device.http if channel == "server" else folder
            assert inner is not None
            with contextlib.suppress(TransportError):
                device.engine.sync(Flaky(inner, rng, fault))

        made: list[Change] = []
        actions = rng.randint(5, 60)
        report.actions += actions
        for _ in range(actions):
            time_ms[0] += rng.choice((1, 10, 1000, 60_000))
            index = rng.randrange(len(devices))
            kind = rng.choices(("edit", "sync", "restart", "skew"), weights=(5, 4, 1, 1))[0]
            if kind == "edit":
                _edit(devices[index], rng, rng.choice(scopes_of[index]), made)
            elif kind == "sync":
                fault = rng.choice(FAULTS)
                report.syncs += 1
                report.faults += fault != "none"
                sync(index, rng.choice(("server", "folder")), fault)
            elif kind == "restart":
                devices[index].restart(now_ms=clock_for(index))
            else:
                skew[index] = rng.randint(-3_600_000, 3_600_000)
        for _round in range(2):
            for index in range(len(devices)):
                for channel in ("server", "folder"):
                    sync(index, channel, "none")
        report.changes += len(made)
        _check(seed, devices, scopes_of, made)
    report.schedules += 1


def _check(seed: int, devices: list[Device], scopes_of: list[list[str]], made: list[Change]) -> None:
    expected: dict[tuple[str, str], Any] = {}
    for change in made:
        key = (change.scope_id, change.record_id)
        expected[key] = merge(expected.get(key), change)[0]
    for device, scopes in zip(devices, scopes_of, strict=True):
        want = {key: state.to_json() for key, state in expected.items() if key[0] in scopes}
        held = {key: state.to_json() for key, state in device.store.records.items()}
        if held != want:
            missing = sorted(set(want) - set(held))
            raise NotConverged(f"seed {seed}: {device.name} differs (missing {missing[:5]})")
        if any(device.store.pending.get(scope) for scope in scopes):
            raise NotConverged(f"seed {seed}: {device.name} still has changes waiting to be sent")
        # Checked without the merge code: the latest write to each field is the value shown.
        for (scope, record), _state in expected.items():
            if scope not in scopes:
                continue
            sets = [c for c in made if (c.scope_id, c.record_id) == (scope, record) and c.op is Op.SET]
            for name in {c.field for c in sets}:
                latest = max((c for c in sets if c.field == name), key=lambda c: c.stamp)
                if device.store.records[(scope, record)].fields[name].value != latest.value:
                    raise NotConverged(f"seed {seed}: {device.name} lost the latest {name} of {record}")


def schedule_soak(count: int, seed: int, progress: Callable[[str], None] | None = None) -> ScheduleReport:
    """`count` schedules, seeds seed, seed+1, ...; stops at the first that does not converge."""
    report = ScheduleReport()
    start = time.monotonic()
    for n in range(count):
        try:
            run_schedule(seed + n, report)
        finally:
            report.seconds = time.monotonic() - start
        if progress and (n + 1) % 100 == 0:
            progress(f"{n + 1} schedules, {report.seconds:.0f} s")
    return report
