"""Timeline: claims and events in date order, each with its normalised date and sources.

A claim is dated by when it was said (the statement's own date), else by the earliest
publication of an article carrying it; an event by a date phrase in its sentence, else
by its statement's date, else by its article's publication.
"""

from __future__ import annotations

from functools import lru_cache

from crosswire.knowledge.dates import find_date_phrases, phrase_kind, resolve_said_on
from crosswire.models import (
    Article,
    Claim,
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


def _published(article: Article | None) -> DateEstimate:
    if article is None or not article.published.value:
        return UNDATED
    published = article.published
    return DateEstimate(published.value, published.precision,
                        f"published {published.value} ({published.evidence})", published.confidence)


def _best(dates: list[DateEstimate]) -> DateEstimate:
    known = [d for d in dates if d.value]
    if not known:
        return UNDATED
    return min(known, key=lambda d: (PRECISION_ORDER[d.precision], d.value, -d.confidence))


def claim_date(claim: Claim, *, statements: dict[str, Statement], articles: dict[str, Article]) -> DateEstimate:
    said = [statements[v.statement].said_on for v in claim.versions
            if v.statement in statements and statements[v.statement].said_on is not None]
    best = _best([d for d in said if d is not None])
    if best.value:
        return best
    return _best([_published(articles.get(v.span.article)) for v in claim.versions])


@lru_cache(maxsize=1024)
def _date_phrases(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """A sentence's date phrases; a sentence's many events share one scan."""
    return tuple(find_date_phrases(sentence))


def event_date(event: Event, *, statements: dict[str, Statement], articles: dict[str, Article]) -> DateEstimate:
    return sentence_date(event.evidence, statement=event.statement, statements=statements,
                         articles=articles)


def sentence_date(evidence: TextSpan, *, statement: str | None, statements: dict[str, Statement],
                  articles: dict[str, Article]) -> DateEstimate:
    """The date an event's sentence gives, else its statement's, else its article's."""
    article = articles.get(evidence.article or "")
    anchor = article.published if article is not None and article.published.value else None
    for _, _, phrase in _date_phrases(evidence.text):
        if phrase_kind(phrase) not in EVENT_DATE_KINDS:
            continue
        resolved = resolve_said_on(phrase, anchor=anchor)
        if resolved is not None and resolved.value:
            return resolved
    said = statements.get(statement or "")
    if said is not None and said.said_on is not None and said.said_on.value:
        return said.said_on
    return _published(article)


def build_timeline(merged: MergedAnalysis, *, claims: list[Claim], events: list[Event]) -> list[TimelineEntry]:
    """Claims and events (one per sentence: its most salient PLOVER event), oldest first.
    An event linked already (``compare.link_events``) keeps the date it was given there;
    one not yet dated is dated here the same way."""
    statements = {s.id: s for s in merged.statements}
    articles = {a.id: a for a in merged.articles}
    entries = []
    for claim in claims:
        article_ids = list(dict.fromkeys(v.span.article for v in claim.versions))
        entries.append(TimelineEntry(
            date=claim_date(claim, statements=statements, articles=articles),
            kind="statement", ref=claim.id, text=claim.versions[0].span.text, articles=article_ids,
            outlets=claim.outlets,
        ))
    seen_sentences: set[tuple[str | None, int]] = set()
    for event in events:
        key = (event.evidence.article, event.evidence.start)
        if event.extension or key in seen_sentences:
            continue
        seen_sentences.add(key)
        article = articles.get(event.evidence.article or "")
        entries.append(TimelineEntry(
            date=event.date if event.date is not None else event_date(
                event, statements=statements, articles=articles),
            kind="event", ref=event.id, text=event.evidence.text,
            articles=[article.id] if article else [],
            outlets=[article.outlet] if article and article.outlet else [],
        ))
    entries.sort(key=lambda e: (e.date.value is None, e.date.value or "", e.kind != "event", e.ref))
    return entries
