"""WARC (and ARC) web archives: one document per archived HTML or text response.

A file is streamed record by record, so an archive of any size is read in bounded
memory; each record's page goes through the same reading as a file (``RawInput.read_page``).
"""

from __future__ import annotations

import io
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import BinaryIO

from crosswire.ingest.decode import MAX_INPUT_BYTES
from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError

NAME = "WARC"
SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")
TEXT = False
MAX_BYTES: int | None = None
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# What a WARC record or an ARC file opens with.
_STARTS = (b"WARC/", b"filedesc://")



def detect(raw: RawInput) -> bool:
    head = raw.data[:4096]
    if head.startswith(b"\x1f\x8b"):
        try:  # a gzipped WARC compresses each record on its own: the first opens it
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(_STARTS)


def read(raw: RawInput) -> Iterator[Document | InputError]:
    """Every archived page of ``raw``, streamed from its file when it has one, each read
    as any input is (``raw.read_page``)."""
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    # pages answered with another status than 200 (redirects, errors): not articles, but
    # the user should know the crawl held them, so they are counted and named once
    statuses: Counter[str] = Counter()
    try:
        with _stream(raw) as stream:
            records = _quiet_records(stream)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                headers = record.http_headers
                content_type = (headers.get_header("Content-Type") if headers is not None
                                else record.rec_headers.get_header("Content-Type")) or ""
                if content_type.split(";")[0].strip().lower() not in PAGE_TYPES:
                    continue
                status = headers.get_statuscode() if headers is not None else None
                if status not in (None, "200"):
                    statuses[status or "without a status"] += 1
                    continue
                data = record.content_stream().read(MAX_INPUT_BYTES + 1)
                pages += 1
                # bytes the record declares but the file ends before (a cut download)
                missing = getattr(record.raw_stream, "limit", 0)
                where = f"{raw.source} ({uri})"
                if missing and len(data) <= MAX_INPUT_BYTES:
                    yield InputError(where, f"record truncated, {missing} of its "
                                     f"{record.length} bytes missing: skipped")
                    continue
                for item in raw.read_page(data, uri or raw.source):
                    if isinstance(item, Document):
                        yield replace(item, source_path=raw.source, url=uri)
                    else:
                        yield InputError(where, item.message)
    except (OSError, EOFError, zlib.error, ArchiveLoadFailed, ValueError,
            AttributeError, TypeError, KeyError, IndexError) as exc:
        # warcio's parser meets hostile bytes with whatever its code trips on (a response
        # without a target URI is an AttributeError): each is one unreadable file.
        internal = isinstance(exc, AttributeError | TypeError | KeyError | IndexError)
        reason = "a malformed record" if internal else (str(exc) or type(exc).__name__)
        reason = reason.splitlines()[0]
        yield InputError(raw.source, f"unreadable WARC: {reason}")
        return
    if records.err_count:
        count = records.err_count
        yield InputError(raw.source, f"{count} malformed record{'s' * (count > 1)}: a "
                         "Content-Length that does not match what follows, the rest read on")
    if statuses:
        named = ", ".join(f"{count} x HTTP {status}" for status, count in sorted(statuses.items()))
        yield InputError(raw.source, f"{sum(statuses.values())} archived pages not read, "
                         f"their response was not 200 OK ({named})")
    elif pages == 0:
        yield InputError(raw.source, "WARC holds no HTML or text responses")


def _quiet_records(stream: BinaryIO) -> Iterator:
    """warcio's records of ``stream``, without the warning it writes to stderr for each
    record whose Content-Length is wrong (three lines naming no file): the reader reports
    those itself."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream, arc2warc=True)
    records.INC_RECORD = ""  # written as is, for each record counted in ``err_count``
    return records


def _stream(raw: RawInput) -> BinaryIO:
    if raw.path is not None:
        return open(raw.path, "rb")  # noqa: SIM115 - closed by the caller's with
    return io.BytesIO(raw.data)

