"""Reading the archive: latest stories, full-text search, an actor's statements, and a
stored story as a Briefing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from crosswire.archive.actor_links import actor_key, person_candidates
from crosswire.archive.db import open_existing
from crosswire.archive.records import loads
from crosswire.compare import compare
from crosswire.knowledge.text import WORD_CHARS
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    Event,
    Mention,
    MergedAnalysis,
    Statement,
    TextSpan,
)

KEY_ACTORS = 5


@dataclass(frozen=True)
class StorySummary:
    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    size: int
    outlets: list[str]
    actors: list[str]


def latest_stories(conn: sqlite3.Connection, *, limit: int = 20) -> list[StorySummary]:
    rows = conn.execute(
        "SELECT id, title, first_seen, last_seen, size FROM stories "
        "ORDER BY last_seen IS NULL, last_seen DESC, updated_at DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        StorySummary(
            id=row["id"], title=row["title"], first_seen=row["first_seen"],
            last_seen=row["last_seen"], size=row["size"],
            outlets=story_outlets(conn, row["id"]), actors=key_actors(conn, row["id"]),
        )
        for row in rows
    ]


def story_outlets(conn: sqlite3.Connection, story_id: str) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT outlet FROM articles WHERE story_id = ? AND outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY count(*) DESC, outlet", (story_id,))]


def key_actors(conn: sqlite3.Connection, story_id: str, *, limit: int = KEY_ACTORS) -> list[str]:
    """The actors a story's articles name most (people and organisations first)."""
    return [row[0] for row in conn.execute(
        "SELECT a.name FROM mentions m JOIN articles ar ON ar.id = m.article_id "
        "JOIN actors a ON a.id = m.actor_id WHERE ar.story_id = ? "
        "GROUP BY a.id ORDER BY a.kind = 'place', count(*) DESC, a.name LIMIT ?",
        (story_id, limit))]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "article" or "statement"
    article_id: str
    story_id: str | None
    outlet: str | None
    published: str | None
    title: str | None
    snippet: str


# Every word of a query must occur, and each one costs an index walk: a 10,000-character
# query took 35 s. A search of a few words to a sentence fits well within this.
MAX_QUERY_CHARS = 300


class QueryTooLong(ValueError):
    """A query or name over MAX_QUERY_CHARS (the message says so in one line)."""


def check_query(text: str) -> None:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"query of {len(text):,} characters is longer than the "
                           f"{MAX_QUERY_CHARS} allowed: shorten it")


def fts_query(text: str) -> str:
    """A user query as an FTS5 query: every word must occur (quoted, so no syntax errors)."""
    return " ".join(f'"{word}"' for word in WORD_CHARS.findall(text))


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20) -> list[SearchHit]:
    check_query(query)
    match = fts_query(query)
    if not match:
        return []
    hits = [
        SearchHit("article", row["id"], row["story_id"], row["outlet"], row["published"],
                  row["title"], row["snippet"])
        for row in conn.execute(
            "SELECT a.id, a.story_id, a.outlet, a.published, a.title, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
    ]
    hits += [
        SearchHit("statement", row["article_id"], row["story_id"], row["outlet"],
                  row["published"], row["title"], row["text"])
        for row in conn.execute(
            "SELECT s.article_id, s.text, a.story_id, a.outlet, a.published, a.title "
            "FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid "
            "JOIN articles a ON a.id = s.article_id "
            "WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
    ]
    return hits


@dataclass(frozen=True)
class ActorStatement:
    actor: str
    date: str | None
    outlet: str | None
    story_id: str | None
    kind: str
    text: str
    cue: str | None


def find_actors(conn: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    """Actors whose normalised name or any alias matches ``name`` (whole words), and the
    people ``name`` may name in another transliteration ("Verbytsky" for "Verbytskyy")."""
    check_query(name)
    key = actor_key(name)
    if not key:
        return []
    people = person_candidates(conn, [name])
    marks = ",".join("?" * len(people))
    return conn.execute(
        "SELECT DISTINCT a.id, a.name FROM actors a LEFT JOIN actor_aliases al "
        "ON al.actor_id = a.id WHERE a.key = ? OR a.key LIKE ? OR a.key LIKE ? "
        f"OR al.alias = ? COLLATE NOCASE OR a.id IN ({marks}) ORDER BY a.name",
        (key, f"{key} %", f"% {key}", name, *people),
    ).fetchall()


def statements_of(conn: sqlite3.Connection, name: str, *, limit: int = 200) -> list[ActorStatement]:
    """An actor's statements over time, across outlets (oldest first): those it made alone
    or first, and those it made with others ("the mayor and the governor said")."""
    actors = {row["id"]: row["name"] for row in find_actors(conn, name)}
    if not actors:
        return []
    marks = ",".join("?" * len(actors))
    rows = conn.execute(
        f"WITH said (actor_id, statement_id) AS (SELECT actor_id, id FROM statements "
        f"WHERE actor_id IN ({marks}) UNION SELECT actor_id, statement_id FROM "
        f"statement_co_speakers WHERE actor_id IN ({marks})) "
        "SELECT said.actor_id, coalesce(s.said_on, a.published) AS day, a.outlet, a.story_id, "
        "s.kind, s.text, s.cue FROM said JOIN statements s ON s.id = said.statement_id "
        "JOIN articles a ON a.id = s.article_id "
        "ORDER BY day IS NULL, day, a.outlet, s.start LIMIT ?",
        (*actors, *actors, limit),
    ).fetchall()
    return [ActorStatement(actors[row[0]], row[1], row[2], row[3], row[4], row[5], row[6])
            for row in rows]


def briefing_for_story(*, db: Path, story_id: str) -> Briefing:
    """The briefing of a stored story, rebuilt from the archive (no parsing): stored
    articles, actors, statements and events; claims and the rest compared anew."""
    conn = open_existing(db)
    try:
        return load_story(conn, story_id)
    finally:
        conn.close()


def load_story(conn: sqlite3.Connection, story_id: str) -> Briefing:
    article_rows = conn.execute(
        "SELECT id, record, text FROM articles WHERE story_id = ? ORDER BY published, rowid",
        (story_id,)).fetchall()
    if not article_rows:
        raise KeyError(f"no story {story_id!r} in the archive")
    articles = [replace(loads(Article, row["record"]), text=row["text"]) for row in article_rows]
    ids = [row["id"] for row in article_rows]
    marks = ",".join("?" * len(ids))
    statements = [loads(Statement, row[0]) for row in conn.execute(
        f"SELECT record FROM statements WHERE article_id IN ({marks}) ORDER BY rowid", ids)]
    mention_rows = conn.execute(
        f'SELECT id, article_id, actor_id, start, "end", text, kind, role FROM mentions '
        f"WHERE article_id IN ({marks}) ORDER BY rowid", ids).fetchall()
    mentions = [Mention(id=row["id"], span=_mention_span(row), kind=row["kind"], role=row["role"])
                for row in mention_rows]
    events = [loads(Event, row[0]) for row in conn.execute(
        f"SELECT record FROM events WHERE article_id IN ({marks}) ORDER BY rowid", ids)]
    actor_ids = {row["actor_id"] for row in mention_rows if row["actor_id"]}
    actor_ids |= {statement.speaker for statement in statements if statement.speaker}
    actor_ids |= {statement.affiliation for statement in statements if statement.affiliation}
    actor_ids |= {actor for statement in statements for actor in statement.co_speakers}
    merged = MergedAnalysis(articles=articles, actors=_actors(conn, actor_ids, mention_rows),
                            statements=statements, mentions=mentions, events=events)
    # claims, positions, framing and timeline over all the story's articles at once
    return compare(merged)


def _mention_span(row: sqlite3.Row) -> TextSpan:
    return TextSpan(row["text"], row["start"], row["end"], row["article_id"])


def _actors(conn: sqlite3.Connection, actor_ids: set[str], mention_rows) -> list[Actor]:
    seen: dict[str, list[TextSpan]] = {}
    for row in mention_rows:
        if row["actor_id"]:
            seen.setdefault(row["actor_id"], []).append(_mention_span(row))
    actors = []
    for actor_id in sorted(actor_ids):
        row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            continue
        aliases = sorted({alias.text for alias in seen.get(actor_id, [])} | {row["name"]})
        roles = [r[0] for r in conn.execute(
            "SELECT role FROM actor_roles WHERE actor_id = ? ORDER BY role", (actor_id,))]
        actors.append(Actor(id=actor_id, name=row["name"], kind=row["kind"], aliases=aliases,
                            roles=roles, seen=seen.get(actor_id, []), country=row["country"]))
    return actors
