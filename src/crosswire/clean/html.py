"""Cleaning HTML: trafilatura finds the main text, the line rules tidy what it kept.

Offsets point into the HTML source: each kept paragraph is found there again by search
(``crosswire.clean.locate``), exactly when the page holds it verbatim, approximately
(``exact=False``) when entities or inline tags break it up.
"""

from __future__ import annotations

import html as html_lib
import re

import trafilatura

from crosswire.clean.lines import split_lines
from crosswire.clean.locate import SourceLocator
from crosswire.clean.page_metadata import read_page_metadata
from crosswire.clean.text import clean_text
from crosswire.clean.visible import visible_text, visible_text_of
from crosswire.models import Cleaned, PageMetadata, Removed, Segment

REASON_NOT_MAIN = "not main content (HTML extraction)"
# trafilatura's precision mode keeps the article and drops the rest, except on pages where
# it drops most of the article too; there its default mode's text is the article. F1 with
# the line rules after (ScrapingHub 4-gram F1; WCXB word F1, tune part), before the
# visible-text fallback below: precision mode 0.965 and 0.908, default mode 0.963 and
# 0.931, precision mode unless it keeps under 30% of the default's words 0.970 and 0.932.
PRECISE_MIN_SHARE = 0.3
# Below this many words the extraction has most likely missed the article (a paywall
# notice, a consent banner); one page in 181 of the ScrapingHub set, where cleaning the
# visible text instead recovers it.
FALLBACK_BELOW_WORDS = 50

_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(
    r"<meta[^>]+property=[\"']og:title[\"'][^>]+content=[\"']([^\"']*)[\"']", re.IGNORECASE
)
_SPACES = re.compile(r"\s+")


def clean_html(source: str, *, known_title: str | None = None, url: str | None = None) -> Cleaned:
    """Main text of an HTML page with removed pieces and approximate offsets into the HTML,
    and what the page declares about itself (headline, author, dates)."""
    # One parse serves all: trafilatura extracts from a copy of the tree it is given, and
    # the visible text and the page's metadata only read it.
    tree = trafilatura.load_html(source)
    extracted, page = "", PageMetadata()
    if tree is None:
        visible = visible_text(source)
    else:
        precise, broad = (trafilatura.extract(tree, include_comments=False,
                                              favor_precision=favor_precision) or ""
                          for favor_precision in (True, False))
        short = len(precise.split()) < PRECISE_MIN_SHARE * len(broad.split())
        extracted = broad if short else precise
        visible = visible_text_of(tree)
        page = read_page_metadata(tree, url=url, visible=visible)
    title = known_title or page_title(source)
    tidied = clean_text(extracted, known_title=title, find_region=False, find_title=False)
    if len(tidied.text.split()) < FALLBACK_BELOW_WORDS:
        # the extractor found next to nothing: clean the page's visible text instead
        fallback = clean_text(visible, known_title=title, find_title=False)
        if len(fallback.text.split()) > len(tidied.text.split()):
            tidied = fallback
    locator = SourceLocator(source)
    segments = []
    position = 0
    for paragraph in tidied.text.split("\n") if tidied.text else []:
        start, length, exact = locator.find(paragraph)
        segments.append(Segment(position, start, len(paragraph), length, exact))
        position += len(paragraph) + 1
    removed = [_relocated(piece, locator) for piece in tidied.removed]
    accounted = [tidied.text] + [piece.text for piece in tidied.removed]
    removed.extend(_not_extracted(visible, "\n".join(accounted), locator))
    removed.sort(key=lambda piece: piece.source_start)
    return Cleaned(text=tidied.text, removed=removed, segments=segments,
                   title=tidied.title or title, page=page)


def page_title(source: str) -> str | None:
    """The page's own title (Open Graph first, then <title>), unescaped."""
    for pattern in (_OG_TITLE, _TITLE_TAG):
        found = pattern.search(source)
        if found:
            title = _SPACES.sub(" ", html_lib.unescape(found.group(1))).strip()
            if title:
                return title
    return None


def _relocated(piece: Removed, locator: SourceLocator) -> Removed:
    start, length, _ = locator.find(piece.text)
    return Removed(piece.text, piece.reason, start, start + length)


def _not_extracted(visible: str, accounted: str, locator: SourceLocator) -> list[Removed]:
    """Runs of visible lines the extractor left out, each reported as one coarse piece."""
    kept = {_SPACES.sub(" ", line.text) for line in split_lines(accounted)}
    pieces: list[Removed] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            first_start, _, _ = locator.find(run[0])
            last_start, last_length, _ = locator.find(run[-1])
            end = max(first_start, last_start + last_length)
            pieces.append(Removed("\n".join(run), REASON_NOT_MAIN, first_start, end))
            run.clear()

    locator.rewind()
    for line in visible.split("\n"):
        if line and line not in kept:
            run.append(line)
        else:
            close_run()
    close_run()
    return pieces
