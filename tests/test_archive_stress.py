"""The archive under stress, through real processes: writers at once over inputs with bad
lines, repeats and copies; a writer killed inside its write transaction; an interrupted
ingest. Nothing stored is lost or stored twice, and a bad line is one line naming it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from archive_fixtures import committed_articles

PLACES = ["Tolvik", "Halden", "Korvale", "Dunmere"]
TOPICS = ["ferry fares", "quay repairs", "dredging", "harbour tolls"]
PER_INPUT = 24
COPIES = 4  # each input carries wire copies of the other's first articles
TIMEOUT = 600


def _article(n: int, *, input_id: str | None = None) -> str:
    place, topic = PLACES[n % len(PLACES)], TOPICS[(n // 4) % len(TOPICS)]
    return json.dumps({
        "id": input_id or f"a{n}", "title": f"{place} {topic}",
        "published": f"2031-03-{1 + n % 5:02d}",
        "text": (f"Harbour master Ilse Korr of {place} said on Tuesday that {topic} would be "
                 f"reviewed in item {n}. \"We counted {n * 7} complaints about {topic},\" "
                 "Korr said.\n")})


def write_input(path: Path, *, offset: int, copies_of: int, count: int = PER_INPUT) -> None:
    """Articles ``offset``.. (``count`` of them) with, among them, a line cut short, a line
    without text and the first article again; then copies of ``copies_of``.. under ids of
    their own."""
    lines = []
    for n in range(offset, offset + count):
        lines.append(_article(n))
        if n == offset + 5:
            lines.append('{"id": "cut", "text": "the line ends')
        if n == offset + 9:
            lines.append('{"id": "empty"}')
        if n == offset + 12:
            lines.append(_article(offset))
    lines += [_article(n, input_id=f"copy-{offset}-{n}") for n in range(copies_of, copies_of + COPIES)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def inputs(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    write_input(first, offset=0, copies_of=100)
    write_input(second, offset=100, copies_of=0)
    return first, second


# ``crosswire`` as ``-m crosswire`` runs it, with Python's Ctrl-C handler set first: a test
# run started as a background job of a script inherits an ignored SIGINT (the shell's rule
# for such jobs), and a child that ignores it is no user pressing Ctrl-C in a terminal.
INTERRUPTIBLE = ("import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                 "runpy.run_module('crosswire', run_name='__main__')")


def start(*sources: Path, db: Path, interruptible: bool = False, **popen) -> subprocess.Popen:
    command = ["-c", INTERRUPTIBLE] if interruptible else ["-m", "crosswire"]
    return subprocess.Popen(
        [sys.executable, *command, "ingest", *map(str, sources), "--db", str(db), "-q",
         "--workers", "1", "--batch-size", "4"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def finish(process: subprocess.Popen) -> tuple[str, str]:
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    return out.decode(), err.decode()



def contents(db: Path) -> dict:
    """What the archive holds, apart from the order articles arrived in (which copy of
    a text is the original, which story id a story got)."""
    conn = sqlite3.connect(db)
    try:
        def rows(query: str) -> list:
            return sorted(tuple(row) for row in conn.execute(query))

        return {
            "inputs": rows("SELECT input_id, content_hash FROM articles"),
            "statements": rows("SELECT a.input_id, s.start, s.text FROM statements s "
                               "JOIN articles a ON a.id = s.article_id"),
            "events": rows("SELECT a.input_id, e.event_type FROM events e "
                           "JOIN articles a ON a.id = e.article_id"),
            # one original per text, every other copy linked to it
            "copies": rows("SELECT a.content_hash, count(*), count(d.article_id) FROM articles a "
                           "LEFT JOIN duplicates d ON d.article_id = a.id GROUP BY a.content_hash"),
            "search index": conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0],
            "duplicate index": conn.execute("SELECT count(*) FROM lsh_bands").fetchone()[0],
            "documents counted": conn.execute(
                "SELECT value FROM archive_meta WHERE key = 'documents'").fetchone()[0],
            "wrong story sizes": rows(
                "SELECT s.id FROM stories s LEFT JOIN articles a ON a.story_id = s.id "
                "GROUP BY s.id HAVING s.size != count(a.id)"),
            "articles without a story": conn.execute(
                "SELECT count(*) FROM articles WHERE story_id IS NULL "
                "OR story_id NOT IN (SELECT id FROM stories)").fetchone()[0],
        }
    finally:
        conn.close()


def expected_inputs() -> list[str]:
    return sorted([f"a{n}" for n in range(PER_INPUT)] + [f"a{n}" for n in range(100, 100 + PER_INPUT)]
                  + [f"copy-0-{n}" for n in range(100, 100 + COPIES)]
                  + [f"copy-100-{n}" for n in range(COPIES)])


def test_two_writers_over_bad_lines_repeats_and_copies_store_each_article_once(tmp_path):
    first, second = inputs(tmp_path)
    db = tmp_path / "news.db"
    runs = [start(first, db=db), start(second, db=db)]
    for source, run in zip((first, second), runs):
        out, err = finish(run)
        # each bad line is one line naming its input and line; the good ones around it are stored
        assert err.splitlines() == [
            f"crosswire: {source}: line 7: invalid JSON: Unterminated string starting at (column 23)",
            f"crosswire: {source}: line 12: no \"text\" or \"html\" field"]
        assert "1 already stored, 2 errors" in out  # the repeated article
    held = contents(db)
    assert [input_id for input_id, _ in held["inputs"]] == expected_inputs()
    assert all(count == 1 + linked for _, count, linked in held["copies"])
    assert sum(linked for _, _, linked in held["copies"]) == 2 * COPIES
    assert held["search index"] == len(held["inputs"])
    assert held["wrong story sizes"] == [] and held["articles without a story"] == 0

    out, _ = finish(start(first, second, db=db))
    assert out.startswith("0 articles added")
    assert contents(db) == held


def test_a_writer_killed_inside_its_write_transaction_loses_and_doubles_nothing(tmp_path):
    first, second = inputs(tmp_path)
    db = tmp_path / "killed.db"
    writer = start(first, db=db)
    deadline = time.monotonic() + TIMEOUT
    while committed_articles(db) == 0:
        assert writer.poll() is None, writer.stderr.read().decode()
        assert time.monotonic() < deadline, "no batch committed"
        time.sleep(0.02)
    # Wait for the writer to hold the write lock again (a later batch's transaction is
    # open), then kill it there.
    while True:
        assert writer.poll() is None, "the writer finished before it could be caught writing"
        probe = sqlite3.connect(db, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError:  # locked: the writer is inside its transaction
            os.kill(writer.pid, signal.SIGKILL)
            break
        finally:
            probe.close()
    writer.wait()
    partial = committed_articles(db)
    assert 0 < partial < PER_INPUT + COPIES

    # resumed while another writer stores the other input
    resumed, other = start(first, db=db), start(second, db=db)
    out, _ = finish(resumed)
    assert f"{partial + 1} already stored" in out  # and the input's repeated article
    finish(other)

    clean = tmp_path / "clean.db"
    finish(start(first, second, db=clean))
    assert contents(db) == contents(clean)


def test_an_interrupted_ingest_says_what_it_kept_and_resumes(tmp_path):
    # On a loaded machine this process may be scheduled so late that the ingest ends between
    # its first commit and the interrupt: then the interrupt tested nothing, and the run is
    # repeated on an input four times as long.
    for count in (PER_INPUT * 5, PER_INPUT * 20, PER_INPUT * 80):
        first, db = tmp_path / f"long{count}.jsonl", tmp_path / f"news{count}.db"
        write_input(first, offset=0, copies_of=1000, count=count)
        run = start(first, db=db, interruptible=True, start_new_session=True)
        deadline = time.monotonic() + TIMEOUT
        while committed_articles(db) == 0:
            assert run.poll() is None, run.stderr.read().decode()
            assert time.monotonic() < deadline, "no batch committed"
            time.sleep(0.02)
        os.killpg(run.pid, signal.SIGINT)  # Ctrl-C reaches the command's whole process group
        _, err = run.communicate(timeout=TIMEOUT)
        if run.returncode != 0:
            break
    kept = committed_articles(db)
    assert run.returncode == 1 and "Traceback" not in err.decode()
    assert err.decode().splitlines()[-1] == (
        f"Error: interrupted: {kept} articles were stored before it; ingest the same inputs "
        "again to resume")
    out, _ = finish(start(first, db=db))
    assert f"{kept + 1} already stored" in out  # and the input's repeated article
    assert committed_articles(db) == count + COPIES
