"""The worker pool: forked or spawned workers write the same brief."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from crosswire import pipeline
from crosswire.briefing import write_briefing
from crosswire.ingest import read_inputs

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def test_spawn_is_the_default_where_fork_is_missing(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn", "forkserver"])
    assert pipeline.default_start_method() == "spawn"
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["fork", "spawn"])
    assert pipeline.default_start_method() == "fork"


@pytest.mark.slow
def test_spawned_workers_write_the_brief_forked_workers_write(nlp, monkeypatch, tmp_path):
    # Send every seed article through the pool, one chunk per article.
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 1)
    started: list[str] = []
    get_context = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context",
                        lambda method=None: started.append(method) or get_context(method))
    briefs = {}
    for method in ("fork", "spawn"):
        briefing = pipeline.run(read_inputs([str(SEEDS)]), nlp=nlp, date_hint="2022", workers=2,
                                start_method=method)
        written = write_briefing(briefing, outdir=tmp_path / method)
        briefs[method] = written["json"].read_bytes()
    assert started == ["fork", "spawn"]
    assert briefs["spawn"] == briefs["fork"]
