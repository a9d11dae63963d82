"""Reading inputs: files, folders, stdin -> Documents (or InputErrors naming the input).

Each input goes to one reader in ``READERS``: the reader claiming its suffix, else the
first whose ``detect`` accepts its content. All readers decode bytes through
``decode.decode``, so ``Document.content`` has ``\\n`` newlines and no byte-order mark.
Bad input never raises: it becomes an ``InputError`` with a one-line reason, and the
other inputs are still read.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Collection, Iterator
from pathlib import Path

from crosswire.ingest import html, jsonl, text
from crosswire.ingest.decode import MAX_INPUT_BYTES, Unreadable
from crosswire.ingest.types import RawInput, Reader
from crosswire.models import Document, InputError

__all__ = ["MAX_INPUT_BYTES", "MAX_LINE_CHARS", "READERS", "NotRegularFile", "read_bytes",
           "read_inputs", "read_regular_file"]

# First hit wins: JSON before HTML (a JSON line may hold markup), text accepts anything.
READERS: tuple[Reader, ...] = (jsonl, html, text)

# Longest line of plain text read: an article paragraph is a few thousand characters,
# while a single 5 MB line took 2.2 GB to clean. (HTML is exempt: minified pages are one
# line, and their text is found by the HTML extractor.)
MAX_LINE_CHARS = 100_000

STDIN = "-"
STDIN_SOURCE = "<stdin>"


def read_inputs(
    paths: list[str], *, exclude: Collection[str | Path] = ()
) -> Iterator[Document | InputError]:
    """Documents from files, folders (recursively, sorted, hidden ones skipped) and ``-``.

    A file named twice, directly or through its folder, is read once. Folders and files
    in ``exclude`` are passed over when walking a folder (the output folder, say).
    """
    excluded = {os.path.realpath(path) for path in exclude}
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            yield from _read_stdin()
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
                yield from _read_file(file)


def read_bytes(data: bytes, *, source: str) -> Iterator[Document | InputError]:
    """Documents from the bytes of one input; ``source`` names it (its suffix counts)."""
    if len(data) > MAX_INPUT_BYTES:
        yield InputError(source, f"larger than the {MAX_INPUT_BYTES // 2**20} MB limit, not read")
        return
    raw = RawInput(source=source, data=data)
    try:
        if not data.strip() or not raw.decoded.text.strip():
            yield InputError(source, "empty input" if source == STDIN_SOURCE else "empty file")
            return
        if raw.decoded.replaced:
            yield InputError(source, f"{raw.decoded.replaced} invalid UTF-8 byte sequences "
                             "read as U+FFFD, the rest kept")
        for item in _reader_for(raw).read(raw):
            longest = _longest_line(item.content) if isinstance(item, Document) else 0
            if longest > MAX_LINE_CHARS and item.format == "text":
                yield InputError(item.source_path, f"a line of {longest:,} characters (over the "
                                 f"{MAX_LINE_CHARS:,} limit) is no article text: not read")
                continue
            yield item
    except Unreadable as exc:
        yield InputError(source, str(exc))


def _longest_line(text: str) -> int:
    if len(text) <= MAX_LINE_CHARS:
        return len(text)
    return max(map(len, text.split("\n")))


def _reader_for(raw: RawInput) -> Reader:
    for reader in READERS:
        if raw.suffix in reader.SUFFIXES:
            return reader
    return next(reader for reader in READERS if reader.detect(raw))


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


def _read_file(path: str) -> Iterator[Document | InputError]:
    try:
        data = read_regular_file(path, limit=MAX_INPUT_BYTES + 1)  # one more: "too large"
    except OSError as exc:
        yield InputError(path, _os_reason(exc))
        return
    yield from read_bytes(data, source=path)


def _read_stdin() -> Iterator[Document | InputError]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield InputError(STDIN_SOURCE, "no standard input to read")
        return
    yield from read_bytes(stream.read(MAX_INPUT_BYTES + 1), source=STDIN_SOURCE)


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
