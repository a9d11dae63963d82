"""When an article was published: from its metadata, a dateline, or the dates it mentions.

Order of evidence, strongest first: the input's own ``published`` field; the dates an
HTML page gives for itself (shown with its headline, JSON-LD, meta tags, microdata,
htmldate; see ``_from_page``); a full date given by the user (``--date``); a dateline
("KYIV, Nov 20 (Reuters) -") or a line that is only a date ("Published 21 Nov 2022");
the latest past event the text dates with its year ("said on November 20, 2022"), which
bounds publication from below only; a year or month given by the user (``--year``),
which also supplies the year datelines leave out. Measured on PolNeAR (840 US articles, year given): 834 estimates hold the
true date; the 6 misses are datelines one day after the corpus date.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from crosswire.data import located_rows
from crosswire.knowledge.dates import (
    CALENDAR_KINDS,
    DayRange,
    anchor_range_of,
    estimate,
    phrase_kind,
    range_of_value,
    resolve_said_on,
)
from crosswire.knowledge.page_dates import (
    FIRST_PUBLISHED,
    PUBLISHED_WORDS,
    UPDATE_WORDS,
    dates_with_year,
    full_dates_in,
)
from crosswire.knowledge.text import WORD
from crosswire.metadata.date_lines import dateline
from crosswire.models import DateEstimate, PageDate

CONFIDENCE_METADATA = 1.0
# Page metadata: a declared date the page also shows its reader is the page's date; a
# declared publication date it does not show is still the publisher's word; htmldate's
# pick weighs markup, URL and text but can land on a related article's date; a
# modification date alone only bounds publication from above.
CONFIDENCE_PAGE_SHOWN = 0.95
CONFIDENCE_PAGE_DECLARED = 0.9
CONFIDENCE_PAGE_FOUND = 0.8
CONFIDENCE_PAGE_MODIFIED = 0.6
CONFIDENCE_USER_DATE = 0.9
CONFIDENCE_USER_YEAR = 0.9
# How many words before a date (or after a clause-initial "On <date>,") a past-tense
# verb may stand to mark the date as reported past: "said on", "was killed on".
_PAST_VERB_DISTANCE = 3
_CLAUSE_WINDOW = 80

# Dates introduced this way look ahead ("talks by December 5"), so they bound nothing.
_FORWARD_PREFIX = re.compile(r"^(?:by|until)\b", re.IGNORECASE)
_POSTED_LABEL = re.compile(
    r"\b(?:published|posted|post\s+(?:time|date))(?:\s+on)?\s*[:|]?\s*", re.IGNORECASE)
_MAX_POSTED_LINE_CHARS = 80
_YEAR = re.compile(r"\b\d{4}\b")
_MAX_DATE_LINE_CHARS = 200
# The declared publication dates an update shown with the headline gives way to. On WCXB
# tune pages that show only an update and declare an earlier publication, the annotated
# date is the declared one on 12 of 13 pages that declare it in Open Graph's article tags
# and the shown update on 9 of 10 that declare it elsewhere (JSON-LD, other meta tags).
_OPEN_GRAPH_PUBLISHED = ("meta article:published_time", "meta og:article:published_time",
                         "meta og:published_time")


def parse_date_value(value: str) -> DayRange | None:
    """Days covered by a metadata date string: ISO, RFC 2822, "21 Nov 2022", "2022-11"."""
    value = value.strip()
    iso = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$", value)
    if iso:
        year, month, day = iso.groups()
        return range_of_value("-".join(part for part in (year, month, day) if part))
    try:
        # Parsing twice with different defaults shows which fields the string really gave.
        first = dateutil_parser.parse(value, default=datetime(2000, 1, 1), fuzzy=True)
        second = dateutil_parser.parse(value, default=datetime(2001, 2, 2), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None
    if first.month != second.month:
        return range_of_value(f"{first.year:04d}")
    if first.day != second.day:
        return range_of_value(f"{first.year:04d}-{first.month:02d}")
    day = first.date()
    return DayRange(day, day)


def publication_date(
    published: str | None,
    *,
    text: str,
    boilerplate: list[str],
    hint: str | None = None,
    page_dates: Sequence[PageDate] = (),
) -> DateEstimate:
    """The best-supported publication date, with its precision, evidence and confidence."""
    hint_days = parse_date_value(hint) if hint else None
    anchor = estimate(hint_days, evidence="", confidence=1.0) if hint_days else None
    if published:
        declared = _declared(published, anchor=anchor)
        if declared:
            return declared
    if page_dates:
        from_page = _from_page(page_dates, shown_in=[text, *boilerplate])
        if from_page:
            return from_page
    if hint_days and hint_days.earliest == hint_days.latest:
        return estimate(hint_days, evidence=f"date given by the user: {hint}",
                        confidence=CONFIDENCE_USER_DATE)
    stated = dateline(text, boilerplate=boilerplate, anchor=anchor)
    if stated:
        return stated
    bounded = _from_latest_mention(text, anchor=anchor)
    if bounded:
        return bounded
    if hint_days:
        return estimate(hint_days, evidence=f"date given by the user: {hint}",
                        confidence=CONFIDENCE_USER_YEAR)
    return DateEstimate(None, "unknown", "no date in the metadata or the text", 0.0)


def _declared(published: str, *, anchor: DateEstimate | None) -> DateEstimate | None:
    """The input's own date; one without a year ("Nov 21") takes the user's year."""
    evidence = f"input metadata: {published}"
    days = parse_date_value(published)
    if days:
        return estimate(days, evidence=evidence, confidence=CONFIDENCE_METADATA)
    resolved = resolve_said_on(published, anchor=anchor or _UNKNOWN)
    if resolved and resolved.value and phrase_kind(published) in CALENDAR_KINDS:
        return replace(resolved, evidence=evidence + " (year given by the user)",
                       confidence=CONFIDENCE_USER_YEAR)
    return None


def _from_page(page_dates: Sequence[PageDate], *, shown_in: list[str]) -> DateEstimate | None:
    """The page's own date: the one shown with its headline, else one it declares.

    Pages often declare a publication and a modification date but show the reader only
    one; the one shown is what the page presents as its date. Measured on WCXB article
    pages (tune part), right to the day: htmldate's pick alone 86%; these rules 94%.
    Order: a date the page says it was first published on ("originally published on"),
    unless the headline's date line or a line of its own calls a date the publication or
    the posting (the first publication is then of an earlier version: "Preprints ... first
    published 04.Apr.2019"); the date shown with the headline, unless it is called an
    update and the page's Open Graph tags declare when it was first published;
    htmldate's pick if the page shows it anywhere; a declared publication date shown; a
    modification date shown on a line that does not call it an update (nor does the
    headline's date line); a declared publication date; a date on a line labelling it the
    posting ("Post time: 01-04-2024"); htmldate's pick; an update date.
    """
    usable = [(page_date, days) for page_date in page_dates
              if (days := parse_date_value(page_date.value))]
    if not usable:
        return None
    plain_days, update_days = _days_shown(shown_in)

    def of_kind(kind: str, shown: set[date] | None = None) -> list[tuple[PageDate, DayRange]]:
        return [(page_date, days) for page_date, days in usable if page_date.kind == kind
                and (shown is None or (days.earliest == days.latest and days.earliest in shown))]

    posted = _posted_lines(shown_in)
    publication_labelled = any(PUBLISHED_WORDS.search(page_date.source)
                               and not FIRST_PUBLISHED.search(page_date.source)
                               for page_date, _ in [*of_kind("shown"), *posted])
    stated_first = None if publication_labelled else _first_publication_stated(shown_in)
    if stated_first:
        day, line = stated_first
        return estimate(DayRange(day, day), evidence=f"stated on the page ({line})",
                        confidence=CONFIDENCE_PAGE_SHOWN)
    shown = plain_days | update_days
    first_published = of_kind("published")
    open_graph_published = [item for item in first_published
                            if item[0].source in _OPEN_GRAPH_PUBLISHED]
    # A day the headline calls an update stays one wherever else the page shows it.
    headline_updates = {days.earliest for _, days in of_kind("shown update")}
    choices = [
        *[(item, CONFIDENCE_PAGE_SHOWN) for item in of_kind("shown")],
        *[(item, CONFIDENCE_PAGE_SHOWN) for item in of_kind("shown update")
          if not open_graph_published],
        *[(item, CONFIDENCE_PAGE_SHOWN) for item in of_kind("found", shown)],
        *[(item, CONFIDENCE_PAGE_SHOWN) for item in of_kind("published", shown)],
        *[(item, CONFIDENCE_PAGE_SHOWN)
          for item in of_kind("modified", plain_days - headline_updates)],
        *[(item, CONFIDENCE_PAGE_DECLARED) for item in first_published],
        *[(item, CONFIDENCE_PAGE_SHOWN) for item in posted],
        *[(item, CONFIDENCE_PAGE_FOUND) for item in of_kind("found")],
        *[(item, CONFIDENCE_PAGE_MODIFIED) for item in of_kind("shown update")],
        *[(item, CONFIDENCE_PAGE_MODIFIED) for item in of_kind("modified")],
    ]
    (chosen, days), confidence = choices[0]
    # htmldate does not say where it found its date: name a declared source that agrees.
    source = chosen
    if chosen.kind == "found":
        source = next((page_date for page_date, other in usable
                       if page_date.kind != "found" and other == days), chosen)
    evidence = f"{source.source}: {source.value}"
    if confidence == CONFIDENCE_PAGE_SHOWN and not source.kind.startswith("shown"):
        evidence += " (shown on the page)"
    if confidence == CONFIDENCE_PAGE_MODIFIED and not source.kind.startswith("shown"):
        evidence += " (last modified: publication was not later)"
    return estimate(days, evidence=evidence, confidence=confidence)


def _first_publication_stated(sources: list[str]) -> tuple[date, str] | None:
    """A day the page says it was first published on, with its line: "originally
    published on X", or X on a line that goes on to call a later date an update
    ("August 16, 2019 - Updated July 9, 2025")."""
    for source in sources:
        for line in source.splitlines():
            if len(line) > _MAX_DATE_LINE_CHARS:
                continue
            for match in FIRST_PUBLISHED.finditer(line):
                stated = full_dates_in(line[match.end():])
                if stated and stated[0][0] == 0:
                    return stated[0][1], line.strip()
            stated = full_dates_in(line)
            update = UPDATE_WORDS.search(line)
            if update and len(stated) > 1 and stated[0][0] < update.start() < stated[-1][0] \
                    and stated[0][1] <= stated[-1][1]:
                return stated[0][1], line.strip()
    return None


def _posted_lines(sources: list[str]) -> list[tuple[PageDate, DayRange]]:
    """Dates on short lines that label them as the posting: "Post time: 01-04-2024"."""
    found = []
    for source in sources:
        for line in source.splitlines():
            label = _POSTED_LABEL.search(line)
            if len(line) > _MAX_POSTED_LINE_CHARS or not label or UPDATE_WORDS.search(line):
                continue
            stated = full_dates_in(line[label.end():])
            if stated and stated[0][0] == 0:
                day = stated[0][1]
                found.append((PageDate(day.isoformat(), f"posting date line ({line.strip()})",
                                       "shown"), DayRange(day, day)))
    return found


def _days_shown(sources: list[str]) -> tuple[set[date], set[date]]:
    """Days the page states in full: on plain lines, and on lines about an update."""
    plain: set[date] = set()
    updates: set[date] = set()
    for source in sources:
        for line in source.splitlines():
            if len(line) > _MAX_DATE_LINE_CHARS or not _YEAR.search(line):
                continue
            days = {day for _, day in full_dates_in(line)}
            (updates if UPDATE_WORDS.search(line) else plain).update(days)
    return plain, updates


def _from_latest_mention(text: str, *, anchor: DateEstimate | None) -> DateEstimate | None:
    """Publication is not before the latest date the text reports as past ("said on Nov. 20").

    Only a lower bound: measured on US election news, the latest past date was more than
    a week before publication in most articles, so no upper bound is guessed from it.
    """
    anchor_days = anchor_range_of(anchor)
    bound = latest_reported_past(text, not_after=anchor_days.latest if anchor_days else None)
    if bound is None:
        return None
    lower, phrase = bound
    evidence = f"not before {phrase!r}, the latest date the text reports as past"
    if anchor_days is None:
        return DateEstimate(None, "unknown", evidence, 0.0, lower.isoformat(), None)
    return estimate(
        DayRange(max(lower, anchor_days.earliest), anchor_days.latest),
        evidence=f"date given by the user; {evidence}",
        confidence=CONFIDENCE_USER_YEAR,
    )


def latest_reported_past(text: str, *, not_after: date | None = None) -> tuple[date, str] | None:
    """The first day of the latest date the text reports as past, with its words: the
    article was not published before it. Dates after ``not_after`` (a date the user
    gave) are no bound.

    Only dates that state their year count: "in December" read in a January article is
    last year's, so a yearless date bounds nothing.
    """
    bound: tuple[date, str] | None = None
    for start, end, phrase, resolved in dates_with_year(text):
        if not _reported_as_past(text, start, end, phrase):
            continue
        earliest = date.fromisoformat(resolved.earliest)
        if not_after and earliest > not_after:
            continue
        if bound is None or earliest > bound[0]:
            bound = (earliest, phrase)
    return bound


def _reported_as_past(text: str, start: int, end: int, phrase: str) -> bool:
    """"said on Nov. 20", "On Nov. 19, troops entered": a past event, not a plan."""
    if _FORWARD_PREFIX.match(phrase):
        return False
    before = _clause_before(text, start)
    past_verbs, future_cues, _ = _date_words()
    words_before = [word.lower() for word in WORD.findall(before)]
    if any(word in future_cues for word in words_before):
        return False
    if any(_is_past_verb(word, past_verbs) for word in words_before[-_PAST_VERB_DISTANCE:]):
        return True
    if phrase[:3].lower() == "on " and not words_before:
        after = WORD.findall(_clause_after(text, end))[: _PAST_VERB_DISTANCE * 2]
        return any(_is_past_verb(word.lower(), past_verbs) for word in after)
    return False


def _is_past_verb(word: str, past_verbs: frozenset[str]) -> bool:
    return word in past_verbs or (len(word) > 4 and word.endswith("ed"))


# Where a clause ends: a stop, unless a number goes on after it ("version 4.2 when it
# ships", "4. 2" as detokenised text writes it), other stops, a line break, quote marks.
_CLAUSE_END = r"\.(?!\s?\d)|[;:!?\n\"“”]"


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _CLAUSE_WINDOW) : start]
    return re.split(_CLAUSE_END + r"|,\s", window)[-1]


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + _CLAUSE_WINDOW].lstrip(", ")
    return re.split(_CLAUSE_END, window)[0]


def told_as_plan(text: str, start: int) -> bool:
    """The date starting at ``start`` is in a clause that tells a plan or a promise ("the
    dam would be repaired by March 14", "talks are scheduled for Friday")."""
    plan_cues = _date_words()[2]
    return any(word.lower() in plan_cues for word in WORD.findall(_clause_before(text, start)))


_DATE_WORD_KINDS = ("past_verbs", "future_cues", "plan_cues")


@functools.cache
def _date_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Past-tense verbs, forward-looking cues and the modal and plan words of a clause
    that tells a plan, from ``data/date_words.jsonl``."""
    kinds: dict[str, frozenset[str]] = {}
    for where, record in located_rows("date_words.jsonl"):
        words = record.get("words")
        if record.get("kind") not in _DATE_WORD_KINDS or not (
            isinstance(words, list) and all(isinstance(word, str) for word in words)
        ):
            raise ValueError(f"{where}: expected "
                             "{'kind': 'past_verbs'|'future_cues'|'plan_cues', 'words': [...]}")
        kinds[record["kind"]] = frozenset(word.lower() for word in words)
    return tuple(kinds.get(kind, frozenset()) for kind in _DATE_WORD_KINDS)  # type: ignore[return-value]


_UNKNOWN = DateEstimate(None, "unknown", "", 0.0)
