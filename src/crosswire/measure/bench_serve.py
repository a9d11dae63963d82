"""Latency of ``crosswire serve`` on an archive of 10,000 articles while an ingest writes.

The archive: the first ``base`` articles of a PolNeAR file ingested for real (parse,
statements, actors, stories), then replicated into 10,000 with new article, story,
statement, mention and event ids and dates moved a few days per copy, so every page has
the rows, index sizes and full-text index of a 10,000-article archive without parsing
10,000 articles on a shared machine. Actors stay shared across copies, as people recur
across stories.

The server runs as ``crosswire serve`` in its own process; while further PolNeAR articles
are ingested into the same file, each kind of page is requested ``REQUESTS`` times over
``TARGETS`` different records. The bare SQL of a page is every statement the page's
builder runs (caught with SQLite's trace callback, parameters bound), run again on a
read-only connection of the bench in the same run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from crosswire.measure.dataset_lines import json_lines

ARCHIVE_SIZE = 10_000
REQUESTS = 200
TARGETS = 20
INGEST_DURING = 60  # further articles ingested while the pages are requested
COPIED_TABLES = ("statements", "mentions", "events")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def polnear_records(source: Path, *, skip: int, limit: int) -> list[dict]:
    records = []
    for number, row in json_lines(source):
        n = number - 1
        if n < skip:
            continue
        if row.get("text"):
            records.append({"id": row.get("doc_id") or str(n), "text": row["text"],
                            "title": row.get("title"), "outlet": row.get("publisher"),
                            "published": row.get("date")})
        if len(records) == limit:
            break
    return records


def _ingest(db: Path, corpus: Path, *, workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crosswire", "ingest", str(corpus), "--db", str(db), "-q",
         "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def replicate(db: Path, *, size: int) -> int:
    """Copy the archive's articles (and their stories, statements, mentions, events and
    claims) until it holds ``size`` articles; returns the number of copies made.

    Every record id holds its article's id, so one substitution (article id -> article id
    and copy number) renames ids and the references to them alike, JSON records included."""
    conn = sqlite3.connect(db, isolation_level=None)
    columns = {table: [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
               for table in ("articles", "stories", "claims", *COPIED_TABLES)}
    articles = conn.execute("SELECT * FROM articles ORDER BY rowid").fetchall()
    base = len(articles)
    copies = max(0, -(-size // base) - 1)
    stories = conn.execute("SELECT * FROM stories").fetchall()
    claims = conn.execute("SELECT * FROM claims").fetchall()
    children = {table: conn.execute(f"SELECT * FROM {table}").fetchall()
                for table in COPIED_TABLES}
    article_id = re.compile("|".join(re.escape(row[0]) for row in articles))
    story_column = columns["articles"].index("story_id")
    hash_column = columns["articles"].index("content_hash")
    added = base
    conn.execute("BEGIN")
    for copy in range(1, copies + 1):
        def moved(table, row, copy=copy):
            """The row's copy: ids and dates moved; texts (which hold no ids) kept as they are."""
            return [value if name == "text" or not isinstance(value, str)
                    else _shift_date(article_id.sub(lambda m: f"{m[0]}r{copy}", value), copy)
                    for name, value in zip(columns[table], row, strict=True)]

        def story_of(story_id, copy=copy):
            return f"{story_id}r{copy}" if story_id else story_id

        copied = set()
        for row in articles[: size - added]:
            record = moved("articles", row)
            record[story_column] = story_of(row[story_column])
            record[hash_column] = f"{row[hash_column]}r{copy}"
            _insert(conn, "articles", columns["articles"], record)
            copied.add(record[0])
        added += len(copied)
        for table, rows in children.items():
            at = columns[table].index("article_id")
            for row in rows:
                record = moved(table, row)
                if record[at] in copied:
                    _insert(conn, table, columns[table], record)
        for row in stories:
            record = moved("stories", row)
            record[0] = story_of(row[0])
            _insert(conn, "stories", columns["stories"], record)
        for row in claims:
            record = moved("claims", row)
            record[1] = story_of(row[1])
            _insert(conn, "claims", columns["claims"], record)
    conn.execute("DELETE FROM claims WHERE story_id NOT IN (SELECT story_id FROM articles)")
    conn.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM articles)")
    conn.execute("COMMIT")
    conn.close()
    return copies


def _shift_date(value: str, days: int) -> str:
    """A date column (or a story's first or last day) moved ``days`` on."""
    if not DATE.fullmatch(value):
        return value
    try:
        return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return value


def _insert(conn: sqlite3.Connection, table: str, names: list[str], values: list) -> None:
    quoted = ", ".join(f'"{name}"' for name in names)
    conn.execute(f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(names))})", values)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page_kinds(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Per kind of page, TARGETS paths over different records."""
    from crosswire.serve.db import archive_outlets

    def column(query: str) -> list[str]:
        return [row[0] for row in conn.execute(query, (TARGETS,))]

    outlets = sorted(archive_outlets(conn), key=str)[:TARGETS]
    stories = column("SELECT id FROM stories WHERE size > 1 ORDER BY last_seen DESC LIMIT ?")
    words = ["president", "election", "said", "government", "police", "campaign", "court",
             "vote", "people", "party"]
    return {
        "stories list": [f"/?{urlencode({'page': n + 1})}" for n in range(TARGETS)],
        "stories by outlet": [f"/?{urlencode({'outlet': key})}" for key in outlets],
        "story": [f"/stories/{story}" for story in stories],
        "story json": [f"/stories/{story}.json" for story in stories],
        "article": [f"/articles/{a}" for a in column(
            "SELECT article_id FROM statements GROUP BY article_id ORDER BY count(*) DESC LIMIT ?")],
        "actor": [f"/actors/{a}" for a in column(
            "SELECT actor_id FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id "
            "ORDER BY count(*) DESC LIMIT ?")],
        "outlet": [f"/outlets/{key}" for key in outlets],
        "compare": [f"/compare?{urlencode({'a': a, 'b': b})}"
                    for a, b in zip(outlets, outlets[1:] + outlets[:1], strict=True)],
        "search": [f"/search?{urlencode({'q': words[n % len(words)], 'page': 1 + n // len(words)})}"
                   for n in range(TARGETS)],
    }


def bare_sql_seconds(db: Path, path: str) -> float:
    """The SQL behind ``path`` (as its builder runs it), run again: seconds."""
    from starlette.testclient import TestClient

    from crosswire.serve import app as serving

    statements: list[str] = []
    original = serving.Connections.get

    def traced(self):
        conn = original(self)
        conn.set_trace_callback(statements.append)
        return conn

    serving.Connections.get = traced
    try:
        with TestClient(serving.create_app(db=db)) as client:
            client.get(path)
    finally:
        serving.Connections.get = original
    from crosswire.serve.db import open_readonly

    conn = open_readonly(db)
    queries = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    started = time.perf_counter()
    for query in queries:
        conn.execute(query).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def serve_bench_lines(*, source: Path, base: int = 150, size: int = ARCHIVE_SIZE,
                      requests: int = REQUESTS) -> list[str]:
    import httpx

    from crosswire.archive.db import connect

    lines = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        seed = Path(folder) / "seed.jsonl"
        seed.write_text("".join(json.dumps(r) + "\n"
                                for r in polnear_records(source, skip=0, limit=base)), "utf-8")
        started = time.perf_counter()
        ingesting = _ingest(db, seed, workers=os.cpu_count() or 1)
        if ingesting.wait() != 0:
            raise RuntimeError(f"ingest of the seed articles failed: {ingesting.stderr.read()}")
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        copies = replicate(db, size=size)
        connect(db).close()
        conn = sqlite3.connect(db)
        counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("articles", "stories", "statements", "mentions", "actors")}
        conn.close()
        lines.append(f"archive: {base} PolNeAR articles parsed and ingested in {parsed:.0f} s, "
                     f"replicated {copies} times in {time.perf_counter() - started:.0f} s: "
                     + ", ".join(f"{n:,} {table}" for table, n in counts.items()))
        later = Path(folder) / "later.jsonl"
        later.write_text("".join(json.dumps(r) + "\n" for r in polnear_records(
            source, skip=base, limit=INGEST_DURING)), "utf-8")
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "crosswire", "serve", "--db", str(db),
                                   "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            lines += _measure(db, f"http://127.0.0.1:{port}", later, httpx, requests=requests)
        finally:
            server.terminate()
            server.wait(10)
    return lines


def _measure(db: Path, root: str, later: Path, httpx, *, requests: int) -> list[str]:
    from crosswire.serve.db import open_readonly

    with httpx.Client(base_url=root, timeout=120) as client:
        for _ in range(100):
            try:
                client.get("/index.json")
                break
            except httpx.TransportError:
                time.sleep(0.2)
        conn = open_readonly(db)
        kinds = page_kinds(conn)
        conn.close()
        before = _articles(db)
        ingesting = _ingest(db, later, workers=1)
        lines = [f"{'page kind':<18} {'p50 ms':>8} {'p95 ms':>8} {'p95 again':>10} "
                 f"{'first max':>10} {'bare SQL p50':>13} {'p95':>8} {'p95/bare':>9}"]
        for kind, paths in kinds.items():
            if not paths:
                continue
            timings, first = [], []
            for n in range(requests):
                path = paths[n % len(paths)]
                started = time.perf_counter()
                response = client.get(path)
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {response.status_code}")
                (first if n < len(paths) else timings).append(elapsed)
            bare = [bare_sql_seconds(db, path) for path in paths]
            every = timings + first
            lines.append(
                f"{kind:<18} {1000 * statistics.median(every):8.1f} "
                f"{1000 * _percentile(every, 0.95):8.1f} {1000 * _percentile(timings, 0.95):10.1f} "
                f"{1000 * max(first):10.1f} {1000 * statistics.median(bare):13.2f} "
                f"{1000 * _percentile(bare, 0.95):8.2f} "
                f"{_percentile(every, 0.95) / max(_percentile(bare, 0.95), 1e-6):9.1f}")
        floor = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get("/static/favicon.svg")
            floor.append(time.perf_counter() - started)
        lines.append(f"{'static file':<18} {1000 * statistics.median(floor):8.1f} "
                     f"{1000 * _percentile(floor, 0.95):8.1f}   the server's floor: HTTP and "
                     "headers, no query")
        running = ingesting.poll() is None
        if running:
            ingesting.terminate()
        ingesting.wait()
        lines.append(f"{requests} requests per kind over {TARGETS} records each; an ingest "
                     f"added {_articles(db) - before} articles meanwhile "
                     f"({'still running at the end' if running else 'finished before the end'}); "
                     "p95 again: requests after each record's first; first max: the slowest "
                     "first request of a record (a story's briefing is built then and kept "
                     "while the story is unchanged)")
    return lines


def _articles(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()

