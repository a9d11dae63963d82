"""The same ingest three ways: one process, the built-in worker pool, a Dask LocalCluster.

Also the single writer's own throughput (articles stored per second, parsing taken out)
against one worker's parse rate: the number of workers one writer can keep up with.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from crosswire.archive import export


def archive_contents(db: Path) -> dict[str, list[dict[str, Any]]]:
    """Every exported table of the archive at ``db``, without the ingest times: two
    archives that store the same are equal here."""
    conn = sqlite3.connect(db)
    try:
        return {table: [{name: value for name, value in row.items() if name != "ingested_at"}
                        for row in export.rows(conn, table)]
                for table in export.TABLES}
    finally:
        conn.close()


def cluster_bench_lines(*, source: Path, limit: int = 600, cluster_workers: int = 2,
                        ) -> list[str]:
    """Ingest the first ``limit`` articles of ``source`` into three fresh archives (one
    process, the built-in pool of one worker per core, ``--cluster local:N``) and time
    each; check the archives are the same; then time the client's own share (the
    cross-article stages and the store) on analyses computed beforehand."""
    import os

    from crosswire.archive.db import connect as open_archive
    from crosswire.archive.ingest import BATCH_SIZE, IngestSummary, ingest, store_batch
    from crosswire.archive.store import ArchiveWriter, identity
    from crosswire.cluster import analysed
    from crosswire.cluster import connect as connect_cluster
    from crosswire.ingest import read_inputs
    from crosswire.measure.bench_brief import load_articles
    from crosswire.models import Document
    from crosswire.nlp import load_nlp
    from crosswire.pipeline import brief_of

    nlp = load_nlp()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "articles.jsonl"
        records = load_articles(source, limit=limit)
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")

        def timed_ingest(name: str, **options: Any) -> float:
            conn = open_archive(folder / f"{name}.db")
            started = time.perf_counter()
            ingest(read_inputs([str(corpus)]), conn=conn, nlp=nlp, **options)
            seconds = time.perf_counter() - started
            conn.close()
            return seconds

        single = timed_ingest("single", workers=1)
        pool = timed_ingest("pool", workers=0)
        started = time.perf_counter()
        with connect_cluster(f"local:{cluster_workers}") as client:
            startup = time.perf_counter() - started
            cluster = timed_ingest("cluster", client=client)
            documents = [d for d in read_inputs([str(corpus)]) if isinstance(d, Document)]
            pairs = [(document, analysis) for document, analysis
                     in analysed(documents, client=client) if analysis is not None]

        conn = open_archive(folder / "writer.db")
        writer, summary = ArchiveWriter(conn), IngestSummary()
        merging = storing = 0.0
        for start in range(0, len(pairs), BATCH_SIZE):
            batch = pairs[start : start + BATCH_SIZE]
            started = time.perf_counter()
            briefing = brief_of([analysis for _, analysis in batch], errors=[])
            merged = time.perf_counter()
            store_batch(briefing, keys=[identity(document) for document, _ in batch],
                        conn=conn, writer=writer, summary=summary)
            merging += merged - started
            storing += time.perf_counter() - merged
        conn.close()
        contents = {name: archive_contents(folder / f"{name}.db")
                    for name in ("single", "pool", "cluster", "writer")}
    articles = len(contents["single"]["articles"])
    same = all(contents[name] == contents["single"] for name in ("pool", "cluster"))
    rate = {name: articles / seconds for name, seconds in
            (("single", single), ("pool", pool), ("cluster", cluster))}
    per_worker = rate["cluster"] / cluster_workers
    writer_rate = articles / (merging + storing)
    return [
        f"ingest of {articles} articles ({len(records)} read), batches of {BATCH_SIZE}, "
        f"{cores} cores:",
        f"  one process:            {single:6.1f} s  {rate['single']:5.1f} articles/s",
        f"  built-in pool ({cores} workers): {pool:6.1f} s  {rate['pool']:5.1f} articles/s "
        f"(x{rate['pool'] / rate['single']:.2f} one process)",
        f"  --cluster local:{cluster_workers}:       {cluster:6.1f} s  {rate['cluster']:5.1f} "
        f"articles/s (x{rate['cluster'] / rate['single']:.2f} one process, "
        f"x{rate['cluster'] / rate['pool']:.2f} the pool; target >= 1.8 and >= 0.91), "
        f"plus {startup:.1f} s to start the cluster and load the model on its workers",
        f"  archives identical (every exported table, ingest times aside): "
        f"{'yes' if same else 'NO'}; the writer's own archive too: "
        f"{'yes' if contents['writer'] == contents['single'] else 'NO'}",
        f"  per cluster worker: {per_worker:.1f} articles/s (clean, metadata, parse, extraction)",
        f"  the writer alone (client side, parsing taken out): {writer_rate:.1f} articles/s "
        f"(cross-article stages {merging:.1f} s, store {storing:.1f} s; store alone "
        f"{articles / storing:.1f} articles/s)",
        f"  one writer keeps up with {writer_rate / per_worker:.0f} workers "
        f"(target >= 50)",
    ]
