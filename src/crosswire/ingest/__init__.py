"""Reading inputs: files, folders, stdin, URLs -> Documents (or InputErrors naming the input).

One registry of readers for every command (``brief``, ``ingest``, ``events``): each input
goes to one reader in ``READERS``, the reader claiming the end of its name, else the
first whose ``detect`` accepts its content. Text readers decode bytes through
``decode.decode``, so ``Document.content`` has ``\\n`` newlines and no byte-order mark.
Bad input never raises: it becomes an ``InputError`` with a one-line reason, and the
other inputs are still read. URLs are read only when the command passes a ``fetch``.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import sys
from collections.abc import Collection, Iterator
from dataclasses import replace
from pathlib import Path

from crosswire.ingest import feed, html, jsonl, text, warc
from crosswire.ingest.decode import MAX_INPUT_BYTES, Unreadable
from crosswire.ingest.types import FetchPage, Page, RawInput, Reader
from crosswire.models import Document, InputError

__all__ = ["MAX_INPUT_BYTES", "MAX_LINE_CHARS", "NO_FETCH", "READERS", "FetchPage", "NotRegularFile", "Page",
           "RawInput", "is_url", "open_input", "read_bytes", "read_inputs", "read_raw",
           "read_regular_file", "read_url", "reader_for", "select_reader"]

# First hit wins: the binary and XML formats first, JSON before HTML (a JSON line may
# hold markup), text accepts anything.
READERS: tuple[Reader, ...] = (warc, feed, jsonl, html, text)

# Longest line of plain text read: an article paragraph is a few thousand characters,
# while a single 5 MB line took 2.2 GB to clean. (HTML is exempt: minified pages are one
# line, and their text is found by the HTML extractor.)
MAX_LINE_CHARS = 100_000

STDIN = "-"
STDIN_SOURCE = "<stdin>"
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
NO_FETCH = "a URL: this command reads files only (`crosswire ingest` fetches pages)"


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def _other_scheme(source: str) -> str | None:
    """The scheme of a URL no command reads ("file", "ftp"), when no file has that name."""
    match = _SCHEME.match(source)
    return match[1].lower() if match and not os.path.lexists(source) else None


def read_inputs(
    paths: list[str], *, exclude: Collection[str | Path] = (), fetch: FetchPage | None = None
) -> Iterator[Document | InputError]:
    """Documents from files, folders (recursively, sorted, hidden ones skipped), ``-``
    and, when ``fetch`` is given, URLs (feeds' teaser entries then become their pages).

    A file named twice, directly or through its folder, is read once. Folders and files
    in ``exclude`` are passed over when walking a folder (the output folder, say).
    """
    excluded = {os.path.realpath(path) for path in exclude}
    seen: set[str] = set()
    for path in paths:
        if is_url(path):
            yield from (read_url(path, fetch=fetch) if fetch else [InputError(path, NO_FETCH)])
            continue
        if path == STDIN:
            yield from _read_stdin(fetch=fetch)
            continue
        scheme = _other_scheme(path)
        if scheme:
            yield InputError(path, f"a {scheme}: URL: only http and https pages are fetched")
            continue
        if os.path.isdir(path):
            files, errors = _files_in_folder(Path(path), excluded=excluded)
            yield from errors
        else:
            files = [path]
        for file in files:
            identity = os.path.realpath(file)
            if identity not in seen:
                seen.add(identity)
                yield from _read_file(file, fetch=fetch)


def read_url(url: str, *, fetch: FetchPage) -> Iterator[Document | InputError]:
    """The page at ``url`` (or every entry, when it is a feed), each Document with its URL."""
    page = fetch(url)
    if isinstance(page, InputError):
        yield page
        return
    raw = RawInput(source=page.url, data=page.data, content_type=page.content_type)
    for item in read_raw(raw, fetch=fetch):
        yield replace(item, url=item.url or page.url) if isinstance(item, Document) else item


def read_bytes(data: bytes, *, source: str, fetch: FetchPage | None = None
               ) -> Iterator[Document | InputError]:
    """Documents from the bytes of one input; ``source`` names it (its suffix counts)."""
    yield from read_raw(RawInput(source=source, data=data), fetch=fetch)


def read_raw(raw: RawInput, *, fetch: FetchPage | None = None) -> Iterator[Document | InputError]:
    """Documents from one input, by the reader its name or content selects."""
    raw = _wired(raw, fetch=fetch)
    reader, notes = select_reader(raw)
    yield from notes
    if reader is None:
        return
    try:
        for item in reader.read(raw):
            longest = _longest_line(item.content) if isinstance(item, Document) else 0
            if longest > MAX_LINE_CHARS and item.format == "text":
                yield InputError(item.source_path, f"a line of {longest:,} characters (over the "
                                 f"{MAX_LINE_CHARS:,} limit) is no article text: not read")
                continue
            yield item
    except Unreadable as exc:
        yield InputError(raw.source, str(exc))


def select_reader(raw: RawInput) -> tuple[Reader | None, list[InputError]]:
    """The reader for ``raw`` and notes on reading it; ``None`` when no reader takes it
    (the one note says why: empty, too large, binary)."""
    empty = InputError(raw.source, "empty input" if raw.source == STDIN_SOURCE else "empty file")
    if not raw.data.strip():
        return None, [empty]
    try:
        reader = reader_for(raw)
        too_large = _too_large(raw, reader)
        if too_large:
            return None, [InputError(raw.source, too_large)]
        if not reader.TEXT:
            return reader, []
        if not raw.decoded.text.strip():
            return None, [empty]
    except Unreadable as exc:
        return None, [InputError(raw.source, str(exc))]
    notes = []
    if raw.decoded.replaced:
        notes.append(InputError(raw.source, f"{raw.decoded.replaced} invalid UTF-8 byte "
                                "sequences read as U+FFFD, the rest kept"))
    return reader, notes


def reader_for(raw: RawInput) -> Reader:
    """The reader claiming the end of the input's name, else the first that detects it.

    Raises ``Unreadable`` when the input is no text any reader takes (a PDF, say)."""
    for reader in READERS:
        if raw.name.endswith(reader.SUFFIXES):
            return reader
    return next(reader for reader in READERS if reader.detect(raw))


def open_input(path: str) -> RawInput | InputError:
    """The bytes of one file or of stdin (``-``), for a command that reads one input."""
    if path == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            return InputError(STDIN_SOURCE, "no standard input to read")
        return RawInput(source=STDIN_SOURCE, data=stream.read(MAX_INPUT_BYTES + 1))
    try:
        data = read_regular_file(path, limit=MAX_INPUT_BYTES + 1)  # one more: "too large"
    except OSError as exc:
        return InputError(path, _os_reason(exc))
    return RawInput(source=path, data=data, path=path)


def _wired(raw: RawInput, *, fetch: FetchPage | None) -> RawInput:
    """``raw`` with the registry's ways to read what it links to and what it holds."""
    read_linked = functools.partial(read_url, fetch=fetch) if fetch else None
    return replace(raw, read_url=read_linked,
                   read_page=lambda data, source: read_bytes(data, source=source))


def _too_large(raw: RawInput, reader: Reader) -> str | None:
    """Why ``raw`` is too large for ``reader``, if it is."""
    if reader.MAX_BYTES is None and raw.path is not None:
        return None  # streamed from its file record by record
    limit = min(reader.MAX_BYTES or MAX_INPUT_BYTES, MAX_INPUT_BYTES)
    if len(raw.data) <= limit:
        return None
    what = "" if limit == MAX_INPUT_BYTES else f"{reader.NAME} "
    return f"{what}larger than the {limit // 2**20} MB limit, not read"


def _longest_line(text: str) -> int:
    if len(text) <= MAX_LINE_CHARS:
        return len(text)
    return max(map(len, text.split("\n")))


class NotRegularFile(OSError):
    """A FIFO, socket or device where a file was expected: reading it could block forever."""


def read_regular_file(path: str | Path, *, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path``.

    Opened without blocking, then checked on the open descriptor (no race with a file
    swapped in between): opening a FIFO for reading would otherwise wait for a writer
    forever. Raises ``NotRegularFile`` or the ``OSError`` of opening (a symlink loop is
    ELOOP).
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        kind = _special_kind(os.fstat(descriptor).st_mode)
        if kind:
            raise NotRegularFile(f"{kind}, not a regular file: skipped")
        return file.read(limit)


def _special_kind(mode: int) -> str | None:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a directory")):
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "not a regular file"


def _read_file(path: str, *, fetch: FetchPage | None) -> Iterator[Document | InputError]:
    raw = open_input(path)
    yield from [raw] if isinstance(raw, InputError) else read_raw(raw, fetch=fetch)


def _read_stdin(*, fetch: FetchPage | None) -> Iterator[Document | InputError]:
    raw = open_input(STDIN)
    yield from [raw] if isinstance(raw, InputError) else read_raw(raw, fetch=fetch)


def _files_in_folder(folder: Path, *, excluded: set[str]) -> tuple[list[str], list[InputError]]:
    """Every visible file under ``folder`` in path order, and the errors met walking it.

    A folder with no such file is one error; a folder whose files are all unreadable is
    not, as each of their errors names its file.
    """
    walk_errors: list[OSError] = []
    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=walk_errors.append):
        dirs[:] = [name for name in dirs
                   if not name.startswith(".") and _kept(Path(root, name), excluded)]
        files += [Path(root, name) for name in names
                  if not name.startswith(".") and _kept(Path(root, name), excluded)]
    errors = [InputError(str(error.filename or folder), _os_reason(error)) for error in walk_errors]
    regular = []
    for file in sorted(files, key=lambda f: f.relative_to(folder).parts):
        reason = _not_readable(file)
        if reason:
            errors.append(InputError(str(file), reason))
        else:
            regular.append(file)
    if not files:
        errors.append(InputError(str(folder), "directory holds no readable files"))
    return [str(file) for file in regular], errors


def _not_readable(path: Path) -> str | None:
    """Why a name found in a folder is no file to read (a FIFO, a symlink loop), if so."""
    try:
        kind = _special_kind(os.stat(path).st_mode)
    except OSError as exc:
        return f"{_os_reason(exc)}: skipped"
    return f"{kind}, not a regular file: skipped" if kind else None


def _kept(path: Path, excluded: set[str]) -> bool:
    return not excluded or os.path.realpath(path) not in excluded


def _os_reason(error: OSError) -> str:
    """"no such file or directory", "permission denied": the system's words, as a clause."""
    reason = error.strerror or str(error)
    return reason[:1].lower() + reason[1:]
