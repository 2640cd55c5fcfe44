"""The house rules of the layout, read from the code: the import graph of qawl/ (module-level and
function-level imports alike) has no cycles, nothing below qawl.cli imports it, no module
imports another's private names, and no module defines a top-level function or class twice."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "qawl"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(tree: ast.AST) -> set[int]:
    """Ids of import nodes under ``if TYPE_CHECKING:``: never run, so never part of a cycle."""
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                hidden.update(id(inner) for inner in ast.walk(child))
    return hidden


class Import:
    """One imported name: the qawl module it comes from and the name taken from it, if any."""

    def __init__(self, module: str, name: str | None, line: int, runs: bool) -> None:
        self.module, self.name, self.line, self.runs = module, name, line, runs


def _imports(module: str, path: Path, modules: dict[str, Path]) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = _type_checking_only(tree)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        runs = id(node) not in hidden
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "qawl":
                    found.append(Import(alias.name, None, node.lineno, runs))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] != "qawl":
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules:  # `from qawl import pipeline` imports a module
                    found.append(Import(submodule, None, node.lineno, runs))
                else:
                    found.append(Import(base, alias.name, node.lineno, runs))
    return found


def _graph() -> tuple[dict[str, Path], dict[str, list[Import]]]:
    modules = _modules()
    return modules, {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module, or one that imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
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
            if len(group) > 1 or node in edges.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_the_graph_is_read_from_the_code() -> None:
    modules, imports = _graph()
    assert {"qawl", "qawl.pipeline", "qawl.run.extract", "qawl.cli.main"} <= set(modules)
    assert "qawl.run.readers" in {i.module for i in imports["qawl.run.extract"]}
    # function-level imports count too: the pipeline imports its stages inside __init__
    assert "qawl.extractors.gazetteer" in {i.module for i in imports["qawl.pipeline"]}


def test_no_import_cycles() -> None:
    modules, imports = _graph()
    edges = {
        name: {i.module for i in found if i.runs and i.module in modules and i.module != name}
        for name, found in imports.items()
    }
    assert _cycles(edges) == []


def test_nothing_outside_the_cli_imports_the_cli() -> None:
    _, imports = _graph()
    upward = [
        f"{name} imports {i.module} (line {i.line})"
        for name, found in imports.items()
        if not (name == "qawl.cli" or name.startswith("qawl.cli.") or name == "qawl.__main__")
        for i in found
        if i.module == "qawl.cli" or i.module.startswith("qawl.cli.")
    ]
    assert upward == []


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_imports_private_names_of_another() -> None:
    _, imports = _graph()
    leaks = []
    for name, found in imports.items():
        for i in found:
            if i.name is not None and _private(i.name) and i.module != name:
                leaks.append(f"{name} takes {i.name} from {i.module} (line {i.line})")
            # a private module is its package's own business
            parts = i.module.split(".")
            for depth, part in enumerate(parts):
                owner = ".".join(parts[:depth])
                if _private(part) and not (name == owner or name.startswith(owner + ".")):
                    leaks.append(f"{name} imports private module {i.module} (line {i.line})")
    assert leaks == []


def _defined_twice(tree: ast.Module) -> list[tuple[str, int, int]]:
    """Top-level functions and classes a module defines twice (an @overload stub excepted): the
    later one silently replaces the earlier for every caller, including those written above it."""
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if any("overload" in ast.unparse(d) for d in node.decorator_list):
            continue
        if node.name in seen:
            twice.append((node.name, seen[node.name], node.lineno))
        seen[node.name] = node.lineno
    return twice


def test_the_redefinition_check_sees_a_shadowed_function() -> None:
    source = "def cut(k):\n    return k\n\ndef use(k):\n    return cut(k)\n\ndef cut(k):\n    return -k\n"
    assert _defined_twice(ast.parse(source)) == [("cut", 1, 7)]


def test_no_module_defines_a_top_level_name_twice() -> None:
    twice = [
        f"{name}: {fn} at lines {first} and {again}"
        for name, path in _modules().items()
        for fn, first, again in _defined_twice(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert twice == []
