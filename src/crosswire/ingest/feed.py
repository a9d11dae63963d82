"""RSS and Atom feeds: one document per entry, its own content or the page it links to.

An entry whose content is only a teaser is replaced by the linked page when the command
fetches (``RawInput.read_url``: ``crosswire ingest``); otherwise its teaser is read.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError

NAME = "feed"
SUFFIXES: tuple[str, ...] = (".rss", ".atom")
TEXT = False  # feedparser decodes the bytes itself, by the feed's declared encoding
# feedparser holds about 20 times a feed's size in memory (a 200 MB feed took 4.2 GB), so
# feeds are capped well below other inputs; a real feed is well under 1 MB.
MAX_BYTES: int | None = 10 * 2**20
# A feed entry whose own content is shorter than this (a teaser) is replaced by the
# page it links to, when fetching is possible.
MIN_CONTENT_CHARS = 600
MEDIA_TYPES = ("application/rss+xml", "application/atom+xml")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b")
_XML_DECLARATION = re.compile(rb"<\?xml[^>]*>")
_TAG = re.compile(r"<[^>]+>")


def detect(raw: RawInput) -> bool:
    media_type = raw.content_type.split(";")[0].strip().lower()
    return media_type in MEDIA_TYPES or bool(_FEED_ROOT.match(_skip_prolog(raw.data[:4096])))


def _skip_prolog(head: bytes) -> bytes:
    """``head`` from its root element on: byte-order mark, XML declaration and leading
    comments skipped. A loop, not a regex: ``(<!--.*?-->)*`` backtracks exponentially."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    declaration = _XML_DECLARATION.match(head)
    if declaration:
        head = head[declaration.end():].lstrip()
    while head.startswith(b"<!--"):
        end = head.find(b"-->", 4)
        if end < 0:
            return b""
        head = head[end + 3:].lstrip()
    return head


def read(raw: RawInput) -> Iterator[Document | InputError]:
    import feedparser

    parsed = feedparser.parse(raw.data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield InputError(raw.source, f"no feed entries ({reason})" if reason else "no feed entries")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        content = _entry_content(entry)
        published = _entry_date(entry)
        title = entry.get("title") or None
        if link and raw.read_url is not None and len(_TAG.sub("", content)) < MIN_CONTENT_CHARS:
            pages = list(raw.read_url(link))
            if pages and all(isinstance(page, Document) for page in pages):
                for page in pages:
                    yield replace(page, title=page.title or title, published=published,
                                  outlet=page.outlet or outlet)
                continue
            if not content.strip():
                yield from pages
                continue
        if not content.strip():
            yield InputError(f"{raw.source} entry {n}", "feed entry without content"
                             + (" (its link is fetched only by `crosswire ingest`)" if link else
                                " or link"))
            continue
        yield Document(
            source_path=f"{raw.source}#entry{n}", content=content,
            format="html" if _TAG.search(content) else "text", id=entry.get("id") or None,
            url=link, title=title, outlet=outlet, published=published,
        )


def _entry_content(entry: Any) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None
