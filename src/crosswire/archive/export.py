"""Exporting the archive as JSON, CSV, Parquet or PLOVER event records.

Rows are streamed from SQLite, so an export of a large archive holds one batch at a time.
"""

from __future__ import annotations

import csv
import errno
import json
import sqlite3
from collections.abc import Iterator
from itertools import groupby, islice
from pathlib import Path
from typing import IO, Any

from crosswire.archive.db import ARTICLE_URL

TABLES: dict[str, str] = {
    "articles": (
        "SELECT a.id, a.input_id, a.story_id, a.content_hash, " + ARTICLE_URL + " AS url, "
        "a.source_path, a.outlet, a.title, a.published, a.published_precision, a.language, "
        "d.duplicate_of, d.kind AS duplicate_kind, d.similarity AS duplicate_similarity, "
        "a.ingested_at, a.text FROM articles a LEFT JOIN duplicates d ON d.article_id = a.id "
        "ORDER BY a.rowid"
    ),
    "statements": (
        "SELECT s.id, s.article_id, a.story_id, s.actor_id, ac.name AS speaker, s.kind, "
        's.start, s."end", s.text, s.cue, s.speaker_text, s.via, s.said_on, '
        # where the date phrase stands in the article; null when the publication dates it
        "json_extract(s.record, '$.said_on.span.start') AS said_on_start, "
        "json_extract(s.record, '$.said_on.span.end') AS said_on_end "
        "FROM statements s JOIN articles a ON a.id = s.article_id "
        "LEFT JOIN actors ac ON ac.id = s.actor_id ORDER BY s.rowid"
    ),
    "actors": (
        "SELECT a.id, a.name, a.kind, a.country, "
        "(SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id) AS aliases, "
        "(SELECT group_concat(role, ' | ') FROM actor_roles WHERE actor_id = a.id) AS roles "
        "FROM actors a ORDER BY a.name, a.id"
    ),
    "claims": "SELECT id, story_id, text, outlets FROM claims ORDER BY rowid",
    "events": (
        "SELECT e.id, e.article_id, a.story_id, e.statement_id, e.event_type, e.mode, "
        "e.source_actor_id, e.target_actor_id, e.event_date, "
        "json_extract(e.record, '$.date.span.start') AS event_date_start, "
        "json_extract(e.record, '$.date.span.end') AS event_date_end, e.text "
        "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.rowid"
    ),
}
FORMATS = ("json", "csv", "parquet", "plover")
PARQUET_BATCH_ROWS = 10_000

# The publication day each table's rows are filed under in a dataset partitioned by date:
# an article's own day, its article's for a statement or an event, its story's first day
# for a claim; "undated" when that date is not known to the day. Actors span days and
# stories: their table is not partitioned.
_DAY = ("CASE WHEN {table}.published_precision = 'day' THEN substr({table}.published, 1, 10) "
        "ELSE 'undated' END")
DAY_OF: dict[str, str] = {
    "articles": _DAY.format(table="row"),
    "statements": f"(SELECT {_DAY.format(table='a')} FROM articles a WHERE a.id = row.article_id)",
    "events": f"(SELECT {_DAY.format(table='a')} FROM articles a WHERE a.id = row.article_id)",
    "claims": ("(SELECT CASE WHEN length(s.first_seen) = 10 THEN s.first_seen ELSE 'undated' END "
               "FROM stories s WHERE s.id = row.story_id)"),
}
PARTITION_COLUMN = "day"


def rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(TABLES[table])
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [column[0] for column in conn.execute(TABLES[table] + " LIMIT 0").description]


def write_json(conn: sqlite3.Connection, stream: IO[str], *, tables: list[str]) -> None:
    """One JSON object with a list per table."""
    stream.write("{")
    for n, table in enumerate(tables):
        stream.write(f'{"," if n else ""}\n"{table}": [')
        for m, row in enumerate(rows(conn, table)):
            stream.write(("," if m else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        stream.write("\n]")
    stream.write("\n}\n")


def write_csv(conn: sqlite3.Connection, stream: IO[str], *, table: str) -> None:
    writer = csv.writer(stream)
    writer.writerow(columns(conn, table))
    for row in rows(conn, table):
        writer.writerow(row.values())


class MissingDependency(RuntimeError):
    """An optional library an export format needs is not installed (one-line message)."""


def require_pyarrow() -> None:
    """Raise ``MissingDependency`` unless Parquet can be written (checked before any output)."""
    from importlib import import_module

    try:
        import_module("pyarrow.parquet")
    except ImportError:
        raise MissingDependency(
            "Parquet export needs pyarrow: pip install 'crosswire[parquet]'") from None


def write_parquet(conn: sqlite3.Connection, target: Path | IO[bytes], *, table: str) -> None:
    require_pyarrow()
    _write_rows(target, _arrow_schema(conn, table), rows(conn, table))


def write_parquet_dataset(conn: sqlite3.Connection, folder: Path, *, tables: list[str]) -> None:
    """One Parquet dataset in ``folder``: a folder per table, partitioned Hive-style by
    publication day (``articles/day=2031-03-03/part-0.parquet``; see ``DAY_OF``), which
    DuckDB, Spark and pandas read as one table each with a ``day`` column.

    Rows stream from SQLite sorted by day, so one file is open at a time. A table's
    folder must not exist yet: an earlier export's days would mix with this one's."""
    require_pyarrow()
    for table in tables:
        if (folder / table).exists():
            raise FileExistsError(errno.EEXIST, "exists already; export into a new folder",
                                  str(folder / table))
    for table in tables:
        schema = _arrow_schema(conn, table)
        if table not in DAY_OF:
            (folder / table).mkdir(parents=True)
            write_parquet(conn, folder / table / "part-0.parquet", table=table)
            continue
        cursor = conn.execute(f"SELECT {DAY_OF[table]} AS {PARTITION_COLUMN}, row.* "
                              f"FROM ({TABLES[table]}) row ORDER BY {PARTITION_COLUMN}")
        names = [column[0] for column in cursor.description][1:]
        for day, day_rows in groupby(map(tuple, cursor), key=lambda row: row[0]):
            part = folder / table / f"{PARTITION_COLUMN}={day}"
            part.mkdir(parents=True)
            _write_rows(part / "part-0.parquet", schema,
                        (dict(zip(names, row[1:])) for row in day_rows))


def _write_rows(target: Path | IO[bytes], schema, records: Iterator[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    with pq.ParquetWriter(target, schema) as writer:
        while batch := list(islice(records, PARQUET_BATCH_ROWS)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def _arrow_schema(conn: sqlite3.Connection, table: str):
    import pyarrow as pa

    numeric = {"start": pa.int64(), "end": pa.int64(), "outlets": pa.int64(),
               "said_on_start": pa.int64(), "said_on_end": pa.int64(),
               "event_date_start": pa.int64(), "event_date_end": pa.int64(),
               "duplicate_similarity": pa.float64()}
    return pa.schema([(name, numeric.get(name, pa.string())) for name in columns(conn, table)])


def write_plover(conn: sqlite3.Connection, stream: IO[str]) -> None:
    """PLOVER event records, one JSON object per line: the PLOVER data model's id, date,
    event, mode, context, source and target actors (text, code) and the event text, plus
    where it came from (story, article, statement, outlet, URL)."""
    query = (
        "SELECT e.record, a.story_id, a.outlet, " + ARTICLE_URL + " AS url "
        "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.rowid"
    )
    for row in conn.execute(query):
        event = json.loads(row["record"])
        record = {
            "id": event["id"], "date": (event.get("date") or {}).get("value"),
            "event": event["event"], "mode": event.get("mode") or "",
            "context": event.get("context") or [],
            "source": [_plover_actor(p) for p in event.get("actor") or []],
            "target": [_plover_actor(p) for p in event.get("recipient") or []],
            "text": event["evidence"]["text"], "status": event.get("status"),
            "story": row["story_id"], "article": event["evidence"].get("article"),
            "statement": event.get("statement"), "outlet": row["outlet"], "url": row["url"],
        }
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _plover_actor(participant: dict[str, Any]) -> dict[str, Any]:
    return {"actorText": participant["text"], "code": participant.get("code"),
            "actor": participant.get("actor")}
