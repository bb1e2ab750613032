"""Size measures of the source: modules, functions and imports, by ast.

The measures the project keeps (see docs/ARCHITECTURE.md, "Size limits"):
physical lines from a function's ``def`` (decorators left out) to its last
line, docstring included, over every package but tests, benchmarks and
migrations.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("desktop_app", "central_server", "motcua_core")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 40
MAX_SERVICES_MEDIAN = 7


@dataclass(frozen=True)
class FunctionSize:
    module: str
    name: str
    lines: int


def source_files() -> list[Path]:
    files: list[Path] = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                files.append(path)
    return files


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def module_lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def function_sizes(path: Path) -> list[FunctionSize]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path)
    return [
        FunctionSize(name, node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """The project modules ``path`` imports (at any depth of the file)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute_base(node, package)
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(_known_module(name, known) for name in names)
    found.discard(None)
    found.discard(this)
    return found  # type: ignore[return-value]


def _absolute_base(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = ".".join(parts[: len(parts) - node.level + 1])
    return f"{base}.{node.module}" if node.module else base


def _known_module(name: str, known: set[str]) -> str | None:
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph() -> dict[str, set[str]]:
    files = source_files()
    known = {module_name(path) for path in files}
    return {module_name(path): imported_modules(path, known) for path in files}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def main(prefix: str = "") -> None:
    """Print what breaks the limits, for modules whose name starts with ``prefix``."""
    import statistics

    files = [path for path in source_files() if module_name(path).startswith(prefix)]
    for path in files:
        if module_lines(path) > MAX_MODULE_LINES:
            print(f"module {module_name(path)}: {module_lines(path)} lines")
    sizes = [size for path in files for size in function_sizes(path)]
    for size in sorted(sizes, key=lambda s: -s.lines):
        if size.lines > MAX_FUNCTION_LINES:
            print(f"function {size.module}.{size.name}: {size.lines} lines")
    if sizes:
        print(f"median over {len(sizes)} functions: {statistics.median(s.lines for s in sizes)}")
    for group in import_cycles(import_graph()):
        if any(name.startswith(prefix) for name in group):
            print("cycle:", " <-> ".join(group))


if __name__ == "__main__":
    import sys

    main(sys.argv[1] if len(sys.argv) > 1 else "")
