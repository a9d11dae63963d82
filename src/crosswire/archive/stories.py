"""Incremental story grouping: arriving articles join the open stories they are closest
to, or start new ones.

A story keeps the sum of its members' term vectors (its profile, cut to the strongest
terms, used to find candidates), its latest members' vectors and the span of days it
covers. Each batch of new articles is placed in two steps: words find the topic (single
link with the open stories it touches, over their recent members), then the topic's
recent members and new articles are cut together into its events where their similarity
graph is thinnest (a recursive normalised cut), so two earthquakes in one week stay apart.
A recent member the cut puts with another event moves to that event's story: a batch too
small to tell two events apart is mended by later ones, whatever the arrival order.
Candidates come from an inverted index on profile terms and a window of days, and only
recent members are cut again, so the cost per article does not grow with the archive.
An id stays with the part holding most of its story; a story the cut puts whole in
another's part (a later article bridged two early ones) gives its articles to that
story and is deleted. An event the cut leaves with no open story may follow up an older
one, found by the names only it names (follow_ups), however many days back.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from crosswire.archive.features import ArticleFeatures, month_number
from crosswire.archive.follow_ups import (
    FOLLOW_UP_NAMES,
    FOLLOW_UP_SIMILARITY,
    RECENT_DAYS,
    NameIndex,
)
from crosswire.archive.story_cut import Member, events, topics

# A story stays open to new articles this many days after its latest article: a
# developing story is covered every few days (a verdict, the sentence five days later),
# and the day cost (story_cut.day_cost) grows with the gap, so only strong agreement of
# words bridges the farther days. 7 scores the tuning half of AllSides 0.960 (0.958 with
# 5; 3 scored 0.957 with days counted one by one), ECB+ with the archive's dates 0.851
# at 3, 5 and 7.
WINDOW_DAYS = 7
# Similarity (dot product of unit tf-idf vectors, less the day penalty) of the most
# similar pair at or above which two clusters are one topic. Calibrated on the even-hash
# half of the AllSides roundups (crosswire eval stories): best at 0.08 (F1 0.932), 0.931
# at 0.06; the held-out half scores 0.924 at 0.08. ECB+ scores the same at 0.06 and 0.08.
JOIN_THRESHOLD = 0.08
# A story's members within this many days of its latest article are kept (at most
# MAX_MEMBERS): a new article joins the story's topic through one of them in its window,
# and the story's event through all of them (story_cut.events). With WINDOW_DAYS 7,
# keeping 14 days scored the same as 6 (AllSides and ECB+), and 6 keeps the cut smaller.
MEMBER_DAYS = 6
MAX_MEMBERS = 30
# Terms kept in a story profile and indexed for candidate search.
PROFILE_TERMS = 80
# Candidate stories are those sharing at least MIN_SHARED_TERMS of an article's
# QUERY_TERMS strongest terms among their own INDEXED_TERMS strongest: a story that
# shares less cannot reach JOIN_THRESHOLD in practice (AllSides F1 unchanged),
# and common words no longer make every open story a candidate.
QUERY_TERMS = 20
INDEXED_TERMS = 40
MIN_SHARED_TERMS = 2
# Undated articles are compared with at most this many most recent stories.
UNDATED_CANDIDATES = 500


def shares_enough(shared: int, query_terms: int, indexed_terms: int) -> bool:
    """``shared`` terms of an article's query among a story's indexed ones make the story a
    candidate: MIN_SHARED_TERMS, or all a very short text has."""
    return shared >= min(MIN_SHARED_TERMS, query_terms, indexed_terms)


@dataclass
class Story:
    id: str
    title: str | None
    first_day: int | None
    last_day: int | None
    size: int = 0  # articles, duplicates included
    profile: dict[str, float] = field(default_factory=dict)  # sum of member vectors
    vectors: int = 0  # member vectors summed into the profile
    # the latest members (vector, day, article id): the ones a new article is compared
    # with, and the ones a later batch may move to another story of their topic
    members: list[Member] = field(default_factory=list)

    def gap(self, day: int | None) -> int:
        """Days between ``day`` and the span of the story (0 inside it or when unknown)."""
        if day is None or self.first_day is None or self.last_day is None:
            return 0
        return max(self.first_day - day, day - self.last_day, 0)

    def absorb(self, features: ArticleFeatures, article_id: str | None = None) -> None:
        for term, weight in features.vector.items():
            self.profile[term] = self.profile.get(term, 0.0) + weight
        if len(self.profile) > PROFILE_TERMS:
            strongest = sorted(self.profile.items(), key=lambda item: -item[1])[:PROFILE_TERMS]
            self.profile = dict(strongest)
        self.vectors += 1
        self.stretch(features.day)
        self.members.append((features.vector, features.day, article_id, features.weekdays))
        latest = self.last_day
        self.members = [member for member in self.members
                        if member[1] is None or latest is None or member[1] >= latest - MEMBER_DAYS]
        self.members = self.members[-MAX_MEMBERS:]

    def release(self, member: Member) -> None:
        """Let a recent member go to another story (the span of days stays as it was)."""
        vector, _, article_id, _ = member
        for term, weight in vector.items():
            if term in self.profile:
                self.profile[term] -= weight
                if self.profile[term] <= 1e-9:
                    del self.profile[term]
        self.vectors -= 1
        self.size -= 1
        self.members = [kept for kept in self.members if kept[2] != article_id]

    def months(self) -> set[int]:
        """The months (features.month_number) the story's days span."""
        if self.first_day is None or self.last_day is None:
            return set()
        return set(range(month_number(self.first_day), month_number(self.last_day) + 1))

    def comparable(self) -> list[Member]:
        """Members to compare with (the profile's mean when none were kept)."""
        if self.members:
            return self.members
        scale = 1.0 / max(self.vectors, 1)
        return [({t: w * scale for t, w in self.profile.items()}, self.last_day, None, 0)]

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
        # the stories naming each name, all of the archive's: the follow-up link's index
        self.names = NameIndex(conn)
        self.dirty: set[str] = set()
        # stories that let members go since the last save: their title may be the title
        # of an article they no longer hold
        self.released: set[str] = set()
        # stored articles moved to another story of their topic since the caller last
        # cleared this: article id -> its story now
        self.moved: dict[str, str] = {}
        # stories all of whose articles moved to another since the last drop_emptied
        self.emptied: set[str] = set()

    def assign(self, article_id: str, features: ArticleFeatures, *,
               title: str | None = None) -> Assignment:
        """Put one article into the best open story, or open a new one named after it."""
        return self.assign_batch([(article_id, features, title)])[0]

    def assign_batch(
        self, items: list[tuple[str, ArticleFeatures, str | None]]
    ) -> list[Assignment]:
        """Place a batch of articles: single link of the new articles and the open
        stories they touch finds the topics, then each topic is cut into its events
        (story_cut), which may move recent members between the topic's stories
        (recorded in ``moved``). Deciding a batch at once, and cutting recent members
        again with each batch, keeps the arrival order from mattering."""
        if not items:
            return []
        for _, features, _ in items:
            self._ensure_loaded(features.day)
            if features.day is not None:
                self._latest_day = max(self._latest_day or features.day, features.day)
        touched: set[str] = set()
        for _, features, _ in items:
            touched |= {story.id for story in self._candidates(features)}
        stories = [self.stories[story_id] for story_id in sorted(touched)]
        articles = [features for _, features, _ in items]
        assignments: list[Assignment | None] = [None] * len(items)
        for topic_stories, members in topics(
                [story.comparable() for story in stories],
                [(article.vector, article.day, None, article.weekdays) for article in articles],
                threshold=self.threshold, window=WINDOW_DAYS):
            for event in events([stories[k].comparable() for k in topic_stories],
                                [(articles[m].vector, articles[m].day, None, articles[m].weekdays)
                                 for m in members]):
                story = stories[topic_stories[event.story]] if event.story is not None else None
                score = event.score
                if story is None:
                    story, score = self._follow_up([articles[members[n]] for n in event.articles])
                for n in event.articles:
                    article_id, features, title = items[members[n]]
                    if story is None:
                        story = Story(id=story_id_for(article_id), title=title,
                                      first_day=None, last_day=None)
                        self.stories[story.id] = story
                        assignments[members[n]] = Assignment(story.id, None, "new")
                    else:
                        assignments[members[n]] = Assignment(story.id, score, "grouped")
                    story.absorb(features, article_id)
                    self.names.add(story.id, features.names)
                    story.title = story.title or title
                assert story is not None
                for k, member in event.moving:
                    source = stories[topic_stories[k]]
                    source.release(member)
                    story.absorb(ArticleFeatures(member[0], member[1], member[3]), member[2])
                    assert member[2] is not None
                    self.moved[member[2]] = story.id
                    self._reindex(source)
                    self.dirty.add(source.id)
                    self.released.add(source.id)
                for k in {k for k, _ in event.moving}:
                    self._drop_if_empty(stories[topic_stories[k]], into=story)
                self._reindex(story)
                self.dirty.add(story.id)
        return [assignment for assignment in assignments if assignment is not None]

    def _follow_up(self, articles: list[ArticleFeatures]
                   ) -> tuple[Story | None, float | None]:
        """The story the event of ``articles`` follows up beyond its open days
        (follow_ups), and the best similarity of their words; (None, None) when none.

        The dated articles' names that only one story names find it, however old; it is
        followed up when they name FOLLOW_UP_NAMES of them, one of them names a month of
        the story's days (features.months_named) or comes within RECENT_DAYS of it, and
        one's words reach FOLLOW_UP_SIMILARITY with one of its latest members. A story
        within WINDOW_DAYS of an article (or undated) was weighed by the event cut
        already, which stands.
        """
        dated = [article for article in articles if article.day is not None]
        if not dated:
            return None, None
        named = self.names.specific_to(frozenset().union(*(a.names for a in dated)))
        best: tuple[float, str] | None = None
        for story_id in sorted(k for k, count in named.items() if count >= FOLLOW_UP_NAMES):
            story = self.stories.get(story_id) or self._load_one(story_id)
            if story is None:
                continue
            gaps = [story.gap(article.day) for article in dated]
            months = story.months()
            if min(gaps) <= WINDOW_DAYS or not any(months & article.months or gap <= RECENT_DAYS
                                                   for article, gap in zip(dated, gaps)):
                continue
            score = max(sum(weight * member[0].get(term, 0.0)
                            for term, weight in article.vector.items())
                        for article in dated for member in story.comparable())
            if score >= FOLLOW_UP_SIMILARITY and (best is None or score > best[0]):
                best = (score, story_id)
        if best is None:
            return None, None
        return self.stories[best[1]], best[0]

    def _drop_if_empty(self, story: Story, *, into: Story) -> None:
        """Forget a story all of whose articles went to ``into`` (story_cut.events merges a
        story into the one a later article shows it to be), its names going with them; the
        archive deletes its row at the next ``drop_emptied``."""
        if story.vectors > 0 or story.id not in self.stories:
            return
        self.names.move(story.id, into.id)
        self._unindex(story)
        del self.stories[story.id]
        self.dirty.discard(story.id)
        self.emptied.add(story.id)

    def drop_emptied(self) -> None:
        """Delete the stored stories emptied by merges that no article or claim is filed
        under any more (call after the moved articles' claims are filed again)."""
        if self.conn is not None and self.emptied:
            self.conn.executemany(
                "DELETE FROM stories WHERE id = ? "
                "AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM claims WHERE story_id = ?)",
                [(story_id,) * 3 for story_id in sorted(self.emptied)])
        self.emptied.clear()

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

    def _candidates(self, features: ArticleFeatures) -> list[Story]:
        query = list(features.vector)[:QUERY_TERMS]  # strongest first
        shared: Counter = Counter()
        for term in query:
            shared.update(self._postings.get(term, ()))
        candidates = []
        for story_id, count in shared.items():
            story = self.stories[story_id]
            if shares_enough(count, len(query), len(self._indexed[story_id])) \
                    and story.gap(features.day) <= WINDOW_DAYS:
                candidates.append(story)
        return candidates

    def _reindex(self, story: Story) -> None:
        self._unindex(story)
        terms = [term for term, _ in sorted(story.profile.items(),
                                            key=lambda item: -item[1])[:INDEXED_TERMS]]
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
                          last_day=data["last_day"], size=row["size"], profile=data["terms"],
                          vectors=data["vectors"],
                          members=[_member(member) for member in data["members"]])
            self.stories[story.id] = story
            self._reindex(story)

    def save(self) -> None:
        """Write the stories changed since the last save (inside the caller's transaction)."""
        if self.conn is None:
            return
        rows = []
        for story_id in sorted(self.dirty):
            story = self.stories[story_id]
            # counted, not carried: the archive's members are the truth even if another
            # ingest added some since this story was read
            story.size = self.conn.execute("SELECT count(*) FROM articles WHERE story_id = ?",
                                           (story.id,)).fetchone()[0]
            profile = {"first_day": story.first_day, "last_day": story.last_day,
                       "vectors": story.vectors, "terms": story.profile,
                       "members": story.members}
            first, last = _iso(story.first_day), _iso(story.last_day)
            rows.append((story.id, story.title, first, last, story.size, json.dumps(profile)))
        self.conn.executemany(
            "INSERT INTO stories (id, title, first_seen, last_seen, size, profile) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "title = coalesce(stories.title, excluded.title), "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
            "size = excluded.size, profile = excluded.profile, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            rows,
        )
        self.names.save()
        self.conn.executemany(
            "UPDATE stories SET title = (SELECT a.title FROM articles a WHERE a.story_id = "
            "stories.id AND a.title IS NOT NULL ORDER BY a.published IS NULL, a.published, "
            "a.rowid LIMIT 1) WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles a "
            "WHERE a.story_id = stories.id AND a.title IS stories.title)",
            [(story_id,) for story_id in sorted(self.released)])
        self.dirty.clear()
        self.released.clear()


def _member(stored: list) -> Member:
    """A member as stored (archives written before members could move have no article id,
    those written before weekdays were kept have none)."""
    return (stored[0], stored[1], stored[2] if len(stored) > 2 else None,
            stored[3] if len(stored) > 3 else 0)


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


def story_id_for(article_id: str) -> str:
    """A story is named after the article that opened it, so its id never changes."""
    return f"s-{article_id[:12]}"
