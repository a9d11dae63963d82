"""The package's data files (see README.md here) and the one way to read them."""

from __future__ import annotations

import json
from pathlib import Path

DATA_DIR = Path(__file__).parent


def read_jsonl(name: str, *, required: tuple[str, ...] = ()) -> list[dict]:
    """Rows of ``data/<name>``, each a JSON object holding the ``required`` keys.

    A bad line raises ``ValueError`` naming the file and line, so a broken edit of a
    lexicon fails at load time with a message that says where.
    """
    rows = []
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"data/{name}:{number}: not valid JSON: {exc.msg}") from None
        if not isinstance(row, dict):
            raise ValueError(f"data/{name}:{number}: expected a JSON object")
        missing = [key for key in required if key not in row]
        if missing:
            raise ValueError(f"data/{name}:{number}: missing {', '.join(missing)}")
        rows.append(row)
    return rows
