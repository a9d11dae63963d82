"""HTML pages: read and decoded, not extracted (``decode`` honours a declared charset).

Finding the article body in the page is the cleaning stage's job; this reader only
decides that the input is HTML and hands over its decoded source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosswire.ingest.decode import MAX_INPUT_BYTES
from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError

NAME = "HTML"
SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml")
TEXT = True
MAX_BYTES: int | None = MAX_INPUT_BYTES

# What only an HTML page starts with, once leading comments are skipped.
_HTML_START = re.compile(r"<(!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|article|section|header|footer|nav"
    r"|main|body|head|title|meta|link|script|style|img|em|strong|b|i|blockquote|figure)\b[^<>]*>",
    re.IGNORECASE,
)
# A page fragment without <html> (a scraped body, "<p>...</p><p>...</p>") still counts as
# HTML from this many known tags on. Plain-text articles have almost none (837 of the 840
# PolNeAR texts have 0, three keep one stray link: 2), and two paragraphs make 4. All 181
# ScrapingHub pages, read without their suffix, are sniffed as HTML.
MIN_HTML_TAGS = 4
# Characters looked at when sniffing: tags start early in any page or fragment.
SNIFF_CHARS = 65536


def detect(raw: RawInput) -> bool:
    head = raw.decoded.text[:SNIFF_CHARS]
    if _HTML_START.match(_skip_comments(head)):
        return True
    if head.lstrip().startswith("<?xml") and "<html" in head[:2048].lower():
        return True
    return sum(1 for _ in _HTML_TAG.finditer(head)) >= MIN_HTML_TAGS


def read(raw: RawInput) -> Iterator[Document | InputError]:
    decoded = raw.decoded
    yield Document(source_path=raw.source, content=decoded.text, format="html",
                   encoding=decoded.encoding)



def _skip_comments(text: str) -> str:
    """``text`` from its first character outside leading whitespace and <!-- comments -->.

    A loop, not a regex: ``(<!--.*?-->)*`` backtracks exponentially on many comments.
    """
    text = text.lstrip()
    while text.startswith("<!--"):
        end = text.find("-->", 4)
        if end < 0:
            return ""
        text = text[end + 3:].lstrip()
    return text
