"""All visible text of an HTML page, one line per block: what a naive scraper keeps."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# Elements whose content a reader never sees.
INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"}
)
# Elements that start a new line in a browser.
BLOCK_TAGS = frozenset(
    """address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section
    summary table tbody thead tfoot td th tr ul option select textarea button label""".split()
)
_SPACES = re.compile(r"\s+")


def visible_text(html: str) -> str:
    """The page's visible text, each block element on its own line, blank lines dropped."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    return visible_text_of(root)


def visible_text_of(root: lxml.html.HtmlElement) -> str:
    """``visible_text`` of a page already parsed (the tree is only read)."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            if element.tail:
                current.append(element.tail)
            continue
        tag = element.tag
        if event == "start":
            if tag in INVISIBLE_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
            if element.text:
                current.append(element.text)
            continue
        if tag in BLOCK_TAGS:
            flush()
        if element.tail and element is not root:
            current.append(element.tail)
    flush()
    return "\n".join(lines)
