"""Archive actors across ingests: people joined by the run-level merge's name keys."""

from __future__ import annotations

import sqlite3

from crosswire.archive.db import MIGRATIONS, connect
from crosswire.archive.query import find_actors
from crosswire.archive.store import ArchiveWriter, StoreCounts
from crosswire.models import Actor, Briefing


def person(actor_id: str, *aliases: str) -> Actor:
    return Actor(id=actor_id, name=aliases[0], kind="person", aliases=list(aliases), roles=[])


def ingest_actors(conn: sqlite3.Connection, *actors: Actor) -> None:
    """One run that names these actors (no articles needed to link actors)."""
    conn.execute("BEGIN IMMEDIATE")
    ArchiveWriter(conn).write(Briefing(articles=[], actors=list(actors), statements=[]),
                              keys=[], counts=StoreCounts())
    conn.execute("COMMIT")


def stored(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Stored actor name -> its aliases."""
    found: dict[str, set[str]] = {}
    for actor_id, name in conn.execute("SELECT id, name FROM actors"):
        found[name] = {alias for (alias,) in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ?", (actor_id,))}
    return found


def test_a_transliteration_in_a_later_ingest_joins_the_stored_person(tmp_path):
    conn = connect(tmp_path / "a.db")
    ingest_actors(conn, person("a0", "Ostap Verbytskyy", "Verbytskyy"))
    ingest_actors(conn, person("a0", "Ostap Verbytsky", "Verbytsky"))
    ingest_actors(conn, person("a0", "Verbytskiy"))
    assert stored(conn) == {"Ostap Verbytskyy": {"Ostap Verbytskyy", "Verbytskyy",
                                                  "Ostap Verbytsky", "Verbytsky", "Verbytskiy"}}


def test_two_people_of_one_surname_stay_apart(tmp_path):
    conn = connect(tmp_path / "a.db")
    ingest_actors(conn, person("a0", "Marta Kowalczyk"))
    ingest_actors(conn, person("a0", "Pavel Kowalczyk"), person("a1", "Marta Kovalchyk"))
    people = stored(conn)
    assert set(people) == {"Marta Kowalczyk", "Pavel Kowalczyk"}
    assert "Marta Kovalchyk" in people["Marta Kowalczyk"]
    # a bare surname that could be either of them is neither: it is stored by its own name
    ingest_actors(conn, person("a0", "Kowalczyk"))
    assert set(stored(conn)) == {"Marta Kowalczyk", "Pavel Kowalczyk", "Kowalczyk"}


def test_places_and_organisations_keep_their_folded_name(tmp_path):
    conn = connect(tmp_path / "a.db")
    ingest_actors(conn, Actor(id="a0", name="Verbytsky", kind="organisation", aliases=["Verbytsky"],
                              roles=[]))
    ingest_actors(conn, person("a0", "Ostap Verbytskyy"))
    assert set(stored(conn)) == {"Verbytsky", "Ostap Verbytskyy"}


def test_who_finds_a_person_by_another_spelling(tmp_path):
    conn = connect(tmp_path / "a.db")
    ingest_actors(conn, person("a0", "Ostap Verbytskyy"))
    assert [row["name"] for row in find_actors(conn, "Verbytsky")] == ["Ostap Verbytskyy"]


def test_an_older_archive_indexes_its_people_when_opened(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0](old)
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO actors (id, key, name, kind) "
                "VALUES ('A1', 'ostap verbytskyy', 'Ostap Verbytskyy', 'person')")
    old.execute("INSERT INTO actor_aliases VALUES ('A1', 'Ostap Verbytskyy')")
    old.close()
    conn = connect(path)
    ingest_actors(conn, person("a0", "Ostap Verbytsky"))
    assert set(stored(conn)) == {"Ostap Verbytskyy"}
