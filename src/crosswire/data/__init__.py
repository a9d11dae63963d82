"""The package's data files (see README.md here) and the one way to read them."""

from __future__ import annotations

import json
from pathlib import Path

DATA_DIR = Path(__file__).parent


def located_rows(name: str) -> list[tuple[str, dict]]:
    """``("data/<name>:<line>", row)`` for each JSON object of ``data/<name>``.

    A bad line raises ``ValueError`` naming the file and line, so a broken edit of a
    lexicon fails at load time with a message that says where; loaders that check more
    than keys use the location in their own messages.
    """
    rows = []
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"data/{name}:{number}"
        rows.append((where, json_object(line, where=where)))
    return rows


def json_object(line: str, *, where: str, error: type[ValueError] = ValueError) -> dict:
    """One JSON Lines row, which must be a JSON object; else ``error`` naming ``where``."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise error(f"{where}: not valid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:  # the decoder recurses once per open bracket
        raise error(f"{where}: not valid JSON: nested too deeply") from None
    if not isinstance(row, dict):
        raise error(f"{where}: expected a JSON object")
    return row


def read_jsonl(name: str, *, required: tuple[str, ...] = ()) -> list[dict]:
    """Rows of ``data/<name>``, each a JSON object holding the ``required`` keys."""
    rows = []
    for where, row in located_rows(name):
        require_keys(row, required, where=where)
        rows.append(row)
    return rows


def require_keys(row: dict, required: tuple[str, ...], *, where: str,
                 error: type[ValueError] = ValueError) -> None:
    """Raise ``error`` naming ``where`` and the keys when ``row`` lacks any of ``required``."""
    missing = [key for key in required if key not in row]
    if missing:
        raise error(f"{where}: missing {', '.join(missing)}")
