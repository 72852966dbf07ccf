"""The import-circle check run by `make lint` finds circles of any length and nothing else."""

import grimp

from tests.check_import_cycles import import_circles


def _graph(*imports: tuple[str, str]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported)
    return graph


def test_a_chain_of_imports_is_no_circle():
    graph = _graph(("app.ui", "app.services"), ("app.services", "app.store"), ("app.ui", "app.store"))
    assert import_circles(graph) == []


def test_two_modules_importing_each_other_are_a_circle():
    graph = _graph(("app.vault", "app.capture"), ("app.capture", "app.vault"), ("app.ui", "app.vault"))
    assert import_circles(graph) == [["app.capture", "app.vault"]]


def test_each_circle_is_named_once_with_all_its_modules():
    graph = _graph(
        ("w.wizard", "w.files"),
        ("w.files", "w.base"),
        ("w.base", "w.wizard"),
        ("s.schema", "s.records"),
        ("s.records", "s.schema"),
        ("w.files", "s.schema"),
    )
    assert import_circles(graph) == [["s.records", "s.schema"], ["w.base", "w.files", "w.wizard"]]
