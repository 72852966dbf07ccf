"""The next round of a pull fetched on a second thread while this device applies the last one.

Applying a round is store work (rows written, indexed, committed) during which the engine does not use
the channel; fetching the next pages is waiting on the server. Overlapping them hides the server's time.
Only the fetch moves: the pages are still checked, opened and applied one round after another, as
`SyncEngine.pull_scopes` would without reading ahead, and a page fetched ahead is used only if the
scope's cursor is still the one it was fetched from (else it is fetched again). Nothing is written by the
second thread, so a cut pull leaves the store as it would otherwise.

A transport may be read ahead only if it says so (`reads_ahead`): its `pull` must not call `known`,
which opens a store transaction (the round being applied holds the store's write lock).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

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

    def start(self, plan: Sequence[tuple[str, str]]) -> None:
        """Fetch, in the background, a page of each (scope id, cursor) in turn, as many as a round holds
        (the round that follows if the current one leaves these cursors)."""
        self.wait()
        self._pages = {}
        if plan:
            self._thread = threading.Thread(
                target=self._fetch, args=(list(plan),), name="linkbook-sync-pull-ahead", daemon=True
            )
            self._thread.start()

    def _fetch(self, plan: list[tuple[str, str]]) -> None:
        held = 0
        try:
            for scope_id, cursor in plan:
                if held >= self.round_bundles or len(self._pages) >= self.round_scopes:
                    return
                page = self.transport.pull(scope_id, cursor, _unknown)
                self._pages[scope_id] = (cursor, page)
                held += len(page.bundles)
        except Exception:  # the round fetches the page itself, and meets the failure there
            return

    def wait(self) -> None:
        """Until the background fetch has finished (the channel is the caller's again)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def take(self, scope_id: str, cursor: str) -> PullPage | None:
        """The page fetched ahead for this scope from this cursor, if any (once)."""
        fetched = self._pages.pop(scope_id, None)
        if fetched is None or fetched[0] != cursor:
            return None
        return fetched[1]
