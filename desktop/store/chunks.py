"""Long `IN (...)` lists cut into pieces: SQLite refuses more bound variables than its build allows
(32,766 today, 999 in older builds), and a 300,000-pupil import would pass that many ids."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

IN_LIST_SIZE = 500
"""Well under every SQLite build's limit, and large enough that the round trips do not show."""


def in_chunks(items: Iterable[T], size: int = IN_LIST_SIZE) -> Iterator[list[T]]:
    """The items in lists of at most `size`, in order."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
