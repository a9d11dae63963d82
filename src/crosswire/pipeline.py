"""The brief pipeline: documents -> clean articles -> parsed analyses -> merged briefing.

Parsing and extraction run in worker processes so both cores parse; only the small
result records travel back. Cleaning and metadata run in the parent, in input order (so
input errors are reported as each input is read), on the pool's feeding thread: they
overlap the workers' parsing instead of delaying its start. Cross-article work (actor
merging, comparison) runs once in the parent.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice

from spacy.language import Language

from crosswire.actors import merge_actors, resolve_speakers
from crosswire.clean import clean
from crosswire.compare import compare
from crosswire.metadata import describe
from crosswire.models import (
    Article,
    ArticleAnalysis,
    Briefing,
    Document,
    InputError,
)
from crosswire.nlp import analyse, load_nlp

# Below this many articles, forking a second parser costs more than it saves.
PARALLEL_MIN_ARTICLES = 24
# Articles handed to a worker at once: large enough for nlp.pipe to batch well.
CHUNK_SIZE = 16
# Enough text to exercise every stage once before forking.
WARM_UP_CHARS = 600
# spaCy's default max_length: longer bodies are truncated, with an error that says so.
MAX_ARTICLE_CHARS = 1_000_000


def prepare(document: Document, *, date_hint: str | None = None) -> Article:
    """Clean one document and describe it (outlet, title, language, date)."""
    cleaned = clean(document)
    return describe(document, cleaned=cleaned, date_hint=date_hint)


def parse_articles(
    articles: Iterable[Article], *, nlp: Language, workers: int = 0
) -> Iterator[ArticleAnalysis]:
    """Parse and analyse articles, in input order, on ``workers`` processes (0: all cores).

    With several workers, ``articles`` is consumed on the pool's feeding thread while
    the workers parse: a lazy iterable overlaps its own production with the parse.
    """
    workers = workers or os.cpu_count() or 1
    stream = iter(articles)
    first = list(islice(stream, PARALLEL_MIN_ARTICLES))
    if workers == 1 or len(first) < PARALLEL_MIN_ARTICLES:
        yield from _analyse_chunk([*first, *stream], nlp)
        return
    # Analysing a snippet here loads every lexicon and gazetteer the stages cache lazily,
    # so the forked workers inherit them instead of each loading its own.
    warm_up = replace(first[0], text=first[0].text[:WARM_UP_CHARS])
    list(_analyse_chunk([warm_up], nlp))
    global _WORKER_NLP
    _WORKER_NLP = nlp  # inherited by forked workers without reloading the model
    context = multiprocessing.get_context("fork")
    failures: list[Exception] = []
    with context.Pool(workers) as pool:
        for analyses in pool.imap(_analyse_in_worker, _chunks(chain(first, stream), failures)):
            yield from analyses
    if failures:
        raise failures[0]


def _chunks(articles: Iterator[Article], failures: list[Exception]) -> Iterator[list[Article]]:
    """Chunks of ``articles``; an error producing them ends the stream and is kept for the
    caller's thread (the pool would re-raise it from a worker, its traceback lost)."""
    try:
        while chunk := list(islice(articles, CHUNK_SIZE)):
            yield chunk
    except Exception as error:
        failures.append(error)


_WORKER_NLP: Language | None = None


def _analyse_in_worker(articles: list[Article]) -> list[ArticleAnalysis]:
    assert _WORKER_NLP is not None
    return list(_analyse_chunk(articles, _WORKER_NLP))


def _analyse_chunk(articles: list[Article], nlp: Language) -> Iterator[ArticleAnalysis]:
    texts = (article.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=CHUNK_SIZE)):
        yield analyse(doc, article=article)


def run(
    inputs: Iterable[Document | InputError],
    *,
    nlp: Language | None = None,
    date_hint: str | None = None,
    workers: int = 0,
    on_error: Callable[[InputError], None] = lambda error: None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> Briefing:
    """Run the whole brief pipeline over documents (input errors pass through reported)."""
    errors: list[InputError] = []
    seen_ids: set[str] = set()

    def report(error: InputError) -> None:
        errors.append(error)
        on_error(error)

    def articles() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, InputError):
                report(item)
                continue
            try:
                article = prepare(item, date_hint=date_hint)
            except ValueError as exc:
                report(InputError(item.source_path, str(exc)))
                continue
            if not article.text.strip():
                report(InputError(item.source_path, "no article text left after cleaning"))
                continue
            if len(article.text) > MAX_ARTICLE_CHARS:
                report(InputError(item.source_path,
                                  f"article longer than {MAX_ARTICLE_CHARS:,} characters, truncated"))
                article = replace(article, text=article.text[:MAX_ARTICLE_CHARS])
            yield _unique_id(article, seen_ids)

    nlp = nlp or load_nlp()
    analyses = list(progress(parse_articles(articles(), nlp=nlp, workers=workers)))
    actors, actor_of_mention = merge_actors(analyses)
    statements = resolve_speakers(analyses, actors=actors, actor_of_mention=actor_of_mention)
    briefing = Briefing(
        articles=[analysis.article for analysis in analyses],
        actors=actors,
        statements=statements,
        mentions=[mention for analysis in analyses for mention in analysis.mentions],
        events=[event for analysis in analyses for event in analysis.events],
        errors=errors,
    )
    return compare(briefing)


def _unique_id(article: Article, seen: set[str]) -> Article:
    """Keep article ids unique within a run (two inputs may declare the same id)."""
    candidate, n = article.id, 1
    while candidate in seen:
        n += 1
        candidate = f"{article.id}-{n}"
    seen.add(candidate)
    return article if candidate == article.id else replace(article, id=candidate)
