"""The server's store where several server processes share one database, and where the database drops a
connection: what an admin or a device sees is a clean answer, never a 500."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, insert, text

from sync.crypto import DeviceKeys, ScopeKey, register_device, seal_bundle, wrap_scope_key
from sync.protocol import DeviceRole, SealedBundle, WrappedScopeKey, new_bundle_id
from sync.server.store import ServerStore
from sync.server.store.bundles import BundleConflict
from sync.server.store.quotas import Allowance, QuotaExceeded
from sync.server.store.tables import nonces
from tests.sync_postgres import fresh_database


def _keys_for_a_class(admin: DeviceKeys, teachers: int = 6) -> list[WrappedScopeKey]:
    scope = ScopeKey.create()
    return [wrap_scope_key(scope, DeviceKeys.generate().public, admin, kind=None) for _ in range(teachers)]


def test_two_server_processes_storing_the_same_wrapped_keys_at_once_both_succeed() -> None:
    """An admin's request retried through a second process while the first is still storing it (seen once
    as a 500 on POST /v1/keys): both store the keys, and each key is kept once, the later one winning."""
    admin = DeviceKeys.generate()
    with fresh_database() as url:
        first, second = ServerStore(url), ServerStore(url)
        try:
            failures: list[BaseException] = []
            for _ in range(15):
                keys = _keys_for_a_class(admin)
                start = threading.Barrier(2)

                def post(
                    store: ServerStore, keys: list[WrappedScopeKey] = keys, start: threading.Barrier = start
                ) -> None:
                    start.wait()
                    try:
                        store.put_wrapped_keys(keys)
                    except BaseException as error:  # the assertion below names it
                        failures.append(error)

                threads = [threading.Thread(target=post, args=(s,)) for s in (first, second)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                assert not failures, f"a concurrent store of the same keys failed: {failures[0]!r}"
                for key in keys:
                    assert first.wrapped_keys_for(key.recipient_id) == [key]
            again = _keys_for_a_class(admin, teachers=1)[0]
            rewrapped = wrap_scope_key(ScopeKey.create(), DeviceKeys.generate().public, admin, kind=None)
            first.put_wrapped_keys([again])
            replacement = again.model_copy(update={"sealed": rewrapped.sealed})
            second.put_wrapped_keys([replacement])
            assert first.wrapped_keys_for(again.recipient_id) == [replacement], "the later one is kept"
        finally:
            first.close()
            second.close()


def test_a_connection_postgresql_dropped_is_replaced_without_failing_the_request() -> None:
    """PostgreSQL restarted or a pooler closed the server's idle connections: the next requests are answered
    (the store tries once more on a fresh connection) rather than failing with a 500."""
    admin = DeviceKeys.generate()
    with fresh_database() as url:
        store = ServerStore(url)
        try:
            key = _keys_for_a_class(admin, teachers=1)[0]
            store.put_wrapped_keys([key])
            assert store.heads_of(key.recipient_id) == {}
            killer = create_engine(url, isolation_level="AUTOCOMMIT")
            with killer.connect() as conn:
                ended = conn.execute(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                ).scalar_one()
            killer.dispose()
            assert ended >= 1, "the store's pooled connections were ended"
            assert store.wrapped_keys_for(key.recipient_id) == [key]
            assert store.device(key.recipient_id) is None
            assert store.use_nonce(key.recipient_id, "c" * 32, 2**42)
            assert not store.use_nonce(key.recipient_id, "c" * 32, 2**42), "the nonce was recorded once"
        finally:
            store.close()


def test_nonces_an_older_server_kept_in_the_sqlite_database_still_refuse_a_replay(tmp_path) -> None:
    """SQLite keeps nonces in a file of their own (so recording one never waits behind a push's commit):
    the nonces an older server kept in the database move there, and a replay of such a request is
    still refused after the upgrade."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    ServerStore(url).close()
    older = create_engine(url)
    with older.begin() as conn:
        conn.execute(insert(nonces).values(device_id="d" + "2" * 32, nonce="e" * 32, expires_at=2**42))
    older.dispose()
    store = ServerStore(url)
    try:
        assert not store.use_nonce("d" + "2" * 32, "e" * 32, 2**42), "a replay after the upgrade"
        assert store.use_nonce("d" + "2" * 32, "f" * 32, 2**42)
        assert (tmp_path / "server-nonces.db").stat().st_mode & 0o077 == 0, "the nonce file is 0600"
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_pull_by_a_device_outside_the_scope_is_told_nothing(tmp_path, backend: str) -> None:
    """The one-statement pull: a member with nothing new gets an empty page, a stranger gets None (403)."""
    from tests.sync_postgres import fresh_database as database

    member, stranger, scope = "d" + "3" * 32, "d" + "4" * 32, "s" + "5" * 32

    def check(url: str) -> None:
        store = ServerStore(url)
        try:
            with store.engine.begin() as conn:
                conn.execute(text("INSERT INTO scopes (scope_id, last_seq) VALUES (:s, 0)"), {"s": scope})
                conn.execute(
                    text("INSERT INTO memberships (scope_id, device_id) VALUES (:s, :d)"),
                    {"s": scope, "d": member},
                )
            assert store.pull(member, scope, 0, 10) == ([], False)
            assert store.pull(stranger, scope, 0, 10) is None
        finally:
            store.close()

    if backend == "sqlite":
        check(f"sqlite:///{tmp_path / 'server.db'}")
    else:
        with database() as url:
            check(url)


def test_pushes_arriving_together_on_sqlite_each_keep_their_own_outcome(tmp_path) -> None:
    """SQLite commits the pushes that arrive while another commits in one transaction: each is still all
    or nothing on its own. A push over its device's quota and a push reusing a stored bundle id with other
    bytes store nothing and are told so, while the pushes beside them are stored, numbered in order."""
    admin = DeviceKeys.generate()
    store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}")
    scope = ScopeKey.create()
    try:
        writers = [DeviceKeys.generate() for _ in range(12)]
        for writer in writers:
            assert store.register_device(
                register_device(writer.public, DeviceRole.STAFF, admin), [scope.scope_id]
            )
        taken = seal_bundle(b"first", scope, new_bundle_id(), writers[0])
        store.append_bundles([taken])
        roomy = [Allowance(w.device_id, 10_000_000, 10_000_000) for w in writers]
        tight = Allowance(writers[1].device_id, 10, 10_000_000)
        pushes: list[tuple[list[SealedBundle], Allowance]] = [
            ([seal_bundle(f"entry {n}".encode(), scope, new_bundle_id(), w)], roomy[n])
            for n, w in enumerate(writers)
        ]
        pushes[1] = ([seal_bundle(b"too big for its quota", scope, new_bundle_id(), writers[1])], tight)
        forged = seal_bundle(b"other bytes", scope, new_bundle_id(), writers[2])
        pushes[2] = ([forged.model_copy(update={"bundle_id": taken.bundle_id})], roomy[2])
        outcomes: dict[int, object] = {}
        start = threading.Barrier(len(pushes))

        def push(n: int) -> None:
            start.wait()
            try:
                outcomes[n] = store.append_bundles(*pushes[n])
            except (QuotaExceeded, BundleConflict) as refused:
                outcomes[n] = refused

        threads = [threading.Thread(target=push, args=(n,)) for n in range(len(pushes))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert isinstance(outcomes[1], QuotaExceeded) and isinstance(outcomes[2], BundleConflict)
        stored = {n: outcome for n, outcome in outcomes.items() if n not in (1, 2)}
        assert all(isinstance(o, list) and len(o) == 1 and not o[0][2] for o in stored.values())
        seqs = sorted(o[0][1] for o in stored.values())  # type: ignore[index]
        assert seqs == list(range(2, 2 + len(stored))), "numbered one after another, none skipped"
        logged, more = store.bundles_since(scope.scope_id, 0, 100)
        assert not more
        assert {b.bundle_id for _, b in logged} == {taken.bundle_id} | {
            pushes[n][0][0].bundle_id for n in stored
        }
        assert store.storage_used(writers[1].device_id) == 0, "the refused push counted nothing"
        assert dict(store.bundles_since(scope.scope_id, 0, 100)[0])[1].sealed == taken.sealed
    finally:
        store.close()


def _push_story(url: str) -> list[object]:
    """The same pushes, through a store over `url`: what each was told, then what the store holds."""
    admin = DeviceKeys.generate()
    teacher, family = DeviceKeys.generate(), DeviceKeys.generate()
    pupil, news = ScopeKey.create(), ScopeKey.create()
    store = ServerStore(url)
    try:
        store.register_device(register_device(teacher.public, DeviceRole.STAFF, admin), [pupil.scope_id])
        store.register_device(register_device(teacher.public, DeviceRole.STAFF, admin), [news.scope_id])
        store.register_device(register_device(family.public, DeviceRole.FAMILY, admin), [pupil.scope_id])
        first = seal_bundle(b"a" * 500, pupil, new_bundle_id(), teacher)
        size = len(first.sealed)
        roomy = Allowance(teacher.device_id, None, 8 * size)
        tight = Allowance(family.device_id, 3 * size, 8 * size)

        def bundle(key: ScopeKey, writer: DeviceKeys) -> SealedBundle:
            return seal_bundle(b"b" * 500, key, new_bundle_id(), writer)

        pushes: list[tuple[list[SealedBundle], Allowance]] = [
            ([first], roomy),  # the first bytes the teacher and the scope store
            ([first], roomy),  # again: a duplicate, counted once
            ([bundle(pupil, teacher), bundle(news, teacher), first], roomy),
            ([bundle(pupil, family)] * 1 + [bundle(pupil, family)], tight),  # the family's first two
            ([bundle(pupil, family), bundle(pupil, family)], tight),  # past the family's quota
            ([bundle(pupil, family)], tight),  # its last place
            ([bundle(pupil, family)], tight),  # past the family's quota, alone
            ([bundle(pupil, teacher) for _ in range(4)], roomy),  # past the scope's quota
            ([bundle(pupil, teacher)], roomy),
            ([bundle(pupil, teacher)], roomy),
            ([bundle(pupil, teacher)], roomy),  # the scope's last place
            ([bundle(pupil, teacher)], roomy),  # past the scope's quota, alone
            (
                [
                    seal_bundle(b"other", pupil, new_bundle_id(), teacher).model_copy(
                        update={"bundle_id": first.bundle_id}
                    )
                ],
                roomy,
            ),
            ([bundle(news, teacher)], roomy),
        ]
        ids = {first.bundle_id: "first"}
        sent: dict[str, bytes] = {}
        told: list[object] = []
        for bundles, allowance in pushes:
            for b in bundles:
                ids.setdefault(b.bundle_id, f"b{len(ids)}")
                sent.setdefault(b.bundle_id, b.sealed + b.signature)
            try:
                told.append([(ids[b], seq, dup) for b, seq, dup in store.append_bundles(bundles, allowance)])
            except QuotaExceeded as refused:
                told.append(
                    ("quota", "device" if refused.holder.startswith("d") else "scope", refused.limit // size)
                )
            except BundleConflict as conflict:
                told.append(("conflict", ids[str(conflict)]))
        held = {
            name: [
                (seq, ids[b.bundle_id], sent[b.bundle_id] == b.sealed + b.signature)
                for seq, b in store.bundles_since(key.scope_id, 0, 100)[0]
            ]
            for name, key in (("pupil", pupil), ("news", news))
        }
        used = {
            name: store.storage_used(holder)
            for name, holder in (
                ("teacher", teacher.device_id),
                ("family", family.device_id),
                ("pupil", pupil.scope_id),
                ("news", news.scope_id),
            )
        }
        heads = sorted(store.heads_of(teacher.device_id).values())
        return [told, held, {k: v // size for k, v in used.items()}, heads]
    finally:
        store.close()


def test_pushes_are_told_and_stored_alike_on_sqlite_and_on_postgresql(tmp_path) -> None:
    """PostgreSQL stores a push of one bundle in one statement (its own transaction) and each bundle of a
    longer push in one, SQLite in several: the same pushes get the same answers (seqs, duplicates, which
    quota was full, a conflict) and leave the same bundles, counts and heads. A push refused for a quota
    stores none of its bundles and leaves no gap in the seqs."""
    on_sqlite = _push_story(f"sqlite:///{tmp_path / 'server.db'}")
    with fresh_database() as url:
        on_postgresql = _push_story(url)
    told, held, used, heads = on_postgresql
    assert told[:3] == [
        [("first", 1, False)],
        [("first", 1, True)],
        [("b1", 2, False), ("b2", 1, False), ("first", 1, True)],
    ]
    assert told[4] == told[6] == ("quota", "device", 3)
    assert told[7] == told[11] == ("quota", "scope", 8)
    assert [seq for ((_, seq, _),) in told[8:11]] == [6, 7, 8]  # type: ignore[misc]
    assert told[12] == ("conflict", "first")
    assert [seq for seq, _, _ in held["pupil"]] == list(range(1, len(held["pupil"]) + 1)), "no gap"
    assert all(same for _, _, same in held["pupil"] + held["news"]), "the bytes pushed first are kept"
    assert used == {"teacher": 7, "family": 3, "pupil": 8, "news": 2}
    assert heads == [2, 8]
    assert on_postgresql == on_sqlite


def test_pushes_through_two_processes_at_once_never_pass_a_quota_nor_skip_a_seq() -> None:
    """Two server processes over one PostgreSQL, many teachers pushing to one pupil's scope at once until
    its quota is full: the scope holds no more than its allowance, what is counted is what is stored
    (to the byte), every acknowledged bundle is there, numbered one after another, and the pushes
    refused were told so."""
    admin = DeviceKeys.generate()
    scope = ScopeKey.create()
    writers = [DeviceKeys.generate() for _ in range(8)]
    with fresh_database() as url:
        stores = [ServerStore(url), ServerStore(url)]
        try:
            for writer in writers:
                stores[0].register_device(
                    register_device(writer.public, DeviceRole.STAFF, admin), [scope.scope_id]
                )
            size = len(seal_bundle(b"x" * 300, scope, new_bundle_id(), writers[0]).sealed)
            allowance_of = {w.device_id: Allowance(w.device_id, 5 * size, 20 * size) for w in writers}
            stored: list[str] = []
            refused: list[QuotaExceeded] = []
            lock = threading.Lock()
            start = threading.Barrier(len(writers))

            def push(n: int) -> None:
                writer, store = writers[n], stores[n % 2]
                start.wait()
                for _ in range(6):
                    bundle = seal_bundle(b"x" * 300, scope, new_bundle_id(), writer)
                    try:
                        done = store.append_bundles([bundle], allowance_of[writer.device_id])
                    except QuotaExceeded as full:
                        with lock:
                            refused.append(full)
                        continue
                    with lock:
                        stored.extend(b for b, _, _ in done)

            threads = [threading.Thread(target=push, args=(n,)) for n in range(len(writers))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            logged, _ = stores[1].bundles_since(scope.scope_id, 0, 1000)
            assert len(stored) == 20 and len(refused) == 8 * 6 - 20, "the scope took its allowance, no more"
            assert {b.bundle_id for _, b in logged} == set(stored)
            assert [seq for seq, _ in logged] == list(range(1, 21)), "numbered one after another"
            assert stores[0].storage_used(scope.scope_id) == sum(len(b.sealed) for _, b in logged)
            for writer in writers:
                mine = sum(len(b.sealed) for _, b in logged if b.device_id == writer.device_id)
                assert stores[1].storage_used(writer.device_id) == mine <= 5 * size
        finally:
            for store in stores:
                store.close()
