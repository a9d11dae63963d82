"""Per-article work on a Dask cluster: the same records as the built-in worker pool.

``--cluster local`` (or ``local:N``) starts a LocalCluster of N worker processes with one
thread each on this machine; ``--cluster tcp://host:8786`` joins a running scheduler.
Each worker loads the spaCy pipeline once (``ModelPlugin``, re-run on a worker that
replaces a dead one) and turns chunks of documents into ``ArticleAnalysis`` records:
cleaning, metadata, parse, mentions, statements, events. Only those records travel back.

The client keeps everything that spans articles: it reads the input, keeps a bounded
number of chunks in flight, takes the results back in input order, gives articles their
run-unique ids and runs the cross-article stages; the archive writes stay with it. So a
run on the cluster stores what a run without it stores.

A worker killed mid-run loses only tasks the scheduler reassigns to the others (Dask's
``distributed.scheduler.allowed-failures``); a lost scheduler ends the run with
``ClusterError``, one line.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from crosswire import pipeline
from crosswire.models import Article, ArticleAnalysis, Briefing, Document, InputError

if TYPE_CHECKING:
    from distributed import Client

# Documents per task: small, so the last chunks of a batch spread over the workers.
CHUNK_SIZE = 4
# Chunks queued or running per worker thread: enough that no worker waits for the client.
IN_FLIGHT_PER_THREAD = 4
# Dask's workers start with MALLOC_TRIM_THRESHOLD_=65536, which makes spaCy 20-25% slower.
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


class ClusterError(RuntimeError):
    """The cluster cannot be reached, cannot load the model, or was lost (one line)."""


def parse_address(address: str) -> tuple[str, int | None]:
    """("local", workers) for ``local`` / ``local:N`` (None: one per core), else
    ("scheduler", None) for a scheduler address such as ``tcp://host:8786``."""
    if address == "local":
        return "local", None
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster {address}: expected local:N with N a positive number")
        return "local", int(count)
    if "://" in address and address.split("://", 1)[1]:
        return "scheduler", None
    raise ClusterError(
        f"--cluster {address}: expected local, local:N or a scheduler address (tcp://host:8786)")


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A Dask client for ``address`` (see ``parse_address``), its workers each holding the
    spaCy pipeline; a LocalCluster it started is closed on the way out."""
    kind, workers = parse_address(address)
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(
            "--cluster needs Dask: pip install 'crosswire[cluster]'") from None
    # Dask logs a lost scheduler or worker with tracebacks; the run reports it in one line.
    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name.split(".")[0] == "distributed":
            logging.getLogger(name).setLevel(logging.CRITICAL)
    with dask.config.set(WORKER_CONFIG):
        if kind == "local":
            # Its HTTP server on a free port: a second cluster on the machine does not
            # collide with the first (nor warn about it on stderr).
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                   threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.CRITICAL)
            client = Client(cluster)
        else:
            cluster = None
            try:
                client = Client(address, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"--cluster {address}: no scheduler answers "
                                   f"({type(exc).__name__})") from None
    try:
        try:
            client.register_plugin(ModelPlugin())
        except Exception as exc:
            reason = (str(exc).splitlines() or [""])[0]
            raise ClusterError(f"the workers could not load the model "
                               f"({type(exc).__name__}: {reason})") from None
        yield client
    except ClusterError as exc:
        raise ClusterError(f"--cluster {address}: {exc}") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # without the cluster extra: a plain base, never registered
    WorkerPlugin = object  # type: ignore[assignment,misc]


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy pipeline with crosswire's components once per worker process, and
    warms its lazily loaded lexicons before the first task."""

    name = "crosswire-model"

    def setup(self, worker: Any) -> None:
        from crosswire.nlp import load_nlp

        global _WORKER_NLP
        _WORKER_NLP = load_nlp()
        warm = Document(source_path="warm-up", format="text",
                        content="The mayor said on Monday that the bridge would reopen.")
        analyse_chunk([warm], date_hint=None)


# The worker's pipeline, loaded by ``ModelPlugin``.
_WORKER_NLP = None


def analyse_chunk(documents: list[Document], *, date_hint: str | None,
                  ) -> list[tuple[ArticleAnalysis | None, list[InputError]]]:
    """A worker's task: each document cleaned, described and analysed, with the lines to
    report about it (None: nothing to store). Should the parser fail on the chunk, each
    article is parsed alone and only the one it fails on is reported and left out."""
    prepared = [pipeline.article_of(document, date_hint=date_hint) for document in documents]
    try:
        parsed = iter(analyse_articles([article for article, _ in prepared if article]))
    except Exception:
        parsed = None
    outcomes: list[tuple[ArticleAnalysis | None, list[InputError]]] = []
    for document, (article, problems) in zip(documents, prepared):
        if article is None:
            outcomes.append((None, problems))
        elif parsed is not None:
            outcomes.append((next(parsed), problems))
        else:
            try:
                outcomes.append((analyse_articles([article])[0], problems))
            except Exception as exc:
                outcomes.append((None, [*problems, pipeline.failure(document.source_path, exc)]))
    return outcomes


def analyse_articles(articles: list[Article]) -> list[ArticleAnalysis]:
    """A worker's task: the analyses of articles already cleaned and described."""
    from crosswire.nlp import analyse

    assert _WORKER_NLP is not None, "the worker has no pipeline: ModelPlugin not registered"
    return list(analyse(articles, nlp=_WORKER_NLP, batch_size=CHUNK_SIZE))


def analysed(
    items: Iterable[Document | InputError],
    *,
    client: Client,
    date_hint: str | None = None,
    ahead: int | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
) -> Iterator[tuple[Document, ArticleAnalysis | None]]:
    """Each document with its analysis, in input order, computed on the cluster's workers;
    None for a document that gives no article. Every line to report about an input
    (``InputError`` items included) goes to ``on_error`` before the input's pair comes.

    ``items`` is read as the workers need more: at most ``ahead`` documents beyond the
    one the caller is at (default: ``IN_FLIGHT_PER_THREAD`` chunks per worker thread)."""
    stream = iter(items)
    threads = max(1, sum(_call(client.nthreads).values()))
    limit = max(1, ahead // CHUNK_SIZE) if ahead else IN_FLIGHT_PER_THREAD * threads
    pending: deque[tuple[list[Document | InputError], Any]] = deque()
    while True:
        while len(pending) < limit and (chunk := list(islice(stream, CHUNK_SIZE))):
            documents = [item for item in chunk if isinstance(item, Document)]
            future = (_call(client.submit, analyse_chunk, documents, date_hint=date_hint,
                            pure=False) if documents else None)
            pending.append((chunk, future))
        if not pending:
            return
        chunk, future = pending.popleft()
        outcomes = iter(_call(future.result) if future is not None else ())
        for item in chunk:
            if isinstance(item, InputError):
                on_error(item)
                continue
            analysis, problems = next(outcomes)
            for problem in problems:
                on_error(problem)
            yield item, analysis


def with_unique_ids(analyses: Iterable[ArticleAnalysis], *, client: Client,
                    ) -> Iterator[ArticleAnalysis]:
    """The analyses of one run with article ids unique within it (``pipeline.unique_id``).
    Every record names its article by id, so an article whose id an earlier one took is
    analysed again, on the cluster, under the id the run gives it."""
    seen_ids: set[str] = set()
    for analysis in analyses:
        article = pipeline.unique_id(analysis.article, seen_ids)
        if article is not analysis.article:
            future = _call(client.submit, analyse_articles, [article], pure=False)
            analysis = _call(future.result)[0]
        yield analysis


def run(
    inputs: Iterable[Document | InputError],
    *,
    client: Client,
    date_hint: str | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> Briefing:
    """``pipeline.run`` with the per-article work on the cluster behind ``client``."""
    errors: list[InputError] = []

    def report(error: InputError) -> None:
        errors.append(error)
        on_error(error)

    pairs = progress(analysed(inputs, client=client, date_hint=date_hint, on_error=report))
    analyses = with_unique_ids((analysis for _, analysis in pairs if analysis is not None),
                               client=client)
    return pipeline.brief_of(list(analyses), errors=errors)


def _call(function: Callable, *args: Any, **kwargs: Any) -> Any:
    """``function(...)``, a failure of the cluster itself (scheduler lost, a task that
    killed every worker it ran on) raised as one ``ClusterError`` line. The tasks report
    an input's own failures as ``InputError``s, so any exception here is the cluster's."""
    try:
        return function(*args, **kwargs)
    except Exception as exc:
        reason = (str(exc).splitlines() or [""])[0]
        raise ClusterError(f"lost the Dask cluster ({type(exc).__name__}: {reason}); what "
                           "was stored stays, re-run the same command to resume") from None
