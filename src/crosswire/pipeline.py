"""The brief pipeline: documents -> clean articles -> parsed analyses -> merged briefing.

Parsing and extraction (the spaCy pipeline with crosswire's components) run in worker
processes, one per core unless told otherwise; only the small result records travel
back. Cleaning and metadata run in the parent, in input order (so input errors are
reported as each input is read), on the pool's feeding thread: they overlap the workers'
parsing instead of delaying its start. Cross-article work (actor merging, comparison)
runs once in the parent, after a parse on the pool with the framing's reading of the
texts in a forked process beside the actor merging, and the comparison's issues and
positions in another beside its claims. Small inputs are parsed in
the parent alone.

Where the platform can ``fork``, the workers inherit the parent's loaded pipeline;
elsewhere (``spawn``) each worker loads it once, in the pool's initializer.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice
from multiprocessing.connection import Connection
from typing import TypeVar

from spacy.language import Language

from crosswire.actors import merge_actors, resolve_speakers
from crosswire.clean import clean
from crosswire.compare import Elsewhere, compare, here
from crosswire.compare.framing import text_framing
from crosswire.compare.sentence_model import load_model
from crosswire.gc_pause import gc_paused
from crosswire.knowledge.text import setting_nouns
from crosswire.metadata import describe
from crosswire.metadata.outlet_names import one_name_per_outlet
from crosswire.models import (
    Article,
    ArticleAnalysis,
    Briefing,
    Document,
    InputError,
    MergedAnalysis,
)
from crosswire.nlp import analyse, load_nlp

T = TypeVar("T")

# Below this many articles, starting a second parser costs more than it saves.
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


def default_start_method() -> str:
    """``fork`` where the platform has it (workers inherit the loaded pipeline for free),
    else ``spawn``."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@dataclass(frozen=True)
class ParseFailed(InputError):
    """An article the parse failed on, and its place among the run's parsed articles (the
    articles left once unreadable inputs are dropped), so a caller can pair the others."""

    position: int = -1


# An article the parse failed on, with the failure as one line; the others are parsed.
OnFailure = Callable[[int, Article, str], None]


def parse_articles(
    articles: Iterable[Article], *, nlp: Language, workers: int = 0,
    start_method: str | None = None, on_failure: OnFailure | None = None,
    before_fork: Callable[[], None] = lambda: None,
) -> Iterator[ArticleAnalysis]:
    """Parse and analyse articles, in input order, on ``workers`` processes (0: one per
    core) started with ``start_method`` (default: ``default_start_method()``).

    With several workers, ``articles`` is consumed on the pool's feeding thread while
    the workers parse: a lazy iterable overlaps its own production with the parse.
    A failure while parsing an article ends the run, unless ``on_failure`` is given: then
    a chunk that fails is parsed again article by article, each failing one is passed to
    ``on_failure`` (its position in ``articles``, the article, the failure in one line)
    and left out, and the others go on. ``before_fork`` is called before workers are
    started: no thread may run across a fork, so a caller's thread ends there.
    """
    workers = workers or os.cpu_count() or 1
    stream = iter(articles)
    # Reading the first articles loads the lexicons cleaning and metadata use: cycle-free
    # allocation that set off full collections walking the whole loaded model (a third of
    # a second of CPU before any worker starts).
    with gc_paused():
        first = list(islice(stream, PARALLEL_MIN_ARTICLES))
    results: Iterator[list[ArticleAnalysis | str]]
    sent: deque[list[Article]] = deque()
    isolate = on_failure is not None
    if workers == 1 or len(first) < PARALLEL_MIN_ARTICLES:
        results = (_analyse(chunk, nlp=nlp, isolate=isolate)
                   for chunk in _chunks(chain(first, stream), sent, failures=None))
        yield from _in_order(results, sent, on_failure)
        return
    method = start_method or default_start_method()
    context = multiprocessing.get_context(method)
    before_fork()
    if method == "fork":
        warm_up(first[0], nlp=nlp)
        global _WORKER_NLP
        _WORKER_NLP = nlp
    # The loaded pipeline, lexicons and gazetteers live as long as the process: frozen,
    # the collector leaves them out of every later collection, here while results arrive
    # and in the forked workers (which inherit the frozen state) while they parse.
    gc.freeze()
    try:
        pool = (context.Pool(workers) if method == "fork" else
                context.Pool(workers, initializer=_load_worker_nlp, initargs=(pickle.dumps(nlp),)))
        failures: list[Exception] = []
        work = functools.partial(_analyse_in_worker, isolate=isolate)
        with pool:
            results = map(_received, pool.imap(work, _chunks(chain(first, stream), sent, failures=failures)))
            yield from _in_order(results, sent, on_failure)
    finally:
        gc.unfreeze()
    if failures:
        raise failures[0]


def warm_up(article: Article, *, nlp: Language) -> None:
    """Load, before forking, what the forked processes would each load lazily: they
    inherit it instead. Analysing a snippet of ``article`` loads every lexicon and
    gazetteer the stages cache lazily, bar those only some texts reach, loaded here too:
    the nouns naming a person, a place or a time (``setting_nouns``), read by the
    extraction on some sentences and by the cross-article work in the parent and in two
    of the processes it forks, were loaded by each of them. Loading is cycle-free
    allocation the collector would walk again and again: it is paused."""
    with gc_paused():
        list(analyse([replace(article, text=article.text[:WARM_UP_CHARS])], nlp=nlp))
        setting_nouns()


def _in_order(results: Iterable[list[ArticleAnalysis | str]], sent: deque[list[Article]],
              on_failure: OnFailure | None) -> Iterator[ArticleAnalysis]:
    """The analyses of each chunk in turn; each failure (a one-line reason) to ``on_failure``."""
    position = 0
    for chunk_results in results:
        chunk = sent.popleft()
        for article, result in zip(chunk, chunk_results, strict=True):
            if isinstance(result, str):
                assert on_failure is not None  # failures are kept only when reported
                on_failure(position, article, result)
            else:
                yield result
            position += 1


def _chunks(articles: Iterator[Article], sent: deque[list[Article]],
            failures: list[Exception] | None) -> Iterator[list[Article]]:
    """Chunks of ``articles``, each also kept in ``sent`` until its results are in.

    In a pool, an error producing them ends the stream and is kept in ``failures`` for the
    caller's thread (the pool would re-raise it from a worker, its traceback lost)."""
    try:
        while chunk := list(islice(articles, CHUNK_SIZE)):
            sent.append(chunk)
            yield chunk
    except Exception as error:
        if failures is None:
            raise
        failures.append(error)


def _analyse(articles: list[Article], *, nlp: Language, isolate: bool
             ) -> list[ArticleAnalysis | str]:
    """The chunk's analyses; with ``isolate``, a failing chunk is parsed again article by
    article and each failing article's place holds its failure in one line."""
    try:
        return list(analyse(articles, nlp=nlp, batch_size=CHUNK_SIZE))
    except Exception as exc:
        if not isolate:
            raise
        if len(articles) == 1:
            return [failure_line(exc)]
        return [result for article in articles
                for result in _analyse([article], nlp=nlp, isolate=True)]


def failure_line(exc: Exception) -> str:
    """"ImportError: no module named x": an unexpected failure as one line."""
    return f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}"


# The worker's pipeline: inherited from the parent under fork, loaded by
# ``_load_worker_nlp`` under spawn.
_WORKER_NLP: Language | None = None


def _load_worker_nlp(pickled_nlp: bytes) -> None:
    """Pool initializer: load the parent's pipeline (model and components), once per worker.

    The pipeline is sent pickled rather than loaded by name so a worker runs exactly the
    parent's pipeline; unpickling it here, after this module's imports registered
    crosswire's components, lets spaCy rebuild them."""
    global _WORKER_NLP
    _WORKER_NLP = pickle.loads(pickled_nlp)


def _analyse_in_worker(articles: list[Article], *, isolate: bool) -> bytes:
    """The chunk's results (as ``_analyse``), pickled here with the collector paused.

    Pickled by the pool after this returned, the results were alive when the collector
    next ran, and it walked all of them (tens of thousands of records a chunk) once or
    twice before they were sent; pickled here, they are freed by their reference counts
    first."""
    assert _WORKER_NLP is not None
    with gc_paused():
        return pickle.dumps(_analyse(articles, nlp=_WORKER_NLP, isolate=isolate),
                            protocol=pickle.HIGHEST_PROTOCOL)


def _received(pickled: bytes) -> list[ArticleAnalysis | str]:
    """A worker's chunk of results, unpickled with the collector paused and frozen at
    once: they live until the run ends and form no cycles, and every collection while the
    other chunks arrive walked all the records received before (a third of the parent's
    CPU while the workers parse)."""
    with gc_paused():
        results = pickle.loads(pickled)
        gc.freeze()
    return results


def run(
    inputs: Iterable[Document | InputError],
    *,
    nlp: Language | None = None,
    date_hint: str | None = None,
    workers: int = 0,
    start_method: str | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> Briefing:
    """Run the whole brief pipeline over documents (input errors pass through reported);
    ``workers`` and ``start_method`` as for ``parse_articles``. An article the parse fails
    on is reported as a ``ParseFailed`` and left out; the others go on."""
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
            article, problems = article_of(item, date_hint=date_hint)
            for problem in problems:
                report(problem)
            if article is not None:
                yield unique_id(article, seen_ids)

    def parse_failed(position: int, article: Article, reason: str) -> None:
        source = f"{article.source_path} ({article.url})" if article.url else article.source_path
        report(ParseFailed(source, f"could not be parsed ({reason})", position))

    # The claims' sentence model (half a second of CPU, in C without the GIL) loads on
    # the core this process leaves idle while it loads the parser, cleans the first
    # articles and warms the stages up, before the workers are forked: loading it during
    # the parse took that CPU from the workers.
    model_loading = threading.Thread(target=load_model, daemon=True)
    model_loading.start()
    nlp = nlp or load_nlp()
    analyses = list(progress(parse_articles(articles(), nlp=nlp, workers=workers,
                                            start_method=start_method, on_failure=parse_failed,
                                            before_fork=model_loading.join)))
    model_loading.join()
    return brief_of(analyses, errors=errors,
                    elsewhere=elsewhere_for(len(analyses), workers=workers, start_method=start_method))


def elsewhere_for(articles: int, *, workers: int = 0, start_method: str | None = None) -> Elsewhere:
    """Where the work after a parse of ``articles`` (``workers`` and ``start_method`` as
    for ``parse_articles``) puts what it runs beside itself: a parse big enough for the
    pool leaves its cores idle, so a forked process where the platform forks; else here."""
    parallel = (workers or os.cpu_count() or 1) > 1 and articles >= PARALLEL_MIN_ARTICLES
    forks = (start_method or default_start_method()) == "fork"
    return in_forked_process if parallel and forks else here


def article_of(document: Document, *, date_hint: str | None = None,
               ) -> tuple[Article | None, list[InputError]]:
    """One document cleaned and described, with the lines to report about it; the article
    is None when nothing is left to parse (a truncated article is kept, and reported)."""
    try:
        article = prepare(document, date_hint=date_hint)
    except ValueError as exc:
        return None, [InputError(document.source_path, str(exc))]
    except Exception as exc:  # a bug or a library's failure on one input: one line
        return None, [failure(document.source_path, exc)]
    if not article.text.strip():
        return None, [InputError(document.source_path, "no article text left after cleaning")]
    if len(article.text) > MAX_ARTICLE_CHARS:
        truncated = replace(article, text=article.text[:MAX_ARTICLE_CHARS])
        return truncated, [InputError(
            document.source_path,
            f"article longer than {MAX_ARTICLE_CHARS:,} characters, truncated")]
    return article, []


def failure(source: str, exc: Exception) -> InputError:
    """The one line for an input a stage failed on (a bug or a library's failure)."""
    return InputError(source, f"could not be processed ({failure_line(exc)})")


def brief_of(analyses: Iterable[ArticleAnalysis], *, errors: list[InputError],
             elsewhere: Elsewhere = here) -> Briefing:
    """The cross-article stages, run once over every article's analysis, in input order;
    ``elsewhere`` as for ``compare``. The framing's share that reads the texts alone
    (``text_framing``) is started there first, while this process merges the actors."""
    # read several times below: a generator (``analyse(...)``) would be spent after the first
    # and give an empty briefing without an error
    analysed = list(analyses)
    articles = one_name_per_outlet([analysis.article for analysis in analysed])
    analysed = [replace(analysis, article=article) for analysis, article in zip(analysed, articles)]
    noun_phrases = [phrase for analysis in analysed for phrase in analysis.noun_phrases]
    short_quotations = [quotation for analysis in analysed for quotation in analysis.short_quotations]
    events = [event for analysis in analysed for event in analysis.events]
    with gc_paused():  # cycle-free records, as in merge_actors and compare
        framing_texts = elsewhere(functools.partial(
            text_framing, articles, noun_phrases=noun_phrases, short_quotations=short_quotations,
            statements=[statement for analysis in analysed for statement in analysis.statements],
            events=events))
        actors, actor_of_mention = merge_actors(analysed)
        statements = resolve_speakers(analysed, actors=actors, actor_of_mention=actor_of_mention)
    merged = MergedAnalysis(
        articles=articles,
        actors=actors,
        statements=statements,
        mentions=[mention for analysis in analysed for mention in analysis.mentions],
        events=events,
        errors=errors,
        noun_phrases=noun_phrases,
        short_quotations=short_quotations,
    )
    return compare(merged, elsewhere=elsewhere, framing_texts=framing_texts)


def in_forked_process(work: Callable[[], T]) -> Callable[[], T]:
    """Start ``work`` in a forked process (it inherits the parent's data: nothing is pickled
    but the result); the returned call waits for that result, or raises the work's error.
    Called only while no other thread runs: a thread's locks would stay held in the child."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_send_result, args=(work, sending), daemon=True)
    child.start()
    sending.close()

    def result() -> T:
        try:
            failed, value = receiving.recv()
        except EOFError:
            child.join()
            raise RuntimeError(f"a forked process ended without a result (exit code {child.exitcode})") from None
        finally:
            receiving.close()
            child.join()
        if failed:
            raise value
        return value

    return result


def _send_result(work: Callable[[], object], sending: Connection) -> None:
    try:
        outcome: tuple[bool, object] = (False, work())
    except Exception as exc:  # raised again in the parent, which waits for the result
        outcome = (True, exc)
    sending.send(outcome)
    sending.close()


def unique_id(article: Article, seen: set[str]) -> Article:
    """Keep article ids unique within a run (two inputs may declare the same id)."""
    candidate, n = article.id, 1
    while candidate in seen:
        n += 1
        candidate = f"{article.id}-{n}"
    seen.add(candidate)
    return article if candidate == article.id else replace(article, id=candidate)
