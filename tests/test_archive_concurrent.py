"""Several ingests of one archive at once lose nothing and count nothing twice.

Each run parses outside the write lock and writes each batch in one transaction; what
another run committed meanwhile (articles, story sizes and profiles, term statistics)
must be read inside that transaction, not taken from the run's own memory.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

PLACES = ["Ostrava", "Lindau", "Narvik", "Perth", "Cuenca", "Tartu", "Bergen", "Oulu"]
TOPICS = ["bridge repairs", "school meals", "tram fares", "harbour dredging",
          "library hours", "wind farm permits", "hospital parking", "river cleanup"]
PER_INPUT = 32


def write_articles(path, *, offset: int) -> None:
    """JSON Lines of articles that group into several stories per topic, dated."""
    import json

    with path.open("w", encoding="utf-8") as out:
        for n in range(offset, offset + PER_INPUT):
            place, topic = PLACES[n % len(PLACES)], TOPICS[(n // 4) % len(TOPICS)]
            text = (f"Council member Dana Wells of {place} said on Tuesday that {topic} "
                    f"would be reviewed in item {n}. \"We counted {n * 7} complaints about "
                    f"{topic},\" Wells said.\n")
            out.write(json.dumps({"id": f"a{n}", "text": text, "title": f"{place} {topic}",
                                  "published": f"2031-03-{1 + n % 5:02d}"}) + "\n")


def start_ingest(source, db) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crosswire", "ingest", str(source), "--db", str(db), "-q",
         "--workers", "1", "--batch-size", "4"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_concurrent_ingests_store_each_article_once_and_count_stories_right(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    write_articles(first, offset=0)
    write_articles(second, offset=1000)
    db = tmp_path / "news.db"
    # two runs of the same input and two of different ones, all at once
    processes = [start_ingest(source, db) for source in (first, first, second, second)]
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()
        assert "Traceback" not in err.decode()

    conn = sqlite3.connect(db)
    try:
        inputs = [row[0] for row in conn.execute("SELECT input_id FROM articles")]
        assert sorted(inputs) == sorted([f"a{n}" for n in range(PER_INPUT)]
                                        + [f"a{n}" for n in range(1000, 1000 + PER_INPUT)])
        wrong_sizes = conn.execute(
            "SELECT s.id, s.size, count(a.id) FROM stories s "
            "LEFT JOIN articles a ON a.story_id = s.id GROUP BY s.id "
            "HAVING s.size != count(a.id)").fetchall()
        assert wrong_sizes == []
        assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] > 1
        assert conn.execute("SELECT count(*) FROM articles WHERE story_id IS NULL "
                            "OR story_id NOT IN (SELECT id FROM stories)").fetchone()[0] == 0
        # every article not linked as a duplicate was counted once in the term statistics
        documents = int(conn.execute(
            "SELECT value FROM archive_meta WHERE key = 'documents'").fetchone()[0])
        originals = conn.execute("SELECT count(*) FROM articles WHERE id NOT IN "
                                 "(SELECT article_id FROM duplicates)").fetchone()[0]
        assert documents == originals
        statements = conn.execute("SELECT article_id, start, count(*) FROM statements "
                                  "GROUP BY article_id, start HAVING count(*) > 1").fetchall()
        assert statements == []
    finally:
        conn.close()


def test_opening_waits_while_another_process_holds_a_new_archive_for_writing(tmp_path):
    # A second ingest opening a new archive while the first holds its write lock, before the
    # file is in WAL mode, is told "locked" by SQLite at once: opening must wait, not fail.
    import threading
    import time

    from crosswire.archive.db import connect

    path = tmp_path / "news.db"
    first = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    first.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.3, lambda: first.execute("COMMIT"))
    releaser.start()
    started = time.monotonic()
    conn = connect(path)
    releaser.join()
    assert time.monotonic() - started >= 0.25
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    first.close()
