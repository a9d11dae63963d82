"""Ingest: documents in batches through the brief pipeline, each batch one transaction.

A process killed at any moment loses at most the batch it was working on: everything
committed before stays, and the next ingest skips it by its input key before
any cleaning or parsing, so resuming costs little.

Several ingests may run on one archive at once: each parses outside the write lock, then
takes it for the batch, re-reads what the others committed meanwhile and skips the
inputs they stored, so nothing is stored twice and no story counts from stale memory.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from spacy.language import Language

from crosswire import pipeline
from crosswire.archive.store import ArchiveWriter, InputKey, StoreCounts, identity, stored_keys
from crosswire.models import Briefing, Document, InputError

if TYPE_CHECKING:
    from distributed import Client

# Documents parsed and committed together: a kill loses at most one batch. The brief
# pipeline parses a batch of fewer than ``pipeline.PARALLEL_MIN_ARTICLES`` (24) in this
# process alone; a larger one is handed to forked workers 16 articles at a time, and each
# batch pays for its own fork and its cross-article stages, so small batches waste cores:
# on 150 PolNeAR articles (2 cores) batches of 32 took 43 s, of 96 42 s and one batch
# 35 s against 28 s for `brief`; 128 keeps most of the parallel speed while a kill costs
# at most a minute of parsing.
BATCH_SIZE = 128


@dataclass
class IngestSummary:
    read: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)
    stored: StoreCounts = field(default_factory=StoreCounts)

    def line(self) -> str:
        s = self.stored
        return (
            f"{s.added} articles added ({s.exact_duplicates} exact and {s.near_duplicates} "
            f"near duplicates linked), {self.skipped} already stored, {len(self.errors)} "
            f"errors; {s.new_stories} new stories, {s.statements} statements"
        )


def ingest(
    inputs: Iterable[Document | InputError],
    *,
    conn: sqlite3.Connection,
    nlp: Language | None = None,
    date_hint: str | None = None,
    workers: int = 0,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[InputError], None] = lambda error: None,
    on_batch: Callable[[IngestSummary], None] = lambda summary: None,
    client: Client | None = None,
) -> IngestSummary:
    """Store every new document of ``inputs`` in the archive behind ``conn``; with a Dask
    ``client``, the per-article work of each batch runs on its cluster (``crosswire.cluster``)."""
    summary = IngestSummary()
    writer = ArchiveWriter(conn)
    parser = nlp

    def report(error: InputError) -> None:
        summary.errors.append(error)
        on_error(error)

    batches = _new_batches(inputs, conn=conn, size=batch_size, summary=summary,
                           on_error=report)
    if client is not None:
        for briefing, keys in _parsed_on_cluster(batches, client=client, date_hint=date_hint,
                                                 ahead=batch_size, on_error=report):
            store_batch(briefing, keys=keys, conn=conn, writer=writer, summary=summary)
            on_batch(summary)
        return summary
    for batch in batches:
        if parser is None:
            from crosswire.nlp import load_nlp

            parser = load_nlp()
        for briefing, keys in _parsed(batch, nlp=parser, date_hint=date_hint, workers=workers,
                                      on_error=report):
            store_batch(briefing, keys=keys, conn=conn, writer=writer, summary=summary)
        on_batch(summary)
    return summary


def store_batch(briefing: Briefing, *, keys: list[InputKey], conn: sqlite3.Connection,
                writer: ArchiveWriter, summary: IngestSummary) -> None:
    """Write one parsed batch (``keys``: its articles' input identities) in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another ingest may have committed while this batch was parsed: read what it
        # stored (articles, stories, term counts) under the write lock, not before.
        writer.refresh()
        summary.skipped += writer.write(briefing, keys=keys, counts=summary.stored)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    writer.after_commit()


def _parsed(
    batch: list[Document],
    *,
    nlp: Language,
    date_hint: str | None,
    workers: int,
    on_error: Callable[[InputError], None],
) -> Iterator[tuple[Briefing, list[InputKey]]]:
    """The batch run through the pipeline, or, when that fails, its halves in turn, down
    to the one document that fails, which is reported and left out.

    The pipeline reports a bad input, and an article the parse fails on, as a line; any
    other failure (merging, comparing) ends its run; splitting costs a few extra runs of
    the batch, only when one fails.
    Errors of a failed run are held back: the runs of its halves report them again.
    """
    errors: list[InputError] = []
    try:
        result = _run_batch(batch, nlp=nlp, date_hint=date_hint, workers=workers,
                            on_error=errors.append)
    except Exception as exc:
        if len(batch) > 1:
            middle = len(batch) // 2
            for half in (batch[:middle], batch[middle:]):
                yield from _parsed(half, nlp=nlp, date_hint=date_hint, workers=workers,
                                   on_error=on_error)
            return
        reason = (str(exc).splitlines() or [""])[0]
        on_error(InputError(batch[0].source_path,
                            f"could not be processed ({type(exc).__name__}: {reason})"))
        return
    for error in errors:
        on_error(error)
    yield result


def _parsed_on_cluster(
    batches: Iterable[list[Document]],
    *,
    client: Client,
    date_hint: str | None,
    ahead: int,
    on_error: Callable[[InputError], None],
) -> Iterator[tuple[Briefing, list[InputKey]]]:
    """Each batch run through the pipeline with its per-article work on the cluster, and
    its articles' input identities (an input that fails is reported and left out).

    Documents go to the workers up to ``ahead`` (one batch) beyond the one the client is
    at, so the workers parse the next batch while this process merges and stores one;
    ``_new_batches`` remembers the previous batch's inputs, read before it was stored.
    """
    from crosswire import cluster  # Dask is imported only when a cluster is used

    sizes: deque[int] = deque()
    errors: list[InputError] = []

    def documents() -> Iterator[Document]:
        for batch in batches:
            sizes.append(len(batch))
            yield from batch

    def report(error: InputError) -> None:
        errors.append(error)
        on_error(error)

    pairs = cluster.analysed(documents(), client=client, date_hint=date_hint, ahead=ahead,
                             on_error=report)
    for first in pairs:
        kept = [(document, analysis)
                for document, analysis in [first, *islice(pairs, sizes.popleft() - 1)]
                if analysis is not None]
        analyses = list(cluster.with_unique_ids([analysis for _, analysis in kept],
                                                client=client))
        briefing = pipeline.brief_of(analyses, errors=list(errors))
        errors.clear()
        yield briefing, [identity(document) for document, _ in kept]


def _new_batches(
    inputs: Iterable[Document | InputError],
    *,
    conn: sqlite3.Connection,
    size: int,
    summary: IngestSummary,
    on_error: Callable[[InputError], None],
) -> Iterator[list[Document]]:
    """Batches of documents the archive does not hold yet (nor an earlier one of this run:
    this batch and the one before, which may still be parsing when this one is read)."""
    batch: list[Document] = []
    pending: set[InputKey] = set()
    previous: set[InputKey] = set()
    for item in inputs:
        if isinstance(item, InputError):
            on_error(item)
            continue
        summary.read += 1
        key = identity(item)
        if key in pending or key in previous or stored_keys(conn, [key]):
            summary.skipped += 1
            continue
        pending.add(key)
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch, pending, previous = [], set(), pending
    if batch:
        yield batch


def _run_batch(
    batch: list[Document],
    *,
    nlp: Language,
    date_hint: str | None,
    workers: int,
    on_error: Callable[[InputError], None],
) -> tuple[Briefing, list[InputKey]]:
    """Run the pipeline on a batch; pair each resulting article with its input's identity.

    The pipeline keeps input order and drops inputs it cannot use, reporting each as it
    reads it; watching which input is being read when an error is reported tells which
    were dropped. An article the parse fails on is reported later, with its place among
    the articles that reached the parse.
    """
    dropped: set[int] = set()
    unparsed: set[int] = set()  # places among the articles that reached the parse
    current = -1

    def inputs() -> Iterator[Document]:
        nonlocal current
        for current, document in enumerate(batch):
            yield document

    def watch(error: InputError) -> None:
        if isinstance(error, pipeline.ParseFailed):  # reported after its input was read
            unparsed.add(error.position)
        elif not error.message.endswith("truncated"):  # truncated articles are kept
            dropped.add(current)
        on_error(error)

    briefing = pipeline.run(inputs(), nlp=nlp, date_hint=date_hint, workers=workers,
                            on_error=watch)
    parsed = [document for n, document in enumerate(batch) if n not in dropped]
    kept = [document for n, document in enumerate(parsed) if n not in unparsed]
    if len(kept) != len(briefing.articles):
        raise RuntimeError(
            f"pipeline returned {len(briefing.articles)} articles for {len(kept)} inputs"
        )
    return briefing, [identity(document) for document in kept]
