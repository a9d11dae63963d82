"""The story list (``/``) and a story's page: its briefing rebuilt from the archive, and
its coverage (which outlets carry which claim, which leave it out)."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crosswire.archive.query import fts_query, load_story
from crosswire.briefing.anchors import Anchors
from crosswire.models import Briefing
from crosswire.serve.db import archive_outlets, placeholders, outlet_ref, registry_facts

PAGE_SIZE = 20
KEY_ACTORS = 5
# Claims shown in a story's coverage table (the most widely carried first).
COVERAGE_CLAIMS = 30
# Claims in the coverage table: those at least this many outlets carry.
SHARED_BY = 2
# Briefings kept built: comparing a story's articles anew costs seconds for a large one.
BRIEFINGS_KEPT = 32
# Coverage bars: the registry facts a story's outlets are split by.
BAR_FACTS = (("country", "Country"), ("state_affiliation", "State affiliation"),
             ("ownership", "Ownership"))
BAR_COLOURS = ("#1f5fa8", "#c0392b", "#2c6e6a", "#8a5a00", "#6b3fa0", "#5d646c",
               "#d35400", "#16a085")
UNKNOWN_FACT = "not in registry"


@dataclass(frozen=True)
class StoryFilters:
    since: str | None = None
    until: str | None = None
    outlet: str | None = None  # an outlet key
    actor: str | None = None  # a name, matched as ``crosswire who`` matches it
    issue: str | None = None  # words the story's articles use
    page: int = 1

    def query(self, **changes: Any) -> dict[str, str]:
        """The filters as URL parameters (empty ones left out), with ``changes``."""
        values = {"since": self.since, "until": self.until, "outlet": self.outlet,
                  "actor": self.actor, "issue": self.issue, "page": self.page, **changes}
        return {key: str(value) for key, value in values.items()
                if value not in (None, "") and not (key == "page" and value == 1)}


def story_list(conn: sqlite3.Connection, filters: StoryFilters,
               actor_ids: list[str] | None) -> dict[str, Any]:
    """One page of stories, newest first, each with its outlets, key actors and coverage
    bars. ``actor_ids`` are the actors the actor filter names (None: no actor filter)."""
    where, params = [], []
    if filters.since:
        where.append("coalesce(s.last_seen, s.first_seen) >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("coalesce(s.first_seen, s.last_seen) <= ?")
        params.append(filters.until + "\uffff")
    if filters.outlet:
        names = archive_outlets(conn).get(filters.outlet, [])
        where.append(f"s.id IN (SELECT story_id FROM articles WHERE outlet IN ({placeholders(names)}))")
        params += names
    if actor_ids is not None:
        where.append("s.id IN (SELECT a.story_id FROM mentions m JOIN articles a "
                     f"ON a.id = m.article_id WHERE m.actor_id IN ({placeholders(actor_ids)}))")
        params += actor_ids
    issue = fts_query(filters.issue or "")
    if issue:
        where.append("s.id IN (SELECT a.story_id FROM articles_fts JOIN articles a "
                     "ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?)")
        params.append(issue)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = conn.execute(f"SELECT count(*) FROM stories s {clause}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT s.id, s.title, s.first_seen, s.last_seen, s.size FROM stories s {clause} "
        "ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.updated_at DESC LIMIT ? OFFSET ?",
        (*params, PAGE_SIZE, (filters.page - 1) * PAGE_SIZE)).fetchall()
    return {
        "total": total, "page": filters.page, "page_size": PAGE_SIZE,
        "pages": max(1, -(-total // PAGE_SIZE)),
        "stories": [story_row(conn, row) for row in rows],
    }


def story_row(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    outlets = story_outlets(conn, row["id"])
    return {
        "id": row["id"], "title": row["title"], "first_seen": row["first_seen"],
        "last_seen": row["last_seen"], "size": row["size"], "outlets": outlets,
        "actors": key_actors(conn, row["id"]), "coverage": coverage_bars(outlets),
    }


def story_outlets(conn: sqlite3.Connection, story_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT outlet, count(*) FROM articles WHERE story_id = ? "
                        "GROUP BY outlet ORDER BY count(*) DESC, outlet", (story_id,))
    outlets = []
    for name, count in rows:
        ref = outlet_ref(name)
        outlets.append({"key": ref.key, "name": ref.name, "articles": count,
                        "registry": registry_facts(ref.registry)})
    return outlets


def key_actors(conn: sqlite3.Connection, story_id: str) -> list[dict[str, str]]:
    """The people and organisations the story's articles name most."""
    return [{"id": row[0], "name": row[1]} for row in conn.execute(
        "SELECT a.id, a.name FROM articles ar JOIN mentions m ON m.article_id = ar.id "
        "JOIN actors a ON a.id = m.actor_id WHERE ar.story_id = ? AND a.kind != 'place' "
        "GROUP BY a.id ORDER BY count(*) DESC, a.name LIMIT ?", (story_id, KEY_ACTORS))]


def coverage_bars(outlets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per registry fact, the story's articles split by the value of their outlet: each
    segment's share of the bar (0-100), its label and colour."""
    bars = []
    total = sum(outlet["articles"] for outlet in outlets) or 1
    for fact, label in BAR_FACTS:
        counts: Counter[str] = Counter()
        for outlet in outlets:
            counts[outlet["registry"].get(fact) or UNKNOWN_FACT] += outlet["articles"]
        segments, offset = [], 0.0
        for n, (value, count) in enumerate(counts.most_common()):
            share = 100 * count / total
            segments.append({"value": value, "articles": count, "x": round(offset, 2),
                             "width": round(share, 2),
                             "colour": "#c8ccd0" if value == UNKNOWN_FACT
                             else BAR_COLOURS[n % len(BAR_COLOURS)]})
            offset += share
        bars.append({"fact": fact, "label": label, "segments": segments})
    return bars


@dataclass
class StoryEntry:
    """A story's briefing and what was rendered from it, valid while the story is unchanged."""

    row: sqlite3.Row
    briefing: Briefing
    rendered: dict[str, Any] = field(default_factory=dict)

    def render(self, kind: str, make: Callable[[], Any]) -> Any:
        """``make()`` once per story version (two threads may both make it: same result)."""
        if kind not in self.rendered:
            self.rendered[kind] = make()
        return self.rendered[kind]


class BriefingCache:
    """Briefings of stories built from the archive, and their pages, kept while the story
    is unchanged (an ingest that adds to a story changes its size and ``updated_at``)."""

    def __init__(self, size: int = BRIEFINGS_KEPT) -> None:
        self._size = size
        self._kept: OrderedDict[str, tuple[tuple, StoryEntry]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conn: sqlite3.Connection, story_id: str) -> StoryEntry:
        """The story's entry; KeyError when there is no such story."""
        row = conn.execute("SELECT id, title, first_seen, last_seen, size, updated_at "
                           "FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise KeyError(story_id)
        version = (row["updated_at"], row["size"])
        with self._lock:
            kept = self._kept.get(story_id)
            if kept is not None and kept[0] == version:
                self._kept.move_to_end(story_id)
                return kept[1]
        entry = StoryEntry(row, load_story(conn, story_id))
        with self._lock:
            self._kept[story_id] = (version, entry)
            self._kept.move_to_end(story_id)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return entry

    def built(self, story_id: str) -> Briefing | None:
        """The story's briefing if one was built (for a page that may not build one)."""
        with self._lock:
            kept = self._kept.get(story_id)
        return kept[1].briefing if kept else None


def claim_coverage(briefing: Briefing, anchors: Anchors | None = None) -> dict[str, Any]:
    """Which outlets carry each claim (with a link to their wording) and which leave it
    out. With ``anchors`` each carried cell gets the in-page anchor of its words."""
    outlets = sorted({article.outlet or "unknown outlet" for article in briefing.articles})
    # a claim one outlet alone carries is no news of what the others left out
    claims = sorted((claim for claim in briefing.claims if len(claim.outlets) >= SHARED_BY),
                    key=lambda claim: (-len(claim.outlets), claim.id))
    rows = []
    for claim in claims[:COVERAGE_CLAIMS]:
        cells = {}
        for version in claim.versions:
            outlet = version.outlet or "unknown outlet"
            if outlet in cells:
                continue
            anchor = anchors.evidence(version.span.article, version.span.start,
                                      version.span.end) if anchors else None
            cells[outlet] = {"article": version.span.article, "start": version.span.start,
                             "end": version.span.end, "text": version.span.text,
                             "anchor": anchor}
        rows.append({"claim": claim.id, "text": claim.versions[0].span.text if claim.versions
                     else "", "carried_by": cells,
                     "left_out_by": [outlet for outlet in outlets if outlet not in cells]})
    return {"outlets": outlets, "claims": rows, "more": max(0, len(claims) - COVERAGE_CLAIMS),
            "single_outlet": len(briefing.claims) - len(claims)}


def story_json(row: sqlite3.Row, briefing: Briefing, brief: dict[str, Any]) -> dict[str, Any]:
    return {"story": {key: row[key] for key in ("id", "title", "first_seen", "last_seen", "size")},
            "coverage": claim_coverage(briefing), "briefing": brief}
