"""Body-text quality of the cleaning stage on two article-extraction benchmarks.

ScrapingHub, with the benchmark's own metric: token 4-gram (shingle) counts are matched
between the predicted and the true article body; each page's TP/FP/FN are normalised to
sum to one so long pages weigh no more than short ones; precision and recall are averaged
over pages (skipping pages where they are undefined) and F1 is taken from the two averages.

WCXB, with its metric: the same counting on single lower-cased words (a bag of words),
F1 computed on each page and averaged over pages; trafilatura's own extraction (default
settings) is scored in the same run. Its pages are split by a hash of their id into a
tune part and a held-out part, both reported.
"""

from __future__ import annotations

import gzip
import hashlib
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from crosswire.clean import clean
from crosswire.clean.visible import visible_text
from crosswire.knowledge.text import WORD_CHARS
from crosswire.measure.dataset_lines import json_document
from crosswire.models import Document

SHINGLE_SIZE = 4
# One page in this many (by the first byte of the SHA-1 of its id) is held out.
HELD_OUT_ONE_IN = 3


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    pages: int

    def line(self, name: str) -> str:
        return (
            f"{name:<24} precision={self.precision:.3f}  recall={self.recall:.3f}  "
            f"F1={self.f1:.3f}  ({self.pages} pages)"
        )


def load_pages(dataset: Path, *, limit: int | None = None) -> list[Page]:
    """Pages of the benchmark in id order (the first ``limit`` if given)."""
    truth = json_document(dataset / "ground-truth.json")
    pages = []
    for page_id in sorted(truth)[:limit]:
        entry = truth[page_id]
        pages.append(Page(page_id, entry.get("url", ""), read_page_html(dataset, page_id),
                          entry.get("articleBody") or entry.get("main_content") or ""))
    return pages


def read_page_html(dataset: Path, page_id: str) -> str:
    """The stored page ``html/<id>.html.gz`` (both benchmarks keep their pages so)."""
    with gzip.open(dataset / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8",
                   errors="replace") as f:
        return f.read()


def is_held_out(page_id: str) -> bool:
    """Whether a page belongs to the held-out part: fixed by its id, not by its content."""
    return hashlib.sha1(page_id.encode("utf-8")).digest()[0] % HELD_OUT_ONE_IN == 0


def shingle_counts(*, true: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of token 4-gram shingles, as the benchmark computes them."""
    true_shingles = _shingles(true)
    predicted_shingles = _shingles(predicted)
    tp = sum((true_shingles & predicted_shingles).values())
    fp = sum((predicted_shingles - true_shingles).values())
    fn = sum((true_shingles - predicted_shingles).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, size: int = SHINGLE_SIZE) -> Counter:
    tokens = WORD_CHARS.findall(text)
    # the benchmark keeps a short text as one shorter shingle rather than none
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count) if tokens[i : i + size])


def word_f1(*, true: str, predicted: str) -> float:
    """WCXB's page score: F1 of the bags of lower-cased words."""
    true_words = _shingles(true.lower(), size=1)
    predicted_words = _shingles(predicted.lower(), size=1)
    overlap = sum((true_words & predicted_words).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(predicted_words.values())
    recall = overlap / sum(true_words.values())
    return 2 * precision * recall / (precision + recall)


def score(counts: list[tuple[float, float, float]]) -> Scores:
    """Average per-page precision and recall, then F1 of the averages."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(counts))


def _ratio(tp: float, wrong: float, other_wrong: float) -> float:
    if wrong == other_wrong == 0:
        return 1.0
    if tp == wrong == 0:
        return 0.0
    return tp / (tp + wrong)


def text_mode_body(page: Page) -> str:
    """Clean the page's visible text as if it had been scraped badly."""
    document = Document(source_path=page.id, content=visible_text(page.html), format="text",
                        url=page.url)
    return clean(document).text


def html_mode_body(page: Page) -> str:
    document = Document(source_path=page.id, content=page.html, format="html", url=page.url)
    return clean(document).text


def visible_text_body(page: Page) -> str:
    return visible_text(page.html)


def trafilatura_body(page: Page) -> str:
    """trafilatura's own extraction with its default settings, as benchmarks run it."""
    return trafilatura.extract(page.html, url=page.url or None) or ""


def trafilatura_without_comments_body(page: Page) -> str:
    """trafilatura without the readers' comments it keeps by default, as crosswire runs it."""
    return trafilatura.extract(page.html, url=page.url or None, include_comments=False) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {
    "all visible text": visible_text_body,
    "text": text_mode_body,
    "html": html_mode_body,
}


def evaluate(pages: list[Page], extractor: Callable[[Page], str]) -> tuple[Scores, float]:
    """Scores of one extractor and its mean time per page in milliseconds."""
    counts = []
    started = time.perf_counter()
    for page in pages:
        counts.append(shingle_counts(true=page.truth, predicted=extractor(page)))
    elapsed = (time.perf_counter() - started) * 1000 / max(1, len(pages))
    return score(counts), elapsed


def report_lines(*, dataset: Path, mode: str, limit: int | None) -> list[str]:
    """P/R/F1 of the chosen mode(s), with the all-visible-text baseline for reference."""
    pages = load_pages(dataset, limit=limit)
    names = ["all visible text"] + (["text", "html"] if mode == "both" else [mode])
    lines = [f"ScrapingHub article-extraction benchmark: {len(pages)} pages, "
             f"token {SHINGLE_SIZE}-gram shingle overlap"]
    for name in names:
        scores, ms = evaluate(pages, EXTRACTORS[name])
        label = name if name == "all visible text" else f"clean ({name} mode)"
        lines.append(f"{scores.line(label)}  {ms:.1f} ms/page")
    return lines


WCXB_SYSTEMS: dict[str, Callable[[Page], str]] = {
    "crosswire (html mode)": html_mode_body,
    "trafilatura": trafilatura_body,
    "trafilatura, no comments": trafilatura_without_comments_body,
}


def wcxb_page_scores(pages: list[Page]) -> dict[tuple[str, str], list[float]]:
    """Page F1s by (system, part), part being "tune", "held-out" or "all"."""
    scores: dict[tuple[str, str], list[float]] = {}
    for page in pages:
        part = "held-out" if is_held_out(page.id) else "tune"
        for name, extract in WCXB_SYSTEMS.items():
            f1 = word_f1(true=page.truth, predicted=extract(page))
            for key in ((name, part), (name, "all")):
                scores.setdefault(key, []).append(f1)
    return scores


def wcxb_report_lines(*, dataset: Path, limit: int | None) -> list[str]:
    """Mean page F1 of crosswire's HTML cleaning beside trafilatura's, tune and held-out."""
    pages = load_pages(dataset, limit=limit)
    scores = wcxb_page_scores(pages)
    lines = [f"WCXB article pages: {len(pages)} pages, word bag-of-words F1 averaged over "
             "pages (split by a hash of the page id)"]
    for part in ("tune", "held-out", "all"):
        for name in WCXB_SYSTEMS:
            values = scores.get((name, part), [])
            mean = statistics.mean(values) if values else 0.0
            lines.append(f"{part:<9} {name:<25} F1={mean:.3f}  ({len(values)} pages)")
    return lines
