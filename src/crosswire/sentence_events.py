"""`crosswire events`: PLOVER coding of standalone sentences, one JSON line out per line in.

Line N of the output always answers line N of the input, blank lines included; a line
that cannot be coded is answered with an empty event list and an ``error`` field, and
reported in one line naming the file and the line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from spacy.language import Language

from crosswire.briefing.render_plover import event_json
from crosswire.ingest import MAX_INPUT_BYTES, read_regular_file
from crosswire.ingest.decode import Unreadable, decode, replace_lone_surrogates
from crosswire.nlp import code_texts, load_nlp

# A line's text is one sentence or a short passage; past this it is not, and spaCy
# refuses texts over its max_length (1,000,000 characters) anyway, ending the whole run.
MAX_TEXT_CHARS = 100_000


class UnreadableInput(Exception):
    """The input file as a whole cannot be read; the message is one line naming it."""


@dataclass(frozen=True)
class CodingSummary:
    lines: int  # input lines answered, blank ones included
    failures: int  # lines answered with an error

    @property
    def all_failed(self) -> bool:
        return self.failures > 0 and self.failures == self.lines


def read_lines(path: str) -> list[str]:
    """The lines of ``path`` (``-``: standard input), decoded as every input is: UTF-8
    first, a few invalid bytes replaced, other encodings detected (a Latin-1 file)."""
    source = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            data = read_regular_file(path, limit=MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise UnreadableInput(f"{source}: {(exc.strerror or str(exc)).lower()}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise UnreadableInput(f"{source}: larger than the "
                              f"{MAX_INPUT_BYTES // 2**20} MB limit, not read")
    try:
        text = decode(data).text
    except Unreadable as exc:
        raise UnreadableInput(f"{source}: {exc}") from None
    lines = text.split("\n")  # not splitlines(): JSON strings may hold U+2028
    return lines[:-1] if lines and lines[-1] == "" else lines


def code_jsonl(lines: Iterable[str], *, output: IO[str], source: str = "<input>",
               on_error: Callable[[str], None] = lambda message: None,
               quiet: bool = False, nlp: Language | None = None) -> CodingSummary:
    """Code lines ``{"id", "text"}``; one output line per input line (``source`` names
    the input in error messages)."""
    rows: list[tuple[Any, str | None, str | None]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            rows.append((number, None, None))
            continue
        try:
            row_id, text = _parse(line)
        except ValueError as exc:
            message = f"crosswire: {source}: line {number}: {exc}"
            on_error(message)
            rows.append((number, None, message))
            continue
        rows.append((number if row_id is None else row_id, text, None))
    nlp = nlp or load_nlp()
    texts = [text for _, text, _ in rows if text is not None]
    coded = iter(code_texts(_progress(texts, quiet=quiet), nlp=nlp))
    failures = 0
    for row_id, text, error in rows:
        if text is None:
            answer: dict[str, Any] = {"id": row_id, "events": []}
            if error:
                failures += 1
                answer["error"] = error
            output.write(json.dumps(answer, ensure_ascii=False) + "\n")
            continue
        events = next(coded)
        output.write(json.dumps({"id": row_id, "events": [event_json(e) for e in events]},
                                ensure_ascii=False) + "\n")
    return CodingSummary(lines=len(rows), failures=failures)


def _parse(line: str) -> tuple[Any, str]:
    """The line's id (None when absent) and text; ValueError saying why it has none."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ValueError('expected an object with a "text" string')
    if len(item["text"]) > MAX_TEXT_CHARS:
        raise ValueError(f'"text" longer than {MAX_TEXT_CHARS:,} characters, not coded')
    row_id = item.get("id")
    if isinstance(row_id, str):
        row_id = replace_lone_surrogates(row_id)
    elif not isinstance(row_id, int | float | bool) and row_id is not None:
        row_id = None  # an object or list as id would not round-trip as one
    return row_id, replace_lone_surrogates(item["text"])


def _progress(texts: list[str], *, quiet: bool) -> Iterable[str]:
    if quiet:
        return texts
    from tqdm import tqdm

    return tqdm(texts, desc="coding", unit="sentence", file=sys.stderr)
