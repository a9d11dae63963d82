"""What story grouping compares: weighted terms, names, the day of an article and the
weekdays it names.

Terms are weighted by tf-idf, the document frequencies counted over the archive as it
grows in a fixed number of hashed buckets (bounded memory whatever the vocabulary).
"""

from __future__ import annotations

import math
import re
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from crosswire.knowledge.dates import MONTH_CONTEXT, MONTHS, WEEKDAYS, YEAR
from crosswire.knowledge.text import WORD, crude_lemma, english_stop_words

# Hashed document-frequency buckets: 2**18 keeps collisions rare for a news vocabulary
# (a few hundred thousand terms) in 1 MB of counters.
DF_BUCKETS = 1 << 18
# Only the lead is read: stories are told in the first paragraphs, and long articles
# would otherwise weigh more than short ones in the cost.
LEAD_WORDS = 400
# Title words count as this many body occurrences (titles name the event).
# The three weights below were swept on the tuning half of AllSides (title 1-3, names
# 1-3, terms 20-80): F1 moved by under 0.01; the middle values are kept.
TITLE_WEIGHT = 2.0
# Capitalised words inside sentences (names, places) count this much more than other
# words: the text-only stand-in for named actors and places.
NAME_WEIGHT = 1.5
# Terms an article is represented by (the strongest by weight).
ARTICLE_TERMS = 40

_WEEKDAY_BITS = {name: 1 << n for n, name in enumerate(WEEKDAYS)}
# no \b before the name: it would cost the search three times as long, and no word
# has a capitalised weekday inside it
_WEEKDAY_NAME = re.compile("(" + "|".join(WEEKDAYS) + r")\b")

# Capitalised, but they name a day, not a participant.
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)

# A month name (full, or abbreviated with a capital) after a word that makes it a date
# (MONTH_CONTEXT) or before a day number, with or without a year after it, or a year
# alone. A month name with none of these may be a name ("Senator Ada May").
_MONTH_OR_YEAR = re.compile(
    r"\b(?:(" + MONTH_CONTEXT + r"[\s-]+(?:(?i:early|late|mid)[\s-]+)?)?("
    + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(\s+\d{1,2}"
    r"(?:st|nd|rd|th)?\b,?)?(?:\s+(" + YEAR + r"))?|(" + YEAR + r"))\b")

_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’)]*\s+|\n\s*)(?=\w)")


def _terms(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each word of ``text`` that starts with a letter, with its crude lemma."""
    for match in WORD.finditer(text):
        if not match.group()[0].isdigit():
            yield match, crude_lemma(match.group())


def day_number(published: str | None) -> int | None:
    """The proleptic ordinal of an ISO date (day precision or finer), else None."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True)
class LeadTerms:
    """What grouping reads of an article's title and lead: the weighted counts of its
    content words (names weighing more) and its names: the crude lemmas of the
    capitalised words inside its sentences, less calendar words (the people, bodies and
    places a later report of its story names again, follow_ups)."""

    counts: Counter
    names: frozenset[str]


def lead_terms(text: str, *, title: str | None = None) -> LeadTerms:
    """The weighted word counts and the names of title and lead (one pass over the lead)."""
    counts: Counter = Counter()
    names: set[str] = set()
    # reporting words ("said") are kept: on AllSides leaving them out lost 0.001 B-cubed F1
    stop = english_stop_words()
    for _, word in _terms(title or ""):
        if len(word) > 2 and word not in stop:
            counts[word] += TITLE_WEIGHT
    sentence_starts = {found.end() for found in _SENTENCE_START.finditer(text)}
    for n, (match, word) in enumerate(_terms(text)):
        if n >= LEAD_WORDS:
            break
        if len(word) <= 2 or word in stop:
            continue
        capitalised = match.group()[0].isupper() and match.start() not in sentence_starts
        counts[word] += NAME_WEIGHT if capitalised else 1.0
        if capitalised and match.group() not in _CALENDAR_WORDS:
            names.add(word)
    return LeadTerms(counts, frozenset(names))


def month_number(day: int) -> int:
    """The months since year 0 of a day (a proleptic ordinal): one number per calendar
    month, so months compare and count across years."""
    found = date.fromordinal(day)
    return found.year * 12 + found.month - 1


def months_named(text: str, *, day: int | None) -> frozenset[int]:
    """The months before the article's own that its text names (month_number): a month
    with its year ("March 2019"), a month with a day or after "in", "since" and the like
    (the latest such month, up to the article's own), a year alone (all its months, a
    year before the article's).

    A later report of a developing story names when it began ("the shooting in
    September", "convicted of the 2010 killings"); a new event of a recurring kind (the
    next year's launch) seldom names the last one's month. Empty when undated.
    """
    if day is None:
        return frozenset()
    own = month_number(day)
    named: set[int] = set()
    for context, month_name, day_of_month, its_year, year in _MONTH_OR_YEAR.findall(text):
        if month_name and its_year:
            named.add(int(its_year) * 12 + MONTHS[month_name] - 1)
        elif month_name and (context or day_of_month):
            named.add(own - (own % 12 - (MONTHS[month_name] - 1)) % 12)
        elif year and int(year) * 12 + 11 < own:
            named.update(range(int(year) * 12, int(year) * 12 + 12))
    return frozenset(month for month in named if month < own)


def weekdays_named(text: str) -> int:
    """The weekdays the text names (capitalised), as a bit mask (Monday the lowest bit).

    Reports of one event name the day it happened ("on Tuesday"); a report of the
    topic's next event, a day or two later, names another. The whole text is searched
    (one regular expression, cheap beside the terms): a long report naming more days
    shares one more often, so it is set apart less often, never more.
    """
    mask = 0
    for name in _WEEKDAY_NAME.findall(text):
        mask |= _WEEKDAY_BITS[name]
    return mask


class DocumentFrequencies:
    """How many archived articles contain each term (hashed), persisted incrementally."""

    def __init__(self) -> None:
        self.counts = np.zeros(DF_BUCKETS, dtype=np.uint32)
        self.documents = 0
        self._dirty: set[int] = set()

    @staticmethod
    def bucket(term: str) -> int:
        return zlib.crc32(term.encode()) & (DF_BUCKETS - 1)

    def observe(self, terms: list[str]) -> None:
        buckets = {self.bucket(term) for term in terms}
        for b in buckets:
            self.counts[b] += 1
        self._dirty |= buckets
        self.documents += 1

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (int(self.counts[self.bucket(term)]) + 1)) + 1.0

    def load(self, conn: sqlite3.Connection) -> None:
        for bucket, count in conn.execute("SELECT bucket, df FROM term_df"):
            self.counts[bucket] = count
        row = conn.execute("SELECT value FROM archive_meta WHERE key = 'documents'").fetchone()
        self.documents = int(row[0]) if row else 0
        self._dirty.clear()

    def save(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO term_df (bucket, df) VALUES (?, ?) "
            "ON CONFLICT (bucket) DO UPDATE SET df = excluded.df",
            [(b, int(self.counts[b])) for b in sorted(self._dirty)],
        )
        conn.execute(
            "INSERT INTO archive_meta (key, value) VALUES ('documents', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(self.documents),),
        )
        self._dirty.clear()


@dataclass(frozen=True)
class ArticleFeatures:
    """A unit-length tf-idf vector of the article's strongest terms, its day, the
    weekdays its text names (weekdays_named), its names (LeadTerms) and the months
    before its own it names (months_named)."""

    vector: dict[str, float]
    day: int | None
    weekdays: int = 0
    names: frozenset[str] = frozenset()
    months: frozenset[int] = frozenset()


def article_features(
    lead: LeadTerms, *, day: int | None, frequencies: DocumentFrequencies, weekdays: int = 0,
    months: frozenset[int] = frozenset()
) -> ArticleFeatures:
    weights = {
        term: (1.0 + math.log(count)) * frequencies.idf(term)
        for term, count in lead.counts.items()
    }
    top = sorted(weights.items(), key=lambda item: -item[1])[:ARTICLE_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return ArticleFeatures(vector={term: w / norm for term, w in top}, day=day,
                           weekdays=weekdays, names=lead.names, months=months)


def read_article_features(text: str, *, title: str | None, day: int | None,
                          frequencies: DocumentFrequencies) -> ArticleFeatures:
    """An article's grouping features as ingest reads them: its lead's words, counted into
    ``frequencies`` first, with the weekdays and months its text names. The archive and
    ``eval stories`` both call this, so the evaluation groups what ingest would."""
    lead = lead_terms(text, title=title)
    frequencies.observe(list(lead.counts))
    return article_features(lead, day=day, frequencies=frequencies,
                            weekdays=weekdays_named(text), months=months_named(text, day=day))
