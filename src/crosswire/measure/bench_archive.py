"""Cost of the archive's own stages (store, dedup, story grouping) as it grows.

Synthetic news: events, each told by several articles over a few days — exact wire
copies, lightly edited copies and independent rewrites on the event's words and names —
over a Zipf background vocabulary, a steady number of articles a day. No spaCy parse:
the parse costs the same per article whatever the archive size, and is timed by
``crosswire bench``. Each size runs in a fresh process so its peak memory is its own.
"""

from __future__ import annotations

import itertools
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# Articles a day in the synthetic stream: a busy international desk.
ARTICLES_PER_DAY = 300
ARTICLES_PER_EVENT = 5
WORDS_PER_ARTICLE = 160
VOCABULARY = 30_000
COMMIT_EVERY = 32
_START = date(2024, 1, 1).toordinal()


@dataclass(frozen=True)
class SyntheticArticle:
    id: str
    event: int
    text: str
    title: str
    published: str


def synthetic_articles(count: int, *, seed: int = 7) -> list[SyntheticArticle]:
    rng = random.Random(seed)
    cumulative = list(itertools.accumulate(1.0 / rank for rank in range(1, VOCABULARY + 1)))
    background = [f"w{n}" for n in range(VOCABULARY)]
    articles: list[SyntheticArticle] = []
    event = 0
    while len(articles) < count:
        event += 1
        day = _START + len(articles) // ARTICLES_PER_DAY
        names = [f"Name{rng.randrange(5_000)}" for _ in range(3)]
        topic = [f"t{rng.randrange(50_000)}" for _ in range(15)]
        base = _text(rng, background, cumulative, topic, names)
        for n in range(min(ARTICLES_PER_EVENT, count - len(articles))):
            kind = rng.random()
            if n == 0 or kind < 0.5:
                text = _text(rng, background, cumulative, topic, names)  # independent rewrite
            elif kind < 0.7:
                text = base  # wire copy
            else:
                words = base.split()
                for _ in range(len(words) // 20):  # light edit: 5% of words swapped
                    words[rng.randrange(len(words))] = rng.choices(background, cum_weights=cumulative)[0]
                text = " ".join(words)
            published = date.fromordinal(day + rng.randrange(3)).isoformat()
            title = " ".join(rng.sample(topic, 3) + names[:1])
            articles.append(SyntheticArticle(f"e{event}-{n}", event, text, title, published))
    return articles


def _text(rng: random.Random, background, cumulative, topic, names) -> str:
    words = rng.choices(background, cum_weights=cumulative, k=WORDS_PER_ARTICLE)
    for n in range(WORDS_PER_ARTICLE):
        roll = rng.random()
        if roll < 0.2:
            words[n] = rng.choice(topic)
        elif roll < 0.3:
            words[n] = rng.choice(names)
    sentences = [" ".join(words[i : i + 16]) for i in range(0, len(words), 16)]
    return ". ".join(s[:1].upper() + s[1:] for s in sentences) + "."


def run_size(count: int) -> dict[str, float]:
    """Store, deduplicate and group ``count`` synthetic articles into a fresh archive."""
    from crosswire.archive.db import connect
    from crosswire.archive.store import (
        ArchiveWriter,
        InputKey,
        StoreCounts,
        ToStore,
        content_hash,
    )
    from crosswire.measure.eval_stories import bcubed
    from crosswire.models import Article, DateEstimate

    articles = synthetic_articles(count)
    baseline_mb = _peak_mb()
    with tempfile.TemporaryDirectory() as folder:
        conn = connect(Path(folder) / "bench.db")
        writer = ArchiveWriter(conn)
        counts = StoreCounts()
        started = time.perf_counter()
        for start in range(0, len(articles), COMMIT_EVERY):
            batch = [
                ToStore(
                    Article(
                        id=item.id, source_path="bench", outlet=f"outlet{n % 40}",
                        title=item.title, language="en", text=item.text,
                        published=DateEstimate(item.published, "day", "bench", 1.0),
                        url=f"https://example.org/{item.id}",
                    ),
                    key=InputKey(content_hash(item.text), f"https://example.org/{item.id}"),
                    archive_id=item.id,
                )
                for n, item in enumerate(articles[start : start + COMMIT_EVERY], start)
            ]
            conn.execute("BEGIN IMMEDIATE")
            writer.add_articles(batch, counts=counts)
            writer.flush()
            conn.execute("COMMIT")
            writer.after_commit()
        seconds = time.perf_counter() - started
        predicted = dict(conn.execute("SELECT id, story_id FROM articles"))
        conn.close()
    gold = {item.id: str(item.event) for item in articles}
    return {
        "articles": count, "seconds": seconds, "baseline_mb": baseline_mb,
        "peak_mb": _peak_mb(), "exact": counts.exact_duplicates, "near": counts.near_duplicates,
        "stories": len(set(predicted.values())), "f1": bcubed(predicted, gold)[2],
    }


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def bench_lines(*, sizes: tuple[int, ...] = (1_000, 10_000, 100_000)) -> Iterator[str]:
    """One line per archive size (each as soon as it is measured: the largest takes long):
    time, throughput, peak memory, duplicates, stories."""
    yield ("archive stages (store + MinHash dedup + story grouping), synthetic articles of "
           f"{WORDS_PER_ARTICLE} words, {ARTICLES_PER_DAY} a day, no parse:")
    context = multiprocessing.get_context("spawn")
    previous = None
    for size in sizes:
        with context.Pool(1) as pool:
            result = pool.apply(run_size, (size,))
        per_article_ms = 1000 * result["seconds"] / size
        growth = ""
        if previous is not None:
            growth = f", x{per_article_ms / previous:.2f} per article vs previous size"
        previous = per_article_ms
        yield (
            f"{size:>7,} articles: {result['seconds']:7.1f} s ({per_article_ms:.2f} ms/article"
            f"{growth}), peak RSS {result['peak_mb']:.0f} MB (data {result['baseline_mb']:.0f} MB "
            f"before), {result['exact']} exact + {result['near']} near duplicates, "
            f"{result['stories']} stories, B-cubed F1 {result['f1']:.3f}"
        )


def ingest_ratio_lines(*, source: Path, limit: int = 150) -> list[str]:
    """Full ingest (parse, extract, store, dedup, group) against the brief job and a bare
    parse of the same texts, as the ratio the brief pipeline is held to."""
    import os

    from crosswire.archive.db import connect
    from crosswire.archive.ingest import ingest
    from crosswire.measure.bench_brief import full_brief, warm_bare_parse, write_corpus
    from crosswire.ingest import read_inputs
    from crosswire.nlp import load_nlp

    workers = os.cpu_count() or 1
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as folder:
        corpus, texts = write_corpus(source=source, limit=limit, folder=Path(folder))
        bare = warm_bare_parse(texts, nlp=nlp, workers=workers)
        brief = full_brief(corpus, nlp=nlp, workers=workers, outdir=Path(folder) / "out")
        conn = connect(Path(folder) / "archive.db")
        started = time.perf_counter()
        ingest(read_inputs([str(corpus)]), conn=conn, nlp=nlp, workers=workers)
        stored = time.perf_counter() - started
        started = time.perf_counter()
        ingest(read_inputs([str(corpus)]), conn=conn, nlp=nlp, workers=workers)
        again = time.perf_counter() - started
        conn.close()
    return [
        f"{len(texts)} articles, {workers} workers: bare parse {bare:.2f} s, brief {brief:.2f} s "
        f"(ratio {brief / bare:.2f}), ingest {stored:.2f} s (ratio {stored / bare:.2f}), "
        f"ingest again (all skipped) {again:.2f} s",
    ]
