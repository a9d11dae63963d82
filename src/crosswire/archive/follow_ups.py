"""The follow-up link: a report that names the participants only one stored story names,
and tells of the same act, joins that story whatever the days between them.

A developing story runs for months (a shooting, the hearing, the trial two years on);
the event cut compares an article only with the stories open around its day, so a
report beyond them would start a story of its own. How specific a name is comes from
the archive: a name only one story names points to that story, a name several stories
name (a head of state, a city, a team) points to none. Two events of one kind (two
earthquakes, two phone launches) share their kind's words but not their participants;
the same participants' next event of a kind (next year's launch, a second arrest) seldom
names when the last one was, so the article must name a month of the story's days
(features.months_named), unless it comes within RECENT_DAYS of the story. On ECB+ with
the archive's dates (tuning half 0.851 without the link) the link scored 0.920 on the
tuning half without that check and 0.901 with it, and 0.859 and 0.880 on the held-out
half (0.877 without the link); with RECENT_DAYS, 0.920 and 0.880.
"""

from __future__ import annotations

import sqlite3

# A name is specific to a story while no other story names it; the index keeps at most
# this many stories per name (one more than a specific name has): beyond it a name is
# common however many more name it, so the index grows with the archive's names, not
# with how often they recur.
KEPT_HOLDERS = 2
# Names only the candidate story names that an article must name to follow it up, and
# the similarity of their words (the dot product of unit tf-idf vectors, no day cost)
# the article must reach with one of the story's latest members: the participants and
# the act. A short lead names few people, and a different story of a recurring topic
# (the same senator, agency or court weeks later) often shares two to four with it: on
# the tuning half of AllSides 2, 3, 4 and 5 names scored 0.948, 0.956, 0.958 and 0.960
# (0.960 without the link); ECB+ with the archive's dates 0.901 at each. With 2 names a
# similarity of 0.25 lost a true link on the ECB+ tuning half (0.878).
FOLLOW_UP_NAMES = 5
FOLLOW_UP_SIMILARITY = 0.15
# A report within this many days of the story's last needs no month of it: the month
# check keeps apart the same participants' next event of a kind, which comes months or
# a year later, while a report a few weeks on seldom names the month it follows up
# ("the April launch"). On the tuning half of ECB+ with the archive's dates 21, 30 and
# 60 days scored 0.920 (0.901 with none, 0.908 with 14); 21 is the least of them.
RECENT_DAYS = 21


class NameIndex:
    """The stories that name each name (at most KEPT_HOLDERS), over the whole archive:
    read from ``story_names`` as names are asked for, new pairs written on ``save``."""

    def __init__(self, conn: sqlite3.Connection | None = None) -> None:
        self.conn = conn
        self._holders: dict[str, set[str]] = {}
        self._unsaved: set[tuple[str, str]] = set()
        self._moves: list[tuple[str, str]] = []  # (merged story, story it went to), unsaved

    def holders(self, name: str) -> set[str]:
        """The stories that name ``name`` (at most KEPT_HOLDERS of them)."""
        found = self._holders.get(name)
        if found is None:
            found = set() if self.conn is None else {row[0] for row in self.conn.execute(
                "SELECT story_id FROM story_names WHERE name = ? LIMIT ?", (name, KEPT_HOLDERS))}
            self._holders[name] = found
        return found

    def add(self, story_id: str, names: frozenset[str]) -> None:
        for name in names:
            found = self.holders(name)
            if story_id not in found and len(found) < KEPT_HOLDERS:
                found.add(story_id)
                self._unsaved.add((name, story_id))

    def move(self, old: str, new: str) -> None:
        """Give the names of story ``old``, merged into ``new``, to ``new``: a name the two
        shared becomes specific to the one story left, and no name points to a story gone."""
        for found in self._holders.values():
            if old in found:
                found.discard(old)
                if len(found) < KEPT_HOLDERS:
                    found.add(new)
        self._unsaved = {(name, new if story_id == old else story_id)
                         for name, story_id in self._unsaved}
        self._moves.append((old, new))

    def specific_to(self, names: frozenset[str]) -> dict[str, int]:
        """For each story that alone names some of ``names``: how many."""
        counts: dict[str, int] = {}
        for name in names:
            found = self.holders(name)
            if len(found) == 1:
                story_id = next(iter(found))
                counts[story_id] = counts.get(story_id, 0) + 1
        return counts

    def save(self) -> None:
        if self.conn is not None:
            for old, new in self._moves:  # a name the two shared keeps one row
                self.conn.execute("UPDATE OR IGNORE story_names SET story_id = ? WHERE story_id = ?",
                                  (new, old))
                self.conn.execute("DELETE FROM story_names WHERE story_id = ?", (old,))
            if self._unsaved:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO story_names (name, story_id) VALUES (?, ?)",
                    sorted(self._unsaved))
        self._moves.clear()
        self._unsaved.clear()
