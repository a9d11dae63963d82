"""Dates one article cannot settle alone, settled by the story: the year of a dateline
that leaves it out, and the statement dates that hang on it.

The articles of one story report days close together: a dateline "KORVALE, Dec. 31 (X) -"
in a story whose other articles are dated 30 December 2025 and 2 January 2026 is
31 December 2025. Its year is the one that puts the date nearest a publication date the
story's other articles state to the day, if one lies within ``MAX_STORY_DAYS``, among
the years its weekday and its text allow; a story over several years may leave it open
(``_story_choice``). The article's publication then says so in its evidence, and its
statements' date phrases ("said on Wednesday", "said yesterday"), left unresolved
without it, are read against it.
A phrase that moves the article's last date ("said the next day") is read from that date.
Words nothing in the text dates are dated by their article's publication (basis
"publication": said then or before), so every statement carries a date and says how sure
it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from crosswire.compare.timeline import known, publication_only, sequel_date
from crosswire.knowledge.dates import resolve_phrase_at, resolve_said_on
from crosswire.knowledge.page_dates import dates_with_year
from crosswire.metadata.date_lines import dateline_in_year
from crosswire.metadata.published import latest_reported_past
from crosswire.models import Article, DateEstimate, MergedAnalysis, Statement

# Farther than this from every dated article, a yearless date is no day of this story.
MAX_STORY_DAYS = 92
# Two years whose nearest dated articles are this close to the date give no reason to
# prefer either: the articles about one event fall within days of it. Set on the ECB+ dev
# stories that ``crosswire eval dates`` also scores, so its figure is a tuned one.
CLOSE_DAYS = 7
# How many times as many dated articles must lie around one of two such years to pick it;
# set on the same ECB+ dev stories as CLOSE_DAYS.
MAJORITY = 2
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
    """The article with its yearless dateline put in the year the story gives it.

    A year is allowed when the date it gives lies within ``MAX_STORY_DAYS`` of a dated
    article, is the weekday the line names beside it (``metadata.date_lines``) and is not
    before a date the article's own text reports as past with its year. A story that
    runs over several years ("the verdict came two years after the shooting") may allow
    more than one; ``_story_choice`` picks one or none.
    """
    if article.published.value or not known:
        return article
    boilerplate = [piece.text for piece in article.removed]
    reported = latest_reported_past(article.text)
    allowed: list[_Candidate] = []
    for year in sorted({day.year + shift for day, _ in known for shift in (-1, 0, 1)}):
        found = dateline_in_year(article.text, boilerplate=boilerplate, year=year)
        if found is None or found.precision != "day" or not found.value:
            continue
        day = date.fromisoformat(found.value)
        if reported is not None and day < reported[0]:
            continue  # the text tells of a later day as past
        distance, nearest, source = min((abs((day - other).days), other, source)
                                        for other, source in known)
        if distance <= MAX_STORY_DAYS:
            support = sum(abs((day - other).days) <= MAX_STORY_DAYS for other, _ in known)
            allowed.append(_Candidate(day, distance, support, found, nearest, source))
    chosen = _story_choice(allowed, stated_years=_years_stated(article.text))
    if chosen is None:
        return article
    published = replace(
        chosen.found, confidence=round(chosen.found.confidence * CONFIDENCE_STORY_YEAR, 3),
        evidence=f"{chosen.found.evidence}; the year from the story ({chosen.source} is "
                 f"dated {chosen.nearest})",
        basis="year inferred")
    return replace(article, published=published)


@dataclass(frozen=True)
class _Candidate:
    day: date
    distance: int  # days to the nearest dated article
    support: int  # dated articles within MAX_STORY_DAYS of the day
    found: DateEstimate
    nearest: date
    source: str


def _story_choice(allowed: list[_Candidate], *, stated_years: set[int]) -> _Candidate | None:
    """The year nearest a dated article, when no other is about as near (``CLOSE_DAYS``);
    else the one most of the story's dated articles lie around (``MAJORITY`` times as
    many as round any other), unless the text writes a date of that year with its year
    while a rival year is later (news writes the year of a date that is not in the
    current year: "on June 4, 2010" is most likely read in a later year); else none, as
    a wrong year misleads more than none."""
    if not allowed:
        return None
    allowed = sorted(allowed, key=lambda candidate: candidate.distance)
    best = allowed[0]
    close = [other for other in allowed[1:] if other.distance - best.distance <= CLOSE_DAYS]
    if not close:
        return best
    rivals = [best, *close]
    leader = max(rivals, key=lambda candidate: candidate.support)
    if any(other is not leader and leader.support < MAJORITY * other.support for other in rivals):
        return None
    if leader.day.year in stated_years and any(
            other.day.year > leader.day.year for other in rivals):
        return None
    return leader


def _years_stated(text: str) -> set[int]:
    """The years the text writes with a month or a day ("June 4, 2010", "in May 2010")."""
    return {date.fromisoformat(found.earliest).year for *_, found in dates_with_year(text)
            if found.basis == "stated"}


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
