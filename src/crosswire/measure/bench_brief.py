"""`crosswire bench`: the brief pipeline timed against a bare spaCy parse, same texts, same run.

The baseline parses the cleaned texts with the same model on the same worker
processes and chunking as the pipeline, and throws the Docs away: the ratio is then
everything crosswire adds (reading, cleaning, metadata, extraction, actor merging,
comparison, and writing every file ``crosswire brief`` writes, events.plover.jsonl
included) over the irreducible parse.

On a machine other jobs load the ratio swings (1.13 and 2.22 back to back), so the report
also gives each run's CPU seconds, this process's apart from the processes it starts
(workers, forks), and for the brief how long it ran after the last article came back
from the workers: the part no worker shares.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import resource
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from crosswire.briefing import write_briefing
from crosswire.ingest import read_inputs
from crosswire.measure.dataset_lines import json_lines
from crosswire.models import Document
from crosswire.nlp import COMPONENTS, load_nlp
from crosswire.pipeline import CHUNK_SIZE, default_start_method, elsewhere_for, prepare, run

# Each measurement is repeated and the fastest kept, to damp noise from the machine.
REPEATS = 2

_BARE_NLP: Language | None = None


@dataclass(frozen=True)
class Timing:
    """One timed run: wall seconds, and CPU seconds of this process and of the processes
    it started and waited for (pool workers, forks), and of all of them the seconds spent
    in the kernel (``kernel_cpu``: forking, and the page faults of forked copies); for the
    brief, ``parse`` is the same up to the moment the last article's analysis was back and
    the workers had ended."""

    wall: float
    parent_cpu: float
    children_cpu: float
    kernel_cpu: float
    parse: Timing | None = None


def _children_cpu() -> float:
    """CPU seconds of the ended child processes this process has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _kernel_cpu() -> float:
    """Kernel CPU seconds of this process and of the ended children it has waited for."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_stime
            + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime)


def _load_bare_nlp(pickled_nlp: bytes) -> None:
    """Pool initializer under spawn: the parent's pipeline, once per worker."""
    global _BARE_NLP
    _BARE_NLP = pickle.loads(pickled_nlp)


def _bare_parse_chunk(texts: list[str]) -> int:
    assert _BARE_NLP is not None
    return sum(len(doc) for doc in _BARE_NLP.pipe(texts, batch_size=CHUNK_SIZE, disable=COMPONENTS))


def bare_parse(texts: list[str], *, nlp: Language, workers: int) -> float:
    """Seconds to parse ``texts`` with ``nlp``'s model alone (crosswire's components
    disabled) on ``workers`` processes, started as the brief pipeline starts its own (fork
    where the platform has it, else spawn with the pipeline loaded once per worker)."""
    return timed_bare_parse(texts, nlp=nlp, workers=workers).wall


def timed_bare_parse(texts: list[str], *, nlp: Language, workers: int) -> Timing:
    """``bare_parse`` with its CPU seconds."""
    global _BARE_NLP
    _BARE_NLP = nlp
    chunks = [texts[i : i + CHUNK_SIZE] for i in range(0, len(texts), CHUNK_SIZE)]
    cpu, children, kernel = time.process_time(), _children_cpu(), _kernel_cpu()
    started = time.perf_counter()
    if workers == 1:
        for chunk in chunks:
            _bare_parse_chunk(chunk)
    else:
        method = default_start_method()
        context = multiprocessing.get_context(method)
        pool = (context.Pool(workers) if method == "fork" else
                context.Pool(workers, initializer=_load_bare_nlp, initargs=(pickle.dumps(nlp),)))
        with pool:
            list(pool.imap(_bare_parse_chunk, chunks))
    wall = time.perf_counter() - started
    return Timing(wall, time.process_time() - cpu, _children_cpu() - children, _kernel_cpu() - kernel)


def full_brief(source: Path, *, nlp: Language, workers: int, outdir: Path) -> float:
    """Seconds for the whole brief job: read, clean, parse, extract, merge, compare, and
    write the files ``crosswire brief`` writes."""
    return timed_full_brief(source, nlp=nlp, workers=workers, outdir=outdir).wall


def timed_full_brief(source: Path, *, nlp: Language, workers: int, outdir: Path) -> Timing:
    """``full_brief`` with its CPU seconds and when the parse's last result was back."""
    parsed: list[Timing] = []

    def mark_parsed(analyses: Iterable) -> Iterator:
        yield from analyses
        parsed.append(Timing(time.perf_counter() - started, time.process_time() - cpu,
                             _children_cpu() - children, _kernel_cpu() - kernel))

    cpu, children, kernel = time.process_time(), _children_cpu(), _kernel_cpu()
    started = time.perf_counter()
    briefing = run(read_inputs([str(source)]), nlp=nlp, workers=workers, progress=mark_parsed)
    write_briefing(briefing, outdir=outdir, elsewhere=elsewhere_for(len(briefing.articles), workers=workers))
    wall = time.perf_counter() - started
    return Timing(wall, time.process_time() - cpu, _children_cpu() - children, _kernel_cpu() - kernel,
                  parse=parsed[0] if parsed else None)


def load_articles(source: Path, *, limit: int) -> list[dict]:
    records = []
    for _, record in json_lines(source):
        if record.get("text"):
            records.append({"id": str(record.get("doc_id") or len(records)), "text": record["text"]})
        if len(records) == limit:
            break
    return records


def write_corpus(*, source: Path, limit: int, folder: Path) -> tuple[Path, list[str]]:
    """The first ``limit`` articles of ``source`` as a JSON Lines input in ``folder``, and
    their cleaned bodies: the baseline parses exactly the text the pipeline parses."""
    corpus = folder / "articles.jsonl"
    records = load_articles(source, limit=limit)
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    documents = [d for d in read_inputs([str(corpus)]) if isinstance(d, Document)]
    return corpus, [prepare(document).text for document in documents]


def warm_bare_parse(texts: list[str], *, nlp: Language, workers: int) -> float:
    """``bare_parse`` after a warm-up on one chunk, fastest of ``REPEATS`` runs."""
    bare_parse(texts[:CHUNK_SIZE], nlp=nlp, workers=1)
    return min(timed_bare_parse(texts, nlp=nlp, workers=workers).wall for _ in range(REPEATS))


def run_bench(*, source: Path, limit: int) -> Iterator[str]:
    """Yield report lines: sizes, timings of the baseline and the pipeline, and their ratio."""
    workers = os.cpu_count() or 1
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, texts = write_corpus(source=source, limit=limit, folder=Path(tmp))
        chars = sum(len(t) for t in texts)
        yield f"articles: {len(texts)} ({chars / max(len(texts), 1):,.0f} characters on average), workers: {workers}"
        pairs = timed_pairs(texts, corpus, nlp=nlp, workers=workers, outdir=Path(tmp) / "out")
    bare = min((pair[0] for pair in pairs), key=lambda timing: timing.wall)
    brief = min((pair[1] for pair in pairs), key=lambda timing: timing.wall)
    baseline, pipeline = bare.wall, brief.wall
    yield f"bare spaCy parse: {baseline:.2f} s ({len(texts) / baseline:.1f} articles/s)"
    yield f"crosswire brief:  {pipeline:.2f} s ({len(texts) / pipeline:.1f} articles/s)"
    yield f"ratio brief / bare parse: {pipeline / baseline:.3f} (target <= 1.2)"
    yield pair_ratios_line(pairs)
    yield from cpu_lines(bare, brief)


def timed_pairs(
    texts: list[str], corpus: Path, *, nlp: Language, workers: int, outdir: Path
) -> list[tuple[Timing, Timing]]:
    """``REPEATS`` runs of the bare parse and the brief, each bare run straight before its
    brief: a noisy minute on a shared machine then slows both sides of one pair, where
    timing all bare runs first and all briefs after let it fall on one side only."""
    bare_parse(texts[:CHUNK_SIZE], nlp=nlp, workers=1)
    return [(timed_bare_parse(texts, nlp=nlp, workers=workers),
             timed_full_brief(corpus, nlp=nlp, workers=workers, outdir=outdir))
            for _ in range(REPEATS)]


def pair_ratios_line(pairs: list[tuple[Timing, Timing]]) -> str:
    """Each back-to-back pair's own ratio: how far the headline ratio can be trusted."""
    ratios = ", ".join(f"{brief.wall / bare.wall:.3f}" for bare, brief in pairs)
    return f"  each pair run back to back: {ratios}"


def cpu_lines(bare: Timing, brief: Timing) -> Iterator[str]:
    """Where the two timed runs spent CPU, and the brief's wall time after its parse: the
    figures that stay put when other jobs load the machine and the ratio does not."""
    yield (f"CPU bare parse:   {bare.children_cpu:.2f} s in workers, "
           f"{bare.parent_cpu:.2f} s in this process")
    yield (f"CPU brief:        {brief.children_cpu:.2f} s in workers and forks, "
           f"{brief.parent_cpu:.2f} s in this process")
    if brief.parse is not None:
        parse = brief.parse
        yield (f"  parse:          {parse.wall:.2f} s wall; CPU {parse.children_cpu:.2f} s in "
               f"workers, {parse.parent_cpu:.2f} s in this process (reading, cleaning, results)")
        yield (f"  after it:       {brief.wall - parse.wall:.2f} s wall; CPU "
               f"{brief.children_cpu - parse.children_cpu:.2f} s in forks, "
               f"{brief.parent_cpu - parse.parent_cpu:.2f} s in this process "
               "(merge, compare, render)")
    # The forks after the parse cost kernel time a run in one process does not: each page
    # either side writes is copied (about 0.6 s of the tail's 6 CPU s on the 150-article bench).
    split = (f", {brief.parse.kernel_cpu:.2f} s in the parse and "
             f"{brief.kernel_cpu - brief.parse.kernel_cpu:.2f} s after it" if brief.parse else "")
    yield (f"  kernel:         bare {bare.kernel_cpu:.2f} s; brief {brief.kernel_cpu:.2f} s{split} "
           "(forking, page faults of forked copies)")
