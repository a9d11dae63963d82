"""A joint statement ("the mayor and the governor said") is each speaker's: in the
positions table and in the archive's who-said query."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosswire.archive import briefing_for_story
from crosswire.archive.commands import ingest, who
from crosswire.archive.db import connect
from crosswire.ingest import read_inputs
from crosswire.nlp import analyse
from crosswire.pipeline import brief_of, prepare

ARTICLES = [
    {"id": "t1", "outlet": "Vessen Herald", "published": "2031-03-02",
     "title": "Mayor and governor oppose the bridge toll",
     "text": ("The mayor, Ana Kovi, and the governor, Tomas Reld, said they oppose the toll. "
              "The transport board will vote on the bridge toll in April.")},
    {"id": "t2", "outlet": "Lorne Post", "published": "2031-03-03",
     "title": "Bridge toll vote set for April",
     "text": ("The board chair, Ilse Marrow, said she supports the toll on the new bridge. "
              "Drivers would pay the toll from the summer.")},
]


@pytest.fixture
def use_test_nlp(nlp, monkeypatch):
    """CLI runs reuse the session's parser instead of loading their own."""
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)


def _held(briefing) -> dict[str, tuple[str, list[str]]]:
    names = {actor.id: actor.name for actor in briefing.actors}
    return {names[p.actor]: (p.stance, p.statements) for p in briefing.positions}


def _write(tmp_path):
    source = tmp_path / "toll.jsonl"
    source.write_text("".join(json.dumps(item) + "\n" for item in ARTICLES), encoding="utf-8")
    return source


def test_every_joint_speaker_holds_the_statements_stance(tmp_path, nlp):
    articles = [prepare(document) for document in read_inputs([str(_write(tmp_path))])]
    briefing = brief_of(analyse(articles, nlp=nlp), errors=[])  # a generator is read whole
    names = {actor.id: actor.name for actor in briefing.actors}
    joint = next(s for s in briefing.statements if s.co_speakers)
    assert (names[joint.speaker], [names[a] for a in joint.co_speakers]) == ("Ana Kovi", ["Tomas Reld"])
    held = _held(briefing)
    # both cells cite the one statement they made together
    assert held["Ana Kovi"] == held["Tomas Reld"] == ("against", [joint.id])
    assert held["Ilse Marrow"][0] == "for"


def _ingest(tmp_path) -> Path:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(ingest, [str(_write(tmp_path)), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


def test_who_finds_a_statement_by_its_co_speaker(tmp_path, use_test_nlp):
    db = _ingest(tmp_path)
    result = CliRunner().invoke(who, ["Tomas Reld", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Tomas Reld (" in result.output and "they oppose the toll" in result.output
    # the first speaker still finds it too, and a story rebuilt from the archive credits both
    assert "they oppose the toll" in CliRunner().invoke(who, ["Ana Kovi", "--db", str(db)]).output
    [story_id] = {row[0] for row in sqlite3.connect(db).execute("SELECT story_id FROM articles")}
    held = _held(briefing_for_story(db=db, story_id=story_id))
    assert held["Ana Kovi"][0] == held["Tomas Reld"][0] == "against"


def test_an_archive_from_before_indexes_its_joint_statements_when_opened(tmp_path, use_test_nlp):
    db = _ingest(tmp_path)
    old = sqlite3.connect(db)
    old.execute("DROP TABLE statement_co_speakers")
    old.execute("DROP TABLE story_names")  # a later migration's
    old.execute("PRAGMA user_version = 4")  # the schema before co-speakers were indexed
    old.commit()
    old.close()
    connect(db).close()
    result = CliRunner().invoke(who, ["Tomas Reld", "--db", str(db)])
    assert result.exit_code == 0 and "they oppose the toll" in result.output
