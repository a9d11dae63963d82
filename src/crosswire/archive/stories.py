"""Incremental story grouping: each arriving article joins the closest active story or
starts a new one.

A story keeps the sum of its members' term vectors (its profile, cut to the strongest
terms) and the span of days it covers. An article is compared with the stories active
within WINDOW_DAYS of its date, found through an inverted index on profile terms, so
the cost per article does not grow with the archive. Stories never merge or split:
an id, once given, stays the id of the story as it grows.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from crosswire.archive.features import ArticleFeatures

# A story stays open to new articles this many days after its latest article
# (developing stories run over days; wire follow-ups come within a day or two).
WINDOW_DAYS = 3
# Cosine similarity to a story's profile at or above which an article joins it.
# Calibrated on the even-hash half of the AllSides roundups (crosswire eval stories):
# F1 is flat between 0.16 and 0.24.
JOIN_THRESHOLD = 0.16
# Each day between the article and the nearest day of the story costs this much
# similarity: the same topic a week later is more often a new event.
DAY_PENALTY = 0.06
# Terms kept in a story profile and indexed for candidate search.
PROFILE_TERMS = 80
# Undated articles are compared with at most this many most recent stories.
UNDATED_CANDIDATES = 500


@dataclass
class Story:
    id: str
    title: str | None
    first_day: int | None
    last_day: int | None
    size: int = 0
    profile: dict[str, float] = field(default_factory=dict)

    norm: float = 1.0

    def renorm(self) -> None:
        self.norm = math.sqrt(sum(w * w for w in self.profile.values())) or 1.0

    def gap(self, day: int | None) -> int:
        """Days between ``day`` and the span of the story (0 inside it or when unknown)."""
        if day is None or self.first_day is None or self.last_day is None:
            return 0
        return max(self.first_day - day, day - self.last_day, 0)

    def absorb(self, features: ArticleFeatures) -> None:
        for term, weight in features.vector.items():
            self.profile[term] = self.profile.get(term, 0.0) + weight
        if len(self.profile) > PROFILE_TERMS:
            strongest = sorted(self.profile.items(), key=lambda item: -item[1])[:PROFILE_TERMS]
            self.profile = dict(strongest)
        self.renorm()
        self.stretch(features.day)

    def stretch(self, day: int | None) -> None:
        self.size += 1
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)


@dataclass(frozen=True)
class Assignment:
    story_id: str
    score: float | None
    via: str  # "new", "grouped" or "duplicate"


class StoryGrouper:
    """The open stories in memory; the archive (when given) holds all of them."""

    def __init__(self, conn: sqlite3.Connection | None = None, *,
                 threshold: float = JOIN_THRESHOLD) -> None:
        self.conn = conn
        self.threshold = threshold
        self.stories: dict[str, Story] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._indexed: dict[str, list[str]] = {}
        self._loaded_days: set[int] = set()
        self._loaded_undated = False
        self._latest_day: int | None = None
        self.dirty: set[str] = set()

    def assign(self, article_id: str, features: ArticleFeatures, *,
               title: str | None = None) -> Assignment:
        """Put an article into the best open story, or open a new one named after it."""
        self._ensure_loaded(features.day)
        if features.day is not None:
            self._latest_day = max(self._latest_day or features.day, features.day)
        best, best_score = None, 0.0
        for story in self._candidates(features):
            score = self._score(story, features)
            if score > best_score:
                best, best_score = story, score
        if best is not None and best_score >= self.threshold:
            best.absorb(features)
            best.title = best.title or title
            self._reindex(best)
            self.dirty.add(best.id)
            return Assignment(best.id, best_score, "grouped")
        story = Story(id=story_id_for(article_id), title=title, first_day=None, last_day=None)
        story.absorb(features)
        self.stories[story.id] = story
        self._reindex(story)
        self.dirty.add(story.id)
        return Assignment(story.id, None, "new")

    def join(self, story_id: str, *, day: int | None, title: str | None = None) -> Assignment:
        """Count a duplicate in its original's story without changing the profile."""
        story = self.stories.get(story_id) or self._load_one(story_id)
        if story is not None:
            story.stretch(day)
            story.title = story.title or title
            self.dirty.add(story.id)
        return Assignment(story_id, 1.0, "duplicate")

    def close_stale(self) -> None:
        """Drop from memory the stories closed well before the latest day seen (they stay
        stored, and are read again if an older article arrives)."""
        if self._latest_day is None:
            return
        # Arrivals a window late are still compared with every story they could join.
        cutoff = self._latest_day - 2 * WINDOW_DAYS
        for story in [s for s in self.stories.values()
                      if s.last_day is not None and s.last_day < cutoff - WINDOW_DAYS
                      and s.id not in self.dirty]:
            self._unindex(story)
            del self.stories[story.id]
        self._loaded_days = {day for day in self._loaded_days if day >= cutoff}

    def _score(self, story: Story, features: ArticleFeatures) -> float:
        dot = sum(w * story.profile.get(term, 0.0) for term, w in features.vector.items())
        return dot / story.norm - DAY_PENALTY * story.gap(features.day)

    def _candidates(self, features: ArticleFeatures) -> list[Story]:
        found: set[str] = set()
        for term in features.vector:
            found |= self._postings.get(term, set())
        candidates = []
        for story_id in found:
            story = self.stories[story_id]
            if story.gap(features.day) <= WINDOW_DAYS:
                candidates.append(story)
        return candidates

    def _reindex(self, story: Story) -> None:
        self._unindex(story)
        terms = list(story.profile)
        for term in terms:
            self._postings[term].add(story.id)
        self._indexed[story.id] = terms

    def _unindex(self, story: Story) -> None:
        for term in self._indexed.pop(story.id, []):
            postings = self._postings.get(term)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self._postings[term]

    # Persistence: stories are read lazily around the days being ingested.

    def _ensure_loaded(self, day: int | None) -> None:
        if self.conn is None:
            return
        if day is None:
            if not self._loaded_undated:
                self._loaded_undated = True
                self._load_rows(self.conn.execute(
                    "SELECT * FROM stories ORDER BY updated_at DESC LIMIT ?",
                    (UNDATED_CANDIDATES,)))
            return
        if day in self._loaded_days:
            return
        self._loaded_days.add(day)
        self._load_rows(self.conn.execute(
            "SELECT * FROM stories WHERE last_seen >= ? AND first_seen <= ?",
            (_iso(day - WINDOW_DAYS), _iso(day + WINDOW_DAYS))))

    def _load_one(self, story_id: str) -> Story | None:
        if self.conn is None:
            return None
        self._load_rows(self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)))
        return self.stories.get(story_id)

    def _load_rows(self, rows) -> None:
        for row in rows:
            if row["id"] in self.stories:
                continue
            data = json.loads(row["profile"])
            story = Story(id=row["id"], title=row["title"], first_day=data["first_day"],
                          last_day=data["last_day"], size=row["size"], profile=data["terms"])
            story.renorm()
            self.stories[story.id] = story
            self._reindex(story)

    def save(self) -> None:
        """Write the stories changed since the last save (inside the caller's transaction)."""
        if self.conn is None:
            return
        rows = []
        for story_id in sorted(self.dirty):
            story = self.stories[story_id]
            profile = {"first_day": story.first_day, "last_day": story.last_day,
                       "terms": {t: round(w, 5) for t, w in story.profile.items()}}
            first, last = _iso(story.first_day), _iso(story.last_day)
            rows.append((story.id, story.title, first, last, story.size, json.dumps(profile)))
        self.conn.executemany(
            "INSERT INTO stories (id, title, first_seen, last_seen, size, profile) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "title = coalesce(stories.title, excluded.title), first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
            "size = excluded.size, profile = excluded.profile, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            rows,
        )
        self.dirty.clear()


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


def story_id_for(article_id: str) -> str:
    """A story is named after the article that opened it, so its id never changes."""
    return f"s-{article_id[:12]}"
