"""The package's layout is its pipeline: data flows one way, checked from the source.

Each top-level part of ``crosswire`` has a layer; a module may import from its own part
and from lower layers only, never from a stage further down the pipeline. Modules also
form no import cycle (counting imports inside functions too)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "crosswire"

# The pipeline in order; the ground floor (records, data files, shared knowledge) first.
LAYERS = [
    {"models", "data", "knowledge", "gc_pause"},
    {"ingest"},
    {"clean"},
    {"metadata"},
    {"nlp"},
    {"actors"},
    {"compare"},
    {"briefing"},
    {"pipeline", "sentence_events"},
    {"cluster"},
    {"archive"},
    {"serve"},
    {"measure"},
    {"cli", "__main__"},
]
RANK = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str] = frozenset()) -> set[str]:
    """Every crosswire module ``path`` imports, at any depth of its code.

    ``from package import name`` counts as an import of the submodule when ``name`` is one
    of ``modules``, else of the package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("crosswire")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("crosswire"):
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules else node.module)
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in SRC.rglob("*.py")}
    return {name: {target for target in imports_of(path, set(modules))
                   if target in modules and target not in (name, "crosswire")}
            for name, path in modules.items()}


def part_of(module: str) -> str:
    return module.split(".")[1] if "." in module else module


def test_every_part_has_a_layer():
    assert {part_of(module) for module in graph()} - {"crosswire"} <= set(RANK)


def test_no_stage_imports_from_a_later_stage():
    upward = sorted(
        f"{source} -> {target}"
        for source, targets in graph().items() if source != "crosswire"
        for target in targets
        if RANK[part_of(target)] > RANK[part_of(source)]
    )
    assert upward == []


def test_no_import_cycle():
    edges = graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append(" -> ".join(trail[trail.index(target):] + [target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_check_sees_an_upward_import(tmp_path):
    # The walk must catch an import inside a function, where the old cycle hid.
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from crosswire.compare import compare\n", encoding="utf-8")
    assert "crosswire.compare" in imports_of(module)
