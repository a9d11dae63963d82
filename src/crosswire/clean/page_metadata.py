"""What an HTML page declares about itself: headline, author, publisher and dates, with
their sources.

Read from the tree the cleaning stage already parsed: the date shown with the headline,
JSON-LD (the publisher's own structured record), meta tags, microdata, ``<time pubdate>``
and trafilatura's metadata reader (author, a fallback title, and htmldate's pick of a date
among the markup, the URL and the page text). Choosing among the dates is the metadata stage's job
(``crosswire.metadata.published``); this module only says what the page gives and where.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

from crosswire.knowledge.page_dates import UPDATE_WORDS, full_dates_in, url_days
from crosswire.models import PageDate, PageMetadata

# Meta tags that carry a publication or modification date, by their name or property.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date",
    "parsely-pub-date", "article.published",
)
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "last-modified", "dc.date.modified", "dcterms.modified",
)
# Where the date shown with the headline is looked for: lines of visible text around it.
HEADLINE_LINES_BEFORE = 3
HEADLINE_LINES_AFTER = 15
DATE_LINE_MAX_CHARS = 80
# JSON-LD types that describe the page's own article (not its site, breadcrumbs or images).
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report|Review|Recipe|HowTo|NewsArticle", re.I)
_SPACES = re.compile(r"\s+")
_WEB_ADDRESS = re.compile(r"https?://[^/?#]+\.[^/?#]+", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MAX_CHARS = 300
# What bylines put before the name; measured on WCXB pages (tune part), author right
# 65% as trafilatura finds it, 72% with JSON-LD and <meta name=author> first and this cut.
_BYLINE_LEAD = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}by\s+|authors?\s*:?\s+|read\s+more\s+about\s+)", re.IGNORECASE)

# trafilatura and htmldate log every page they find nothing on.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def read_page_metadata(tree: HtmlElement, *, url: str | None = None,
                       visible: str = "") -> PageMetadata:
    """Headline, author and dates the page gives for itself; ``tree`` is left as it was.

    ``visible`` is the page's visible text, one block a line, where the date shown with
    the headline is looked for.
    """
    records = _json_ld_records(tree)
    library = extract_metadata(tree, default_url=url)
    headline = _headline(tree, records)
    dates = [*_json_ld_dates(records), *_meta_dates(tree), *_microdata_dates(tree),
             *_time_pubdate(tree)]
    if library.date:
        dates.append(PageDate(library.date, "htmldate", "found"))
    # What tells a numeric date's order: the URL, the declared publication dates and the
    # days <time> elements give in ISO form (htmldate's pick may have read the very line
    # in question).
    declared = [page_date.value for page_date in dates if page_date.kind == "published"]
    known = url_days(url or "") | _iso_days([*declared, *tree.xpath(".//time/@datetime")])
    shown = _date_by_headline(visible, headline, known=known) if headline else None
    if shown:
        dates.insert(0, shown)
    author = _json_ld_author(records) or _meta_author(tree) or _byline(library.author)
    return PageMetadata(title=headline or _tidy(library.title), author=author,
                        dates=tuple(dates), site_name=_site_name(tree, records),
                        url=_canonical_url(tree))


def _canonical_url(tree: HtmlElement) -> str | None:
    """Where the page says it lives (``<link rel=canonical>``, ``og:url``): a saved page's
    only record of its address. Relative or non-web addresses say nothing."""
    for value in [*tree.xpath('.//link[@rel="canonical"]/@href'),
                  *tree.xpath('.//meta[@property="og:url"]/@content')]:
        value = value.strip()
        if _WEB_ADDRESS.match(value) and not _SPACES.search(value):
            return value[:_MAX_CHARS]
    return None


def _site_name(tree: HtmlElement, records: list[dict[str, Any]]) -> str | None:
    """The publisher the page names for itself: its article record's ``publisher``, else
    ``og:site_name``. (Not trafilatura's sitename, which may be guessed from <title>.)"""
    for record in records:
        if _ARTICLE_TYPE.search(str(record.get("@type"))):
            names = [_tidy(name) for name in _author_names(record.get("publisher"))]
            if names and names[0]:
                return names[0]
    for content in tree.xpath('.//meta[@property="og:site_name"]/@content'):
        if _tidy(content):
            return _tidy(content)
    return None


def _json_ld_author(records: list[dict[str, Any]]) -> str | None:
    """The names in the first record that names an author: "A; B" for several."""
    for record in records:
        names = [_tidy(name) for name in _author_names(record.get("author"))]
        if any(names):
            return "; ".join(name for name in names if name)
    return None


def _author_names(author: Any) -> list[str]:
    if isinstance(author, str):
        return [author]
    if isinstance(author, dict):
        name = author.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(author, list):
        return [name for item in author for name in _author_names(item)]
    return []


def _meta_author(tree: HtmlElement) -> str | None:
    for content in tree.xpath('.//meta[@name="author"]/@content'):
        author = _tidy(content)
        if author and "://" not in author:
            return author
    return None


def _byline(found: str | None) -> str | None:
    """trafilatura's byline without its lead-in: "Recipe by A", "Written by A", "Author A"."""
    author = _BYLINE_LEAD.sub("", _tidy(found) or "").strip()
    return author or None


def _date_by_headline(visible: str, headline: str, *, known: set[date]) -> PageDate | None:
    """The date on the date line nearest the headline: the date the reader is shown.

    Measured on WCXB pages: a date line within three lines above or fifteen below the
    headline is the annotated date more often than any date in the markup. The nearest
    wins, below before above at the same distance: lists of other stories with their
    dates sit above headlines and beside bylines, further away. A date line is short, or
    opens with its date ("03/01/2017 by A, the committee's representative to ..."). A line
    that calls its date an update gives a modification date. ``known`` are days the URL
    and markup give, which tell how the page orders a numeric date.
    """
    lines = visible.splitlines()
    at = next((number for number, line in enumerate(lines) if line.strip() == headline), None)
    if at is None:
        return None
    # The headline itself is left out: a date in it names what the story is about.
    around = [lines[number] for distance in range(1, HEADLINE_LINES_AFTER + 1)
              for number in (at + distance, at - distance)
              if 0 <= number < len(lines) and -HEADLINE_LINES_BEFORE <= number - at]
    for line in around:
        stated = full_dates_in(line, known=known)
        if stated and (len(line) <= DATE_LINE_MAX_CHARS or stated[0][0] == 0):
            start, day = stated[0]
            kind = "shown update" if UPDATE_WORDS.search(line[:start]) else "shown"
            return PageDate(day.isoformat(), f"shown with the headline ({line.strip()})", kind)
    return None


def _headline(tree: HtmlElement, records: list[dict[str, Any]]) -> str | None:
    """The headline the reader sees (the first <h1>), else the article record's, else Open
    Graph's. Measured on WCXB pages: the <h1> matches the annotated title far more often
    than <title> or og:title, which carry the site's name and search-engine wording."""
    for heading in tree.iterfind(".//h1"):
        text = _tidy(heading.text_content())
        if text:
            return text
    for record in records:
        headline = record.get("headline")
        if isinstance(headline, str) and _tidy(headline):
            return _tidy(headline)
    for content in tree.xpath('.//meta[@property="og:title"]/@content'):
        if _tidy(content):
            return _tidy(content)
    return None


def _json_ld_records(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every object in the page's JSON-LD, article objects first, each in page order."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # a malformed block says nothing; the page's other sources still may
        found.extend(_objects(data))
    return sorted(found, key=lambda record: not _ARTICLE_TYPE.search(str(record.get("@type"))))


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _json_ld_dates(records: list[dict[str, Any]]) -> Iterator[PageDate]:
    for record in records:
        for field, kind in (("datePublished", "published"), ("dateModified", "modified")):
            value = record.get(field)
            if isinstance(value, str) and value.strip():
                yield PageDate(value.strip(), f"json-ld {field}", kind)


def _meta_dates(tree: HtmlElement) -> Iterator[PageDate]:
    published: list[PageDate] = []
    modified: list[PageDate] = []
    for meta in tree.iterfind(".//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content", "").strip()
        if not content:
            continue
        if name in PUBLISHED_META:
            published.append(PageDate(content, f"meta {name}", "published"))
        elif name in MODIFIED_META:
            modified.append(PageDate(content, f"meta {name}", "modified"))
    yield from published
    yield from modified


def _microdata_dates(tree: HtmlElement) -> list[PageDate]:
    """Dates in microdata, unless the page marks up several publications: a list of
    stories (related, latest) each with its date says nothing about the page's own."""
    found = []
    for element in tree.xpath('.//*[@itemprop="datePublished" or @itemprop="dateModified"]'):
        if element.tag == "meta":
            continue  # read with the meta tags
        value = (element.get("datetime") or element.get("content") or "").strip()
        field = element.get("itemprop")
        if value:
            kind = "published" if field == "datePublished" else "modified"
            found.append(PageDate(value, f"microdata {field}", kind))
    if len({page_date.value for page_date in found if page_date.kind == "published"}) > 1:
        return []
    return found


def _iso_days(values: list[str]) -> set[date]:
    """The days of the values that open with an ISO date ("2025-12-02T10:00")."""
    days = set()
    for value in values:
        match = _ISO_DAY.match(value.strip())
        if match and _valid_iso(match[0]):
            days.add(date.fromisoformat(match[0]))
    return days


def _valid_iso(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _time_pubdate(tree: HtmlElement) -> list[PageDate]:
    """The day of HTML's ``<time pubdate datetime=...>``, the article's publication, unless
    several days are so marked (comments each with theirs)."""
    values = [value.strip() for value in tree.xpath(".//time[@pubdate]/@datetime")]
    days = {match[0] for value in values if (match := _ISO_DAY.match(value))}
    if len(days) != 1:
        return []
    return [PageDate(next(value for value in values if _ISO_DAY.match(value)),
                     "time pubdate", "published")]


def _tidy(text: str | None) -> str | None:
    text = _SPACES.sub(" ", text or "").strip()
    return text[:_MAX_CHARS] if text else None
