"""The layout: layers import only the layers below them, and no project module imports itself in a circle.

Imports inside functions count too (they only hide a circle). Layers, bottom up:
genre < retrieval < llm < ledger < answer < eval < frontends (< app.py).
"""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

LAYERS = ("genre", "retrieval", "llm", "ledger", "answer", "eval", "frontends")


def project_modules() -> dict[str, Path]:
    mods = {}
    for layer in LAYERS:
        for path in (ROOT / layer).rglob("*.py") if (ROOT / layer).is_dir() else ():
            parts = path.relative_to(ROOT).with_suffix("").parts
            mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return mods


def imports_of(path: Path, mods: dict[str, Path]) -> set[str]:
    """Project modules imported anywhere in the file (module level or inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            while name and name not in mods:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def test_layers_import_only_layers_below():
    mods = project_modules()
    wrong = []
    for mod, path in mods.items():
        mine = LAYERS.index(mod.split(".")[0])
        for dep in imports_of(path, mods):
            if LAYERS.index(dep.split(".")[0]) > mine:
                wrong.append(f"{mod} imports {dep}")
    assert not wrong, "\n".join(wrong)


def test_no_import_circles():
    mods = project_modules()
    graph = {m: imports_of(p, mods) - {m} for m, p in mods.items()}
    index, low, stack, on, circles = {}, {}, [], set(), []

    def visit(v):   # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))
    for v in graph:
        if v not in index:
            visit(v)
    assert not circles, circles


def test_the_checks_see_a_circle_and_an_upward_import(tmp_path):
    """The two checks above are not vacuous: they see imports inside functions."""
    src = tmp_path / "m.py"
    src.write_text("def f():\n    from answer.ask import ask\n", encoding="utf-8")
    assert "answer.ask" in imports_of(src, project_modules())
