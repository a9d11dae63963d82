"""`crosswire export --format parquet --partition-by date`: one Parquet dataset, a folder
per table partitioned by publication day, that DuckDB reads with the archive's row counts."""

from __future__ import annotations

import sqlite3

import duckdb
import pytest
from archive_fixtures import write_jsonl
from click.testing import CliRunner

from crosswire.archive import export as exporting
from crosswire.archive.commands import export, ingest


@pytest.fixture
def archive(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
    db = tmp_path / "news.db"
    result = CliRunner().invoke(ingest, [str(write_jsonl(tmp_path / "news.jsonl")),
                                         "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


def read(folder, table: str, query: str = "count(*)"):
    return duckdb.sql(f"SELECT {query} FROM read_parquet('{folder}/{table}/**/*.parquet', "
                      "hive_partitioning = true)").fetchall()


@pytest.mark.slow
def test_duckdb_reads_the_dataset_with_the_archives_row_counts(archive, tmp_path):
    lake = tmp_path / "lake"
    result = CliRunner().invoke(export, ["--db", str(archive), "--format", "parquet",
                                         "--partition-by", "date", "-o", str(lake)])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(archive)
    for table in exporting.TABLES:
        stored = sum(1 for _ in conn.execute(exporting.TABLES[table]))
        assert stored > 0, table
        assert read(lake, table) == [(stored,)], table
        ids = {row[0] for row in conn.execute(f"SELECT id FROM ({exporting.TABLES[table]})")}
        assert {row[0] for row in read(lake, table, "id")} == ids, table
    # The fixture's articles were published on three days; each is a partition.
    assert sorted(set(read(lake, "articles", "day::VARCHAR"))) == [
        ("2031-03-03",), ("2031-03-04",), ("2031-04-20",)]
    assert (lake / "articles" / "day=2031-03-03" / "part-0.parquet").exists()
    # A statement is filed under its article's day.
    assert read(lake, "statements", "count(*) FILTER (WHERE day::VARCHAR = 'undated')") == [(0,)]
    days = dict(conn.execute("SELECT id, substr(published, 1, 10) FROM articles"))
    for article, day in read(lake, "statements", "article_id, day::VARCHAR"):
        assert days[article] == day


def test_partitioning_needs_parquet_and_an_output_folder(tmp_path):
    db = tmp_path / "none.db"
    for options in (["--format", "csv", "-o", str(tmp_path / "x")], ["--format", "parquet"]):
        result = CliRunner().invoke(export, ["--db", str(db), *options, "--partition-by", "date"])
        assert result.exit_code == 2 and "--partition-by needs" in result.output


@pytest.mark.slow
def test_an_earlier_export_is_not_mixed_in(archive, tmp_path):
    lake = tmp_path / "lake"
    options = ["--db", str(archive), "--format", "parquet", "--partition-by", "date", "-o", str(lake)]
    assert CliRunner().invoke(export, options).exit_code == 0
    again = CliRunner().invoke(export, options)
    assert again.exit_code == 1 and "exists already" in again.output
