"""The worker pool: forked or spawned workers write the same brief."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from crosswire import pipeline
from crosswire.briefing import write_briefing
from crosswire.ingest import read_inputs
from crosswire.models import Document

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
        if method == "fork":  # brief.html and brief.md written by a forked process, brief.json here
            beside = write_briefing(briefing, outdir=tmp_path / "beside",
                                    elsewhere=pipeline.in_forked_process)
            assert {form: path.read_bytes() for form, path in beside.items()} == {
                form: path.read_bytes() for form, path in written.items()}
    # the fork run's pool, the processes its comparison forks (the framing's reading of
    # the texts; issues and positions; the claims' word-for-word matching) and the one
    # writing brief.html and brief.md; the spawn run's pool
    assert started == ["fork", "fork", "fork", "fork", "fork", "spawn"]
    assert briefs["spawn"] == briefs["fork"]


def test_forked_work_hands_back_its_result_or_its_error():
    pending = pipeline.in_forked_process(lambda: {"parent's data": [1, 2]})
    assert pending() == {"parent's data": [1, 2]}

    def fails() -> None:
        raise ValueError("no outlets to compare")

    with pytest.raises(ValueError, match="no outlets to compare"):
        pipeline.in_forked_process(fails)()


def test_forked_work_that_dies_is_reported_not_waited_for():
    import os

    pending = pipeline.in_forked_process(lambda: os._exit(3))
    with pytest.raises(RuntimeError, match="exit code 3"):
        pending()


@pytest.mark.slow
def test_a_pool_parse_hands_back_every_analysis_and_leaves_the_collector_as_it_found_it(nlp, monkeypatch):
    # Results travel pickled and are frozen as they arrive; the run must still give each
    # article's analysis in input order, and end with the collector on and nothing frozen.
    import gc

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 1)
    articles = [article for article in (pipeline.article_of(document, date_hint="2022")[0]
                                        for document in read_inputs([str(SEEDS)])) if article]
    analyses = list(pipeline.parse_articles(articles, nlp=nlp, workers=2, start_method="fork"))
    assert [analysis.article for analysis in analyses] == articles
    assert all(analysis.mentions for analysis in analyses)
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.slow
def test_lexicons_some_texts_reach_are_loaded_once_before_the_workers_fork(nlp, monkeypatch):
    # The snippet analysed before forking reaches no noun naming a person, place or time;
    # the workers and the cross-article work's forks read them all the same, and each
    # loaded its own unless the parent held them when it forked.
    from crosswire.knowledge.text import setting_nouns

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 1)
    texts = ["Rain fell on Dunmere.", "The ferry to Ostvik left at noon on Friday."]
    articles = [pipeline.prepare(Document(source_path=f"in/{n}.txt", content=text, format="text"),
                                 date_hint="2022")
                for n, text in enumerate(texts)]
    setting_nouns.cache_clear()
    analyses = list(pipeline.parse_articles(articles, nlp=nlp, workers=2, start_method="fork"))
    assert len(analyses) == 2
    assert setting_nouns.cache_info().currsize == 1
