"""A pull over HTTP fetches the next round's pages while it applies the last: the same pages, each
fetched once, and the same records as a pull that does not read ahead."""

import threading

import pytest

import sync.client
from sync.protocol import DeviceRole
from sync.transport import PullPage
from tests.sync_helpers import SECRET_TEXT, found_school, in_process_client


class CountsPulls:
    """A transport that notes each page asked for, and from which thread."""

    def __init__(self, inner):
        self.inner = inner
        self.pulls: list[tuple[str, str, bool]] = []

    def pull(self, scope_id: str, cursor: str, known) -> PullPage:
        on_main = threading.current_thread() is threading.main_thread()
        self.pulls.append((scope_id, cursor, on_main))
        return self.inner.pull(scope_id, cursor, known)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def test_a_pull_read_ahead_fetches_each_page_once_and_applies_what_a_pull_without_it_does(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sync.client, "ROUND_BUNDLES", 3)  # many rounds from a small school
    client = in_process_client(tmp_path / "server")
    school = found_school(client, pupils=3)
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client, bundle_changes=2)
    teacher.engine.sync(teacher.http)
    with teacher.store.transaction() as tx:
        for n in range(40):
            scope = school.pupil_scopes[n % 3]
            teacher.engine.append(tx, scope, "entry", f"entry-{n}", {"day": n, "text": SECRET_TEXT})
    assert teacher.engine.sync(teacher.http).pushed == 21

    ahead = school.add_device("ahead", DeviceRole.STAFF, school.pupil_scopes, client)
    plain = school.add_device("plain", DeviceRole.STAFF, school.pupil_scopes, client)
    plain.http.reads_ahead = False  # as a folder is pulled
    transports = {}
    for device in (ahead, plain):
        device.http.pull_limit = 2
        transports[device.name] = CountsPulls(device.http)
        report = device.engine.sync(transports[device.name])
        assert report.applied == 21 and not report.rejected

    assert ahead.store.visible_records() == plain.store.visible_records() == teacher.store.visible_records()
    read_ahead, one_by_one = transports["ahead"].pulls, transports["plain"].pulls
    assert [(s, c) for s, c, _main in read_ahead] == [(s, c) for s, c, _main in one_by_one]
    assert all(on_main for _s, _c, on_main in one_by_one)
    assert sum(not on_main for _s, _c, on_main in read_ahead) >= len(read_ahead) // 2
