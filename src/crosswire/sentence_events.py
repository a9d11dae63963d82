"""`crosswire events`: PLOVER coding of standalone sentences, one JSON line out per row in.

The input is read by the one reader registry (``crosswire.ingest``), so every format
and every bad input is read as ``brief`` and ``ingest`` read it. Rows: in JSON Lines,
each line (``{"id", "text"}``; ``html`` is cleaned first); in plain text, each line; in
any other format (HTML, a feed, a WARC), each document's clean text. Line N of the
output always answers row N of the input, blank lines included; a row that cannot be
coded is answered with an empty event list and an ``error`` field, and reported in one
line naming the file and the line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import IO, Any

from spacy.language import Language

from crosswire.briefing.render_plover import event_json, json_line
from crosswire.clean import clean
from crosswire.ingest import jsonl, open_input, read_raw, select_reader, text
from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError
from crosswire.nlp import code_texts, load_nlp

# A row's text is one sentence or a short passage; past this it is not, and spaCy
# refuses texts over its max_length (1,000,000 characters) anyway, ending the whole run.
MAX_TEXT_CHARS = 100_000


class UnreadableInput(Exception):
    """The input file as a whole cannot be read; the message is one line naming it."""


@dataclass(frozen=True)
class Row:
    """One answer to write: its id, the text to code (``None``: none), why not, if so,
    and notes on what reading it repaired."""

    id: Any
    text: str | None
    error: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CodingSummary:
    lines: int  # input rows answered, blank ones included
    failures: int  # rows answered with an error

    @property
    def all_failed(self) -> bool:
        return self.failures > 0 and self.failures == self.lines


def read_rows(path: str, *, on_error: Callable[[str], None] = lambda message: None
              ) -> list[Row]:
    """The rows of ``path`` (``-``: standard input); raises ``UnreadableInput`` when the
    input as a whole cannot be read. Notes on the whole input go to ``on_error``."""
    raw = open_input(path)
    if isinstance(raw, InputError):
        raise UnreadableInput(f"{raw.source}: {raw.message}")
    reader, notes = select_reader(raw)
    if reader is None:
        raise UnreadableInput(f"{notes[0].source}: {notes[0].message}")
    if reader is jsonl:
        for note in notes:
            on_error(str(note))
        return list(_json_rows(raw))
    items = list(read_raw(raw))
    documents = [item for item in items if isinstance(item, Document)]
    if not documents:
        first = items[0] if items else InputError(raw.source, "nothing to read")
        raise UnreadableInput(f"{first.source}: {first.message}")
    for item in items:
        if isinstance(item, InputError):
            on_error(str(item))
    if reader is text:
        lines = documents[0].content.split("\n")
        lines = lines[:-1] if lines and lines[-1] == "" else lines
        return [_row(number, line, source=raw.source, where=f"line {number}")
                for number, line in enumerate(lines, 1)]
    return [_row(document.id or document.url or document.source_path, _text(document),
                 source=raw.source, where=document.source_path)
            for document in documents]


def _json_rows(raw: RawInput) -> Iterable[Row]:
    for entry in jsonl.entries(raw):
        if entry.item is None:
            yield Row(entry.number, "")
        elif isinstance(entry.item, InputError):
            yield Row(entry.number, None, str(entry.item))
        else:
            row = _row(entry.item.id or entry.number, _text(entry.item), source=raw.source,
                       where=f"line {entry.number}", number=entry.number)
            yield replace(row, notes=tuple(str(note) for note in entry.notes))


def _row(row_id: Any, text: str, *, source: str, where: str, number: Any = None) -> Row:
    if len(text) > MAX_TEXT_CHARS:
        return Row(number if number is not None else row_id, None,
                   f'crosswire: {source}: {where}: "text" longer than {MAX_TEXT_CHARS:,} '
                   "characters, not coded")
    return Row(row_id, text)


def _text(document: Document) -> str:
    return clean(document).text if document.format == "html" else document.content


def code_rows(rows: Iterable[Row], *, output: IO[str],
              on_error: Callable[[str], None] = lambda message: None,
              quiet: bool = False, nlp: Language | None = None) -> CodingSummary:
    """Code every row; one output line per row, in order."""
    rows = list(rows)
    for row in rows:
        for message in (*row.notes, *([row.error] if row.error else [])):
            on_error(message)
    nlp = nlp or load_nlp()
    texts = [row.text for row in rows if row.text and row.text.strip()]
    coded = iter(code_texts(_progress(texts, quiet=quiet), nlp=nlp))
    failures = 0
    for row in rows:
        answer: dict[str, Any] = {"id": row.id, "events": []}
        if row.text and row.text.strip():
            answer["events"] = [event_json(event) for event in next(coded)]
        elif row.error:
            failures += 1
            answer["error"] = row.error
        output.write(json_line(answer))
    return CodingSummary(lines=len(rows), failures=failures)


def _progress(texts: list[str], *, quiet: bool) -> Iterable[str]:
    if quiet:
        return texts
    from tqdm import tqdm

    return tqdm(texts, desc="coding", unit="sentence", file=sys.stderr)
