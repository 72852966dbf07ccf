"""The next round of a pull fetched on a second thread while this device applies the last one.

Applying a round is store work (rows written, indexed, committed) during which the engine does not use
the channel; fetching the next pages is waiting on the server. Overlapping them hides the server's time.
Only the fetch moves: the pages are still checked, opened and applied one round after another, as
`SyncEngine.pull_scopes` would without reading ahead, and a page fetched ahead is used only if the
scope's cursor is still the one it was fetched from (else it is fetched again). Nothing is written by the
second thread, so a cut pull leaves the store as it would otherwise.

A transport may be read ahead only if it says so (`reads_ahead`): its `pull` must not call `known`,
which opens a store transaction (the round being applied holds the store's write lock).

The thread may also prepare the pages it fetched (`prepare`: the engine opens their bundles), but only
once told to go (`go`): the engine says so when the round's commit begins, the one stretch of the round
that does not hold Python's lock. Preparing is work the round would do anyway, on pages it may yet
throw away; it writes nothing either.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from sync.transport import PullPage, Transport


def can_read_ahead(transport: Transport) -> bool:
    return bool(getattr(transport, "reads_ahead", False))


def _unknown(_bundle_id: str) -> bool:
    return False


class PagesAhead:
    """Pages of the next round, fetched in the background from the cursors the current round leaves."""

    def __init__(self, transport: Transport, round_bundles: int, round_scopes: int) -> None:
        self.transport = transport
        self.round_bundles = round_bundles
        self.round_scopes = round_scopes
        self._pages: dict[str, tuple[str, PullPage]] = {}
        self._thread: threading.Thread | None = None
        self._go = threading.Event()

    def start(
        self, plan: Sequence[tuple[str, str]], prepare: Callable[[str, PullPage], None] | None = None
    ) -> None:
        """Fetch, in the background, a page of each (scope id, cursor) in turn, as many as a round holds
        (the round that follows if the current one leaves these cursors); then, once told to `go`,
        `prepare` each page fetched (scope id, page)."""
        self.wait()
        self._pages = {}
        self._go = threading.Event()
        if plan:
            self._thread = threading.Thread(
                target=self._fetch, args=(list(plan), prepare), name="linkbook-sync-pull-ahead", daemon=True
            )
            self._thread.start()

    def go(self) -> None:
        """The pages fetched may be prepared now (and those still to come, as soon as they are)."""
        self._go.set()

    def _fetch(self, plan: list[tuple[str, str]], prepare: Callable[[str, PullPage], None] | None) -> None:
        held = 0
        try:
            for scope_id, cursor in plan:
                if held >= self.round_bundles or len(self._pages) >= self.round_scopes:
                    break
                page = self.transport.pull(scope_id, cursor, _unknown)
                self._pages[scope_id] = (cursor, page)
                held += len(page.bundles)
        except Exception:  # the round fetches the page itself, and meets the failure there
            pass
        if prepare is None:
            return
        self._go.wait()
        for scope_id, (_cursor, page) in list(self._pages.items()):
            try:
                prepare(scope_id, page)
            except Exception:  # the round prepares the page itself, and meets the failure there
                continue

    def wait(self) -> None:
        """Until the background fetch (and preparing, told to go now) has finished: the channel is the
        caller's again."""
        self._go.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def take(self, scope_id: str, cursor: str) -> PullPage | None:
        """The page fetched ahead for this scope from this cursor, if any (once)."""
        fetched = self._pages.pop(scope_id, None)
        if fetched is None or fetched[0] != cursor:
            return None
        return fetched[1]
