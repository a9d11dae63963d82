"""Reading the JSON and JSON Lines files the measuring commands are given: each line a JSON
object, or one ``DatasetError`` naming the file and line (a traceback named neither)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from crosswire.data import json_object, require_keys


class DatasetError(ValueError):
    """A measuring input that cannot be read; the message names the file (and line)."""


def json_row(line: str, *, where: str, required: tuple[str, ...] = ()) -> dict:
    """The JSON object on ``line``, holding the ``required`` keys; ``where`` names the file
    and line for the error."""
    row = json_object(line, where=where, error=DatasetError)
    require_keys(row, required, where=where, error=DatasetError)
    return row


def json_rows(lines: Iterable[str], *, source: str, required: tuple[str, ...] = ()
              ) -> Iterator[tuple[int, dict]]:
    """(line number from 1, object) for each line of ``lines`` that is not blank."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, json_row(line, where=f"{source}: line {number}", required=required)


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Reading ``path`` inside: a file that is no UTF-8 text, or cannot be opened, ends it
    with a ``DatasetError`` naming the file."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise DatasetError(f"{path}: {(exc.strerror or str(exc)).lower()}") from None


def json_document(path: Path) -> Any:
    """The JSON value of the UTF-8 file ``path`` (a gold file, a ground truth)."""
    with reading(path):
        text = path.read_text("utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: line {exc.lineno}: not valid JSON: {exc.msg} "
                           f"(column {exc.colno})") from None
    except RecursionError:  # the decoder recurses once per open bracket
        raise DatasetError(f"{path}: not valid JSON: nested too deeply") from None


def json_lines(path: Path, *, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict]]:
    """(line number from 1, object) for each line of the UTF-8 file ``path`` that is not
    blank; a file that is no UTF-8 text, or cannot be opened, is a ``DatasetError`` too."""
    with reading(path), path.open(encoding="utf-8") as lines:
        yield from json_rows(lines, source=str(path), required=required)
