"""Load a data builder of ``tools/`` as a module, for the tests that check its output."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def tool_module(name: str) -> ModuleType:
    """``tools/<name>.py`` loaded, with ``tools/`` importable while it loads (the builders
    import ``wordnet_files`` beside them)."""
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # a dataclass reads its own module while it is defined
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TOOLS))
    return module
