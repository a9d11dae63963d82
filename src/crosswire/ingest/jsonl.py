"""JSON Lines (one article object a line) and JSON (one object, or a list of them).

Each object needs ``text`` or ``html`` (``html`` is used when both are present) and may
declare ``id, url, title, outlet, published, language``. A bad line is reported with
its line number and the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from crosswire.ingest.decode import MAX_INPUT_BYTES, normalise_newlines, replace_lone_surrogates
from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError, InputFormat

NAME = "JSON"
SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".json", ".jsonlines")
TEXT = True
MAX_BYTES: int | None = MAX_INPUT_BYTES
METADATA_FIELDS = ("url", "title", "outlet", "published", "language")
# Bad records listed one by one per file; the rest are counted in one line, so a file
# that is not JSON Lines at all does not flood the terminal.
MAX_ERRORS_PER_FILE = 20

_NOT_JSON = object()
_BLANK = object()


def detect(raw: RawInput) -> bool:
    """A first non-blank line that is a JSON object, or opens like one ('{"'), or JSON."""
    text = raw.decoded.text.lstrip()
    first_line = text.split("\n", 1)[0].strip()
    if first_line.startswith('{"') or isinstance(_parse(first_line), dict):
        return True
    if text.startswith(("{", "[")):
        whole = _parse(text)
        return isinstance(whole, dict) or (
            isinstance(whole, list) and bool(whole) and isinstance(whole[0], dict)
        )
    return False


@dataclass(frozen=True)
class Entry:
    """What one line (or one item of a JSON list) holds: its number, the document read
    from it or why none was (``None``: a blank line), and notes on what was repaired."""

    number: int
    item: Document | InputError | None
    notes: tuple[InputError, ...] = ()


def read(raw: RawInput) -> Iterator[Document | InputError]:
    errors = 0
    for entry in entries(raw):
        yield from entry.notes
        if isinstance(entry.item, InputError):
            errors += 1
            if errors > MAX_ERRORS_PER_FILE:
                continue
        if entry.item is not None:
            yield entry.item
    if errors > MAX_ERRORS_PER_FILE:
        yield InputError(raw.source, f"{errors - MAX_ERRORS_PER_FILE} more bad records not listed")


def entries(raw: RawInput) -> Iterator[Entry]:
    """Every line of ``raw`` in order, blank ones too (or every item of a JSON list)."""
    text = raw.decoded.text
    # A whole-file parse first, so a pretty-printed .json object or list is read as one;
    # on JSON Lines it stops at the end of the first line ("Extra data").
    whole = _parse(text) if text.lstrip().startswith(("{", "[")) else _NOT_JSON
    if isinstance(whole, dict) and "\n" in text.strip():  # one object, pretty-printed
        records: Iterator[_Record] = iter([(1, None, raw.source, whole)])
    elif isinstance(whole, dict):  # one object on one line, maybe among blank lines
        records = ((number, None, raw.source, record) if record is not _BLANK else
                   (number, where, source, record)
                   for number, where, source, record in _lines(text, source=raw.source))
    elif isinstance(whole, list):
        records = ((n, f"item {n}", f"{raw.source}:item {n}", item)
                   for n, item in enumerate(whole, 1))
        if not whole:
            records = iter([(1, None, raw.source, ValueError("an empty JSON list"))])
    else:
        records = _lines(text, source=raw.source)
    for number, where, source, record in records:
        if record is _BLANK:
            yield Entry(number, None)
            continue
        record, repaired = _without_lone_surrogates(record)
        item = _document(record, source=source, encoding=raw.decoded.encoding)
        prefix = f"{where}: " if where else ""
        if not isinstance(item, Document):
            yield Entry(number, InputError(raw.source, prefix + item))
            continue
        notes = []
        if repaired:
            fields = ", ".join(f'"{name}"' for name in repaired)
            notes.append(InputError(raw.source, f"{prefix}lone surrogates in {fields} read as "
                                    "U+FFFD"))
        if item.url and not _valid_url(item.url):
            notes.append(InputError(raw.source, f'{prefix}"url" {item.url!r} is not a valid '
                                    "URL: ignored"))
            item = replace(item, url=None)
        yield Entry(number, item, tuple(notes))


# (line or item number; where, as in "line 7", for errors; source_path of its document;
# the parsed value, a ValueError saying why the line is not JSON, or _BLANK)
_Record = tuple[int, str | None, str, Any]


def _lines(text: str, *, source: str) -> Iterator[_Record]:
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other line breaks
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the newline ending the last line opens no line of its own
    for number, line in enumerate(lines, 1):
        where = f"line {number}"
        if not line.strip():
            yield number, where, source, _BLANK
            continue
        try:
            yield number, where, f"{source}:{number}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, where, source, ValueError(f"invalid JSON: {exc.msg} (column {exc.colno})")
        except RecursionError:
            yield number, where, source, ValueError("invalid JSON: nested too deeply")


def _valid_url(url: str) -> bool:
    """Whether ``url`` can be taken apart (a stray "[" reads as a broken IPv6 host)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing the port is what raises on a bad one
    except ValueError:
        return False
    return True


def _without_lone_surrogates(record: Any) -> tuple[Any, list[str]]:
    """The record with lone surrogates in its string fields replaced, and those fields.

    JSON may escape half a surrogate pair ("\\ud800"); such a string cannot be written as
    UTF-8 (brief.json, the archive), so each becomes U+FFFD and the record is kept.
    """
    if not isinstance(record, dict):
        return record, []
    repaired = {name: replace_lone_surrogates(value) for name, value in record.items()
                if isinstance(value, str)}
    repaired = {name: value for name, value in repaired.items() if value != record[name]}
    return {**record, **repaired}, list(repaired)


def _document(record: Any, *, source: str, encoding: str) -> Document | str:
    """The record as a Document, or the reason it is not one."""
    if isinstance(record, ValueError):
        return str(record)
    if not isinstance(record, dict):
        return f"expected a JSON object, got {_json_type(record)}"
    input_format: InputFormat
    for input_format in ("html", "text"):  # html first: it keeps the structure cleaning uses
        content = record.get(input_format)
        if isinstance(content, str) and content.strip():
            break
    else:
        if "html" in record or "text" in record:
            return 'empty or non-string "text"/"html" field'
        return 'no "text" or "html" field'
    return Document(
        source_path=source,
        content=normalise_newlines(content),
        format=input_format,
        id=_identifier(record.get("id")),
        encoding=encoding,
        **{name: _string(record.get(name)) for name in METADATA_FIELDS},
    )


def _identifier(value: Any) -> str | None:
    """Ids are often numbers in exported data; keep them, as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _string(value)


def _string(value: Any) -> str | None:
    """A declared metadata value; anything but a non-blank string counts as undeclared."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return _NOT_JSON


def _json_type(value: Any) -> str:
    names = {list: "a list", str: "a string", bool: "a boolean", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
