"""Fail if any module of desktop/ or sync/ takes part in an import circle.

Every import counts, those under TYPE_CHECKING too: a circle there still means two modules that cannot be
read (or split) one without the other. Run by `make lint`: `python tests/check_import_cycles.py`.
"""

import sys
from collections.abc import Iterator

import grimp

PACKAGES = ("desktop", "sync")


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = []
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work.append((root, iter(sorted(graph.find_modules_directly_imported_by(root)))))
        while work:
            module, imported = work[-1]
            following = next(imported, None)
            if following is not None:
                if following not in index:
                    index[following] = low[following] = len(index)
                    stack.append(following)
                    on_stack.add(following)
                    work.append((following, iter(sorted(graph.find_modules_directly_imported_by(following)))))
                elif following in on_stack:
                    low[module] = min(low[module], index[following])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == module:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return sorted(circles)


def main() -> int:
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    circles = import_circles(graph)
    for circle in circles:
        print("Import circle:", ", ".join(circle))
    if circles:
        print(f"{len(circles)} import circle(s); break each by moving what both sides need into one module.")
        return 1
    print("No import circles in", " or ".join(PACKAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
