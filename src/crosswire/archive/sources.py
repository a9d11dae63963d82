"""Sources beyond local files: WARC archives, RSS/Atom feeds and URLs.

Files, folders and JSON Lines are read by ``crosswire.ingest.read_inputs``; this module
takes over the inputs that reader does not know (URLs, WARC files, feed files, also when
found inside a folder) and hands everything else to it. Like it, it never raises on bad
input: each problem is an ``InputError`` naming the input.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from crosswire.archive.fetch import Fetcher, FetchError
from crosswire.ingest import MAX_INPUT_BYTES, read_bytes, read_inputs, read_regular_file
from crosswire.models import Document, InputError

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom")
# A feed entry whose own content is shorter than this (a teaser) is replaced by the
# page it links to, when fetching is possible.
FEED_MIN_CONTENT_CHARS = 600
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
WARC_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# feedparser holds about 20 times a feed's size in memory (a 200 MB feed took 4.2 GB), so
# feed files are capped like fetched feeds; a real feed is well under 1 MB.
MAX_FEED_BYTES = 10 * 2**20
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
_TAG = re.compile(r"<[^>]+>")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_sources(sources: list[str], *, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """Documents from every source, in the order given."""
    for source in sources:
        if is_url(source):
            yield from read_url(source, fetcher=fetcher)
        elif os.path.isdir(source):
            special = [path for path in _visible_files(Path(source)) if _is_special(path)]
            for path in special:
                yield from _read_special(path, fetcher=fetcher)
            if len(special) < sum(1 for _ in _visible_files(Path(source))):
                yield from read_inputs([source], exclude=special)
        elif _is_special(Path(source)):
            yield from _read_special(Path(source), fetcher=fetcher)
        else:
            yield from read_inputs([source])


def read_url(url: str, *, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """The page at ``url`` (or every entry, when it is a feed)."""
    try:
        fetched = fetcher.fetch(url)
    except FetchError as exc:
        yield InputError(url, str(exc))
        return
    if fetched.content_type in FEED_TYPES or _FEED_START.match(fetched.data[:4096]):
        yield from read_feed(fetched.data, source=url, fetcher=fetcher)
        return
    for item in read_bytes(fetched.data, source=fetched.url):
        yield replace(item, url=fetched.url) if isinstance(item, Document) else item


def read_feed(data: bytes, *, source: str, fetcher: Fetcher | None) -> Iterator[Document | InputError]:
    """One document per feed entry: its own content, or the linked page for a teaser."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield InputError(source, f"no feed entries ({reason})" if reason else "no feed entries")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        content = _entry_content(entry)
        published = _entry_date(entry)
        title = entry.get("title") or None
        if link and fetcher is not None and len(_TAG.sub("", content)) < FEED_MIN_CONTENT_CHARS:
            pages = list(read_url(link, fetcher=fetcher))
            if pages and all(isinstance(page, Document) for page in pages):
                for page in pages:
                    yield replace(page, title=page.title or title, published=published,
                                  outlet=page.outlet or outlet)
                continue
            if not content.strip():
                yield from pages
                continue
        if not content.strip():
            yield InputError(f"{source} entry {n}", "feed entry without content or link")
            continue
        yield Document(
            source_path=f"{source}#entry{n}", content=content,
            format="html" if _TAG.search(content) else "text", id=entry.get("id") or None,
            url=link, title=title, outlet=outlet, published=published,
        )


def read_warc(path: Path) -> Iterator[Document | InputError]:
    """One document per archived HTML or text response in a WARC (or ARC) file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                headers = record.http_headers
                if headers is not None and headers.get_statuscode() not in (None, "200"):
                    continue
                content_type = (headers.get_header("Content-Type") if headers is not None
                                else record.rec_headers.get_header("Content-Type")) or ""
                if content_type.split(";")[0].strip().lower() not in WARC_PAGE_TYPES:
                    continue
                data = record.content_stream().read(MAX_INPUT_BYTES + 1)
                pages += 1
                # bytes the record declares but the file ends before (a cut download)
                missing = getattr(record.raw_stream, "limit", 0)
                if missing and len(data) <= MAX_INPUT_BYTES:
                    yield InputError(f"{path} ({uri})", f"record truncated, {missing} of its "
                                     f"{record.length} bytes missing: skipped")
                    continue
                for item in read_bytes(data, source=uri or str(path)):
                    if isinstance(item, Document):
                        yield replace(item, source_path=str(path), url=uri)
                    else:
                        yield InputError(f"{path} ({uri})", item.message)
    except (OSError, ArchiveLoadFailed, ValueError) as exc:
        yield InputError(str(path), f"unreadable WARC: {str(exc).splitlines()[0]}")
        return
    if pages == 0:
        yield InputError(str(path), "WARC holds no HTML or text responses")


def _read_special(path: Path, *, fetcher: Fetcher) -> Iterator[Document | InputError]:
    if path.name.lower().endswith(WARC_SUFFIXES):
        yield from read_warc(path)
        return
    try:
        data = read_regular_file(path, limit=MAX_FEED_BYTES + 1)
    except OSError as exc:
        yield InputError(str(path), (exc.strerror or str(exc)).lower())
        return
    if len(data) > MAX_FEED_BYTES:
        yield InputError(str(path), f"feed larger than the {MAX_FEED_BYTES // 2**20} MB limit, "
                         "not read")
        return
    yield from read_feed(data, source=str(path), fetcher=fetcher)


def _is_special(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES) or name.endswith(FEED_SUFFIXES):
        return path.is_file()  # FIFOs and the like are left to read_inputs
    if name.endswith(".xml"):
        try:  # a FIFO named feed.xml is left to read_inputs, which names and skips it
            return bool(_FEED_START.match(read_regular_file(path, limit=4096)))
        except OSError:
            return False
    return False


def _visible_files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root, name)


def _entry_content(entry) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None
