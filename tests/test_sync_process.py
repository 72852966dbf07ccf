"""The real server process (`python -m sync.server`, what linkbook-server runs) over loopback.

A sync cut off by killing the server (SIGKILL) mid-transfer resumes without loss or duplicates; two server
processes sharing one PostgreSQL serve one school consistently.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import httpx
import pytest
from sqlalchemy import create_engine, text

from sync.protocol import DeviceRole, SealedBundle
from sync.transport import PullPage, TransportError
from tests.sync_helpers import SECRET_TEXT, ServerProcess, found_school
from tests.sync_postgres import fresh_database


class KillsServer:
    """Passes calls to a real transport, and kills the server process at a chosen moment."""

    def __init__(self, inner, server: ServerProcess, when: str) -> None:
        self.inner, self.server, self.when = inner, server, when
        self.channel = inner.channel

    def push(self, bundles: Sequence[SealedBundle]) -> list[str]:
        if self.when == "push":
            half = len(bundles) // 2
            self.inner.push(bundles[:half])  # stored on the server, but the answer never arrives
            self.server.kill()
            raise TransportError("connection reset")
        return self.inner.push(bundles)

    def pull(self, scope_id: str, cursor: str, known: Callable[[str], bool]) -> PullPage:
        page = self.inner.pull(scope_id, cursor, known)
        if self.when == "pull" and cursor:
            self.server.kill()
        return page

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def write_entries(device, scopes, count: int) -> None:
    with device.store.transaction() as tx:
        for n in range(count):
            scope = scopes[n % len(scopes)]
            device.engine.append(tx, scope, "entry", f"entry-{n}", {"day": n, "text": SECRET_TEXT})


def test_a_sync_cut_off_by_killing_the_server_resumes_without_loss_or_duplicates(tmp_path):
    server = ServerProcess(tmp_path / "server").start()
    try:
        client = httpx.Client(timeout=10)
        school = found_school(client, pupils=3, base_url=server.url)
        teacher = school.add_device(
            "teacher", DeviceRole.STAFF, school.pupil_scopes, client, bundle_changes=4
        )
        reader = school.add_device("ta", DeviceRole.STAFF, school.pupil_scopes, client)
        reader.http.pull_limit = 5
        teacher.engine.sync(teacher.http)
        write_entries(teacher, school.pupil_scopes, 240)

        with pytest.raises(TransportError):
            teacher.engine.sync(KillsServer(teacher.http, server, "push"))
        sealed = len(teacher.store.outgoing)
        assert sealed == 60 and not teacher.store.acks.get(teacher.http.channel)
        server.start()
        report = teacher.engine.sync(teacher.http)
        assert report.pushed == sealed

        with pytest.raises(TransportError):
            reader.engine.sync(KillsServer(reader.http, server, "pull"))
        partly = len(reader.store.applied)
        assert 0 < partly < sealed
        server.start()
        report = reader.engine.sync(reader.http)
        assert report.applied + partly == sealed and not report.rejected
        assert reader.store.visible_records() == teacher.store.visible_records()
        assert len(reader.store.visible_records()) == 240

        database = create_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
        with database.connect() as conn:
            rows = conn.execute(text("SELECT scope_id, seq, bundle_id FROM bundles")).all()
        database.dispose()
        assert len(rows) == len({r.bundle_id for r in rows}) == sealed
        for scope in school.pupil_scopes:
            seqs = sorted(r.seq for r in rows if r.scope_id == scope)
            assert seqs == list(range(1, len(seqs) + 1))
    finally:
        server.stop()


def test_two_server_processes_on_one_postgresql_serve_one_school_consistently(tmp_path):
    with fresh_database() as url:
        first = ServerProcess(tmp_path / "a", url).start()
        second = ServerProcess(tmp_path / "b", url).start()
        try:
            client = httpx.Client(timeout=20)
            school = found_school(client, pupils=1, base_url=first.url)
            [scope] = school.pupil_scopes
            teacher = school.add_device("teacher", DeviceRole.STAFF, [scope], client, bundle_changes=1)
            ta = school.add_device("ta", DeviceRole.STAFF, [scope], client, bundle_changes=1)
            from sync.http import HttpTransport

            ta.http = HttpTransport(second.url, ta.engine.device, client)
            for device in (teacher, ta):
                device.engine.sync(device.http)
            with teacher.store.transaction() as tx:
                for n in range(40):
                    teacher.engine.set_fields(tx, scope, "day", f"t{n}", {"mood": n})
            with ta.store.transaction() as tx:
                for n in range(40):
                    ta.engine.set_fields(tx, scope, "day", f"a{n}", {"mood": n})
            threads = [threading.Thread(target=d.engine.sync, args=(d.http,)) for d in (teacher, ta)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            for device in (teacher, ta):
                device.engine.sync(device.http)

            logs = []
            for base in (first.url, second.url):
                transport = HttpTransport(base, teacher.engine.device, client)
                page = transport.pull(scope, "", lambda _b: False)
                logs.append([(int(p), b.bundle_id) for p, b in page.bundles])
            assert logs[0] == logs[1]
            assert [seq for seq, _ in logs[0]] == list(range(1, 81))
            assert teacher.store.visible_records() == ta.store.visible_records()
            assert len(teacher.store.visible_records()) == 80
        finally:
            first.stop()
            second.stop()
