"""The archive end to end: ingest, duplicates, stories, queries, export, briefing."""

from __future__ import annotations

import csv
import errno
import io
import json
import sqlite3

import pytest
from archive_fixtures import FLOOD_1, articles, quake_reports, write_jsonl
from click.testing import CliRunner

from crosswire.archive import briefing_for_story
from crosswire.archive.commands import export, ingest, search, stories, who
from crosswire.archive.db import connect
from crosswire.archive.ingest import ingest as ingest_documents
from crosswire.ingest import read_inputs


@pytest.fixture
def use_test_nlp(nlp, monkeypatch):
    """CLI runs reuse the session's parser instead of loading their own."""
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)


@pytest.fixture
def archive(tmp_path, use_test_nlp):
    """An archive holding the fixture articles, ingested through the command."""
    db = tmp_path / "news.db"
    source = write_jsonl(tmp_path / "news.jsonl")
    result = CliRunner().invoke(ingest, [str(source), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


def rows(db, query, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def test_ingest_stores_articles_statements_and_actors(archive):
    assert rows(archive, "SELECT count(*) FROM articles") == [(6,)]
    assert rows(archive, "SELECT count(*) FROM statements")[0][0] >= 6
    names = {name for (name,) in rows(archive, "SELECT name FROM actors")}
    assert {"Ana Lindqvist", "Irena Vask"} <= names
    # the input's own id is kept beside the archive id
    assert ("f1",) in rows(archive, "SELECT input_id FROM articles")


def test_same_input_twice_adds_nothing(archive, tmp_path):
    before = rows(archive, "SELECT id, story_id FROM articles ORDER BY id")
    source = tmp_path / "news.jsonl"
    result = CliRunner().invoke(ingest, [str(source), "--db", str(archive), "-q"])
    assert result.exit_code == 0
    assert "0 articles added" in result.output and "6 already stored" in result.output
    assert rows(archive, "SELECT id, story_id FROM articles ORDER BY id") == before
    assert rows(archive, "SELECT count(*) FROM statements") == \
        rows(archive, "SELECT count(DISTINCT id) FROM statements")


def test_wire_copy_is_linked_not_dropped(archive):
    links = rows(archive, "SELECT a.input_id, o.input_id, d.kind FROM duplicates d "
                          "JOIN articles a ON a.id = d.article_id "
                          "JOIN articles o ON o.id = d.duplicate_of")
    assert links == [("f1-copy", "f1", "exact")]


def test_wire_copies_without_url_are_linked_not_dropped(tmp_path, nlp):
    """The same wire text under three agencies, no URLs: three articles, two linked."""
    wire = {key: value for key, value in articles()[0].items() if key != "url"}
    records = [{**wire, "id": None, "outlet": outlet} for outlet in ("Agency A", "Agency B",
                                                                     "Agency C")]
    source = write_jsonl(tmp_path / "wire.jsonl", records)
    conn = connect(tmp_path / "wire.db")
    summary = ingest_documents(read_inputs([str(source)]), conn=conn,
                               nlp=nlp)
    assert (summary.stored.added, summary.stored.exact_duplicates, summary.skipped) == (3, 2, 0)
    assert conn.execute("SELECT count(*) FROM duplicates WHERE kind = 'exact'").fetchone()[0] == 2
    assert conn.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0] == 1
    again = ingest_documents(read_inputs([str(source)]), conn=conn, nlp=nlp)
    assert (again.stored.added, again.skipped) == (0, 3)  # the same file is the same inputs


def test_archive_from_before_origins_is_migrated_in_place(tmp_path):
    from crosswire.archive import db as archive_db

    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("BEGIN")
    archive_db._create_core(old)
    old.execute("PRAGMA user_version = 1")
    old.execute("COMMIT")
    old.execute("INSERT INTO articles (id, content_hash, url, source_path, title, text, record) "
                "VALUES ('a1', 'h', '', 'old.txt', 'Barrier', 'the estuary barrier', '{}')")
    old.execute("INSERT INTO duplicates VALUES ('a1', 'a1', 'exact', 1.0)")
    old.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(archive_db.MIGRATIONS)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert tuple(conn.execute("SELECT id, origin FROM articles").fetchone()) == ("a1", "")
    conn.execute("INSERT INTO articles (id, content_hash, url, origin, source_path, text, "
                 "record) VALUES ('a2', 'h', '', 'Agency B', 'new.txt', 'a new barrier', '{}')")
    found = conn.execute("SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
                         "WHERE articles_fts MATCH 'barrier' ORDER BY a.id").fetchall()
    assert [row[0] for row in found] == ["a1", "a2"]  # the full-text index follows


def test_near_duplicate_is_linked(tmp_path, nlp):
    edited = FLOOD_1.replace("on Monday", "on Monday morning").replace("four years",
                                                                         "about four years")
    records = [articles()[0], {**articles()[0], "id": "edit", "text": edited,
                               "url": "https://other.example/edit"}]
    conn = connect(tmp_path / "near.db")
    source = write_jsonl(tmp_path / "near.jsonl", records)
    summary = ingest_documents(read_inputs([str(source)]), conn=conn,
                               nlp=nlp)
    assert summary.stored.near_duplicates == 1
    kind, similarity = conn.execute("SELECT kind, similarity FROM duplicates").fetchone()
    assert kind == "near" and 0.7 <= similarity < 1.0
    assert conn.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0] == 1


def test_batch_of_only_duplicates(archive, tmp_path):
    copy = {**articles()[1], "id": "t1-copy", "url": "https://mirror.example/fish"}
    source = write_jsonl(tmp_path / "copy.jsonl", [copy])
    result = CliRunner().invoke(ingest, [str(source), "--db", str(archive), "-q"])
    assert result.exit_code == 0, result.output
    story = dict(rows(archive, "SELECT input_id, story_id FROM articles"))
    assert story["t1-copy"] == story["t1"]


def test_articles_grouped_into_stories(archive):
    story = dict(rows(archive, "SELECT input_id, story_id FROM articles"))
    assert story["f1"] == story["f2"] == story["f1-copy"]
    assert story["t1"] == story["t2"]
    assert story["t1"] != story["f1"]
    # same place and people seven weeks later: a new event, a new story
    assert story["f-later"] != story["f1"]


def test_story_id_is_stable_as_the_story_grows(archive, tmp_path):
    story = dict(rows(archive, "SELECT input_id, story_id FROM articles"))
    follow_up = {"id": "f3", "text": "Port Mirren's mayor Ana Lindqvist toured the Aske "
                 "estuary where the flood barrier will stand, and said the tidal barrier would "
                 "protect homes from storm surges.", "title": "Mayor tours barrier site",
                 "outlet": "Coastal Wire", "published": "2031-03-06",
                 "url": "https://wire.example/tour"}
    source = write_jsonl(tmp_path / "more.jsonl", [follow_up])
    CliRunner().invoke(ingest, [str(source), "--db", str(archive), "-q"])
    after = dict(rows(archive, "SELECT input_id, story_id FROM articles"))
    assert after["f3"] == story["f1"]
    assert {k: v for k, v in after.items() if k != "f3"} == story
    assert rows(archive, "SELECT size, last_seen FROM stories WHERE id = ?", story["f1"]) == \
        [(4, "2031-03-06")]


def test_a_stored_article_moves_to_the_story_of_its_event(tmp_path, use_test_nlp):
    db = tmp_path / "quakes.db"
    reports = [{"id": report_id, "text": text, "outlet": f"Outlet {report_id}",
                "published": "2031-05-02", "url": f"https://quake.example/{report_id}"}
               for report_id, text in quake_reports("north") + quake_reports("south")]
    first = [r for r in reports if r["id"] in ("north-0", "south-0")]
    for n, batch in enumerate((first, [r for r in reports if r not in first])):
        source = write_jsonl(tmp_path / f"quakes-{n}.jsonl", batch)
        result = CliRunner().invoke(ingest, [str(source), "--db", str(db), "-q"])
        assert result.exit_code == 0, result.output
        if n == 0:  # two reports are too few to tell the events apart
            assert len({story for _, story in rows(db, "SELECT id, story_id FROM articles")}) == 1
    story = dict(rows(db, "SELECT input_id, story_id FROM articles"))
    assert len({story[f"north-{n}"] for n in range(4)}) == 1
    assert len({story[f"south-{n}"] for n in range(4)}) == 1
    assert story["north-0"] != story["south-0"]
    assert rows(db, "SELECT a.input_id, m.story_id FROM story_members m JOIN articles a "
                    "ON a.id = m.article_id WHERE m.via = 'moved'") == \
        [("south-0", story["south-0"])]
    assert sorted(size for (size,) in rows(db, "SELECT size FROM stories")) == [4, 4]
    # a claim is filed under the story of its first version's article
    claims = rows(db, "SELECT id, story_id FROM claims")
    assert claims
    for claim, filed in claims:
        assert filed == rows(db, "SELECT story_id FROM articles WHERE id = ?",
                             claim.split(":")[0])[0][0]


def test_stories_command(archive):
    result = CliRunner().invoke(stories, ["--db", str(archive)])
    assert result.exit_code == 0
    flood = next(line for line in result.output.splitlines() if "flood barrier" in line)
    assert "3 articles" in flood and "2031-03-03..2031-03-04" in flood
    assert "Ana Lindqvist" in result.output


def test_search_finds_articles_and_statements(archive):
    result = CliRunner().invoke(search, ["forty thousand homes", "--db", str(archive)])
    assert "[article]" in result.output and "[statement]" in result.output
    assert "Valdoria" not in result.output
    # FTS syntax in a query is taken as words, not as an error
    assert CliRunner().invoke(search, ['"cod AND (', "--db", str(archive)]).exit_code == 0


def test_who_lists_statements_over_time(archive):
    result = CliRunner().invoke(who, ["vask", "--db", str(archive)])
    assert result.exit_code == 0
    dates = [line.split(" | ")[0] for line in result.output.splitlines()
             if not line.startswith(" ")]
    assert dates == sorted(dates) and "Valdoria Herald" in result.output
    assert CliRunner().invoke(who, ["Nobody Known", "--db", str(archive)]).exit_code != 0


def test_export_json_has_every_table(archive):
    result = CliRunner().invoke(export, ["--db", str(archive)])
    data = json.loads(result.output)
    assert set(data) == {"articles", "statements", "actors", "claims", "events"}
    assert {a["input_id"] for a in data["articles"]} >= {"f1", "t2"}
    assert all(a["story_id"] for a in data["articles"])
    assert data["events"] and all(e["story_id"] for e in data["events"])
    assert all(c["story_id"] for c in data["claims"])


def test_export_csv_and_parquet(archive, tmp_path):
    out = CliRunner().invoke(export, ["--db", str(archive), "--format", "csv",
                                      "--table", "statements"]).output
    table = list(csv.DictReader(io.StringIO(out)))
    assert table and {"story_id", "speaker", "text"} <= set(table[0])
    target = tmp_path / "parquet"
    CliRunner().invoke(export, ["--db", str(archive), "--format", "parquet", "-o", str(target)])
    import pyarrow.parquet as pq

    assert pq.read_table(target / "articles.parquet").num_rows == 6
    plover = CliRunner().invoke(export, ["--db", str(archive), "--format", "plover"])
    events = [json.loads(line) for line in plover.output.splitlines()]
    assert events and all(e["event"] and e["story"] and e["text"] for e in events)


def test_export_to_a_reader_that_stops_ends_quietly(archive, monkeypatch):
    """`crosswire export ... | head`: the closed pipe is no error line ("None: broken pipe")."""
    def reader_gone(conn, stream):
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr("crosswire.archive.export.write_plover", reader_gone)
    result = CliRunner().invoke(export, ["--db", str(archive), "--format", "plover"],
                                standalone_mode=True)
    assert result.exit_code == 1
    assert "broken pipe" not in result.output.lower()


def test_briefing_of_a_stored_story(archive):
    (story_id,) = rows(archive, "SELECT story_id FROM articles WHERE input_id = 't1'")[0]
    briefing = briefing_for_story(db=archive, story_id=story_id)
    assert {a.input_id for a in briefing.articles} == {"t1", "t2"}
    for statement in briefing.statements:
        article = next(a for a in briefing.articles if a.id == statement.span.article)
        assert article.text[statement.span.start:statement.span.end] == statement.span.text
    speakers = {s.speaker for s in briefing.statements if s.speaker}
    assert speakers <= {actor.id for actor in briefing.actors}
    # cross-article results are recomputed over the whole stored story
    assert briefing.timeline
    assert {e.evidence.article for e in briefing.events} <= {a.id for a in briefing.articles}


def test_bad_inputs_reported_others_stored(tmp_path, use_test_nlp):
    good = write_jsonl(tmp_path / "good.jsonl", articles()[:1])
    db = tmp_path / "x.db"
    result = CliRunner().invoke(
        ingest, [str(tmp_path / "missing.txt"), str(good), "--db", str(db), "-q"])
    assert result.exit_code == 0
    assert "missing.txt" in result.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
    nothing = CliRunner().invoke(
        ingest, [str(tmp_path / "missing.txt"), "--db", str(db), "-q"])
    assert nothing.exit_code != 0


def test_query_commands_need_an_archive(tmp_path):
    result = CliRunner().invoke(stories, ["--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no archive" in result.output
    assert not (tmp_path / "none.db").exists()


def test_quiet_is_offered_only_where_there_is_progress_or_notice_to_silence():
    options = {command.name: {o for p in command.params for o in getattr(p, "opts", ())}
               for command in (ingest, search, stories, who, export)}
    assert "--quiet" in options["ingest"] and "--quiet" in options["search"]
    assert not any("--quiet" in options[name] for name in ("stories", "who", "export"))


def test_a_joint_statement_keeps_every_speaker_in_the_archive(tmp_path, use_test_nlp):
    source = tmp_path / "joint.jsonl"
    source.write_text(json.dumps({
        "id": "j1", "outlet": "Mirren Courier", "published": "2031-05-02",
        "title": "Ferry link to resume", "text": (
            "Mayor Lena Brandt and Governor Otto Ferris said on Friday that the ferry link "
            "to the islands would resume in June after the pier repairs.")}) + "\n",
        encoding="utf-8")
    db = tmp_path / "news.db"
    result = CliRunner().invoke(ingest, [str(source), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    (story_id,) = rows(db, "SELECT story_id FROM articles")[0]
    briefing = briefing_for_story(db=db, story_id=story_id)
    names = {actor.id: actor.name for actor in briefing.actors}
    [statement] = briefing.statements
    assert names[statement.speaker] == "Lena Brandt"
    assert [names[actor] for actor in statement.co_speakers] == ["Otto Ferris"]
    assert statement.co_speaker_mentions[0].startswith(statement.span.article)
