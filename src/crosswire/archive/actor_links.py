"""Which stored actor a run's actor is, by the keys the run-level merge uses.

Places and organisations are joined by their folded name. People are joined as the run
merges them (``actors.people``): stored people are indexed by the transliteration block
keys of their surnames, and a candidate is the same person when every full name form of
the one agrees with every full form of the other (``names.same_person``), or, where
either has only a bare surname, when the surnames are spellings of one another. So
"Verbytskyy" stored by one ingest and "Verbytsky" read by a later one are one actor,
while two people of one surname stay two.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from anyascii import anyascii

from crosswire.knowledge.names import PersonName, parse_person, same_person
from crosswire.knowledge.transliterate import surname_keys, words_match
from crosswire.models import Actor

_NOT_WORD = re.compile(r"[^\w]+")
# Fine and coarse surname keys share one table, told apart by a prefix.
_FINE, _COARSE = "f", "c"


def actor_key(name: str) -> str:
    """The folded name an actor is stored under (unique per stored actor)."""
    return " ".join(_NOT_WORD.sub(" ", anyascii(name).casefold()).split())


def _names(texts: Iterable[str]) -> list[PersonName]:
    return [name for name in map(parse_person, texts) if name is not None]


def stored_name_keys(texts: Iterable[str]) -> set[str]:
    """The block keys a person is stored under: every key of every surname spelling."""
    keys: set[str] = set()
    for name in _names(texts):
        fine, coarse = surname_keys(name.surname)
        keys |= {_FINE + key for key in fine} | {_COARSE + key for key in coarse}
    return keys


def _lookup_keys(name: PersonName) -> set[str]:
    """The stored keys a spelling of this surname may sit under (as ``SurnameIndex``
    looks: a vowel-free skeleton only among coarse keys)."""
    fine, coarse = surname_keys(name.surname)
    if all(key.startswith("~") for key in fine):
        return {_COARSE + key for key in coarse}
    return {_FINE + key for key in fine | coarse}


def same_stored_person(run_names: list[PersonName], stored_names: list[PersonName]) -> bool:
    """Every full form of one agrees with every full form of the other; with only bare
    surnames on either side, some spellings agree."""
    run_full = [name for name in run_names if name.given]
    stored_full = [name for name in stored_names if name.given]
    if run_full and stored_full:
        return all(same_person(a, b) for a in run_full for b in stored_full)
    return any(words_match(a.surname, b.surname, any_vowel=True)
               for a in run_names for b in stored_names)


def person_candidates(conn: sqlite3.Connection, texts: Iterable[str]) -> list[str]:
    """Ids of stored people these name spellings may name, by surname block keys, checked
    like the run-level merge checks them."""
    names = _names(texts)
    keys = set().union(*map(_lookup_keys, names)) if names else set()
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    ids = [row[0] for row in conn.execute(
        f"SELECT DISTINCT k.actor_id FROM actor_name_keys k JOIN actors a ON a.id = k.actor_id "
        f"WHERE a.kind = 'person' AND k.key IN ({marks}) ORDER BY k.actor_id", sorted(keys))]
    found = []
    for actor_id in ids:
        aliases = [row[0] for row in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ?", (actor_id,))]
        if same_stored_person(names, _names(aliases)):
            found.append(actor_id)
    return found


def stored_actor(conn: sqlite3.Connection, actor: Actor) -> str | None:
    """The id of the stored actor a run's actor is, or None when it is new.

    The actor stored under its folded name wins; a person is otherwise the one stored
    person its names agree with (none or several: a new actor)."""
    row = conn.execute("SELECT id FROM actors WHERE key = ?", (actor_key(actor.name),)).fetchone()
    if row:
        return row[0]
    if actor.kind != "person":
        return None
    found = person_candidates(conn, [actor.name, *actor.aliases])
    return found[0] if len(found) == 1 else None


def index_person(conn: sqlite3.Connection, actor_id: str, texts: Iterable[str]) -> None:
    conn.executemany("INSERT OR IGNORE INTO actor_name_keys (key, actor_id) VALUES (?, ?)",
                     [(key, actor_id) for key in sorted(stored_name_keys(texts))])
