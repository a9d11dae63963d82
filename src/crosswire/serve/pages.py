"""What the article, actor, outlet and comparison pages show, read from the archive.

Each builder returns a JSON-ready dict: the page's JSON twin is exactly what its template
renders from. Offsets are into the article's clean text, as everywhere in crosswire.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from typing import Any

from crosswire.archive.db import ARTICLE_URL
from crosswire.briefing.marks import Piece, Span, split_marked
from crosswire.compare.lexicon_terms import contested_terms, term_hits
from crosswire.serve.db import archive_outlets, outlet_ref, placeholders, registry_facts

# Statements listed on an actor page, stories and voices on an outlet page.
MAX_STATEMENTS = 500
MAX_STORIES = 50
MAX_VOICES = 20
MAX_SHARED_STORIES = 50
# An outlet's framing terms are counted over its latest articles.
MAX_TERM_ARTICLES = 50
HIGHLIGHT = re.compile(r"(\d{1,9})-(\d{1,9})")


def span_key(start: int, end: int) -> str:
    """The HTML id of an article span: every citation links to ``#s-<start>-<end>``."""
    return f"s-{start}-{end}"


def span_link(article_id: str, start: int, end: int) -> str:
    """The URL of an article's span; ``hl`` marks it even when nothing else does."""
    return f"/articles/{article_id}?hl={start}-{end}#{span_key(start, end)}"


def article_page(conn: sqlite3.Connection, article_id: str,
                 highlight: str | None = None) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT a.id, a.title, a.outlet, a.published, " + ARTICLE_URL + " AS url, a.story_id, "
        "a.source_path, a.language, a.text, json_extract(a.record, '$.removed') AS removed "
        "FROM articles a WHERE a.id = ?",
        (article_id,)).fetchone()
    if row is None:
        return None
    statements = [dict(s) for s in conn.execute(
        'SELECT s.id, s.start, s."end", s.kind, s.text, s.cue, s.speaker_text, '
        "s.actor_id, a.name AS speaker FROM statements s LEFT JOIN actors a "
        "ON a.id = s.actor_id WHERE s.article_id = ? ORDER BY s.start", (article_id,))]
    mentions = [dict(m) for m in conn.execute(
        'SELECT m.start, m."end", m.text, m.kind, m.actor_id, a.name FROM mentions m '
        "LEFT JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ? ORDER BY m.start",
        (article_id,))]
    ref = outlet_ref(row["outlet"])
    page = {key: row[key] for key in ("id", "title", "published", "url", "story_id",
                                      "source_path", "language", "text")}
    page.update(outlet={"key": ref.key, "name": ref.name}, statements=statements,
                mentions=mentions, removed=json.loads(row["removed"] or "[]"),
                highlight=None)
    match = HIGHLIGHT.fullmatch(highlight or "")
    if match and 0 <= int(match[1]) < int(match[2]) <= len(row["text"]):
        page["highlight"] = {"start": int(match[1]), "end": int(match[2])}
    return page


def article_pieces(page: dict[str, Any]) -> list[Piece]:
    """The article text cut for nested marks: statements (id ``s-<start>-<end>``),
    mentions, and the span a link asked to highlight."""
    spans = [Span(s["start"], s["end"], "statement", span_key(s["start"], s["end"]),
                  css=f"st {s['kind']}", title=f"{s['speaker'] or s['speaker_text'] or 'unattributed'}"
                  f" ({s['kind']})") for s in page["statements"]]
    spans += [Span(m["start"], m["end"], "speaker", f"m-{n}", css="mention",
                   title=m["name"] or m["kind"]) for n, m in enumerate(page["mentions"])]
    wanted = page["highlight"]
    if wanted and not any(s.start == wanted["start"] and s.end == wanted["end"] for s in spans):
        spans.append(Span(wanted["start"], wanted["end"], "evidence",
                          span_key(wanted["start"], wanted["end"]), css="ev cited"))
    return split_marked(page["text"], spans)


def actor_page(conn: sqlite3.Connection, actor_id: str,
               positions_of: Callable[[str], list[dict[str, Any]] | None]) -> dict[str, Any] | None:
    """An actor's names, roles, statements over time, stories and the outlets quoting it.
    ``positions_of(story_id)`` is the actor's positions in a story whose briefing is
    built, else None (building every story's briefing would take minutes)."""
    row = conn.execute("SELECT id, name, kind, country FROM actors WHERE id = ?",
                       (actor_id,)).fetchone()
    if row is None:
        return None
    statements = [dict(s) for s in conn.execute(
        "SELECT s.article_id, s.start, s.\"end\", s.kind, s.text, s.cue, a.outlet, "
        "a.story_id, a.title, coalesce(s.said_on, a.published) AS day FROM statements s "
        "JOIN articles a ON a.id = s.article_id WHERE s.actor_id = ? "
        "ORDER BY day IS NULL, day, a.outlet, s.start LIMIT ?", (actor_id, MAX_STATEMENTS))]
    total = conn.execute("SELECT count(*) FROM statements WHERE actor_id = ?",
                         (actor_id,)).fetchone()[0]
    stories = [{"id": s[0], "title": s[1], "statements": s[2],
                "positions": positions_of(s[0])} for s in conn.execute(
        "SELECT a.story_id, st.title, count(*) FROM statements s JOIN articles a "
        "ON a.id = s.article_id JOIN stories st ON st.id = a.story_id WHERE s.actor_id = ? "
        "GROUP BY a.story_id ORDER BY max(st.last_seen) DESC LIMIT ?", (actor_id, MAX_STORIES))]
    quoting = Counter(s["outlet"] for s in statements)
    return {
        "id": row["id"], "name": row["name"], "kind": row["kind"], "country": row["country"],
        "aliases": [a[0] for a in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))],
        "roles": [r[0] for r in conn.execute(
            "SELECT role FROM actor_roles WHERE actor_id = ? ORDER BY role", (actor_id,))],
        "statements": statements, "statements_total": total,
        "over_time": over_time([s["day"] for s in statements]),
        "stories": stories,
        "outlets": [{"key": outlet_ref(name).key, "name": outlet_ref(name).name,
                     "statements": count} for name, count in quoting.most_common()],
    }


def over_time(days: list[str | None]) -> list[dict[str, Any]]:
    """Statement counts per month (per day when all fall within two months), oldest first;
    bar heights are shares of the busiest period (0-100)."""
    dated = [day for day in days if day]
    if not dated:
        return []
    width = 10 if dated[0][:7] >= _months_before(dated[-1][:7], 1) else 7
    counts = Counter(day[:width] for day in dated)
    most = max(counts.values())
    return [{"period": period, "statements": count, "height": round(100 * count / most, 1)}
            for period, count in sorted(counts.items())]


def _months_before(month: str, months: int) -> str:
    year, number = int(month[:4]), int(month[5:7]) - months
    while number < 1:
        year, number = year - 1, number + 12
    return f"{year:04d}-{number:02d}"


def outlet_page(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    names = archive_outlets(conn).get(key)
    if not names:
        return None
    ref = outlet_ref(names[0])
    outlet_in = f"a.outlet IN ({placeholders(names)})"
    articles = conn.execute(f"SELECT count(*) FROM articles a WHERE {outlet_in}",
                            names).fetchone()[0]
    stories = [dict(s) for s in conn.execute(
        f"SELECT st.id, st.title, st.first_seen, st.last_seen, st.size, count(*) AS articles "
        f"FROM articles a JOIN stories st ON st.id = a.story_id WHERE {outlet_in} "
        "GROUP BY st.id ORDER BY st.last_seen IS NULL, st.last_seen DESC LIMIT ?",
        (*names, MAX_STORIES))]
    return {"key": key, "name": ref.name, "names": names,
            "registry": registry_facts(ref.registry), "articles": articles,
            "stories": stories, "voices": voices(conn, names), "terms": terms(conn, names)}


def voices(conn: sqlite3.Connection, names: list[str],
           story_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """The actors an outlet quotes most (in ``story_ids`` when given)."""
    where = f"a.outlet IN ({placeholders(names)})"
    params = list(names)
    if story_ids is not None:
        where += f" AND a.story_id IN ({placeholders(story_ids)})"
        params += story_ids
    return [{"id": row[0], "name": row[1], "country": row[2], "statements": row[3]}
            for row in conn.execute(
                "SELECT ac.id, ac.name, ac.country, count(*) FROM statements s "
                "JOIN articles a ON a.id = s.article_id JOIN actors ac ON ac.id = s.actor_id "
                f"WHERE {where} GROUP BY ac.id ORDER BY count(*) DESC, ac.name LIMIT ?",
                (*params, MAX_VOICES))]


def terms(conn: sqlite3.Connection, names: list[str]) -> dict[str, Any]:
    """The outlet's words for each contested referent of the framing lexicon, with how
    many of its latest articles use each (matched as the briefing's framing matches them)."""
    texts = [row[0] for row in conn.execute(
        f"SELECT text FROM articles WHERE outlet IN ({placeholders(names)}) "
        "ORDER BY published IS NULL, published DESC LIMIT ?", (*names, MAX_TERM_ARTICLES))]
    lowered = [text.lower() for text in texts]
    rows = []
    for referent, words in contested_terms():
        used: Counter[str] = Counter()
        for text, low in zip(texts, lowered, strict=True):
            # most articles use none of a referent's words: a substring test tells which
            if any(word.lower() in low for word in words):
                used.update({term for term, _, _ in term_hits(text, words)})
        if used:
            rows.append({"referent": referent, "terms": [
                {"term": term, "articles": count} for term, count in used.most_common()]})
    return {"articles": len(texts), "referents": rows}


def compare_page(conn: sqlite3.Connection, a: str, b: str) -> dict[str, Any] | None:
    """Two outlets side by side on the stories both covered."""
    outlets = archive_outlets(conn)
    if a not in outlets or b not in outlets:
        return None
    sides = {key: outlets[key] for key in (a, b)}
    covered = {key: {row[0] for row in conn.execute(
        f"SELECT DISTINCT story_id FROM articles WHERE outlet IN ({placeholders(names)})", names)}
        for key, names in sides.items()}
    shared = sorted(covered[a] & covered[b])
    stories = []
    if shared:
        for row in conn.execute(
                f"SELECT id, title, first_seen, last_seen FROM stories WHERE id IN "
                f"({placeholders(shared)}) ORDER BY last_seen IS NULL, last_seen DESC LIMIT ?",
                (*shared, MAX_SHARED_STORIES)):
            story = dict(row)
            story["sides"] = {key: _side(conn, row["id"], names) for key, names in sides.items()}
            stories.append(story)
    return {
        "outlets": [{"key": key, "name": outlet_ref(names[0]).name,
                     "registry": registry_facts(outlet_ref(names[0]).registry),
                     "stories": len(covered[key]), "voices": voices(conn, names, shared)}
                    for key, names in sides.items()],
        "shared": len(shared), "stories": stories,
    }


def _side(conn: sqlite3.Connection, story_id: str, names: list[str]) -> dict[str, Any]:
    articles = [dict(row) for row in conn.execute(
        "SELECT a.id, a.title, a.published, (SELECT count(*) FROM statements s "
        "WHERE s.article_id = a.id) AS statements FROM articles a WHERE a.story_id = ? "
        f"AND a.outlet IN ({placeholders(names)}) ORDER BY a.published", (story_id, *names))]
    return {"articles": articles, "voices": voices(conn, names, [story_id])[:3]}
