"""An ingest killed mid-way loses nothing committed and resumes to the same archive."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from archive_fixtures import committed_articles

ARTICLES = 160
# Generous: the processes load the parser and share the cores with the rest of the suite;
# these limits only stop a hung run, they measure nothing.
TIMEOUT = 600
PLACES = ["Ostrava", "Lindau", "Narvik", "Perth", "Cuenca", "Tartu", "Bergen", "Oulu"]
TOPICS = ["bridge repairs", "school meals", "tram fares", "harbour dredging",
          "library hours", "wind farm permits", "hospital parking", "river cleanup"]


def write_articles(folder) -> None:
    folder.mkdir()
    for n in range(ARTICLES):
        place, topic = PLACES[n % len(PLACES)], TOPICS[(n // 8) % len(TOPICS)]
        (folder / f"{n:04d}.txt").write_text(
            f"Council member Dana Wells of {place} said on Tuesday that {topic} would be "
            f"reviewed in item {n}. \"We counted {n * 7} complaints,\" Wells said.\n", "utf-8")


def command() -> list[str]:
    return [sys.executable, "-m", "crosswire", "ingest"]


def ingest(folder, db, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [*command(), str(folder), "--db", str(db), "-q", "--workers", "1",
         "--batch-size", "16"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def snapshot(db) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(conn.execute("SELECT id, content_hash, story_id FROM articles")),
            "statements": sorted(conn.execute("SELECT id, article_id, text FROM statements")),
            "stories": sorted(conn.execute("SELECT id, size FROM stories")),
            "events": sorted(conn.execute("SELECT id, article_id FROM events")),
            "fts": conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0],
            "lsh": conn.execute("SELECT count(*) FROM lsh_bands").fetchone()[0],
        }
    finally:
        conn.close()



def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder)
    killed_db = tmp_path / "killed.db"

    process = ingest(folder, killed_db)
    deadline = time.monotonic() + TIMEOUT
    while committed_articles(killed_db) == 0:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, f"no batch committed within {TIMEOUT} s"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = committed_articles(killed_db)
    assert 0 < partial < ARTICLES, "the kill must land mid-way"

    resumed = ingest(folder, killed_db)
    out, err = resumed.communicate(timeout=TIMEOUT)
    assert resumed.returncode == 0, err.decode()
    assert f"{partial} already stored" in out.decode()

    clean_db = tmp_path / "clean.db"
    clean = ingest(folder, clean_db)
    clean.communicate(timeout=TIMEOUT)
    assert snapshot(killed_db) == snapshot(clean_db)
    assert len(snapshot(clean_db)["articles"]) == ARTICLES
