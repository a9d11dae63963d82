"""Ingest on a Dask cluster: the archive a run without the cluster writes, whatever
happens to a worker or to the scheduler on the way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import dask
import pytest
from distributed import Client, LocalCluster

from crosswire.cluster import WORKER_CONFIG, ClusterError, parse_address
from crosswire.measure.bench_cluster import archive_contents
from test_archive_kill import committed_articles, write_articles


def ingest(folder, db, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crosswire", "ingest", str(folder), "--db", str(db), "-q",
         "--batch-size", "16", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def local_cluster() -> LocalCluster:
    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                            dashboard_address=":0")


def wait_for_a_commit(process: subprocess.Popen, db) -> None:
    deadline = time.monotonic() + 180
    while committed_articles(db) == 0:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "no batch committed within 180 s"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The invented articles and the archive a plain ingest makes of them."""
    folder = tmp_path_factory.mktemp("cluster") / "articles"
    write_articles(folder)
    clean_db = folder.parent / "clean.db"
    out, err = ingest(folder, clean_db, "--workers", "1").communicate(timeout=300)
    assert b"160 articles added" in out, err.decode()
    return folder, archive_contents(clean_db)


def test_cluster_addresses():
    assert parse_address("local") == ("local", None)
    assert parse_address("local:3") == ("local", 3)
    assert parse_address("tcp://10.0.0.5:8786") == ("scheduler", None)
    for bad in ("local:0", "local:two", "somewhere", "tcp://"):
        with pytest.raises(ClusterError, match="--cluster"):
            parse_address(bad)


@pytest.mark.slow
def test_a_worker_killed_mid_ingest_loses_nothing_and_stores_nothing_twice(corpus, tmp_path):
    folder, clean = corpus
    db = tmp_path / "killed-worker.db"
    with local_cluster() as cluster, Client(cluster) as client:
        process = ingest(folder, db, "--cluster", cluster.scheduler_address)
        wait_for_a_commit(process, db)
        # Kill the worker process that is parsing now (a busy one), not the nanny.
        deadline = time.monotonic() + 120
        while not (busy := [address for address, tasks in client.processing().items() if tasks]):
            assert time.monotonic() < deadline and process.poll() is None, "no task ran"
            time.sleep(0.02)
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    assert b"160 articles added" in out
    assert archive_contents(db) == clean


@pytest.mark.slow
def test_a_lost_scheduler_ends_the_run_in_one_line_and_a_rerun_resumes(corpus, tmp_path):
    folder, clean = corpus
    db = tmp_path / "lost-scheduler.db"
    with local_cluster() as cluster:
        process = ingest(folder, db, "--cluster", cluster.scheduler_address)
        wait_for_a_commit(process, db)
    out, err = process.communicate(timeout=300)
    assert process.returncode != 0
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "re-run the same command to resume" in lines[0], lines
    stored = committed_articles(db)
    assert 0 < stored < 160

    out, err = ingest(folder, db, "--workers", "1").communicate(timeout=300)
    assert f"{stored} already stored".encode() in out, err.decode()
    assert archive_contents(db) == clean


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.", "utf-8")
    process = ingest(tmp_path / "a.txt", tmp_path / "a.db", "--cluster", "tcp://127.0.0.1:9")
    out, err = process.communicate(timeout=180)
    assert process.returncode != 0
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "tcp://127.0.0.1:9" in lines[0], lines


@pytest.mark.slow
def test_brief_on_the_cluster_is_the_brief_without_it(nlp, tmp_path):
    from archive_fixtures import articles, write_jsonl

    from crosswire import cluster, pipeline
    from crosswire.briefing import write_briefing
    from crosswire.ingest import read_inputs

    records = articles()
    # Two inputs declaring one id: the later one is renamed, and analysed under its new id.
    records.append({**records[1], "id": records[0]["id"], "title": "Same id, other text"})
    source = write_jsonl(tmp_path / "news.jsonl", records)
    plain = pipeline.run(read_inputs([str(source)]), nlp=nlp, workers=1)
    with cluster.connect("local:2") as client:
        on_cluster = cluster.run(read_inputs([str(source)]), client=client)
    assert len({article.id for article in on_cluster.articles}) == len(records)
    written = {name: write_briefing(briefing, outdir=tmp_path / name)["json"].read_bytes()
               for name, briefing in (("plain", plain), ("cluster", on_cluster))}
    assert written["cluster"] == written["plain"]


def test_the_cluster_can_come_from_the_environment(tmp_path):
    from click.testing import CliRunner

    from crosswire.cli import cli

    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.", "utf-8")
    for command in (["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "a.db")],
                    ["brief", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(cli, command, env={"CROSSWIRE_CLUSTER": "nowhere"})
        assert result.exit_code == 1
        assert result.output.strip().splitlines() == [
            "Error: --cluster nowhere: expected local, local:N or a scheduler address "
            "(tcp://host:8786)"]
