"""The size limits and the import graph, kept so later work cannot regress them.

Limits (docs/ARCHITECTURE.md, "Size limits"): no module over 400 lines, no function over
40, the median function in ``desktop_app/services`` at most 7 lines, and no import cycle
among the project's modules.
"""

from __future__ import annotations

import statistics

from tests.unit.structure.code_metrics import (
    MAX_FUNCTION_LINES,
    MAX_MODULE_LINES,
    MAX_SERVICES_MEDIAN,
    function_sizes,
    import_cycles,
    import_graph,
    module_lines,
    module_name,
    source_files,
)


def test_the_measure_sees_the_whole_source():
    names = {module_name(path) for path in source_files()}
    assert "desktop_app.services.dossiers.reception" in names
    assert "central_server.ingest" in names
    assert "motcua_core.domain.timeliness" in names
    assert not any(".migrations." in name for name in names)


def test_no_module_is_over_the_limit():
    over = {module_name(p): module_lines(p) for p in source_files()}
    assert {name: n for name, n in over.items() if n > MAX_MODULE_LINES} == {}


def test_no_function_is_over_the_limit():
    sizes = [size for path in source_files() for size in function_sizes(path)]
    over = [f"{s.module}.{s.name}: {s.lines}" for s in sizes if s.lines > MAX_FUNCTION_LINES]
    assert over == []


def test_services_functions_are_small_in_the_median():
    lines = [
        size.lines
        for path in source_files()
        if module_name(path).startswith("desktop_app.services")
        for size in function_sizes(path)
    ]
    assert statistics.median(lines) <= MAX_SERVICES_MEDIAN


def test_no_import_cycle_among_modules():
    assert import_cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [["a", "b", "c"]]
