"""JSON Lines (one article object a line) and JSON (one object, or a list of them).

Each object needs ``text`` or ``html`` (``html`` is used when both are present) and may
declare ``id, url, title, outlet, published, language``. A bad line is reported with
its line number and the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from crosswire.ingest.decode import normalise_newlines, replace_lone_surrogates
from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError, InputFormat

SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".json", ".jsonlines")
METADATA_FIELDS = ("url", "title", "outlet", "published", "language")
# Bad records listed one by one per file; the rest are counted in one line, so a file
# that is not JSON Lines at all does not flood the terminal.
MAX_ERRORS_PER_FILE = 20

_NOT_JSON = object()


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


def read(raw: RawInput) -> Iterator[Document | InputError]:
    text = raw.decoded.text
    # A whole-file parse first, so a pretty-printed .json object or list is read as one;
    # on JSON Lines it stops at the end of the first line ("Extra data").
    whole = _parse(text) if text.lstrip().startswith(("{", "[")) else _NOT_JSON
    if isinstance(whole, dict):
        records: Iterator[_Record] = iter([(None, raw.source, whole)])
    elif isinstance(whole, list):
        records = ((f"item {n}", f"{raw.source}:item {n}", item) for n, item in enumerate(whole, 1))
    else:
        records = _lines(text, source=raw.source)
    errors = 0
    for where, source, record in records:
        record, repaired = _without_lone_surrogates(record)
        item = _document(record, source=source, encoding=raw.decoded.encoding)
        if isinstance(item, Document):
            prefix = f"{where}: " if where else ""
            if repaired:
                fields = ", ".join(f'"{name}"' for name in repaired)
                yield InputError(raw.source, f"{prefix}lone surrogates in {fields} read as U+FFFD")
            if item.url and not _valid_url(item.url):
                yield InputError(raw.source, f'{prefix}"url" {item.url!r} is not a valid URL: '
                                 "ignored")
                item = replace(item, url=None)
            yield item
            continue
        errors += 1
        if errors <= MAX_ERRORS_PER_FILE:
            yield InputError(raw.source, f"{where}: {item}" if where else item)
    if errors > MAX_ERRORS_PER_FILE:
        yield InputError(raw.source, f"{errors - MAX_ERRORS_PER_FILE} more bad records not listed")


# (where, as in "line 7", for errors; source_path of its document; the parsed value,
# or a ValueError saying why the line is not JSON)
_Record = tuple[str | None, str, Any]


def _lines(text: str, *, source: str) -> Iterator[_Record]:
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other line breaks
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            yield where, f"{source}:{number}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, source, ValueError(f"invalid JSON: {exc.msg} (column {exc.colno})")
        except RecursionError:
            yield where, source, ValueError("invalid JSON: nested too deeply")


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
