"""Quoted runs: two units from different articles that carry one run of words inside
quotation marks in at least one of them.

Outlets quote the same words of a speaker, and a run of several words shared by two texts
is not chance, whoever each outlet credits; a fact told in an outlet's own words may carry
what another quotes. ``claim_meaning`` adds the units that say one thing in other words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from itertools import combinations
from typing import NamedTuple

from crosswire.compare.claim_terms import actor_ids, name_spans
from crosswire.compare.claim_units import MAX_BLOCK, MeaningLink, Unit
from crosswire.knowledge.names import titles
from crosswire.knowledge.text import WORD, stop_words, straight_apostrophes
from crosswire.models import Article

# A run of this many words inside quotation marks, carried word for word by another
# article, is one quote: four words ("will not abandon the harbour") are rarely met by
# chance in two texts; two of them must be content words naming no actor and no title, so
# that neither "that it was the" nor a speech frame ("I told President Vale") is one.
MIN_QUOTED_RUN = 4
MIN_QUOTED_CONTENT_WORDS = 2
# ... but two people's own words meet in a stock phrase of four or five ("beneath the
# collapsed pier"): two whole quotes credited to two different speakers are one quote only where
# they share a run of this many words, as an outlet crediting another's quote to someone
# else copies it (on twelve unseen stories, shared runs of 10, 8 and 4 words joined two
# speakers' statements: the two long ones were one utterance, the short one two rescuers' words).
MIN_QUOTED_RUN_TWO_SPEAKERS = 8
# Quotation marks that open and close a quote (straight double quotes pair in order).
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
QUOTE_OPENER = re.compile("|".join(re.escape(mark) for mark in QUOTE_PAIRS))
# Quotes longer than this are not closed in the text (a missing closing mark).
MAX_QUOTE_CHARS = 1200

class Word(NamedTuple):
    """A word of a unit, as quoted fragments compare them (a tuple: a briefing's units
    hold a hundred thousand of them, cheaper to make than a frozen dataclass)."""

    text: str  # lower-cased
    quoted: bool  # inside quotation marks
    name: bool  # part of an actor's name, or a title


def quote_links(units: list[Unit], *, articles: dict[str, Article],
                actor_spans: dict[str, list[tuple[int, int, str]]] | None = None) -> list[MeaningLink]:
    """Unit pairs from different articles carrying one quoted run of words, each with the
    longest run they share (a fact told in an outlet's words may carry what another quotes).
    ``actor_spans`` (per article, where actors are named) keeps names out of the content words."""
    texts: dict[str, list[str]] = {}  # unit id -> its words, lower-cased
    runs: dict[tuple[str, ...], list[tuple[Unit, int]]] = defaultdict(list)
    for unit in units:
        article = articles.get(unit.article)
        if article is None:
            continue
        sequence = texts[unit.id] = _word_texts(article.text, unit.start, unit.end)
        for i, run in enumerate(zip(*(sequence[k:] for k in range(MIN_QUOTED_RUN)))):
            runs[run].append((unit, i))
    # Whether each word is quoted or a name is read only for the few units sharing a run
    # with another article's unit: most runs of words are one unit's own.
    wording = _Wording(articles, actor_spans or {})
    stops = stop_words()
    shared: dict[tuple[str, str], list[int]] = defaultdict(list)  # pair -> run starts in a
    ends: dict[tuple[str, str], tuple[Unit, Unit]] = {}  # pairs sharing a run of content words
    for run, holders in runs.items():
        if len(holders) < 2 or len(holders) > MAX_BLOCK:
            continue  # one unit's own words, or a stock phrase
        for (a, i), (b, j) in combinations(sorted(holders, key=lambda h: h[0].id), 2):
            if a.article == b.article or not (wording.quoted(a, i) or wording.quoted(b, j)):
                continue
            shared[(a.id, b.id)].append(i)  # runs of small words lengthen the fragment
            if ends.get((a.id, b.id)) == (a, b):
                continue  # known to share a run of content words already
            # a word is a name when either text names an actor with it
            content = sum(w.text not in stops and not w.name and not v.name
                          for w, v in zip(wording.words(a)[i:i + MIN_QUOTED_RUN],
                                          wording.words(b)[j:j + MIN_QUOTED_RUN])
                          ) >= MIN_QUOTED_CONTENT_WORDS
            if content:
                ends[(a.id, b.id)] = (a, b)
    links = []
    for pair, (a, b) in ends.items():
        starts = shared[pair]
        first, last = _longest_chain(sorted(set(starts)))
        if last + MIN_QUOTED_RUN - first < MIN_QUOTED_RUN_TWO_SPEAKERS and _two_speakers_quoted(a, b):
            continue
        fragment = " ".join(texts[a.id][first:last + MIN_QUOTED_RUN])
        links.append(MeaningLink(a=a, b=b, basis="quote", fragment=fragment))
    return links


def _two_speakers_quoted(a: Unit, b: Unit) -> bool:
    """Both are quoted whole ("direct") and credited to known speakers, none of them the
    other's: each outlet gives its speaker's own words, all of them."""
    return (a.statement is not None and b.statement is not None
            and a.statement.kind == b.statement.kind == "direct"
            and any(actor_ids(a.keys)) and any(actor_ids(b.keys)) and not a.keys & b.keys)


class _Wording:
    """Each unit's words with whether each is quoted or a name, read on first need."""

    def __init__(self, articles: dict[str, Article], actor_spans: dict[str, list[tuple[int, int, str]]]):
        self.articles, self.actor_spans = articles, actor_spans
        self.regions: dict[str, list[tuple[int, int]]] = {}  # article id -> its quotes
        self.names: dict[str, list[tuple[int, int]]] = {}  # article id -> where it names actors
        self.has_quote: dict[str, bool] = {}  # unit id -> whether a quote overlaps it
        self.unit_words: dict[str, list[Word]] = {}  # unit id -> its words

    def quoted(self, unit: Unit, start: int) -> bool:
        """The run of words starting at the unit's ``start``-th word is quoted."""
        if unit.id not in self.has_quote:
            self.has_quote[unit.id] = any(begin < unit.end and unit.start < end
                                          for begin, end in self._regions(unit.article))
        return self.has_quote[unit.id] and all(w.quoted for w in self.words(unit)[start:start + MIN_QUOTED_RUN])

    def words(self, unit: Unit) -> list[Word]:
        if unit.id not in self.unit_words:
            if unit.article not in self.names:
                self.names[unit.article] = _covered(self.actor_spans.get(unit.article, []))
            self.unit_words[unit.id] = _words(self.articles[unit.article].text, unit.start, unit.end,
                                              self._regions(unit.article), names=self.names[unit.article])
        return self.unit_words[unit.id]

    def _regions(self, article_id: str) -> list[tuple[int, int]]:
        if article_id not in self.regions:
            self.regions[article_id] = quote_regions(self.articles[article_id].text)
        return self.regions[article_id]


def _longest_chain(starts: list[int]) -> tuple[int, int]:
    """The first and last of the longest run of consecutive numbers in sorted ``starts``."""
    best = current = (starts[0], starts[0])
    for n in starts[1:]:
        current = (current[0], n) if n == current[1] + 1 else (n, n)
        if current[1] - current[0] > best[1] - best[0]:
            best = current
    return best


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between an opening quotation mark and its closing one."""
    regions = []
    position = 0
    while match := QUOTE_OPENER.search(text, position):
        mark = match.group()
        if mark == "‘" and match.start() > 0 and text[match.start() - 1].isalnum():
            position = match.end()  # a typographic apostrophe, not a quote
            continue
        close = text.find(QUOTE_PAIRS[mark], match.end(), match.end() + MAX_QUOTE_CHARS)
        if close < 0:
            position = match.end()
            continue
        regions.append((match.end(), close))
        position = close + 1
    return regions


def _covered(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The stretches of text the (start, end, actor) spans cover: in order, apart."""
    stretches: list[tuple[int, int]] = []
    for start, end, _ in sorted(spans):
        if start >= end:
            continue
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], end))
        else:
            stretches.append((start, end))
    return stretches


def _word_texts(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``, lower-cased."""
    return [_normal(word) for word in WORD.findall(text, start, end)]


def _normal(word: str) -> str:
    return straight_apostrophes(word.lower())


def _words(text: str, start: int, end: int, quoted: list[tuple[int, int]], *,
           names: list[tuple[int, int]]) -> list[Word]:
    """The words of ``text[start:end]``, lower-cased, each with whether it is inside a
    quote and whether it names someone or something (starts inside an actor's span, is a
    title, or stands in a name of several capitalised words, ``name_spans``).
    ``quoted`` and ``names`` are in text order and apart (``_covered``): only the last one
    starting before a word can hold it."""
    quote_starts = [q_start for q_start, _ in quoted]
    name_starts = [n_start for n_start, _ in names]
    # a name of several capitalised words is a name too, if no actor's: a pass, a day, a law
    # quoted by its name ("the 'Key to the Harbour' card") is named, no one's words repeated
    written = [(name_start, name_end) for name_start, name_end, _ in name_spans(text, start, end)]
    written_starts = [name_start for name_start, _ in written]
    known_titles = titles()
    return [Word(word, _inside_last(quoted, quote_starts, m.start(), m.end()),
                 (word,) in known_titles or _inside_last(names, name_starts, m.start(), m.start() + 1)
                 or _inside_last(written, written_starts, m.start(), m.end()))
            for m in WORD.finditer(text, start, end) for word in [_normal(m.group())]]


def _inside_last(regions: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside the last of ``regions`` (sorted, disjoint) that
    starts at or before ``start``."""
    n = bisect_right(starts, start) - 1
    return n >= 0 and end <= regions[n][1]
