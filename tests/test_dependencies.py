"""Every third-party import is declared: ``pip install .`` without the lock file works.

Two checks: the imports written in ``src/`` (each must come from a distribution declared
in ``pyproject.toml``), and the modules actually loaded while HTML is cleaned (each must
come from a declared distribution or one of their declared requirements, extras
included), which catches a library that imports something its own metadata forgets.
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import json
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "crosswire"


def declared() -> dict[str, set[str]]:
    """Declared distributions (runtime and every extra) and the extras asked of each."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        lines += extra
    found: dict[str, set[str]] = {}
    for line in lines:
        requirement = Requirement(line)
        found.setdefault(canonicalize_name(requirement.name), set()).update(requirement.extras)
    return found


def closure(roots: dict[str, set[str]]) -> set[str]:
    """The distributions ``roots`` bring in when installed (as far as they are installed).

    Visits are per (distribution, extra): a distribution first met without extras may be
    asked for one later (jusText asks for ``lxml[html_clean]``)."""
    seen: set[tuple[str, str]] = set()
    todo = [(name, extra) for name, extras in roots.items() for extra in {"", *extras}]
    while todo:
        name, extra = todo.pop()
        if (name, extra) in seen:
            continue
        seen.add((name, extra))
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": extra}):
                todo += [(canonicalize_name(requirement.name), wanted)
                         for wanted in {"", *requirement.extras}]
    return {name for name, _ in seen}


def imported_top_level_names() -> set[str]:
    names = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"crosswire", "__future__"}


def distributions_of(modules: set[str]) -> dict[str, set[str]]:
    """Module name -> the distributions providing it (empty when none is known)."""
    providers = metadata.packages_distributions()
    return {module: {canonicalize_name(d) for d in providers.get(module, [])}
            for module in modules}


def test_every_import_in_the_source_is_a_declared_dependency():
    names = imported_top_level_names()
    assert {"spacy", "lxml", "numpy"} <= names  # the walk sees real imports
    undeclared = {module: found for module, found in distributions_of(names).items()
                  if not found & set(declared())}
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_modules_loaded_while_cleaning_html_come_from_declared_distributions():
    script = (
        "import json, sys\n"
        "from crosswire.clean import clean\n"
        "from crosswire.models import Document\n"
        "page = '<html><head><title>T</title></head><body><article><p>' + "
        "'The council met on Tuesday and said the bridge would reopen. ' * 20 + "
        "'</p></article></body></html>'\n"
        "clean(Document(source_path='page.html', content=page, format='html'))\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    loaded = set(json.loads(result.stdout)) - set(sys.stdlib_module_names) - {"crosswire"}
    assert "lxml_html_clean" in loaded  # jusText's cleaner, which pyproject once lacked
    allowed = closure(declared())
    stray = {module: found for module, found in distributions_of(loaded).items()
             if found and not found & allowed}
    assert not stray, f"loaded from distributions nothing declared brings in: {stray}"
