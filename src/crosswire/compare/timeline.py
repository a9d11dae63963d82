"""Timeline: claims and events in date order, each with its normalised date and sources.

A claim is dated by when it was said (the statement's own date) or, for a fact an outlet
tells in its own voice, when its event happened, else by the earliest publication of an
article carrying it. An event is dated by the date phrase of its
sentence nearest its trigger (a dateline's date is the article's, not the event's, and "the
March 2 flood" dates the flood, not what was done in its wake; a future event's or a plan's
"by March 14" is the next March 14), else by a phrase that moves the
article's last earlier date ("The next day ..."), else by its statement's date, else by
its article's publication. Every date says how it was reached (``DateEstimate.basis``);
one that only the publication date gives is as sure as that date times
``CONFIDENCE_PUBLICATION_ONLY``: it happened or was said then or before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from crosswire.compare.event_rows import dated_apart, sentence_acts
from crosswire.knowledge.date_sequels import find_sequel, shift_from
from crosswire.knowledge.dates import (
    anchor_range_of,
    estimate,
    find_date_phrases,
    phrase_kind,
    placed_days,
    resolve_phrase_at,
    resolve_said_on,
)
from crosswire.knowledge.places import dateline_length
from crosswire.knowledge.text import english_stop_words
from crosswire.metadata.published import told_as_plan
from crosswire.models import (
    Article,
    Claim,
    ClaimVersion,
    DateEstimate,
    Event,
    MergedAnalysis,
    Statement,
    TextSpan,
    TimelineEntry,
)

UNDATED = DateEstimate(None, "unknown", "no date in the text or metadata", 0.0)
# A bare year in an event's sentence ("since 2014") is background, not the event's date.
EVENT_DATE_KINDS = frozenset({"iso", "month_day", "day_month", "weekday", "deictic", "ago", "weekend", "period"})
PRECISION_ORDER = {"day": 0, "month": 1, "year": 2, "unknown": 3}
# Most news reports an event of the day before or the day itself; with no date of its
# own a report's event or words are dated by its publication, with half the confidence.
CONFIDENCE_PUBLICATION_ONLY = 0.5
# A date moved from the narrative's last date ("the next day") leans on that date's reading.
CONFIDENCE_SEQUEL = 0.8
# Within one day, entries dated by their own words come before those only the
# publication dates.
BASIS_ORDER = {"stated": 0, "year inferred": 1, "relative": 2, None: 3, "publication": 4}


def publication_only(article: Article | None) -> DateEstimate:
    """The date of words or an act nothing in the text dates: the publication's (then or
    before), with ``CONFIDENCE_PUBLICATION_ONLY`` of its confidence."""
    if article is None or not article.published.value:
        return UNDATED
    published = article.published
    return DateEstimate(published.value, published.precision,
                        f"published {published.value} ({published.evidence})",
                        round(published.confidence * CONFIDENCE_PUBLICATION_ONLY, 3),
                        published.earliest, published.latest, basis="publication")


def known(date_: DateEstimate | None) -> bool:
    """A date that places its entry (``placed_days``): a value, or a few days no one ISO
    value holds ("last week" read on 7 January runs over New Year)."""
    return placed_days(date_) is not None


def _best(dates: list[DateEstimate]) -> DateEstimate:
    placed = [d for d in dates if known(d)]
    if not placed:
        return UNDATED
    return min(placed, key=lambda d: (PRECISION_ORDER[d.precision], date_order(d),
                                      -d.confidence))


def claim_date(claim: Claim, *, statements: dict[str, Statement], articles: dict[str, Article],
               events: dict[str, Event]) -> DateEstimate:
    """When the claim was said, or for a fact an outlet tells in its own voice, when its
    event happened (``event_date``); else the earliest publication carrying it."""
    def told_on(version: ClaimVersion) -> DateEstimate | None:
        if version.statement in statements:
            return statements[version.statement].said_on
        if version.event in events:
            return _linked_date(events[version.event], statements=statements, articles=articles)
        return None

    best = _best([d for v in claim.versions if (d := told_on(v)) is not None and d.basis != "publication"])
    if known(best):
        return best
    return _best([publication_only(articles.get(v.span.article)) for v in claim.versions])


def _linked_date(event: Event, *, statements: dict[str, Statement],
                 articles: dict[str, Article]) -> DateEstimate:
    """The date ``link_events`` gave the event, else the one ``event_date`` reads."""
    if event.date is not None:
        return event.date
    return event_date(event, statement=event.statement, statements=statements, articles=articles)


@lru_cache(maxsize=1024)
def _date_phrases(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """A sentence's date phrases; a sentence's many events share one scan."""
    return tuple(find_date_phrases(sentence))


@lru_cache(maxsize=1024)
def _sequel(sentence: str) -> tuple[int, int, str] | None:
    """A sentence's first phrase dating by the narrative's last date (``find_sequel``);
    a sentence's many events share one scan."""
    return find_sequel(sentence)


def event_date(event: Event, *, statement: str | None, statements: dict[str, Statement],
               articles: dict[str, Article]) -> DateEstimate:
    """The event's date (``sentence_date``), told in ``statement`` (its own, or the one
    ``link_events`` is tying it to)."""
    return sentence_date(event.evidence, statement=statement, statements=statements,
                         articles=articles, trigger=event.trigger,
                         forward=event.status == "future")


def sentence_date(evidence: TextSpan, *, statement: str | None, statements: dict[str, Statement],
                  articles: dict[str, Article], trigger: TextSpan | None = None,
                  forward: bool = False) -> DateEstimate:
    """The date an event's sentence gives (the phrase nearest ``trigger``; ``forward`` for
    a plan), else one it moves from the article's last earlier date, else its statement's,
    else its article's publication."""
    article = articles.get(evidence.article or "")
    anchor = article.published if article is not None and article.published.value else None
    own = _own_date(evidence, anchor=anchor, trigger=trigger, forward=forward)
    if own is not None:
        return own
    if article is not None:
        moved = sequel_date(article, evidence.text, at=evidence.start)
        if moved is not None:
            return moved
    said = statements.get(statement or "")
    if said is not None and known(said.said_on):
        return said.said_on
    return publication_only(article)


def _own_date(evidence: TextSpan, *, anchor: DateEstimate | None, trigger: TextSpan | None,
              forward: bool) -> DateEstimate | None:
    dateline = dateline_length(evidence.text)
    quoted = _quoted(evidence.text)
    found = []
    for start, end, phrase in _date_phrases(evidence.text):
        if end <= dateline or phrase_kind(phrase) not in EVENT_DATE_KINDS:
            continue
        if trigger is not None and _apart(start, trigger.start - evidence.start, quoted):
            continue  # "We will know more by Monday," he said: Monday is not when he said it
        if trigger is not None and _names_another_occasion(evidence.text, start, end,
                                                           trigger.start - evidence.start):
            continue
        plan = forward or told_as_plan(evidence.text, start)
        words = TextSpan(phrase, evidence.start + start, evidence.start + end, evidence.article)
        resolved = resolve_phrase_at(words, anchor=anchor, forward=plan)
        if known(resolved):
            distance = _distance(evidence.start + start, evidence.start + end, trigger)
            found.append((distance, start, resolved))
    return min(found, key=lambda item: item[:2])[2] if found else None


# A determiner or possessive right before a date phrase, and the words right after it that
# the date then describes (a compound's words: "the March 2 harbour flood").
ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|its|his|her|their|our)|['’]s) $", re.IGNORECASE)
ATTRIBUTIVE_REACH = 6
ATTRIBUTIVE_WORDS = re.compile(r"[^\W\d_]+")
ATTRIBUTIVE_NOUN_WORDS = 3
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"))


def _quoted(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` inside quotation marks (an unclosed quote runs to the end)."""
    stretches = []
    for opening, closing in _QUOTE_PAIRS:
        at = text.find(opening)
        while at >= 0:
            end = text.find(closing, at + 1)
            stretches.append((at, len(text) if end < 0 else end))
            at = text.find(opening, end + 1) if end >= 0 else -1
    return stretches


def _apart(phrase_at: int, trigger_at: int, quoted: list[tuple[int, int]]) -> bool:
    """The date is in quoted words and the event outside them (a date outside a scare
    quote, 'began its "special operation" on February 24', still dates it)."""
    return any(start <= phrase_at < end and not start <= trigger_at < end
               for start, end in quoted)


def _names_another_occasion(text: str, start: int, end: int, trigger_at: int) -> bool:
    """The date stands between a determiner or possessive and a noun ("the March 2 flood",
    "the port's June 9 reopening"): it names that noun's occasion, and dates the event
    only where the event is that noun ("the May 2 vote")."""
    if text[start].islower() or not ATTRIBUTIVE_BEFORE.search(
            text, max(0, start - ATTRIBUTIVE_REACH), start):
        return False  # "on Monday", "in January" head a phrase of their own
    noun_end = end
    for word in itertools.islice(ATTRIBUTIVE_WORDS.finditer(text, end), ATTRIBUTIVE_NOUN_WORDS):
        if text[noun_end:word.start()] != " " or word.group().lower() in english_stop_words():
            break
        noun_end = word.end()
    return noun_end > end and not end < trigger_at < noun_end


def _distance(start: int, end: int, trigger: TextSpan | None) -> int:
    if trigger is None:
        return 0
    return max(0, start - trigger.end, trigger.start - end)


def sequel_date(article: Article, text: str, *, at: int) -> DateEstimate | None:
    """The date a phrase of ``text`` (``article.text[at:]`` starts with it) moves from the
    last date the article gives before it: "The next day ..." after "On December 29, ...".
    Its span is the moving phrase's; the date it moves from is named in its evidence."""
    sequel = _sequel(text)
    if sequel is None:
        return None
    reference = last_date_before(article, at + sequel[0])
    if reference is None:
        return None
    days = shift_from(sequel[2], anchor_range_of(reference))
    if days is None:
        return None
    return replace(estimate(days, evidence=f"{sequel[2]} (after {reference.evidence})",
                            confidence=round(reference.confidence * CONFIDENCE_SEQUEL, 3)),
                   basis="relative",
                   span=TextSpan(sequel[2], at + sequel[0], at + sequel[1], article.id))


def last_date_before(article: Article, offset: int) -> DateEstimate | None:
    """The last date of a day the article's text gives before ``offset`` (its dateline's
    too), read against its publication."""
    for start, end, estimate_ in reversed(_dates_in(article.text, article.published)):
        if start < offset:
            return replace(estimate_, span=TextSpan(article.text[start:end], start, end, article.id))
    return None


@lru_cache(maxsize=64)
def _dates_in(text: str, published: DateEstimate) -> tuple[tuple[int, int, DateEstimate], ...]:
    anchor = published if published.value else None
    found = []
    for start, end, phrase in find_date_phrases(text):
        if phrase_kind(phrase) not in EVENT_DATE_KINDS:
            continue
        resolved = resolve_said_on(phrase, anchor=anchor)
        if resolved is not None and resolved.value and resolved.precision == "day":
            found.append((start, end, resolved))
    return tuple(found)


def date_order(estimate_: DateEstimate) -> tuple[bool, date, date, int]:
    """How entries sort: known before unknown, then by the first and last day a date
    allows (so "last week" across New Year still sorts), then by how it was reached."""
    days = placed_days(estimate_)
    if days is None:
        return True, date.max, date.max, BASIS_ORDER[estimate_.basis]
    return False, days.earliest, days.latest, BASIS_ORDER[estimate_.basis]


def build_timeline(merged: MergedAnalysis, *, claims: list[Claim], events: list[Event]) -> list[TimelineEntry]:
    """Claims and acts (``event_rows``: a sentence's most salient event where it is an act
    no claim tells already at its date), oldest first.
    An event linked already (``compare.link_events``) keeps the date it was given there;
    one not yet dated is dated here the same way."""
    statements = {s.id: s for s in merged.statements}
    articles = {a.id: a for a in merged.articles}
    by_id = {e.id: e for e in events}
    entries = []
    for claim in claims:
        article_ids = list(dict.fromkeys(v.span.article for v in claim.versions))
        entries.append(TimelineEntry(
            date=claim_date(claim, statements=statements, articles=articles, events=by_id),
            kind="statement", ref=claim.id, text=claim.versions[0].span.text, articles=article_ids,
            outlets=claim.outlets,
        ))
    claim_dates = {entry.ref: entry.date for entry in entries}
    for event, told_by in sentence_acts(events, claims=claims):
        date_ = _linked_date(event, statements=statements, articles=articles)
        if told_by is not None and not dated_apart(date_, claim_dates[told_by]):
            continue
        article = articles.get(event.evidence.article or "")
        entries.append(TimelineEntry(
            date=date_, kind="event", ref=event.id, text=event.evidence.text,
            articles=[article.id] if article else [],
            outlets=[article.outlet] if article and article.outlet else [],
        ))
    entries.sort(key=lambda e: (date_order(e.date), e.kind != "event", e.ref))
    return entries
