"""Title, author and publication date of HTML pages on WCXB, beside trafilatura's own.

WCXB's article pages carry an annotated title, author and publication date. Each page
goes through crosswire's cleaning and metadata stages as an HTML input with its URL, and
through ``trafilatura.extract_metadata`` (which reads JSON-LD, meta tags and htmldate).
A date counts when it is right to the day (over pages whose annotation gives a day); a
title when it equals the annotation after normalising case, spaces, quotes and dashes;
an author when the set of names is the same ("A, B and C" = "A; B; C"). The pages are
split by a hash of their id: the tune part was looked at while choosing the rules, the
held-out part was not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from crosswire.measure.dataset_lines import json_document
from crosswire.measure.eval_clean import is_held_out, read_page_html
from crosswire.models import Document
from crosswire.pipeline import prepare

FIELDS = ("date", "title", "author")
_QUOTES_AND_DASHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")
_NAME_SEPARATORS = re.compile(r"\s*(?:;|,|&|\band\b|\|)\s*", re.IGNORECASE)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Truth:
    id: str
    url: str
    title: str | None
    author: str | None
    date: str | None


@dataclass(frozen=True)
class Found:
    title: str | None
    author: str | None
    date: str | None


@dataclass
class Tally:
    right: int = 0
    asked: int = 0

    @property
    def share(self) -> float:
        return self.right / self.asked if self.asked else 0.0

    def line(self) -> str:
        return f"{self.share:.3f} ({self.right}/{self.asked})"


def load_truth(dataset: Path, *, limit: int | None = None) -> list[Truth]:
    """The annotated pages in id order (the first ``limit`` if given)."""
    entries = json_document(dataset / "ground-truth.json")
    return [
        Truth(page_id, entry.get("url") or "", entry.get("title"), entry.get("author"),
              entry.get("publish_date"))
        for page_id, entry in sorted(entries.items())[:limit]
    ]


def crosswire_metadata(truth: Truth, html: str) -> Found:
    """What crosswire's cleaning and metadata stages make of the page."""
    article = prepare(Document(source_path=truth.id, content=html, format="html",
                               url=truth.url or None))
    day = article.published.value if article.published.precision == "day" else None
    return Found(article.title, article.author, day)


def trafilatura_metadata(truth: Truth, html: str) -> Found:
    """What trafilatura's own metadata reader makes of the page."""
    found = trafilatura.extract_metadata(html, default_url=truth.url or None)
    return Found(found.title, found.author, found.date)


def matches(field: str, *, truth: Truth, found: Found) -> bool | None:
    """Whether ``found`` has the field right; ``None`` when the page does not state it."""
    expected, given = getattr(truth, field), getattr(found, field)
    if field == "date":
        return None if not expected or not _DAY.match(expected) else given == expected
    if not expected:
        return None
    if field == "title":
        return _normal(given) == _normal(expected)
    return _names(given) == _names(expected)


def _normal(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(_QUOTES_AND_DASHES)
    return _SPACES.sub(" ", text).strip(" .")


def _names(authors: str | None) -> frozenset[str]:
    parts = _NAME_SEPARATORS.split(_normal(authors))
    return frozenset(_BY.sub("", part).strip() for part in parts if part.strip())


SYSTEMS = {"crosswire": crosswire_metadata, "trafilatura": trafilatura_metadata}
PARTS = ("tune", "held-out", "all")


def measure(pages: list[Truth], *, dataset: Path) -> dict[tuple[str, str, str], Tally]:
    """Right and asked counts by (part, system, field)."""
    tallies = {(part, system, field): Tally()
               for part in PARTS for system in SYSTEMS for field in FIELDS}
    for truth in pages:
        html = read_page_html(dataset, truth.id)
        part = "held-out" if is_held_out(truth.id) else "tune"
        for system, read in SYSTEMS.items():
            found = read(truth, html)
            for field in FIELDS:
                right = matches(field, truth=truth, found=found)
                if right is None:
                    continue
                for tally in (tallies[(part, system, field)], tallies[("all", system, field)]):
                    tally.asked += 1
                    tally.right += right
    return tallies


def report_lines(*, dataset: Path, limit: int | None = None) -> list[str]:
    """Date, title and author accuracy of crosswire and trafilatura, tune and held-out."""
    pages = load_truth(dataset, limit=limit)
    tallies = measure(pages, dataset=dataset)
    held_out = sum(is_held_out(truth.id) for truth in pages)
    lines = [
        f"WCXB article metadata: {len(pages)} pages, {len(pages) - held_out} tune and "
        f"{held_out} held out (split by a hash of the page id)",
        "date: right to the day, over pages whose annotation gives a day; title: equal "
        "after normalising case and punctuation; author: same set of names",
    ]
    for part in PARTS:
        for field in FIELDS:
            cells = "  ".join(f"{system} {tallies[(part, system, field)].line():<18}"
                              for system in SYSTEMS)
            lines.append(f"{part:<9} {field:<7} {cells}".rstrip())
    return lines
