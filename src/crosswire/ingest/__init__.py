"""Reading inputs: files, folders, stdin -> Documents (or InputErrors naming the input)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crosswire.models import Document, InputError


def read_inputs(paths: list[str]) -> Iterator[Document | InputError]:
    """STUB (ingest helper replaces): plain UTF-8 text files only."""
    for path in paths:
        p = Path(path)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                yield Document(source_path=str(f), content=f.read_text("utf-8"), format="text")
            except OSError as exc:
                yield InputError(str(f), exc.strerror or str(exc))
