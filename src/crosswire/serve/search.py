"""``/search``: full text over articles and statements, with facets and pages.

A query is FTS5 syntax when it uses any (quotes, ``*``, ``OR``, ``NEAR``, brackets);
otherwise every word must occur, as in ``crosswire search``. A query SQLite cannot parse
is answered on the page: the error, and the matches of all its words instead.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from crosswire.archive.query import check_query, fts_query
from crosswire.serve.db import archive_outlets, outlet_ref, placeholders

PAGE_SIZE = 20
FACET_SIZE = 12
# Snippet bounds: control characters no stored text keeps, turned into <mark> after escaping.
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
FTS_SYNTAX = re.compile(r'["*()^:]|\b(?:AND|OR|NOT|NEAR)\b')


@dataclass(frozen=True)
class SearchFilters:
    q: str = ""
    outlet: str | None = None  # an outlet key
    actor: str | None = None  # an actor id
    since: str | None = None
    until: str | None = None
    page: int = 1

    def query(self, **changes: Any) -> dict[str, str]:
        values = {"q": self.q, "outlet": self.outlet, "actor": self.actor,
                  "since": self.since, "until": self.until, "page": self.page, **changes}
        return {key: str(value) for key, value in values.items()
                if value not in (None, "") and not (key == "page" and value == 1)}


def snippet_html(snippet: str) -> Markup:
    """A snippet with its matches marked; everything else escaped."""
    return Markup(str(escape(snippet)).replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def match_expression(conn: sqlite3.Connection, q: str) -> tuple[str, str | None]:
    """The FTS5 expression for ``q`` and, when ``q`` was FTS syntax SQLite refused, why."""
    if FTS_SYNTAX.search(q):
        try:
            conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1",
                         (q,)).fetchall()
            return q, None
        except sqlite3.OperationalError as exc:
            return fts_query(q), f"{exc}: showing the articles with all its words instead"
    return fts_query(q), None


def search_page(conn: sqlite3.Connection, filters: SearchFilters) -> dict[str, Any]:
    page: dict[str, Any] = {"q": filters.q, "error": None, "articles": [], "statements": [],
                            "total": {"articles": 0, "statements": 0}, "page": filters.page,
                            "pages": 1, "facets": {"outlet": [], "actor": [], "month": []}}
    if not filters.q.strip():
        return page
    try:
        check_query(filters.q)
    except ValueError as exc:
        page["error"] = str(exc)
        return page
    match, page["error"] = match_expression(conn, filters.q)
    if not match:
        return page
    where, params = _filters(conn, filters)
    article_from = ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                    f"WHERE articles_fts MATCH ?{where}")
    statement_from = ("FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid "
                      f"JOIN articles a ON a.id = s.article_id WHERE statements_fts MATCH ?{where}")
    if filters.actor:
        article_from += " AND a.id IN (SELECT article_id FROM mentions WHERE actor_id = ?)"
        statement_from += " AND s.actor_id = ?"
    actor = [filters.actor] if filters.actor else []
    args = (match, *params, *actor)
    offset = (filters.page - 1) * PAGE_SIZE
    page["articles"] = [dict(row) for row in conn.execute(
        "SELECT a.id, a.story_id, a.outlet, a.published, a.title, "
        f"snippet(articles_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 20) AS snippet "
        f"{article_from} ORDER BY rank LIMIT ? OFFSET ?", (*args, PAGE_SIZE, offset))]
    page["statements"] = [dict(row) for row in conn.execute(
        "SELECT s.article_id, s.start, s.\"end\", s.actor_id, s.speaker_text, a.story_id, "
        "a.outlet, a.published, a.title, (SELECT name FROM actors WHERE id = s.actor_id) "
        f"AS speaker, highlight(statements_fts, 0, '{HIT_OPEN}', '{HIT_CLOSE}') AS snippet "
        f"{statement_from} ORDER BY rank LIMIT ? OFFSET ?", (*args, PAGE_SIZE, offset))]
    for hit in page["articles"] + page["statements"]:
        hit["outlet_key"] = outlet_ref(hit["outlet"]).key
    totals = page["total"]
    totals["articles"] = conn.execute(f"SELECT count(*) {article_from}", args).fetchone()[0]
    totals["statements"] = conn.execute(f"SELECT count(*) {statement_from}", args).fetchone()[0]
    page["pages"] = max(1, -(-max(totals.values()) // PAGE_SIZE))
    page["facets"] = _facets(conn, article_from, statement_from, args)
    return page


def _filters(conn: sqlite3.Connection, filters: SearchFilters) -> tuple[str, list[str]]:
    where, params = "", []
    if filters.outlet:
        names = archive_outlets(conn).get(filters.outlet, [])
        where += f" AND a.outlet IN ({placeholders(names)})"
        params += names
    if filters.since:
        where += " AND a.published >= ?"
        params.append(filters.since)
    if filters.until:
        where += " AND a.published <= ?"
        params.append(filters.until + "\uffff")
    return where, params


def _facets(conn: sqlite3.Connection, article_from: str, statement_from: str,
            args: tuple) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching articles and statements by outlet, of the matching
    statements by speaker, of the matching articles by month."""
    outlets: dict[str, int] = {}
    for source in (article_from, statement_from):
        for name, count in conn.execute(
                f"SELECT a.outlet, count(*) {source} GROUP BY a.outlet", args):
            outlets[name] = outlets.get(name, 0) + count
    by_outlet = sorted(outlets.items(), key=lambda item: (-item[1], item[0] or ""))[:FACET_SIZE]
    actors = conn.execute(
        f"SELECT s.actor_id, (SELECT name FROM actors WHERE id = s.actor_id), count(*) "
        f"{statement_from} AND s.actor_id IS NOT NULL GROUP BY s.actor_id "
        "ORDER BY count(*) DESC LIMIT ?", (*args, FACET_SIZE)).fetchall()
    months = conn.execute(
        f"SELECT substr(a.published, 1, 7) AS month, count(*) {article_from} "
        "AND a.published IS NOT NULL GROUP BY month ORDER BY month DESC LIMIT ?",
        (*args, FACET_SIZE)).fetchall()
    return {
        "outlet": [{"key": outlet_ref(name).key, "label": outlet_ref(name).name, "count": count}
                   for name, count in by_outlet],
        "actor": [{"key": row[0], "label": row[1], "count": row[2]} for row in actors],
        "month": [{"key": row[0], "label": row[0], "count": row[1]} for row in months],
    }
