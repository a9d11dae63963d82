"""Dates one article cannot settle alone, settled by the story: the year of a dateline
that leaves it out, and the statement dates that hang on it.

The articles of one story report days close together: a dateline "KORVALE, Dec. 31 (X) -"
in a story whose other articles are dated 30 December 2025 and 2 January 2026 is
31 December 2025. Its year is the one that puts the date nearest a publication date the
story's other articles state to the day, if one lies within ``MAX_STORY_DAYS``; the
article's publication then says so in its evidence, and its statements' date phrases
("said on Wednesday", "said yesterday"), left unresolved without it, are read against it.
A phrase that moves the article's last date ("said the next day") is read from that date.
Words nothing in the text dates are dated by their article's publication (basis
"publication": said then or before), so every statement carries a date and says how sure
it is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from crosswire.compare.timeline import known, publication_only, sequel_date
from crosswire.knowledge.dates import resolve_phrase_at, resolve_said_on
from crosswire.metadata.published import dateline_in_year
from crosswire.models import Article, DateEstimate, MergedAnalysis, Statement

# Farther than this from every dated article, a yearless date is no day of this story.
MAX_STORY_DAYS = 92
# The year of a dateline taken from the story is a little less sure than one it states.
CONFIDENCE_STORY_YEAR = 0.9


def date_story(merged: MergedAnalysis) -> MergedAnalysis:
    """``merged`` with yearless datelines given the story's year, statement dates read
    again where that, or the article's earlier dates, settle them, and the rest dated by
    their publication."""
    known = [(date.fromisoformat(a.published.value), a.id) for a in merged.articles
             if a.published.value and a.published.precision == "day"
             and a.published.confidence > 0]
    articles = [_with_story_year(article, known) for article in merged.articles]
    changed = {new.id for old, new in zip(merged.articles, articles, strict=True) if new is not old}
    by_id = {article.id: article for article in articles}
    statements = [_said_on_again(s, by_id.get(s.span.article), settled=s.span.article in changed)
                  for s in merged.statements]
    if not changed and all(new is old for new, old in zip(statements, merged.statements, strict=True)):
        return merged  # nothing to date: no article has a date
    return replace(merged, articles=articles, statements=statements)


def _with_story_year(article: Article, known: list[tuple[date, str]]) -> Article:
    if article.published.value or not known:
        return article
    boilerplate = [piece.text for piece in article.removed]
    best: tuple[int, DateEstimate, date, str] | None = None
    for year in sorted({day.year + shift for day, _ in known for shift in (-1, 0, 1)}):
        found = dateline_in_year(article.text, boilerplate=boilerplate, year=year)
        if found is None or found.precision != "day" or not found.value:
            continue
        day = date.fromisoformat(found.value)
        distance, nearest, source = min((abs((day - other).days), other, source)
                                        for other, source in known)
        if distance <= MAX_STORY_DAYS and (best is None or distance < best[0]):
            best = (distance, found, nearest, source)
    if best is None:
        return article
    _, found, nearest, source = best
    published = replace(
        found, confidence=round(found.confidence * CONFIDENCE_STORY_YEAR, 3),
        evidence=f"{found.evidence}; the year from the story ({source} is dated {nearest})",
        basis="year inferred")
    return replace(article, published=published)


def _said_on_again(statement: Statement, article: Article | None, *, settled: bool) -> Statement:
    said_on = statement.said_on
    if article is None or known(said_on):
        return statement
    again = None
    if said_on is not None and settled:
        again = _read_again(said_on, anchor=article.published)
    if said_on is not None and not known(again):
        again = _moved(said_on, article, statement)
    if not known(again):
        again = publication_only(article)
        if said_on is not None and known(again):
            again = replace(again, evidence=f"{again.evidence}; “{said_on.evidence}” not read")
    return replace(statement, said_on=again) if known(again) else statement


def _moved(said_on: DateEstimate, article: Article, statement: Statement) -> DateEstimate | None:
    """A date phrase that moves the article's last date ("said the next day"); one stored
    without its span is looked for from the cue on, and its date gets no span."""
    if said_on.span is not None:
        return sequel_date(article, said_on.span.text, at=said_on.span.start)
    at = statement.cue.start if statement.cue else statement.span.start
    moved = sequel_date(article, said_on.evidence, at=at)
    return None if moved is None else replace(moved, span=None)


def _read_again(said_on: DateEstimate, *, anchor: DateEstimate) -> DateEstimate | None:
    """The statement's date phrase read against the story's publication date, keeping
    where it stands (a date stored before dates carried spans has only its words)."""
    if said_on.span is None:
        return resolve_said_on(said_on.evidence, anchor=anchor)
    return resolve_phrase_at(said_on.span, anchor=anchor)
