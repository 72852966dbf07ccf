"""A pull over HTTP fetches the next round's pages while it applies the last: the same pages, each
fetched once, and the same records as a pull that does not read ahead."""

import threading
from contextlib import contextmanager

import pytest

import sync.pulling
from sync.client import BundleSealer
from sync.protocol import DeviceRole
from sync.transport import PullPage
from tests import sync_helpers
from tests.sync_helpers import SECRET_TEXT, found_school, in_process_client
from tests.sync_memory_store import MemoryStore


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


def _a_teacher_who_pushed_21_bundles(tmp_path):
    """A school on an in-process server and a teacher who pushed 40 entries in 21 bundles of 3 pupils."""
    client = in_process_client(tmp_path / "server")
    school = found_school(client, pupils=3)
    teacher = school.add_device("teacher", DeviceRole.STAFF, school.pupil_scopes, client, bundle_changes=2)
    teacher.engine.sync(teacher.http)
    with teacher.store.transaction() as tx:
        for n in range(40):
            scope = school.pupil_scopes[n % 3]
            teacher.engine.append(tx, scope, "entry", f"entry-{n}", {"day": n, "text": SECRET_TEXT})
    assert teacher.engine.sync(teacher.http).pushed == 21
    return client, school, teacher


def test_a_pull_read_ahead_fetches_each_page_once_and_applies_what_a_pull_without_it_does(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sync.pulling, "ROUND_BUNDLES", 3)  # many rounds from a small school
    client, school, teacher = _a_teacher_who_pushed_21_bundles(tmp_path)

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


class SignalsCommits(MemoryStore):
    """A store that says when each transaction's work is done (`sync.local.CommitSignals`)."""

    def __init__(self) -> None:
        super().__init__()
        self.signal = None

    def when_committing(self, signal) -> None:
        self.signal = signal

    @contextmanager
    def transaction(self):
        try:
            with super().transaction() as tx:
                yield tx
        finally:
            signal, self.signal = self.signal, None
            if signal is not None:
                signal()


class CountsOpenings(BundleSealer):
    """Opens bundles as the engine does, noting each one opened and on which thread."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, bool]] = []

    def open(self, bundle, keyring, sender):
        self.opened.append((bundle.bundle_id, threading.current_thread() is threading.main_thread()))
        return super().open(bundle, keyring, sender)


def test_a_pull_opens_the_next_rounds_bundles_while_a_round_commits_each_once_and_applies_the_same(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sync.pulling, "ROUND_BUNDLES", 3)
    client, school, teacher = _a_teacher_who_pushed_21_bundles(tmp_path)

    sealers = {"ahead": CountsOpenings(), "plain": CountsOpenings()}
    with monkeypatch.context() as patched:
        patched.setattr(sync_helpers, "MemoryStore", SignalsCommits)
        ahead = school.add_device(
            "ahead", DeviceRole.STAFF, school.pupil_scopes, client, sealer=sealers["ahead"]
        )
    plain = school.add_device("plain", DeviceRole.STAFF, school.pupil_scopes, client, sealer=sealers["plain"])
    assert isinstance(ahead.store, SignalsCommits) and not isinstance(plain.store, SignalsCommits)
    for device in (ahead, plain):
        device.http.pull_limit = 2
        report = device.engine.sync(device.http)
        assert report.applied == 21 and not report.rejected

    assert ahead.store.visible_records() == plain.store.visible_records() == teacher.store.visible_records()
    opened_ahead, opened_plain = sealers["ahead"].opened, sealers["plain"].opened
    assert sorted(b for b, _main in opened_ahead) == sorted(b for b, _main in opened_plain)
    assert len({b for b, _main in opened_ahead}) == len(opened_ahead) == 21  # each bundle opened once
    assert all(on_main for _b, on_main in opened_plain)
    assert sum(not on_main for _b, on_main in opened_ahead) >= 21 // 2  # while the round before committed
